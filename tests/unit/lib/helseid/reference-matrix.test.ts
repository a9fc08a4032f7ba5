import {
	constants,
	createHash,
	createHmac,
	generateKeyPairSync,
	randomUUID,
	sign as nodeSign,
	type KeyObject,
} from 'node:crypto';
import { readFileSync } from 'node:fs';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAssertion } from '~/lib/helseid/assertion';
import { CLIENT_ASSERTION_TYPE } from '~/lib/helseid/builder';
import { checkDpopProof } from '~/lib/helseid/dpop';
import { ENVIRONMENTS, type Environment } from '~/lib/helseid/environments';
import { REFERENCE_SCOPE, startReferenceServer, type ReferenceServer } from '~test/helpers/reference-server';
import {
	ASSERTION_VECTORS,
	PROOF_VECTORS,
	type AssertionVector,
	type Changes,
	type ClientName,
	type ProofVector,
	type Signing,
	type Vector,
	type VectorContext,
} from '~test/helpers/reference-vectors';

// The differential matrix: every vector goes to a real OpenID provider on loopback (oidc-provider, see
// tests/unit/helpers/reference-server.ts) and to our checker. Accepted ↔ no error; refused ↔ an error that names
// the cause; where the two disagree by design, docs/helseid-vs-reference-server.md lists the case with HelseID's
// (Duende's) side, and the vector asserts the disagreement, so a change on either side shows.

const DOCS = readFileSync(new URL('../../../../docs/helseid-vs-reference-server.md', import.meta.url), 'utf8');
const HMAC_SECRET = 'a-shared-secret-that-is-long-enough-for-hs256';

interface Pair {
	readonly privateKey: KeyObject;
	readonly publicJwk: JWK;
	readonly privateJwk: JWK;
	readonly thumbprint: string;
}

async function pair(type: 'rsa' | 'P-256' | 'P-384' | 'P-521'): Promise<Pair> {
	const { privateKey, publicKey } =
		type === 'rsa'
			? generateKeyPairSync('rsa', { modulusLength: 2048 })
			: generateKeyPairSync('ec', { namedCurve: type });
	const publicJwk = publicKey.export({ format: 'jwk' }) as JWK;
	const privateJwk = privateKey.export({ format: 'jwk' }) as JWK;
	return { privateKey, publicJwk, privateJwk, thumbprint: await calculateJwkThumbprint(publicJwk) };
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A JWS with exactly the given header and payload (jose's signers refuse the broken ones the matrix needs). */
function signJws(header: Record<string, unknown>, payload: Record<string, unknown>, key: KeyObject, signing?: Signing) {
	const input = `${b64(header)}.${b64(payload)}`;
	if (signing === 'none') return `${input}.`;
	const alg = String(header['alg']);
	const hash = `sha${alg.slice(2)}`;
	let signature: Buffer;
	if (signing === 'hmac') signature = createHmac(hash, HMAC_SECRET).update(input).digest();
	else if (alg.startsWith('PS'))
		signature = nodeSign(hash, Buffer.from(input), {
			key,
			padding: constants.RSA_PKCS1_PSS_PADDING,
			saltLength: Number(alg.slice(2)) / 8,
		});
	else if (alg.startsWith('ES')) signature = nodeSign(hash, Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' });
	else signature = nodeSign(hash, Buffer.from(input), key);
	const token = `${input}.${signature.toString('base64url')}`;
	if (signing !== 'tampered') return token;
	// The payload changed after signing: one second more of lifetime.
	const [h, , s] = token.split('.');
	return `${h}.${b64({ ...payload, exp: Number(payload['exp']) + 1 })}.${s}`;
}

function applyChanges(base: Record<string, unknown>, changes: Changes = {}): Record<string, unknown> {
	const result = { ...base };
	for (const [name, value] of Object.entries(changes)) {
		if (value === undefined) delete result[name];
		else result[name] = value;
	}
	return result;
}

const signature = (token: string) => token.split('.')[2] ?? '';
const now = () => Math.floor(Date.now() / 1000);

let server: ReferenceServer;
let environment: Environment;
let clients: Record<ClientName, { clientId: string; key: Pair; keyText: string }>;
let otherRsa: Pair;
let proofKeys: Record<'ES256' | 'ES384' | 'ES512' | 'RSA', Pair>;
let otherProofKey: Pair;
let nonce: string;
let accessToken: string;

function context(client: ClientName = 'rsa'): VectorContext {
	return {
		issuer: server.issuer,
		tokenEndpoint: server.tokenEndpoint,
		resourceUrl: server.resourceUrl,
		now: now(),
		clientId: clients[client].clientId,
		thumbprint: clients[client].key.thumbprint,
		serverKid: String(server.signingKeys.keys[0]?.kid),
	};
}

/** A client assertion: the valid one, with the vector's changes. */
function makeAssertion(vector: Partial<AssertionVector>, ctx: VectorContext, jti = randomUUID()) {
	const client = clients[vector.client ?? 'rsa'];
	const alg = vector.alg ?? 'RS256';
	const header = applyChanges({ alg, typ: 'client-authentication+jwt', kid: ctx.thumbprint }, vector.header?.(ctx));
	const payload = applyChanges(
		{ iss: ctx.clientId, sub: ctx.clientId, aud: ctx.issuer, jti, iat: ctx.now, nbf: ctx.now, exp: ctx.now + 30 },
		vector.payload?.(ctx),
	);
	const key = vector.signing === 'wrong-key' ? otherRsa.privateKey : client.key.privateKey;
	return signJws(header, payload, key, vector.signing);
}

function proofKeyFor(alg: string): Pair {
	if (alg === 'ES256' || alg === 'ES384' || alg === 'ES512') return proofKeys[alg];
	return proofKeys.RSA;
}

/** A DPoP proof for the token endpoint (or, for resource vectors, the API call): valid, with the vector's changes. */
function makeProof(vector: Partial<ProofVector>, ctx: VectorContext, jti = randomUUID()) {
	const alg = vector.alg ?? 'ES256';
	const key = vector.otherKey ? otherProofKey : proofKeyFor(alg);
	const changes = vector.header?.(ctx) ?? {};
	const jwk = changes['jwk'] === 'private' ? key.privateJwk : key.publicJwk;
	const header = applyChanges({ typ: 'dpop+jwt', alg, jwk }, { ...changes, ...(changes['jwk'] ? { jwk } : {}) });
	const base =
		vector.kind === 'resource'
			? {
					jti,
					htm: 'GET',
					htu: ctx.resourceUrl,
					iat: ctx.now,
					ath: createHash('sha256').update(accessToken).digest('base64url'),
				}
			: { jti, htm: 'POST', htu: ctx.tokenEndpoint, iat: ctx.now, nonce };
	const payload = applyChanges(base, vector.payload?.(ctx));
	const signer = vector.signing === 'wrong-key' ? otherProofKey.privateKey : key.privateKey;
	return signJws(header, payload, signer, vector.signing);
}

type Outcome = { result: 'accepted' | 'refused'; error?: string; body?: unknown; nonce?: string };

async function requestToken(assertion: string, proof: string, client: ClientName = 'rsa'): Promise<Outcome> {
	const response = await fetch(server.tokenEndpoint, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', dpop: proof },
		body: new URLSearchParams({
			grant_type: 'client_credentials',
			client_id: clients[client].clientId,
			client_assertion_type: CLIENT_ASSERTION_TYPE,
			client_assertion: assertion,
			scope: REFERENCE_SCOPE,
		}),
	});
	const body = (await response.json()) as Record<string, unknown>;
	if (response.ok) return { result: 'accepted', body };
	const dpopNonce = response.headers.get('dpop-nonce');
	return { result: 'refused', error: String(body['error']), body, ...(dpopNonce ? { nonce: dpopNonce } : {}) };
}

async function callApi(proof: string): Promise<Outcome> {
	const response = await fetch(server.resourceUrl, {
		headers: { authorization: `DPoP ${accessToken}`, dpop: proof },
	});
	if (response.ok) return { result: 'accepted' };
	const challenge = response.headers.get('www-authenticate') ?? '';
	return { result: 'refused', error: /error="([^"]+)"/.exec(challenge)?.[1] ?? challenge };
}

/** Our checker's errors: finding codes, or `reading:<status>` when the token was refused before any rule ran. */
async function checkerErrors(vector: Vector, token: string, ctx: VectorContext, seen: Map<string, string>) {
	const result =
		vector.kind === 'assertion'
			? await checkAssertion(token, {
					environment,
					clientId: ctx.clientId,
					keyText: clients[vector.client ?? 'rsa'].keyText,
					now: ctx.now,
					seenJti: seen,
				})
			: await checkDpopProof(token, {
					method: vector.kind === 'resource' ? 'GET' : 'POST',
					url: vector.kind === 'resource' ? server.resourceUrl : server.tokenEndpoint,
					now: ctx.now,
					seenJti: seen,
					...(vector.kind === 'resource' ? { accessToken } : { nonce }),
				});
	if (result.reading.status !== 'read') return [`reading:${result.reading.status}`];
	return result.findings.filter((f) => f.severity === 'error').map((f) => f.code);
}

/** Sends the vector (after its first, accepted twin when it is a replay) and runs our checker on the same token. */
async function run(vector: Vector): Promise<{ outcome: Outcome; errors: string[] }> {
	const client = vector.kind === 'assertion' ? (vector.client ?? 'rsa') : 'rsa';
	const ctx = context(client);
	const seen = new Map<string, string>();
	if (vector.kind === 'assertion') {
		const jti = randomUUID();
		const proof = () => makeProof({ kind: 'proof' }, context());
		if (vector.replay) {
			const first = makeAssertion({}, ctx, jti);
			expect((await requestToken(first, proof(), client)).result).toBe('accepted');
			seen.set(jti, signature(first));
		}
		const assertion = makeAssertion(vector.replay ? { payload: (c) => ({ exp: c.now + 31 }) } : vector, ctx, jti);
		const outcome = await requestToken(assertion, proof(), client);
		return { outcome, errors: await checkerErrors(vector, assertion, ctx, seen) };
	}
	const jti = randomUUID();
	if (vector.replay) {
		const first = makeProof({ kind: vector.kind }, ctx, jti);
		expect((await requestToken(makeAssertion({}, ctx), first)).result).toBe('accepted');
		seen.set(jti, signature(first));
	}
	const proof = makeProof(
		vector.replay ? { kind: vector.kind, payload: (c) => ({ iat: c.now - 1 }) } : vector,
		ctx,
		jti,
	);
	const outcome = vector.kind === 'resource' ? await callApi(proof) : await requestToken(makeAssertion({}, ctx), proof);
	return { outcome, errors: await checkerErrors(vector, proof, ctx, seen) };
}

beforeAll(async () => {
	server = await startReferenceServer();
	environment = { ...ENVIRONMENTS['helseid-test'], audience: server.issuer, tokenEndpoint: server.tokenEndpoint };
	const [rsa, rsaNoKid, ec256, ec384, ec521] = await Promise.all([
		pair('rsa'),
		pair('rsa'),
		pair('P-256'),
		pair('P-384'),
		pair('P-521'),
	]);
	const register = async (key: Pair, withKid: boolean) => {
		const registered: JWK = withKid ? { ...key.publicJwk, kid: key.thumbprint } : key.publicJwk;
		const { clientId } = await server.registerClient(registered, withKid ? {} : { kid: null });
		return { clientId, key, keyText: JSON.stringify(registered) };
	};
	clients = {
		rsa: await register(rsa, true),
		'rsa-no-kid': await register(rsaNoKid, false),
		ec256: await register(ec256, true),
		ec384: await register(ec384, true),
		ec521: await register(ec521, true),
	};
	[otherRsa, otherProofKey] = await Promise.all([pair('rsa'), pair('P-256')]);
	const [pES256, pES384, pES512, pRSA] = await Promise.all([pair('P-256'), pair('P-384'), pair('P-521'), pair('rsa')]);
	proofKeys = { ES256: pES256, ES384: pES384, ES512: pES512, RSA: pRSA };

	// The nonce round trip once: the server's nonce holds for minutes (oidc-provider: ±2 steps of 60 s).
	nonce = '';
	const ctx = context();
	const first = await requestToken(
		makeAssertion({}, ctx),
		makeProof({ kind: 'proof', payload: () => ({ nonce: undefined }) }, ctx),
	);
	expect(first.error).toBe('use_dpop_nonce');
	nonce = first.nonce ?? '';
	expect(nonce).not.toBe('');
	const token = await requestToken(makeAssertion({}, context()), makeProof({ kind: 'proof' }, context()));
	expect(token.result).toBe('accepted');
	accessToken = String((token.body as Record<string, unknown>)['access_token']);
});

afterAll(async () => {
	await server.stop();
});

const VECTORS: readonly Vector[] = [...ASSERTION_VECTORS, ...PROOF_VECTORS];

describe('differential matrix: reference server (oidc-provider) and our checker', () => {
	it('has at least 60 vectors, each with a unique name in its kind', () => {
		expect(VECTORS.length).toBeGreaterThanOrEqual(60);
		expect(new Set(VECTORS.map((v) => `${v.kind}: ${v.name}`)).size).toBe(VECTORS.length);
	});

	it('lists in the docs every difference a vector names, and no other', () => {
		const rows = [...DOCS.matchAll(/^### `([a-z-]+)`$/gm)].map((m) => m[1]);
		const named = new Set(VECTORS.flatMap((v) => (v.difference ? [v.difference] : [])));
		expect(new Set(rows)).toEqual(named);
	});

	for (const vector of VECTORS) {
		it(`${vector.kind}: ${vector.name}`, async () => {
			const { outcome, errors } = await run(vector);
			expect(outcome.result, JSON.stringify(outcome)).toBe(vector.server);
			if (vector.serverError) expect(outcome.error).toBe(vector.serverError);
			if (vector.checker === null) expect(errors).toEqual([]);
			else expect(errors).toContain(vector.checker);
			// Agreement, or the documented difference: the two sides must disagree exactly where the docs say so.
			const agree = (outcome.result === 'accepted') === (errors.length === 0);
			expect(agree, vector.difference ?? 'no documented difference').toBe(!vector.difference);
		});
	}
});
