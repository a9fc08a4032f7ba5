/**
 * Makes a new RSA key pair in the browser with WebCrypto, for suppliers who have no key yet. The private key is
 * handed back only as text for the user to download; nothing here stores it anywhere.
 */
import { calculateJwkThumbprint, exportJWK, exportPKCS8, exportSPKI } from 'jose';
import { fileNames, generateMessages } from './messages';
import type { KeySize, SigningAlg } from './types';

export type { KeySize, SigningAlg } from './types';

/** The sizes offered, in the order shown. */
export const KEY_SIZES: readonly KeySize[] = [4096, 3072, 2048];
export const DEFAULT_KEY_SIZE: KeySize = 4096;
export const SIGNING_ALGORITHMS: readonly SigningAlg[] = ['RS256', 'PS256'];
export const DEFAULT_SIGNING_ALG: SigningAlg = 'RS256';

/** The size a chosen radio's value stands for; anything else (no choice, a tampered value) is the default. */
export function keySizeOf(value: unknown): KeySize {
	return KEY_SIZES.find((size) => String(size) === value) ?? DEFAULT_KEY_SIZE;
}

/** The algorithm a chosen radio's value stands for, or the default. */
export function signingAlgOf(value: unknown): SigningAlg {
	return SIGNING_ALGORITHMS.find((alg) => alg === value) ?? DEFAULT_SIGNING_ALG;
}

export interface GeneratedKeyPair {
	readonly bits: KeySize;
	readonly alg: SigningAlg;
	readonly thumbprint: string;
	/** PKCS#8 PEM (`-----BEGIN PRIVATE KEY-----`): for download only. */
	readonly privatePem: string;
	/** Private JWK with `kid`, `use`, `alg`: for download only. */
	readonly privateJwk: string;
	/** SPKI PEM of the public key. */
	readonly publicPem: string;
	/** Public JWK (`kty`, `n`, `e`, `kid` = thumbprint, `use: "sig"`, `alg`), the form HelseID takes. */
	readonly publicJwk: string;
}

/** A private key as a file to download. */
export interface PrivateKeyFile {
	readonly text: string;
	readonly fileName: string;
	readonly mediaType: string;
}

/** The two downloads the generator offers for a new pair's private key: PKCS#8 PEM and JWK. */
export function privateKeyFiles(pair: GeneratedKeyPair): { pem: PrivateKeyFile; jwk: PrivateKeyFile } {
	return {
		pem: { text: pair.privatePem, fileName: fileNames.privatePem, mediaType: 'application/x-pem-file' },
		jwk: { text: pair.privateJwk, fileName: fileNames.privateJwk, mediaType: 'application/json' },
	};
}

export type GenerateResult =
	{ ok: true; value: GeneratedKeyPair } | { ok: false; error: { code: 'unsupported' | 'failed'; message: string } };

export async function generateKeyPair(
	bits: KeySize = DEFAULT_KEY_SIZE,
	alg: SigningAlg = DEFAULT_SIGNING_ALG,
): Promise<GenerateResult> {
	const subtle = globalThis.crypto?.subtle;
	if (!subtle) return { ok: false, error: { code: 'unsupported', message: generateMessages.unsupported() } };
	try {
		const pair = await subtle.generateKey(
			{
				name: alg === 'PS256' ? 'RSA-PSS' : 'RSASSA-PKCS1-v1_5',
				modulusLength: bits,
				// 65537, the exponent every tool expects (RFC 8017 leaves it free; NIST SP 800-56B asks for ≥ 65537).
				publicExponent: new Uint8Array([1, 0, 1]),
				hash: 'SHA-256',
			},
			true,
			['sign', 'verify'],
		);
		const publicJwk = await exportJWK(pair.publicKey);
		const thumbprint = await calculateJwkThumbprint({ kty: 'RSA', n: publicJwk.n ?? '', e: publicJwk.e ?? '' });
		const meta = { kid: thumbprint, use: 'sig', alg };
		const privateJwk = await exportJWK(pair.privateKey);
		// WebCrypto's JWK export adds key_ops and ext; they say nothing a receiver needs, so they are left out.
		const { key_ops: _publicOps, ext: _publicExt, ...publicMembers } = publicJwk;
		const { key_ops: _privateOps, ext: _privateExt, ...privateMembers } = privateJwk;
		return {
			ok: true,
			value: {
				bits,
				alg,
				thumbprint,
				privatePem: `${await exportPKCS8(pair.privateKey)}\n`,
				privateJwk: `${JSON.stringify({ ...privateMembers, ...meta }, null, 2)}\n`,
				publicPem: `${await exportSPKI(pair.publicKey)}\n`,
				publicJwk: `${JSON.stringify({ kty: 'RSA', n: publicMembers.n, e: publicMembers.e, ...meta }, null, 2)}\n`,
			},
		};
	} catch {
		return { ok: false, error: { code: 'failed', message: generateMessages.failed() } };
	}
}
