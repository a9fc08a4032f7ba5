import { describe, expect, it } from 'vitest';
import { isVkpId, readRegister, registerFills } from '~/lib/kommuner/register';
import { checkRegister, registerInput, splitScopes, type RegisterInput } from '~/lib/kommuner/register-check';
import { daysBetween, isDate } from '~/lib/shared/dates';
import { readChosenKommuner, withRegister, withThumbprint } from '~/lib/kommuner/chosen';
import { REGISTER_ERRORS, REGISTER_NOTES } from '~/lib/kommuner/messages';

const TODAY = '2026-12-07';
const empty: RegisterInput = {
	clientIdTest: '',
	clientIdProd: '',
	vkpId: '',
	scopes: '',
	keyCreated: '',
	keyExpires: '',
};
const input = (fields: Partial<RegisterInput>): RegisterInput => ({ ...empty, ...fields });

describe('dates', () => {
	it('accepts real calendar dates only', () => {
		expect(isDate('2027-02-28')).toBe(true);
		expect(isDate('2028-02-29')).toBe(true);
		expect(isDate('2027-02-29')).toBe(false);
		expect(isDate('2027-13-01')).toBe(false);
		expect(isDate('1.3.2027')).toBe(false);
		expect(isDate(20270301)).toBe(false);
	});

	it('counts whole days across months and years', () => {
		expect(daysBetween('2026-12-07', '2026-12-17')).toBe(10);
		expect(daysBetween('2026-12-07', '2027-12-07')).toBe(365);
		expect(daysBetween('2026-12-07', '2026-12-01')).toBe(-6);
	});
});

describe('vkp-id', () => {
	it('accepts both forms VKP’s pages give, and the test form', () => {
		expect(isVkpId('trygghjemme-askøy')).toBe(true);
		expect(isVkpId('trygghjemme-test')).toBe(true);
		expect(isVkpId('TryggHjemme_Omsorg_Askøy')).toBe(true);
		expect(isVkpId('trygghjemme')).toBe(false);
		expect(isVkpId('trygg hjemme-askøy')).toBe(false);
		expect(isVkpId('Trygg_Askøy')).toBe(false);
		expect(isVkpId('-askøy')).toBe(false);
	});
});

describe('checkRegister', () => {
	it('saves what is typed, trimmed, and leaves empty fields out', () => {
		const result = checkRegister(
			input({
				clientIdProd: '  a1b2c3d4-0000-4000-8000-000000000002 ',
				vkpId: 'trygghjemme-askoy',
				scopes: 'nhn:vkp/api/user/patient.read, nhn:vkp/api/user/bundle.write nhn:vkp/api/user/patient.read',
				keyCreated: '2026-01-15',
				keyExpires: '2027-01-15',
			}),
			TODAY,
		);
		expect(result).toEqual({
			ok: true,
			register: {
				clientIdProd: 'a1b2c3d4-0000-4000-8000-000000000002',
				vkpId: 'trygghjemme-askoy',
				scopes: ['nhn:vkp/api/user/patient.read', 'nhn:vkp/api/user/bundle.write'],
				keyCreated: '2026-01-15',
				keyExpires: '2027-01-15',
			},
			notes: {},
		});
		expect(checkRegister(empty, TODAY)).toEqual({ ok: true, register: {}, notes: {} });
	});

	it('names each bad field with its code', () => {
		const result = checkRegister(
			input({
				clientIdTest: 'min klient',
				vkpId: 'Trygg Hjemme',
				scopes: 'patient.read',
				keyCreated: '2027-05-01',
				keyExpires: '31.12.2027',
			}),
			TODAY,
		);
		expect(result).toEqual({
			ok: false,
			errors: {
				clientIdTest: 'client-id-space',
				vkpId: 'vkp-id-form',
				scopes: 'scope-form',
				keyCreated: 'created-future',
				keyExpires: 'date-form',
			},
		});
		expect(checkRegister(input({ clientIdTest: 'x'.repeat(201) }), TODAY)).toMatchObject({
			errors: { clientIdTest: 'client-id-long' },
		});
		expect(checkRegister(input({ clientIdTest: 'abc', clientIdProd: 'abc' }), TODAY)).toMatchObject({
			errors: { clientIdProd: 'client-id-same' },
		});
		expect(checkRegister(input({ keyCreated: '2026-06-01', keyExpires: '2026-06-01' }), TODAY)).toMatchObject({
			errors: { keyExpires: 'created-after-expiry' },
		});
		for (const code of Object.keys(REGISTER_ERRORS)) expect(REGISTER_ERRORS[code as 'vkp-id-form']).toMatch(/\.$/);
	});

	it('saves an expired key’s date with a note, and warns of the test-only scope', () => {
		expect(checkRegister(input({ keyExpires: '2026-12-06', scopes: 'nhn:vkp/api/*.*' }), TODAY)).toEqual({
			ok: true,
			register: { keyExpires: '2026-12-06', scopes: ['nhn:vkp/api/*.*'] },
			notes: { keyExpires: 'key-expired', scopes: 'scope-test-only' },
		});
		expect(checkRegister(input({ keyExpires: TODAY }), TODAY)).toMatchObject({ notes: {} });
		expect(REGISTER_NOTES['key-expired']).toContain('utløpt');
	});

	it('splits scopes at commas, spaces and line breaks, each once', () => {
		expect(splitScopes('a, b\nc  a,,')).toEqual(['a', 'b', 'c']);
		expect(splitScopes('  ')).toEqual([]);
	});

	it('gives the form back what it saved', () => {
		const register = { vkpId: 'a-b', scopes: ['nhn:a', 'nhn:b'], keyExpires: '2027-01-01' };
		const back = checkRegister(registerInput(register), TODAY);
		expect(back).toMatchObject({ ok: true, register });
	});
});

describe('stored register', () => {
	it('reads old data unchanged and refuses a bad member', () => {
		expect(readRegister({ nummer: '4627', navn: 'Askøy' })).toEqual({});
		expect(readRegister({ vkpId: 'a-b', keyExpires: '2027-01-01', scopes: ['nhn:x'] })).toEqual({
			vkpId: 'a-b',
			keyExpires: '2027-01-01',
			scopes: ['nhn:x'],
		});
		expect(readRegister({ keyExpires: 'snart' })).toBeUndefined();
		expect(readRegister({ clientIdTest: 5 })).toBeUndefined();
		expect(readRegister({ scopes: ['x'] })).toBeUndefined();
		expect(readChosenKommuner({ kommuner: [{ nummer: '4627', navn: 'Askøy', keyCreated: 'i går' }] })).toBeUndefined();
		expect(readChosenKommuner({ kommuner: [{ nummer: '4627', navn: 'Askøy', keyCreated: '2026-01-01' }] })).toEqual({
			kommuner: [{ nummer: '4627', navn: 'Askøy', keyCreated: '2026-01-01' }],
		});
	});

	it('keeps the register when the thumbprint changes, and the thumbprint when the register does', () => {
		const THUMB = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';
		const start = [{ nummer: '4627', navn: 'Askøy', keyExpires: '2027-01-01' }];
		const keyed = withThumbprint(start, '4627', THUMB);
		expect(keyed[0]).toEqual({ nummer: '4627', navn: 'Askøy', keyExpires: '2027-01-01', thumbprint: THUMB });
		expect(withThumbprint(keyed, '4627', undefined)[0]).toEqual(start[0]);
		const registered = withRegister(keyed, '4627', { vkpId: 'a-b' });
		expect(registered[0]).toEqual({ nummer: '4627', navn: 'Askøy', thumbprint: THUMB, vkpId: 'a-b' });
	});

	it('lists the fields an import fills', () => {
		expect(registerFills({ vkpId: 'a-b' }, { vkpId: 'c-d', keyExpires: '2027-01-01' })).toEqual(['keyExpires']);
	});
});

describe('the scopes field’s texts', () => {
	it('are the same on the kommune card as in the profile and the drafts', async () => {
		const { SCOPE_TEXT } = await import('~/lib/profile/messages');
		const { REGISTER_ERRORS, REGISTER_HINTS, REGISTER_NOTES } = await import('~/lib/kommuner/messages');
		expect(REGISTER_HINTS.scopes).toBe(SCOPE_TEXT.hint);
		expect(REGISTER_ERRORS['scope-form']).toBe(SCOPE_TEXT.form);
		expect(REGISTER_NOTES['scope-test-only']).toBe(SCOPE_TEXT.testOnly);
	});
});

describe('scopes on the card and in the profile', () => {
	it.each([
		'nhn:vkp/api/user/patient.read, nhn:vkp/api/user/bundle.write',
		'nhn:a nhn:b\nnhn:a',
		'nhn:vkp/api/*.*',
		'patient.read nhn:b',
		'  ',
	])('are split and judged the same way: %j', async (text) => {
		const { splitScopes: profileSplit, scopesProblem } = await import('~/lib/profile/validate');
		expect(splitScopes(text)).toEqual(profileSplit(text));
		const card = checkRegister({ ...registerInput({}), scopes: text }, '2026-12-07');
		const problem = scopesProblem(profileSplit(text));
		expect(card.ok ? card.notes.scopes : card.errors.scopes).toBe(problem);
	});
});
