/** Text with no armour and no JSON: base64 DER, a JWT, prose; and what a DER structure turns out to be. */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkKey, type FindingCode } from '~/lib/keys/check';
import type { Collected } from '~/lib/keys/collected';
import { classifyDer } from '~/lib/keys/der';
import { fromDer } from '~/lib/keys/der-key';
import {
	pemBody,
	rsaPair,
	selfSignedCertificatePem,
	seq,
	spkiDerBase64,
	spkiPem,
	tlv,
} from '~test/helpers/key-fixtures';
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

describe('what bare text is taken for', () => {
	const pem = (label: string, der: Buffer) =>
		`-----BEGIN ${label}-----\n${der.toString('base64')}\n-----END ${label}-----\n`;

	it('says where a certificate came from: bare base64 or PEM', async () => {
		const certificate = selfSignedCertificatePem(rsaPair(2048));
		expect((await checkKey(pemBody(certificate))).keys[0]!.format).toBe('x509-base64');
		expect((await checkKey(certificate)).keys[0]!.format).toBe('x509-pem');
	});

	it('names bare PKCS#1 as PKCS#1 only, not as DER with its algorithm', async () => {
		const der = rsaPair(2048).publicKey.export({ type: 'pkcs1', format: 'der' }).toString('base64');
		const result = await checkKey(der);
		expect(result.findings).toEqual([]);
		expect(result.keys[0]!.findings.map((f) => f.code)).toEqual(['pkcs1-given', 'key-ok']);
	});

	it('says a certificate whose key field is no public key info, or an RSA key info with a broken key, is invalid DER', async () => {
		const int = (value: number) => tlv(0x02, Buffer.of(value));
		const bits = (...parts: Buffer[]) => tlv(0x03, Buffer.of(0), ...parts);
		const rsaAlgorithm = seq(tlv(0x06, Buffer.from('2a864886f70d010101', 'hex')), Buffer.of(0x05, 0x00));
		const pkcs1 = rsaPair(2048).publicKey.export({ type: 'pkcs1', format: 'der' });
		const certificate = (key: Buffer) => seq(seq(int(1), seq(), seq(), seq(), seq(), key), seq(), bits());
		for (const input of [
			pem('CERTIFICATE', certificate(pkcs1)),
			certificate(pkcs1).toString('base64'),
			pem('PUBLIC KEY', seq(rsaAlgorithm, bits(Buffer.of(1, 2, 3)))),
		]) {
			const result = await checkKey(input);
			expect(codes(result), input.slice(0, 40)).toEqual(['der-invalid']);
			expect(result.keys).toEqual([]);
		}
	});

	it('refuses a private structure handed to it, whatever found it (the secret scan runs first)', () => {
		const into: Collected = { candidates: [], findings: [], nextBlock: 1 };
		const der = rsaPair(2048).privateKey.export({ type: 'pkcs8', format: 'der' });
		fromDer(classifyDer(der), 1, 'der-base64', into, []);
		expect(into.candidates).toEqual([]);
		expect(into.findings.map((f) => f.code)).toEqual(['private-key-pkcs8']);
	});

	it('takes base64 for DER when it starts like a SEQUENCE ("M") or is long; a short word is just a word', async () => {
		expect(codes(await checkKey('Test'))).toEqual(['unrecognised']);
		expect(codes(await checkKey('MIIBIjAN'))).toEqual(['der-truncated']);
		const notSequence = (bytes: number) => Buffer.alloc(bytes, 0x41).toString('base64');
		expect(notSequence(75)).toHaveLength(100);
		expect(codes(await checkKey(notSequence(75)))).toEqual(['der-invalid']);
		expect(codes(await checkKey(notSequence(72)))).toEqual(['base64-invalid']);
	});

	it('calls text damaged base64 only when it is long, nearly all base64, and has no spaces in its first 40 characters', async () => {
		const key = spkiDerBase64(rsaPair(2048).publicKey).replace(/^(.{50})./, '$1%');
		expect(codes(await checkKey(key.match(/.{1,64}/g)!.join('\n')))).toEqual(['base64-invalid']);
		expect(codes(await checkKey(`${'A'.repeat(39)} ${'A'.repeat(20)}%`))).toEqual(['base64-invalid']);
		expect(codes(await checkKey(`${'A'.repeat(38)}%`))).toEqual(['unrecognised']);
		expect(codes(await checkKey(`${'A'.repeat(39)}%`))).toEqual(['base64-invalid']);
		// 36 of 40 characters base64 is not "nearly all" (more than 90 %).
		expect(codes(await checkKey(`${'A'.repeat(36)}%%%%`))).toEqual(['unrecognised']);
		expect(codes(await checkKey(`${'A'.repeat(37)}%%%`))).toEqual(['base64-invalid']);
		expect(codes(await checkKey(`${'A'.repeat(20)}${'%'.repeat(30)}`))).toEqual(['unrecognised']);
		expect(codes(await checkKey('%'.repeat(50)))).toEqual(['unrecognised']);
		expect(codes(await checkKey('Nøkkel!'))).toEqual(['unrecognised']);
	});

	it('takes only a whole token for a JWT', async () => {
		expect(codes(await checkKey('Token: eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln'))).not.toContain('looks-like-jwt');
		expect(codes(await checkKey('eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln og mer'))).not.toContain('looks-like-jwt');
	});
});
