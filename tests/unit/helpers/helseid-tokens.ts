/**
 * Tokens for the HelseID tools' tests, made here with jose at test time: client assertions, DPoP proofs and access
 * tokens, valid by default, with any header member or claim replaced or removed to make a failing vector.
 * `CompactSign` signs any JSON, so a vector can hold what SignJWT would not write (a string `iat`, an array `aud`).
 */
import { randomUUID } from 'node:crypto';
import {
	base64url,
	calculateJwkThumbprint,
	CompactSign,
	exportJWK,
	exportSPKI,
	generateKeyPair,
	type CryptoKey,
	type JWK,
} from 'jose';

export const TEST_ISSUER = 'https://helseid-sts.test.nhn.no';
export const PROD_ISSUER = 'https://helseid-sts.nhn.no';
export const TOKEN_ENDPOINT = `${TEST_ISSUER}/connect/token`;
export const CLIENT_ID = 'b2a3c4d5-1111-4222-8333-944455556666';

export interface TestKey {
	readonly alg: string;
	readonly privateKey: CryptoKey;
	readonly publicJwk: JWK;
	readonly privateJwk: JWK;
	readonly publicPem: string;
	readonly thumbprint: string;
}

const keys = new Map<string, Promise<TestKey>>();

/** A key pair for `alg`, made once per test file and algorithm (RSA generation is slow). */
export function testKey(alg = 'PS256', name = ''): Promise<TestKey> {
	const id = `${alg}/${name}`;
	let key = keys.get(id);
	if (!key) {
		key = (async () => {
			const pair = await generateKeyPair(alg, { extractable: true });
			const { kty, n, e, crv, x, y } = await exportJWK(pair.publicKey);
			const publicJwk = JSON.parse(JSON.stringify({ kty, n, e, crv, x, y })) as JWK;
			return {
				alg,
				privateKey: pair.privateKey,
				publicJwk,
				privateJwk: await exportJWK(pair.privateKey),
				publicPem: await exportSPKI(pair.publicKey),
				thumbprint: await calculateJwkThumbprint(publicJwk),
			};
		})();
		keys.set(id, key);
	}
	return key;
}

type Json = Record<string, unknown>;

/** `base` with `changes` applied: a member set to undefined is removed. */
export function changed(base: Json, changes: Json = {}): Json {
	const result: Json = { ...base, ...changes };
	for (const [name, value] of Object.entries(changes)) if (value === undefined) delete result[name];
	return result;
}

/** Signs any header and payload as a compact JWS. */
export async function sign(header: Json, payload: Json, key: TestKey): Promise<string> {
	return new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
		.setProtectedHeader(header as { alg: string })
		.sign(key.privateKey);
}

/** A compact token with any header, payload and signature text, signed by nothing (alg none, broken vectors). */
export function unsigned(header: unknown, payload: unknown, signature = ''): string {
	const part = (value: unknown) => base64url.encode(typeof value === 'string' ? value : JSON.stringify(value));
	return `${part(header)}.${part(payload)}.${signature}`;
}

export const now = () => Math.floor(Date.now() / 1000);

export function assertionClaims(at: number, changes: Json = {}): Json {
	return changed(
		{ iss: CLIENT_ID, sub: CLIENT_ID, aud: TEST_ISSUER, jti: randomUUID(), iat: at, nbf: at, exp: at + 30 },
		changes,
	);
}

/** A client assertion for HelseID test, valid unless changed. */
export async function assertion(
	key: TestKey,
	options: { header?: Json; claims?: Json; at?: number } = {},
): Promise<string> {
	const header = changed({ alg: key.alg, typ: 'client-authentication+jwt', kid: key.thumbprint }, options.header);
	return sign(header, assertionClaims(options.at ?? now(), options.claims), key);
}

/** A DPoP proof for a POST to HelseID test's token endpoint, valid unless changed. */
export async function dpopProof(
	key: TestKey,
	options: { header?: Json; claims?: Json; at?: number } = {},
): Promise<string> {
	const header = changed({ typ: 'dpop+jwt', alg: key.alg, jwk: key.publicJwk }, options.header);
	const claims = changed(
		{ jti: randomUUID(), htm: 'POST', htu: TOKEN_ENDPOINT, iat: options.at ?? now() },
		options.claims,
	);
	return sign(header, claims, key);
}

/** An access token as HelseID issues one for VKP (signed by a stand-in for HelseID's key), bound to `jkt`. */
export async function accessToken(
	signer: TestKey,
	options: { claims?: Json; header?: Json; at?: number } = {},
): Promise<string> {
	const at = options.at ?? now();
	const header = changed({ alg: signer.alg, kid: 'helseid-signing', typ: 'at+jwt' }, options.header);
	const claims = changed(
		{
			iss: TEST_ISSUER,
			nbf: at,
			iat: at,
			exp: at + 600,
			aud: 'nhn:vkp',
			scope: ['nhn:vkp/api/user/patient.read', 'nhn:vkp/api/user/careplan.read'],
			client_id: CLIENT_ID,
			client_amr: 'private_key_jwt',
			'nhn:vkp/client/claims/vkp-id': 'trygghjemme-test',
			jti: randomUUID(),
		},
		options.claims,
	);
	return sign(header, claims, signer);
}

/** base64url(SHA-256(token)): `ath`, computed with Node's crypto independently of the code under test. */
export async function ath(token: string): Promise<string> {
	const { createHash } = await import('node:crypto');
	return createHash('sha256').update(token, 'ascii').digest('base64url');
}
