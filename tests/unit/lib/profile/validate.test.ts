import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROFILE_FIELDS } from '~/lib/profile/profile';
import { checkProfileField, errorWhileTyping } from '~/lib/profile/validate';

describe('checkProfileField', () => {
	it('checks the organisasjonsnummer by MOD11', () => {
		expect(checkProfileField('orgnr', '994598758')).toEqual({ field: 'orgnr', code: 'bad-check-digit' });
		expect(checkProfileField('orgnr', '99459875')).toEqual({ field: 'orgnr', code: 'wrong-length' });
		expect(checkProfileField('orgnr', ' 994 598 759 ')).toBeUndefined();
	});

	it('checks the e-mail address', () => {
		expect(checkProfileField('email', 'ikke-en-adresse')).toEqual({ field: 'email', code: 'no-at' });
		expect(checkProfileField('email', 'kari@firma')).toEqual({ field: 'email', code: 'bad-domain' });
		expect(checkProfileField('email', ' kari@firma.no ')).toBeUndefined();
	});

	it('finds no problem in an empty field: the drafts mark it missing instead', () => {
		for (const field of PROFILE_FIELDS) {
			expect(checkProfileField(field, '')).toBeUndefined();
			expect(checkProfileField(field, ' \n ')).toBeUndefined();
		}
	});

	it('runs no check on the free-text fields', () => {
		const free = PROFILE_FIELDS.filter((field) => field !== 'orgnr' && field !== 'email');
		fc.assert(
			fc.property(fc.constantFrom(...free), fc.string(), (field, value) => {
				expect(checkProfileField(field, value)).toBeUndefined();
			}),
		);
	});
});

describe('errorWhileTyping', () => {
	it('clears an error once the value is right, and never raises one mid-word', () => {
		expect(errorWhileTyping('orgnr', '9945')).toBe('keep');
		expect(errorWhileTyping('orgnr', '994598759')).toBe('clear');
		expect(errorWhileTyping('email', 'kari@')).toBe('keep');
		expect(errorWhileTyping('email', '')).toBe('clear');
		expect(errorWhileTyping('company', 'x')).toBe('clear');
	});
});
