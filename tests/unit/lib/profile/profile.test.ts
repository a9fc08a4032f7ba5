import { describe, expect, it } from 'vitest';
import { emptyProfile, MAX_FIELD_LENGTH, PROFILE_FIELDS, readProfile, REQUIRED_FIELDS } from '~/lib/profile/profile';

describe('readProfile', () => {
	it('reads only string fields of sensible length, ignoring unknown members', () => {
		expect(readProfile({ company: 'A', orgnr: 9 })).toBeUndefined();
		expect(readProfile({ company: 'A', unknown: 1 })).toMatchObject({ company: 'A', orgnr: '' });
		expect(readProfile({ company: 'x'.repeat(MAX_FIELD_LENGTH + 1) })).toBeUndefined();
		expect(readProfile([])).toBeUndefined();
		expect(readProfile(null)).toBeUndefined();
	});

	it('refuses a stored address with a line break or other control character, not other fields', () => {
		for (const email of ['kari@x.no\r\nBcc: evil@x.no', 'kari@x.no\n', 'kari@x.no\r', 'a\u0000@x.no', 'a@x.no\u2028'])
			expect(readProfile({ email })).toBeUndefined();
		expect(readProfile({ email: 'kari@x.no', company: 'Firma\r\nAS', scopes: 'a\nb' })).toMatchObject({
			email: 'kari@x.no',
			company: 'Firma\r\nAS',
		});
	});
});

describe('PROFILE_FIELDS', () => {
	it('lists every stored field once, in the order of the form', () => {
		expect(PROFILE_FIELDS).toEqual(Object.keys(emptyProfile()));
		// The names are stored in users' browsers and export files: frozen, and so is the form's order.
		expect(PROFILE_FIELDS.join(' ')).toBe('company orgnr contactName email phone product scopes veiledningstjenester');
	});

	it('requires only fields that exist, and not the ones a draft can do without', () => {
		for (const field of REQUIRED_FIELDS) expect(PROFILE_FIELDS).toContain(field);
		for (const field of ['phone', 'scopes', 'veiledningstjenester'] as const)
			expect(REQUIRED_FIELDS.has(field)).toBe(false);
	});
});
