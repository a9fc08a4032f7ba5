import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROFILE_FIELDS } from '~/lib/profile/profile';
import { checkProfileField, errorWhileTyping, FIELD_CHECKS } from '~/lib/profile/validate';
import { problemMessage } from '~/lib/profile/messages';

const THUMB = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';

describe('checkProfileField', () => {
	it('checks the organisasjonsnummer of either party by MOD11', () => {
		expect(checkProfileField('orgnr', '994598758')).toEqual({ field: 'orgnr', kind: 'orgnr', code: 'bad-check-digit' });
		expect(checkProfileField('orgnr', '99459875')).toEqual({ field: 'orgnr', kind: 'orgnr', code: 'wrong-length' });
		expect(checkProfileField('orgnr', ' 994 598 759 ')).toBeUndefined();
		expect(checkProfileField('bestillerOrgnr', '964338532')).toEqual({
			field: 'bestillerOrgnr',
			kind: 'orgnr',
			code: 'bad-check-digit',
		});
		expect(checkProfileField('bestillerOrgnr', '964338531')).toBeUndefined();
	});

	it('checks the e-mail address of either party', () => {
		expect(checkProfileField('email', 'ikke-en-adresse')).toEqual({ field: 'email', kind: 'email', code: 'no-at' });
		expect(checkProfileField('email', 'kari@firma')).toEqual({ field: 'email', kind: 'email', code: 'bad-domain' });
		expect(checkProfileField('email', ' kari@firma.no ')).toBeUndefined();
		expect(checkProfileField('bestillerEmail', 'siri')).toEqual({
			field: 'bestillerEmail',
			kind: 'email',
			code: 'no-at',
		});
	});

	it('checks that the API client’s thumbprint is one: 43 base64url characters', () => {
		expect(checkProfileField('apiClientThumbprint', ` ${THUMB} `)).toBeUndefined();
		for (const bad of [THUMB.slice(1), `${THUMB}A`, `${THUMB.slice(1)}+`, `${THUMB.slice(1)}=`]) {
			expect(checkProfileField('apiClientThumbprint', bad)).toEqual({
				field: 'apiClientThumbprint',
				kind: 'thumbprint',
				code: 'bad-thumbprint',
			});
		}
	});

	it('finds no problem in an empty field: the drafts mark it missing instead', () => {
		for (const field of PROFILE_FIELDS) {
			expect(checkProfileField(field, '')).toBeUndefined();
			expect(checkProfileField(field, ' \n ')).toBeUndefined();
		}
	});

	it('checks the production scopes however they are separated, and refuses the test-only scope', () => {
		expect(checkProfileField('scopes', 'nhn:vkp/api/user/patient.read, nhn:vkp/api/user/bundle.write')).toBeUndefined();
		expect(checkProfileField('scopes', 'nhn:vkp/api/user/patient.read nhn:vkp/api/*.*')).toEqual({
			field: 'scopes',
			kind: 'scopes',
			code: 'scope-test-only',
		});
		expect(checkProfileField('scopes', 'patient.read')?.code).toBe('scope-form');
		expect(problemMessage(checkProfileField('scopes', 'nhn:vkp/api/*.*')!)).toBe(
			'nhn:vkp/api/*.* virker bare i test. Bruk enkelt-scope i produksjon.',
		);
	});

	it('runs no check on the free-text fields', () => {
		expect(Object.keys(FIELD_CHECKS)).toEqual([
			'orgnr',
			'bestillerOrgnr',
			'email',
			'bestillerEmail',
			'apiClientThumbprint',
			'scopes',
		]);
		const free = PROFILE_FIELDS.filter((field) => FIELD_CHECKS[field] === undefined);
		expect(free).toContain('company');
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
