/** Text with no armour and no JSON: base64 DER, a JWT, prose; and what a DER structure turns out to be. */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkKey, type FindingCode } from '~/lib/keys/check';
import { rsaPair, spkiDerBase64, spkiPem } from '~test/helpers/key-fixtures';
import { findingCodes as codes, itFindsEachBrokenInput } from '~test/helpers/key-results';

describe('bare text', () => {
	it('reads base64 DER without armour, also wrapped over lines', async () => {
		const der = spkiDerBase64(rsaPair(2048).publicKey);
		const result = await checkKey(der.match(/.{1,76}/g)!.join('\n'));
		expect(result.keys[0]!.format).toBe('der-base64');
		expect(codes(result)).toContain('der-given');
	});

	it('reads bare PKCS#1 DER and says it was PKCS#1', async () => {
		const der = rsaPair(2048).publicKey.export({ type: 'pkcs1', format: 'der' }).toString('base64');
		const result = await checkKey(der);
		expect(result.keys[0]!.format).toBe('der-base64');
		expect(codes(result)).toContain('pkcs1-given');
	});

	const cases: [string, string, FindingCode][] = [
		['a JWT', 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln', 'looks-like-jwt'],
		['prose', 'Hei! Jeg finner ikke nøkkelen.', 'unrecognised'],
		['base64 of something else', Buffer.from('0'.repeat(120)).toString('base64'), 'der-invalid'],
		['damaged bare base64', spkiDerBase64(rsaPair(2048).publicKey).replace(/^(.{50})./, '$1%'), 'base64-invalid'],
	];
	itFindsEachBrokenInput(cases);
});

describe('keys that are not RSA', () => {
	it('names EC P-256 and Ed25519 keys in PEM as not RSA', async () => {
		for (const [key, name] of [
			[generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey, 'EC P-256'],
			[generateKeyPairSync('ed25519').publicKey, 'Ed25519'],
		] as const) {
			const result = await checkKey(spkiPem(key));
			expect(result.keys).toEqual([]);
			expect(codes(result)).toEqual(['not-rsa']);
			expect(result.findings[0]!.message).toContain(name);
		}
	});
});
