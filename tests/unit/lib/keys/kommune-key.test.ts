import { describe, expect, it } from 'vitest';
import { checkKeyDates, keyDatesFor, keySaveKind, kommuneCardPath, kommuneDraftPath } from '~/lib/keys/kommune-key';
import { checkRegister } from '~/lib/kommuner/register-check';

const OLD = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';
const NEW = 'AAbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';
const askoy = { nummer: '4627', navn: 'Askøy', thumbprint: OLD, keyCreated: '2026-01-10', keyExpires: '2027-01-10' };
const TODAY = '2026-12-07';

describe('keySaveKind', () => {
	it('tells a first key, the same key and a key that replaces another apart', () => {
		expect(keySaveKind({ nummer: '4627', navn: 'Askøy' } as never, NEW)).toBe('first');
		expect(keySaveKind(undefined, NEW)).toBe('first');
		expect(keySaveKind(askoy, OLD)).toBe('same');
		expect(keySaveKind(askoy, NEW)).toBe('replaces');
	});
});

describe('keyDatesFor', () => {
	it("starts from the kommune's dates only when it already has this key", () => {
		expect(keyDatesFor(askoy, OLD)).toEqual({ keyCreated: '2026-01-10', keyExpires: '2027-01-10' });
		expect(keyDatesFor(askoy, NEW)).toEqual({ keyCreated: '', keyExpires: '' });
	});
});

describe('checkKeyDates', () => {
	it('accepts an expiry, with or without the creation date, and leaves empty dates out', () => {
		expect(checkKeyDates({ keyCreated: '', keyExpires: '2027-12-01' }, TODAY)).toEqual({
			ok: true,
			dates: { keyExpires: '2027-12-01' },
			notes: {},
		});
		expect(checkKeyDates({ keyCreated: '2026-12-01', keyExpires: '2027-12-01' }, TODAY)).toEqual({
			ok: true,
			dates: { keyCreated: '2026-12-01', keyExpires: '2027-12-01' },
			notes: {},
		});
		expect(checkKeyDates({ keyCreated: '', keyExpires: '' }, TODAY)).toEqual({ ok: true, dates: {}, notes: {} });
	});

	it.each([
		[{ keyCreated: '', keyExpires: '2027-02-30' }, { keyExpires: 'date-form' }],
		[{ keyCreated: '2027-01-01', keyExpires: '2028-01-01' }, { keyCreated: 'created-future' }],
		[{ keyCreated: '2026-06-01', keyExpires: '2026-05-01' }, { keyExpires: 'created-after-expiry' }],
	])('refuses %j with the register form’s code', (input, errors) => {
		expect(checkKeyDates(input, TODAY)).toEqual({ ok: false, errors });
		// The same code the kommune card's form gives for the same dates.
		const card = checkRegister({ clientIdTest: '', clientIdProd: '', vkpId: '', scopes: '', ...input }, TODAY);
		expect(card.ok ? {} : card.errors).toEqual(errors);
	});

	it('saves a past expiry with the «utløpt» note', () => {
		expect(checkKeyDates({ keyCreated: '', keyExpires: '2026-12-01' }, TODAY)).toEqual({
			ok: true,
			dates: { keyExpires: '2026-12-01' },
			notes: { keyExpires: 'key-expired' },
		});
	});
});

describe('links from the confirmation', () => {
	it("names the kommune's card and its order draft by the ids the islands give them", () => {
		expect(kommuneCardPath('4627')).toBe('/vkp/sjekkliste/#sjekkliste-vkp-kort-4627');
		expect(kommuneDraftPath('4627')).toBe('/vkp/helseid-produksjon/?kommune=4627');
	});
});
