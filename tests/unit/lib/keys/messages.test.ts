import { describe, expect, it } from 'vitest';
import { keyMessage, keyMessages, type FindingCode } from '~/lib/keys/messages';

describe('key messages', () => {
	const codes = Object.keys(keyMessages) as FindingCode[];

	it('words every finding code, with and without parameters, never printing "undefined"', () => {
		expect(codes.length).toBeGreaterThan(40);
		for (const code of codes) {
			for (const params of [{}, { bits: 1024, exponent: '3', keyType: 'EC P-256', label: 'FOO', actual: 'BAR', value: '20' }]) {
				const text = keyMessage(code, params);
				expect(text.length, code).toBeGreaterThan(20);
				expect(text, code).not.toMatch(/undefined|null|NaN/);
			}
		}
	});

	it('puts the numbers the user needs into the text', () => {
		expect(keyMessage('key-too-small', { bits: 1024 })).toContain('1024');
		expect(keyMessage('exponent-unusual', { exponent: '3' })).toContain('3');
		expect(keyMessage('not-rsa', { keyType: 'Ed25519' })).toContain('Ed25519');
	});
});
