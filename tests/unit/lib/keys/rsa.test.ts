/** The checks every RSA key gets, whatever its format: size, modulus, exponent; and the JWK and PEM handed back. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkKey } from '~/lib/keys/check';
import type { RsaCandidate } from '~/lib/keys/collected';
import { checkRsa } from '~/lib/keys/rsa';
import { publicJwk, rsaPair, spkiPem } from '~test/helpers/key-fixtures';
import { findingCodes as codes } from '~test/helpers/key-results';

/** A candidate from a real key's numbers, with the modulus or exponent changed by the test. */
function candidate(change: { n?: (n: Buffer) => Buffer; e?: Buffer } = {}): RsaCandidate {
	const jwk = publicJwk(rsaPair(2048).publicKey);
	const n = Buffer.from(jwk.n, 'base64url');
	return {
		block: 1,
		format: 'jwk',
		rsa: { n: change.n ? change.n(n) : n, e: change.e ?? Buffer.from(jwk.e, 'base64url') },
		notes: [],
	};
}

describe('refused and warned keys', () => {
	it('refuses a 1024-bit key and shows its size', async () => {
		const result = await checkKey(spkiPem(rsaPair(1024).publicKey));
		expect(result.status).toBe('error');
		expect(result.keys[0]!.bits).toBe(1024);
		expect(result.keys[0]!.usable).toBe(false);
		const small = result.keys[0]!.findings.find((f) => f.code === 'key-too-small')!;
		expect(small.severity).toBe('error');
		expect(small.message).toContain('1024');
	});

	it('warns about an exponent inside the FIPS 186-5 range other than 65537', async () => {
		const result = await checkKey(spkiPem(rsaPair(2048, 65539).publicKey));
		expect(result.status).toBe('warning');
		expect(result.keys[0]!.exponent).toBe('65539');
		expect(codes(result)).toEqual(['exponent-unusual']);
		expect(result.keys[0]!.usable).toBe(true);
	});

	it('refuses an exponent of 2^16 or less, and of 2^256 or more (FIPS 186-5 §5.4)', async () => {
		const result = await checkKey(spkiPem(rsaPair(2048, 3).publicKey));
		expect(result.status).toBe('error');
		expect(codes(result)).toEqual(['exponent-too-small']);
		expect(result.keys[0]!.findings[0]!.message).toContain('3');
		expect(result.keys[0]!.usable).toBe(false);
		const cases: [Buffer, string][] = [
			[Buffer.of(0xff, 0xff), 'exponent-too-small'],
			[Buffer.of(0x01, 0x00, 0x03), 'exponent-unusual'],
			// 2^248 + 1 and 2^256 + 1
			[Buffer.concat([Buffer.of(1), Buffer.alloc(30), Buffer.of(1)]), 'exponent-unusual'],
			[Buffer.concat([Buffer.of(1), Buffer.alloc(31), Buffer.of(1)]), 'exponent-too-large'],
		];
		for (const [e, code] of cases) {
			const key = await checkRsa(candidate({ e }));
			expect(key.findings.map((f) => f.code)).toContain(code);
		}
	});

	it('warns about a modulus that is not a whole number of bytes', async () => {
		const result = await checkKey(spkiPem(rsaPair(2052).publicKey));
		expect(result.keys[0]!.bits).toBe(2052);
		expect(codes(result)).toContain('modulus-not-whole-bytes');
	});

	it('refuses an even modulus and an even or unit exponent', async () => {
		const evenModulus = await checkRsa(
			candidate({ n: (n) => Buffer.concat([n.subarray(0, -1), Buffer.of(n.at(-1)! & 0xfe)]) }),
		);
		expect(evenModulus.findings.map((f) => f.code)).toEqual(['modulus-invalid']);
		expect(evenModulus.usable).toBe(false);
		for (const e of [Buffer.of(1), Buffer.of(4)]) {
			const key = await checkRsa(candidate({ e }));
			expect(key.findings.map((f) => f.code)).toEqual(['exponent-invalid']);
			expect(key.usable).toBe(false);
		}
	});

	it('refuses a modulus over 16384 bits', async () => {
		const key = await checkRsa(candidate({ n: () => Buffer.alloc(2049, 0xff) }));
		expect(key.bits).toBe(16392);
		expect(key.findings.map((f) => f.code)).toContain('key-too-large');
	});

	it('writes an exponent too long to print as a size', async () => {
		const key = await checkRsa(candidate({ e: Buffer.alloc(17, 0xff) }));
		expect(key.exponent).toContain('136');
	});
});

describe('what a checked key gives back', () => {
	it('keeps the notes its reader made, and says a clean key may be sent', async () => {
		const key = await checkRsa(candidate());
		expect(key.usable).toBe(true);
		expect(key.findings.map((f) => f.code)).toEqual(['key-ok']);
		const { n, e } = publicJwk(rsaPair(2048).publicKey);
		expect(key.jwk).toEqual({ kty: 'RSA', n, e, kid: key.thumbprint, use: 'sig' });
		expect(key.pem.trim()).toBe(spkiPem(rsaPair(2048).publicKey).trim());
	});
});

describe('what each finding says about the key', () => {
	it('names the exponent in every exponent finding, written out up to 16 bytes', async () => {
		const cases: [Buffer, string, string][] = [
			[Buffer.of(4), 'exponent-invalid', '4'],
			[Buffer.of(0xff, 0xff), 'exponent-too-small', '65535'],
			[Buffer.of(0x01, 0x00, 0x03), 'exponent-unusual', '65539'],
			[Buffer.concat([Buffer.of(1), Buffer.alloc(31), Buffer.of(1)]), 'exponent-too-large', 'et tall på 257 bit'],
		];
		for (const [e, code, shown] of cases) {
			const key = await checkRsa(candidate({ e }));
			expect(key.findings.find((f) => f.code === code)!.message, code).toContain(shown);
		}
		const sixteen = Buffer.concat([Buffer.of(1), Buffer.alloc(14), Buffer.of(1)]);
		expect((await checkRsa(candidate({ e: sixteen }))).exponent).toBe(String(2n ** 120n + 1n));
	});

	it('names the size in the size findings and in the clean key’s note', async () => {
		const large = await checkRsa(candidate({ n: () => Buffer.alloc(2049, 0xff) }));
		expect(large.findings.find((f) => f.code === 'key-too-large')!.message).toContain('16392');
		const odd = await checkRsa(candidate({ n: (n) => Buffer.concat([Buffer.of(0x0f), n]) }));
		expect(odd.findings.find((f) => f.code === 'modulus-not-whole-bytes')!.message).toContain('2052');
		expect((await checkRsa(candidate())).findings[0]!.message).toContain('2048');
	});

	it('keeps the kid, use and alg the reader found', async () => {
		const key = await checkRsa({ ...candidate(), kid: 'nøkkel-1', use: 'enc', alg: 'RS512' });
		expect(key).toMatchObject({ kid: 'nøkkel-1', use: 'enc', alg: 'RS512' });
	});
});

describe('WebCrypto’s judgement', () => {
	afterEach(() => vi.restoreAllMocks());

	it('asks WebCrypto about every key of an accepted size that has no error, and only those', async () => {
		const importKey = vi.spyOn(globalThis.crypto.subtle, 'importKey');
		await checkRsa(candidate());
		await checkRsa(candidate({ n: () => Buffer.alloc(2048, 0xff) }));
		expect(importKey).toHaveBeenCalledTimes(2);
		importKey.mockClear();
		await checkRsa(candidate({ n: (n) => n.subarray(1) }));
		await checkRsa(candidate({ n: () => Buffer.alloc(2049, 0xff) }));
		await checkRsa(candidate({ e: Buffer.of(3) }));
		expect(importKey).not.toHaveBeenCalled();
	});

	it('warns when WebCrypto refuses a key, and still gives its numbers as read', async () => {
		vi.spyOn(globalThis.crypto.subtle, 'importKey').mockRejectedValue(new DOMException('nei', 'DataError'));
		const key = await checkRsa(candidate());
		expect(key.findings.map((f) => f.code)).toEqual(['webcrypto-rejected']);
		expect(key.usable).toBe(true);
		const { n, e } = publicJwk(rsaPair(2048).publicKey);
		expect(key.jwk).toMatchObject({ n, e });
	});
});
