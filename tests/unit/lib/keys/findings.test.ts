import { describe, expect, it } from 'vitest';
import { finding, isPrivateKeyFinding, safeLabel } from '~/lib/keys/findings';
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

	it('keeps only letters, digits and spaces of a label from the input, at most 40', () => {
		expect(safeLabel('public <key>"; x')).toBe('PUBLIC KEY X');
		expect(safeLabel('A'.repeat(60))).toHaveLength(40);
	});
});
