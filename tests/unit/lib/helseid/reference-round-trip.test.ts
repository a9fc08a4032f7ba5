import { calculateJwkThumbprint, decodeJwt, exportJWK, generateKeyPair, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainAccessToken } from '~/lib/helseid/access-token';
import { buildAssertion, newJti, tokenRequest } from '~/lib/helseid/builder';
import { checkDpopProof } from '~/lib/helseid/dpop';
import { buildDpopProof, generateProofKey, type ProofKey } from '~/lib/helseid/dpop-builder';
import { ENVIRONMENTS, type Environment } from '~/lib/helseid/environments';
import { REFERENCE_SCOPE, startReferenceServer, type ReferenceServer } from '~test/helpers/reference-server';

// The site's assertion builder and DPoP proof builder against a real OpenID provider on loopback
// (tests/unit/helpers/reference-server.ts): the use_dpop_nonce round trip, the token, and an API call with ath.

let server: ReferenceServer;
let environment: Environment;
let clientId: string;
let privateJwk: JWK;
let kid: string;
let proofKey: ProofKey;

beforeAll(async () => {
	server = await startReferenceServer();
	environment = { ...ENVIRONMENTS['helseid-test'], audience: server.issuer, tokenEndpoint: server.tokenEndpoint };
	const pair = await generateKeyPair('RS256', { extractable: true });
	privateJwk = await exportJWK(pair.privateKey);
	const publicJwk = await exportJWK(pair.publicKey);
	kid = await calculateJwkThumbprint(publicJwk);
	({ clientId } = await server.registerClient({ ...publicJwk, kid }));
	proofKey = await generateProofKey('ES256');
});

afterAll(async () => {
	await server.stop();
});

const now = () => Math.floor(Date.now() / 1000);

async function tokenCall(nonce?: string): Promise<Response> {
	const assertion = await buildAssertion(privateJwk, { environment, clientId, kid, now: now(), jti: newJti() });
	const request = tokenRequest(environment, clientId, assertion, REFERENCE_SCOPE)!;
	const proof = await buildDpopProof(proofKey, { method: 'POST', url: server.tokenEndpoint, now: now(), nonce });
	if (!proof.ok) throw new Error(proof.error);
	return fetch(request.endpoint, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', dpop: proof.value.proof },
		body: request.body,
	});
}

describe('round trip against the reference server', () => {
	it('gets use_dpop_nonce first, a DPoP-bound token on the retry, and the API accepts the proof with ath', async () => {
		const first = await tokenCall();
		expect(first.status).toBe(400);
		expect(await first.json()).toMatchObject({ error: 'use_dpop_nonce' });
		const nonce = first.headers.get('dpop-nonce');
		expect(nonce).toBeTruthy();

		const second = await tokenCall(nonce!);
		const body = (await second.json()) as Record<string, unknown>;
		expect(second.status, JSON.stringify(body)).toBe(200);
		expect(body).toMatchObject({ token_type: 'DPoP', scope: REFERENCE_SCOPE });
		const accessToken = body['access_token'] as string;

		// The token explainer reads the real token: DPoP-bound, and cnf.jkt is the proof key's thumbprint.
		const explanation = await explainAccessToken(accessToken, now());
		expect(explanation.reading.status).toBe('read');
		expect(explanation.findings.map((f) => f.code)).toContain('at-dpop-bound');
		expect(explanation.claims.find((row) => row.name === 'cnf')?.value).toContain(proofKey.thumbprint);
		expect(decodeJwt(accessToken)['cnf']).toEqual({ jkt: proofKey.thumbprint });

		const apiProof = await buildDpopProof(proofKey, {
			method: 'GET',
			url: `${server.resourceUrl}?page=1#top`,
			now: now(),
			accessToken: `DPoP ${accessToken}`,
		});
		if (!apiProof.ok) throw new Error(apiProof.error);
		expect(apiProof.value.notes).toEqual(['query-stripped', 'ath-added']);
		// Our own DPoP check agrees: ath and cnf.jkt match, no error.
		const check = await checkDpopProof(apiProof.value.proof, {
			method: 'GET',
			url: server.resourceUrl,
			accessToken,
			now: now(),
		});
		expect(check.findings.filter((f) => f.severity === 'error')).toEqual([]);
		expect(check.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['ath-ok', 'jkt-ok']));

		const api = await fetch(`${server.resourceUrl}?page=1#top`, {
			headers: { authorization: `DPoP ${accessToken}`, dpop: apiProof.value.proof },
		});
		expect(api.status).toBe(200);
		expect(await api.json()).toEqual({ ok: true, client_id: clientId });

		// The same proof again is a replay: 401 with RFC 9449 §7.1's challenge.
		const replay = await fetch(server.resourceUrl, {
			headers: { authorization: `DPoP ${accessToken}`, dpop: apiProof.value.proof },
		});
		expect(replay.status).toBe(401);
		expect(replay.headers.get('www-authenticate')).toMatch(/^DPoP error="invalid_dpop_proof"/);
	});

	it('answers 401 with RFC 6750 §3 / RFC 9449 §7 challenges to a missing or Bearer token', async () => {
		const none = await fetch(server.resourceUrl);
		expect(none.status).toBe(401);
		expect(none.headers.get('www-authenticate')).toMatch(/^DPoP algs="RS256 /);
		const bearer = await fetch(server.resourceUrl, { headers: { authorization: 'Bearer abc' } });
		expect(bearer.status).toBe(401);
		expect(bearer.headers.get('www-authenticate')).toMatch(/^DPoP error="invalid_token"/);
		const garbage = await fetch(server.resourceUrl, { headers: { authorization: 'DPoP abc', dpop: 'x' } });
		expect(garbage.status).toBe(401);
		expect(garbage.headers.get('www-authenticate')).toMatch(/^DPoP error="invalid_token"/);
	});
});
