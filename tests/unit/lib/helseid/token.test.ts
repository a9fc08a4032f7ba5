import { describe, expect, it } from 'vitest';
import {
	decodeToken,
	isNumericString,
	markHidden,
	MAX_TOKEN_LENGTH,
	normalTyp,
	numberMember,
	stringMember,
	timeMember,
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
		// spaces around the colon or the equals sign, and around a quoted token
		['Authorization : Bearer eyJ.a.b', 'eyJ.a.b'],
		['client_assertion = eyJ.a.b', 'eyJ.a.b'],
		['  "eyJ.a.b"  ', 'eyJ.a.b'],
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

describe('time members', () => {
	// NHN's SFM example and VKP.Samples send "iat": "1716644273": read as the number it writes.
	it('reads a number, or a whole number written as text, and nothing else', () => {
		const record = { n: 5, text: '1716644273', big: '1'.repeat(16), dec: '1.5', sign: '-1', blank: ' 1', word: 'nå' };
		expect(timeMember(record, 'n')).toBe(5);
		expect(timeMember(record, 'text')).toBe(1716644273);
		for (const name of ['big', 'dec', 'sign', 'blank', 'word', 'missing'])
			expect(timeMember(record, name)).toBeUndefined();
	});
	it('tells a numeric string from a number and from other text', () => {
		expect(isNumericString('1716644273')).toBe(true);
		expect(isNumericString(1716644273)).toBe(false);
		expect(isNumericString('')).toBe(false);
		expect(isNumericString('12a')).toBe(false);
		expect(isNumericString('a12')).toBe(false);
	});
});

describe('markHidden (CVE-2021-42574)', () => {
	it.each([
		['\u0000', '[U+0000]'],
		['\u001f', '[U+001F]'],
		['\u007f', '[U+007F]'],
		['\u009f', '[U+009F]'],
		['\u00ad', '[U+00AD]'],
		['\u061c', '[U+061C]'],
		['\u180e', '[U+180E]'],
		['\u200b', '[U+200B]'],
		['\u200f', '[U+200F]'],
		['\u2028', '[U+2028]'],
		['\u202e', '[U+202E]'],
		['\u2060', '[U+2060]'],
		['\u2069', '[U+2069]'],
		['\ufeff', '[U+FEFF]'],
	])('shows %j as %s', (hidden, mark) => {
		expect(markHidden(`a${hidden}b${hidden}`)).toBe(`a${mark}b${mark}`);
	});
	it('leaves visible text alone, Norwegian letters and spaces included', () => {
		expect(markHidden('Bodø kommune – æøå «x» \u00a0 \u2030')).toBe('Bodø kommune – æøå «x» \u00a0 \u2030');
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
		expect(valueText('x'.repeat(200_000))).toBe(`${'x'.repeat(2000)}… (200000 tegn)`);
	});
	it('cuts a value that the marks of hidden characters make too long, counting what was pasted', () => {
		const value = `${'x'.repeat(1998)}\u202e`;
		expect(valueText(value)).toBe(`${'x'.repeat(1998)}[U… (1999 tegn)`);
		expect(valueText('x\u202e')).toBe('x[U+202E]');
	});
});
