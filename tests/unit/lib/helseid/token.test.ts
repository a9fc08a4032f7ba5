import { describe, expect, it } from 'vitest';
import {
	decodeToken,
	MAX_TOKEN_LENGTH,
	normalTyp,
	numberMember,
	stringMember,
	tokenText,
	valueText,
} from '~/lib/helseid/token';
import { unsigned } from '~test/helpers/helseid-tokens';

const header = { alg: 'RS256', typ: 'JWT' };
const payload = { iss: 'klient', iat: 1 };
const token = unsigned(header, payload, 'c2lnbmF0dXI');

describe('tokenText', () => {
	it.each([
		['  eyJ.a.b  ', 'eyJ.a.b'],
		['Bearer eyJ.a.b', 'eyJ.a.b'],
		['DPoP eyJ.a.b', 'eyJ.a.b'],
		['Authorization: DPoP eyJ.a.b', 'eyJ.a.b'],
		['authorization:Bearer eyJ.a.b', 'eyJ.a.b'],
		['DPoP: eyJ.a.b', 'eyJ.a.b'],
		['client_assertion=eyJ.a.b', 'eyJ.a.b'],
		['access_token: eyJ.a.b', 'eyJ.a.b'],
		['"eyJ.a.b",', 'eyJ.a.b'],
		["'eyJ.a.b';", 'eyJ.a.b'],
		['`eyJ.a.b`', 'eyJ.a.b'],
		['eyJ.\n  a.\r\n b', 'eyJ.a.b'],
	])('%j → %j', (input, expected) => {
		expect(tokenText(input)).toBe(expected);
	});

	it('keeps quotes and commas inside the text', () => {
		expect(tokenText('a"b,c')).toBe('a"b,c');
		expect(tokenText('""""')).toBe('');
	});
});

describe('decodeToken', () => {
	it('reads header, payload and signature of a compact JWS', () => {
		const result = decodeToken(`Bearer ${token}\n`);
		expect(result).toEqual({
			ok: true,
			value: { token, header, payload, signature: 'c2lnbmF0dXI' },
		});
	});

	it('reads a token with an empty signature (unsigned)', () => {
		const result = decodeToken(unsigned({ alg: 'none' }, payload));
		expect(result.ok && result.value.signature).toBe('');
	});

	it.each([
		[undefined, 'empty'],
		[42, 'empty'],
		['', 'empty'],
		['   \n ', 'empty'],
		['""', 'empty'],
		['x'.repeat(MAX_TOKEN_LENGTH + 1), 'too-long'],
		['eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d', 'jwe'],
		['eyJhbGciOiJkaXIifQ..b.c.d', 'jwe'],
		['ikke et token', 'not-jwt'],
		['a.b', 'not-jwt'],
		['a.b.c.d', 'not-jwt'],
		['.b.c', 'not-jwt'],
		['a..c', 'not-jwt'],
		['a.b.c!', 'not-jwt'],
		['a.b.c.d.e.f', 'not-jwt'],
		[`${unsigned('not json', payload)}`, 'header-invalid'],
		[`${unsigned([1, 2], payload)}`, 'header-invalid'],
		[`${unsigned(header, 'not json')}`, 'payload-invalid'],
		[`${unsigned(header, [1])}`, 'payload-invalid'],
		[`${unsigned(header, 'null')}`, 'payload-invalid'],
	])('%j is %s', (input, code) => {
		expect(decodeToken(input)).toEqual({ ok: false, code });
	});

	it('takes a token of exactly the longest length', () => {
		const padded = `${token}${' '.repeat(MAX_TOKEN_LENGTH - token.length)}`;
		expect(padded.length).toBe(MAX_TOKEN_LENGTH);
		expect(decodeToken(padded).ok).toBe(true);
	});
});

describe('members', () => {
	const record = { s: 'tekst', empty: '', n: 5, inf: Infinity, nan: Number.NaN, text: '5' };
	it('reads non-empty strings only', () => {
		expect(stringMember(record, 's')).toBe('tekst');
		expect(stringMember(record, 'empty')).toBeUndefined();
		expect(stringMember(record, 'n')).toBeUndefined();
		expect(stringMember(record, 'missing')).toBeUndefined();
	});
	it('reads finite numbers only', () => {
		expect(numberMember(record, 'n')).toBe(5);
		expect(numberMember(record, 'inf')).toBeUndefined();
		expect(numberMember(record, 'nan')).toBeUndefined();
		expect(numberMember(record, 'text')).toBeUndefined();
	});
});

describe('normalTyp (RFC 7515 §4.1.9)', () => {
	it.each([
		['dpop+jwt', 'dpop+jwt'],
		['DPoP+JWT', 'dpop+jwt'],
		['application/dpop+jwt', 'dpop+jwt'],
		['Application/Client-Authentication+JWT', 'client-authentication+jwt'],
		['JWT', 'jwt'],
		['text/plain', 'text/plain'],
	])('%s → %s', (typ, expected) => {
		expect(normalTyp(typ)).toBe(expected);
	});
});

describe('valueText', () => {
	it('shows a string as it is and anything else as JSON', () => {
		expect(valueText('a b')).toBe('a b');
		expect(valueText(12)).toBe('12');
		expect(valueText(['x', 1])).toBe('["x",1]');
		expect(valueText({ jkt: 'abc' })).toBe('{"jkt":"abc"}');
		expect(valueText(null)).toBe('null');
		expect(valueText(undefined)).toBe('undefined');
	});
	it('cuts a very long value and says how long it was', () => {
		expect(valueText('x'.repeat(2000))).toBe('x'.repeat(2000));
		const cut = valueText('x'.repeat(2001));
		expect(cut).toBe(`${'x'.repeat(2000)}… (2001 tegn)`);
	});
});
