/**
 * Real error answers, made live by the reference server (tests/unit/helpers/reference-server.ts: oidc-provider on
 * loopback with private_key_jwt, DPoP with server nonces, and a small DPoP-protected API) for broken requests, and
 * written out as a supplier copies them (status line, headers, body). The interpreter must name the cause the
 * server gave, with an explanation, and say what kind of endpoint answered. (oidc-provider answers a scope the
 * client lacks with 200 and a token without it, where HelseID documents invalid_scope: that case is the sourced
 * fixtures' and the unit tests', not this server's.)
 *
 * `WRITE_ERROR_FIXTURES=1 npx vitest run tests/unit/lib/errors/reference-server.test.ts` also keeps each answer in
 * tests/fixtures/error-responses/server/ (with index.json saying how each was made), where fixtures.test.ts reads
 * them without a server.
 */
import { createHash, generateKeyPairSync, randomUUID, sign as nodeSign, type KeyObject } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interpretErrorAnswer } from '~/lib/errors/interpret';
import { CLIENT_ASSERTION_TYPE } from '~/lib/helseid/builder';
import { REFERENCE_SCOPE, startReferenceServer, type ReferenceServer } from '~test/helpers/reference-server';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);

function jws(header: Record<string, unknown>, payload: Record<string, unknown>, key: KeyObject): string {
	const input = `${b64(header)}.${b64(payload)}`;
	const alg = String(header['alg']);
	const signature = alg.startsWith('ES')
		? nodeSign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' })
		: nodeSign('sha256', Buffer.from(input), key);
	return `${input}.${signature.toString('base64url')}`;
}

let server: ReferenceServer;
let clientId: string;
const clientKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
const proofKey = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const proofJwk = proofKey.publicKey.export({ format: 'jwk' }) as JWK;
let nonce = '';
let accessToken = '';

type Changes = Record<string, unknown>;

function assertion(payload: Changes = {}, header: Changes = {}, key = clientKey.privateKey): string {
	const t = now();
	return jws(
		{ alg: 'RS256', typ: 'client-authentication+jwt', ...header },
		{ iss: clientId, sub: clientId, aud: server.issuer, jti: randomUUID(), iat: t, nbf: t, exp: t + 30, ...payload },
		key,
	);
}

function proof(payload: Changes = {}, header: Changes = {}): string {
	return jws(
		{ typ: 'dpop+jwt', alg: 'ES256', jwk: proofJwk, ...header },
		{ jti: randomUUID(), htm: 'POST', htu: server.tokenEndpoint, iat: now(), nonce, ...payload },
		proofKey.privateKey,
	);
}

/** The answer as `curl -i` prints it: status line, headers, a blank line, the body. */
async function asPasted(response: Response): Promise<string> {
	const headers = [...response.headers.entries()].map(([name, value]) => `${name}: ${value}`);
	return [`HTTP/1.1 ${response.status} ${response.statusText}`, ...headers, '', await response.text()].join('\n');
}

async function tokenRequest(form: Record<string, string | undefined>, dpop: string | undefined): Promise<string> {
	const body = new URLSearchParams();
	for (const [name, value] of Object.entries(form)) if (value !== undefined) body.set(name, value);
	const response = await fetch(server.tokenEndpoint, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', ...(dpop ? { dpop } : {}) },
		body,
	});
	return asPasted(response);
}

const tokenForm = (changes: Record<string, string | undefined> = {}) => ({
	grant_type: 'client_credentials',
	client_id: clientId,
	client_assertion_type: CLIENT_ASSERTION_TYPE,
	client_assertion: assertion(),
	scope: REFERENCE_SCOPE,
	...changes,
});

async function apiCall(headers: Record<string, string>): Promise<string> {
	return asPasted(await fetch(server.resourceUrl, { headers }));
}

const resourceProof = (payload: Changes = {}) =>
	proof({
		htm: 'GET',
		htu: server.resourceUrl,
		nonce: undefined,
		ath: createHash('sha256').update(accessToken).digest('base64url'),
		...payload,
	});

interface Case {
	readonly name: string;
	readonly how: string;
	readonly make: () => Promise<string>;
	readonly cause: string;
	readonly answeredBy: 'token-endpoint' | 'api';
}

const CASES: Case[] = [
	{
		name: 'token-first-request-without-nonce',
		how: 'A valid token request whose DPoP proof has no nonce (the first request of every DPoP client).',
		make: () => tokenRequest(tokenForm(), proof({ nonce: undefined })),
		cause: 'token:use_dpop_nonce',
		answeredBy: 'token-endpoint',
	},
	{
		name: 'token-assertion-wrong-key',
		how: 'The client assertion signed with a key that is not registered for the client.',
		make: () => tokenRequest(tokenForm({ client_assertion: assertion({}, {}, otherKey.privateKey) }), proof()),
		cause: 'token:invalid_client',
		answeredBy: 'token-endpoint',
	},
	{
		name: 'token-assertion-aud-token-endpoint',
		how: 'The client assertion with the token endpoint as aud (the rule before 2025), as one string.',
		make: () =>
			tokenRequest(tokenForm({ client_assertion: assertion({ aud: 'https://wrong.example/connect/token' }) }), proof()),
		cause: 'token:invalid_client',
		answeredBy: 'token-endpoint',
	},
	{
		name: 'token-assertion-expired',
		how: 'The client assertion expired ten minutes ago (beyond the five-minute clock skew).',
		make: () =>
			tokenRequest(
				tokenForm({ client_assertion: assertion({ iat: now() - 700, nbf: now() - 700, exp: now() - 600 }) }),
				proof(),
			),
		cause: 'token:invalid_client',
		answeredBy: 'token-endpoint',
	},
	{
		name: 'token-assertion-unknown-client',
		how: 'A client_id (and iss, sub) that is not registered.',
		make: () => {
			const other = randomUUID();
			return tokenRequest(
				tokenForm({ client_id: other, client_assertion: assertion({ iss: other, sub: other }) }),
				proof(),
			);
		},
		cause: 'token:invalid_client',
		answeredBy: 'token-endpoint',
	},
	{
		name: 'token-proof-wrong-htu',
		how: 'A DPoP proof with the nonce but htu naming another address.',
		make: () => tokenRequest(tokenForm(), proof({ htu: 'https://wrong.example/connect/token' })),
		cause: 'token:invalid_dpop_proof',
		answeredBy: 'token-endpoint',
	},
	{
		name: 'token-proof-typ-jwt',
		how: 'A DPoP proof with typ JWT instead of dpop+jwt.',
		make: () => tokenRequest(tokenForm(), proof({}, { typ: 'JWT' })),
		cause: 'token:invalid_dpop_proof',
		answeredBy: 'token-endpoint',
	},
	{
		name: 'token-grant-type-missing',
		how: 'A token request without grant_type.',
		make: () => tokenRequest(tokenForm({ grant_type: undefined }), proof()),
		cause: 'token:invalid_request',
		answeredBy: 'token-endpoint',
	},
	{
		name: 'api-no-authorization',
		how: 'A call to the API without Authorization (RFC 6750 §3.1: no error code then, only the challenge).',
		make: () => apiCall({}),
		cause: 'http:401',
		answeredBy: 'api',
	},
	{
		name: 'api-bearer-scheme',
		how: 'The DPoP-bound token sent with Authorization: Bearer.',
		make: () => apiCall({ authorization: `Bearer ${accessToken}`, dpop: resourceProof() }),
		cause: 'resource:invalid_token',
		answeredBy: 'api',
	},
	{
		name: 'api-token-tampered',
		how: 'The access token with one character of its signature changed.',
		make: () => {
			const broken = accessToken.slice(0, -2) + (accessToken.endsWith('AA') ? 'BB' : 'AA');
			return apiCall({ authorization: `DPoP ${broken}`, dpop: resourceProof() });
		},
		cause: 'resource:invalid_token',
		answeredBy: 'api',
	},
	{
		name: 'api-proof-wrong-htm',
		how: 'A GET to the API with a proof whose htm is POST.',
		make: () => apiCall({ authorization: `DPoP ${accessToken}`, dpop: resourceProof({ htm: 'POST' }) }),
		cause: 'resource:invalid_dpop_proof',
		answeredBy: 'api',
	},
	{
		name: 'api-proof-missing',
		how: 'A call with Authorization: DPoP but no DPoP header.',
		make: () => apiCall({ authorization: `DPoP ${accessToken}` }),
		cause: 'resource:invalid_dpop_proof',
		answeredBy: 'api',
	},
];

const made = new Map<string, string>();

beforeAll(async () => {
	server = await startReferenceServer();
	({ clientId } = await server.registerClient(clientKey.publicKey.export({ format: 'jwk' })));
	// A real nonce and a real token, the way HelseID.Library gets them: the first request fails, the second carries
	// the nonce from DPoP-Nonce.
	const first = await fetch(server.tokenEndpoint, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', dpop: proof({ nonce: undefined }) },
		body: new URLSearchParams(tokenForm()),
	});
	nonce = first.headers.get('dpop-nonce') ?? '';
	const second = await fetch(server.tokenEndpoint, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', dpop: proof() },
		body: new URLSearchParams(tokenForm()),
	});
	accessToken = String(((await second.json()) as Record<string, unknown>)['access_token']);
}, 60_000);

afterAll(async () => {
	await server?.stop();
	if (process.env['WRITE_ERROR_FIXTURES'] !== '1' || made.size === 0) return;
	const dir = join(import.meta.dirname, '../../../fixtures/error-responses/server');
	mkdirSync(dir, { recursive: true });
	const index = CASES.filter((c) => made.has(c.name)).map((c) => ({
		file: `${c.name}.http`,
		source: `Made by the reference server (oidc-provider on loopback, tests/unit/helpers/reference-server.ts) on ${new Date().toISOString().slice(0, 10)}: ${c.how} Written by tests/unit/lib/errors/reference-server.test.ts with WRITE_ERROR_FIXTURES=1 (responses only: no request, no token).`,
		answeredBy: c.answeredBy,
		cause: c.cause,
	}));
	for (const c of CASES) if (made.has(c.name)) writeFileSync(join(dir, `${c.name}.http`), made.get(c.name)!);
	writeFileSync(join(dir, 'index.json'), `${JSON.stringify({ fixtures: index }, null, '\t')}\n`);
});

describe('answers made by the reference server', () => {
	it('got a nonce and a token for the broken API calls to start from', () => {
		expect(nonce).not.toBe('');
		expect(accessToken.split('.')).toHaveLength(3);
	});

	for (const c of CASES) {
		it(`${c.name}: ${c.cause}`, async () => {
			const pasted = await c.make();
			made.set(c.name, pasted);
			const result = interpretErrorAnswer(pasted);
			expect(result.status).toBe('read');
			if (result.status !== 'read') return;
			const causes = result.causes.map((cause) => `${cause.origin}:${cause.code}`);
			expect(causes, pasted).toContain(c.cause);
			expect(result.causes.find((cause) => `${cause.origin}:${cause.code}` === c.cause)?.explanation).toBeDefined();
			expect(
				result.causes.every((cause) => cause.explanation !== undefined),
				pasted,
			).toBe(true);
			expect(result.answeredBy).toBe(c.answeredBy);
			if (c.cause.endsWith('use_dpop_nonce')) {
				const nonceShown = result.causes.flatMap((cause) => cause.details.map((detail) => detail.value));
				expect(nonceShown).toContain(/dpop-nonce: (\S+)/i.exec(pasted)?.[1]);
			}
		});
	}
});
