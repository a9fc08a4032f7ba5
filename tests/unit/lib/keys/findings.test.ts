import { describe, expect, it } from 'vitest';
import { finding, hasControls, isPrivateKeyFinding, markControls } from '~/lib/keys/findings';
import { keyMessages, type FindingCode } from '~/lib/keys/messages';

describe('findings', () => {
	const codes = Object.keys(keyMessages) as FindingCode[];

	it('gives every code a severity and its message', () => {
		for (const code of codes) {
			const made = finding(code);
			expect(['error', 'warning', 'info'], code).toContain(made.severity);
			expect(made.message).toBe(keyMessages[code]({}));
		}
	});

	it('counts exactly the private and secret key codes as private, and makes them errors', () => {
		const privateCodes = codes.filter(isPrivateKeyFinding);
		expect(privateCodes.sort()).toEqual([
			'private-key-encrypted',
			'private-key-jwk',
			'private-key-jwks',
			'private-key-other',
			'private-key-pkcs1',
			'private-key-pkcs8',
			'secret-key-jwk',
		]);
		for (const code of privateCodes) expect(finding(code).severity).toBe('error');
	});

	it('carries a block number only when given one', () => {
		expect(finding('key-ok', 2, { bits: 2048 })).toMatchObject({ code: 'key-ok', block: 2, severity: 'info' });
		expect('block' in finding('unrecognised')).toBe(false);
	});

	it('marks every control, bidi and invisible character of a shown value, and nothing else', () => {
		expect(markControls('test-\u202Egnp.exe')).toBe('test-[U+202E]gnp.exe');
		expect(markControls('a\u0000\u001b[31m\r\n\u200bb\u2028')).toBe(
			'a[U+0000][U+001B][31m[U+000D][U+000A][U+200B]b[U+2028]',
		);
		expect(markControls('Kari Nordmann – nøkkel 2026')).toBe('Kari Nordmann – nøkkel 2026');
		expect(hasControls('x\u2066y')).toBe(true);
		expect(hasControls('æøå <> "kid"')).toBe(false);
	});
});
