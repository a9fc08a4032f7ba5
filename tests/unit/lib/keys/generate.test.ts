import { constants, createPrivateKey, createPublicKey, sign, verify, type JsonWebKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkKey } from '~/lib/keys/check';
import {
	DEFAULT_KEY_SIZE,
	DEFAULT_SIGNING_ALG,
	generateKeyPair,
	KEY_SIZES,
	keySizeOf,
	privateKeyFiles,
	SIGNING_ALGORITHMS,
	signingAlgOf,
} from '~/lib/keys/generate';
import { generateMessages } from '~/lib/keys/messages';

// RSA key generation is a random prime search: usually well under a second for 2048 bits, slower on a busy machine.
const KEYGEN_TIMEOUT = 30_000;

describe('generateKeyPair', () => {
	it(
		'makes a 2048-bit RS256 pair whose halves belong together and whose public half passes the check',
		async () => {
			const result = await generateKeyPair(2048, 'RS256');
			if (!result.ok) throw new Error(result.error.code);
			const pair = result.value;
			const privateKey = createPrivateKey(pair.privatePem);
			expect(privateKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
			const signature = sign('sha256', Buffer.from('hei'), privateKey);
			expect(verify('sha256', Buffer.from('hei'), createPublicKey(pair.publicPem), signature)).toBe(true);

			const publicJwk = JSON.parse(pair.publicJwk) as Record<string, unknown>;
			expect(Object.keys(publicJwk).sort()).toEqual(['alg', 'e', 'kid', 'kty', 'n', 'use']);
			expect(publicJwk).toMatchObject({ kty: 'RSA', e: 'AQAB', use: 'sig', alg: 'RS256', kid: pair.thumbprint });
			const privateJwk = JSON.parse(pair.privateJwk) as JsonWebKey;
			expect(privateJwk.d).toEqual(expect.any(String));
			expect(createPrivateKey({ key: privateJwk, format: 'jwk' }).equals(privateKey)).toBe(true);

			for (const form of [pair.publicJwk, pair.publicPem]) {
				const checked = await checkKey(form);
				expect(checked.status).toBe('ok');
				expect(checked.keys[0]!.thumbprint).toBe(pair.thumbprint);
			}
			// The private outputs are refused by the checker, as they must be.
			expect((await checkKey(pair.privatePem)).status).toBe('private-key');
			expect((await checkKey(pair.privateJwk)).status).toBe('private-key');
		},
		KEYGEN_TIMEOUT,
	);

	it(
		'makes a PS256 pair that signs with RSA-PSS',
		async () => {
			const result = await generateKeyPair(2048, 'PS256');
			if (!result.ok) throw new Error(result.error.code);
			const options = { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 };
			const signature = sign('sha256', Buffer.from('hei'), {
				key: createPrivateKey(result.value.privatePem),
				...options,
			});
			expect(
				verify('sha256', Buffer.from('hei'), { key: createPublicKey(result.value.publicPem), ...options }, signature),
			).toBe(true);
			expect((JSON.parse(result.value.publicJwk) as JsonWebKey).alg).toBe('PS256');
			expect((await checkKey(result.value.publicPem)).keys[0]!.bits).toBe(2048);
		},
		KEYGEN_TIMEOUT,
	);
});

describe('the generator form', () => {
	it('reads each offered size and algorithm from its radio value, and falls back to the defaults', () => {
		for (const bits of KEY_SIZES) expect(keySizeOf(String(bits))).toBe(bits);
		for (const alg of SIGNING_ALGORITHMS) expect(signingAlgOf(alg)).toBe(alg);
		for (const value of [undefined, '', '1024', '4096 ', 4096]) expect(keySizeOf(value)).toBe(DEFAULT_KEY_SIZE);
		for (const value of [undefined, 'HS256', 'rs256']) expect(signingAlgOf(value)).toBe(DEFAULT_SIGNING_ALG);
		expect(KEY_SIZES).toContain(DEFAULT_KEY_SIZE);
		expect(SIGNING_ALGORITHMS).toContain(DEFAULT_SIGNING_ALG);
	});

	it('offers the private key as a PKCS#8 PEM file and a JWK file', () => {
		const pair = {
			bits: 2048,
			alg: 'RS256',
			thumbprint: 't',
			privatePem: 'PEM',
			privateJwk: 'JWK',
			publicPem: 'p',
			publicJwk: 'j',
		} as const;
		expect(privateKeyFiles(pair)).toEqual({
			pem: { text: 'PEM', fileName: 'privat-nokkel.pem', mediaType: 'application/x-pem-file' },
			jwk: { text: 'JWK', fileName: 'privat-nokkel.json', mediaType: 'application/json' },
		});
	});

	it('says why when the browser has no WebCrypto', async () => {
		const crypto = globalThis.crypto;
		Object.defineProperty(globalThis, 'crypto', { value: undefined, configurable: true });
		try {
			const result = await generateKeyPair(2048);
			expect(result).toEqual({ ok: false, error: { code: 'unsupported', message: generateMessages.unsupported() } });
		} finally {
			Object.defineProperty(globalThis, 'crypto', { value: crypto, configurable: true });
		}
	});

	it('asks for a 4096-bit RS256 pair with exponent 65537 by default, and says so when the browser fails', async () => {
		const crypto = globalThis.crypto;
		const asked: unknown[][] = [];
		const subtle = {
			generateKey: (...args: unknown[]) => {
				asked.push(args);
				return Promise.reject(new Error('OperationError'));
			},
		};
		Object.defineProperty(globalThis, 'crypto', { value: { subtle }, configurable: true });
		try {
			const result = await generateKeyPair();
			expect(result).toEqual({ ok: false, error: { code: 'failed', message: generateMessages.failed() } });
			expect(asked).toEqual([
				[
					{
						name: 'RSASSA-PKCS1-v1_5',
						modulusLength: 4096,
						publicExponent: new Uint8Array([1, 0, 1]),
						hash: 'SHA-256',
					},
					true,
					['sign', 'verify'],
				],
			]);
		} finally {
			Object.defineProperty(globalThis, 'crypto', { value: crypto, configurable: true });
		}
	});
});
