import { describe, expect, it } from 'vitest';
import { KEY_SIZES, SIGNING_ALGORITHMS } from '~/lib/keys/generate';
import {
	checkStatusMessages,
	generateMessages,
	keyMessage,
	keyMessages,
	keySizeLabel,
	signingAlgLabels,
	summaryMessages,
	type FindingCode,
} from '~/lib/keys/messages';

describe('key messages', () => {
	const codes = Object.keys(keyMessages) as FindingCode[];

	it('words every finding code, with and without parameters, never printing "undefined"', () => {
		expect(codes.length).toBeGreaterThan(40);
		for (const code of codes) {
			for (const params of [
				{},
				{ bits: 1024, exponent: '3', keyType: 'EC P-256', label: 'FOO', actual: 'BAR', value: '20' },
			]) {
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

	it('words every summary, island status and generator status, never printing "undefined"', () => {
		const params = { count: 2, fileName: 'a.pem', kommune: 'Bodø', bits: 2048, alg: 'RS256' } as const;
		const wordings = [
			...Object.values(summaryMessages),
			...Object.values(checkStatusMessages),
			...Object.values(generateMessages),
		] as ((p: typeof params) => string)[];
		for (const wording of wordings) {
			const text = wording(params);
			expect(text.length).toBeGreaterThan(10);
			expect(text).not.toMatch(/undefined|null|NaN/);
		}
	});

	it('labels every offered key size and algorithm, marking the recommended and the smallest size', () => {
		expect(KEY_SIZES.map(keySizeLabel)).toEqual(['4096 bit (anbefalt)', '3072 bit', '2048 bit (minstekravet)']);
		for (const alg of SIGNING_ALGORITHMS) expect(signingAlgLabels[alg].startsWith(alg)).toBe(true);
	});
});
