import { generateKeyPairSync } from 'node:crypto';
import { calculateJwkThumbprint, decodeProtectedHeader, EmbeddedJWK, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { accessTokenHash, checkDpopProof } from '~/lib/helseid/dpop';
import {
	buildDpopProof,
	DEFAULT_PROOF_ALG,
	generateProofKey,
	PROOF_ALGORITHMS,
	proofAlgOf,
	proofTarget,
} from '~/lib/helseid/dpop-builder';
import { proofErrorMessages, proofNoteMessages } from '~/lib/helseid/dpop-builder-messages';

const TOKEN_ENDPOINT = 'https://helseid-sts.test.nhn.no/connect/token';
const NOW = 1_767_225_600;

describe('generateProofKey', () => {
	it.each(PROOF_ALGORITHMS)('makes a %s pair whose private half cannot be read out', async (alg) => {
		const key = await generateProofKey(alg);
		expect(key.alg).toBe(alg);
		expect(key.privateKey.extractable).toBe(false);
		expect(key.privateKey.type).toBe('private');
		expect(Object.keys(key.publicJwk).sort()).toEqual(alg === 'ES256' ? ['crv', 'kty', 'x', 'y'] : ['e', 'kty', 'n']);
		expect(key.thumbprint).toBe(await calculateJwkThumbprint(key.publicJwk));
	});

	it('uses ES256 by default, and for any value it does not know', async () => {
		expect(DEFAULT_PROOF_ALG).toBe('ES256');
		expect((await generateProofKey()).publicJwk.crv).toBe('P-256');
		expect(proofAlgOf('PS256')).toBe('PS256');
		expect(proofAlgOf('HS256')).toBe('ES256');
		expect(proofAlgOf(undefined)).toBe('ES256');
	});
});

describe('proofTarget', () => {
	it('cuts off the query and fragment, and says so', () => {
		expect(proofTarget('https://api.example.no/v1/Patient?name=x#top')).toEqual({
			htu: 'https://api.example.no/v1/Patient',
			notes: ['query-stripped'],
		});
	});

	it('writes the URL in its standard form and says so when that changed it', () => {
		expect(proofTarget('HTTPS://HelseID-STS.test.nhn.no:443/connect/token')).toEqual({
			htu: TOKEN_ENDPOINT,
			notes: ['url-normalised'],
		});
		expect(proofTarget(` ${TOKEN_ENDPOINT} `)).toEqual({ htu: TOKEN_ENDPOINT, notes: [] });
	});

	it('refuses what is not an http(s) URL', () => {
		for (const url of ['ftp://example.no/x', 'helseid-sts.test.nhn.no/connect/token', 'javascript:alert(1)', ''])
			expect(proofTarget(url)).toBeUndefined();
	});
});

describe('buildDpopProof', () => {
	it('signs a proof for the token endpoint that jose and our own check accept', async () => {
		const key = await generateProofKey();
		const result = await buildDpopProof(key, {
			method: 'POST',
			url: TOKEN_ENDPOINT,
			nonce: ' server-nonce ',
			now: NOW,
			jti: 'f0e1d2c3-b4a5-4968-8776-a5b4c3d2e1f0',
		});
		if (!result.ok) throw new Error(result.error);
		const { proof, header, payload, notes } = result.value;
		expect(header).toEqual({ typ: 'dpop+jwt', alg: 'ES256', jwk: key.publicJwk });
		expect(payload).toEqual({
			jti: 'f0e1d2c3-b4a5-4968-8776-a5b4c3d2e1f0',
			htm: 'POST',
			htu: TOKEN_ENDPOINT,
			iat: NOW,
			nonce: 'server-nonce',
		});
		expect(notes).toEqual([]);
		expect(decodeProtectedHeader(proof)).toEqual(header);
		const verified = await jwtVerify(proof, EmbeddedJWK, { typ: 'dpop+jwt', currentDate: new Date(NOW * 1000) });
		expect(verified.payload).toEqual(payload);
		const check = await checkDpopProof(proof, { method: 'POST', url: TOKEN_ENDPOINT, nonce: 'server-nonce', now: NOW });
		expect(check.findings.filter((f) => f.severity === 'error')).toEqual([]);
		expect(check.thumbprint).toBe(key.thumbprint);
	});

	it.each(['RS256', 'PS256'] as const)('signs with %s', async (alg) => {
		const key = await generateProofKey(alg);
		const result = await buildDpopProof(key, { method: 'GET', url: 'https://api.example.no/x', now: NOW });
		if (!result.ok) throw new Error(result.error);
		expect(decodeProtectedHeader(result.value.proof).alg).toBe(alg);
		await expect(
			jwtVerify(result.value.proof, EmbeddedJWK, { currentDate: new Date(NOW * 1000) }),
		).resolves.toBeDefined();
	});

	it('adds ath for an access token (its prefix and white space ignored), and never the token itself', async () => {
		const key = await generateProofKey();
		const token = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';
		const result = await buildDpopProof(key, {
			method: 'GET',
			url: 'https://api.example.no/v1/Patient?page=2',
			accessToken: `  DPoP ${token}\n`,
			now: NOW,
		});
		if (!result.ok) throw new Error(result.error);
		expect(result.value.payload['ath']).toBe(await accessTokenHash(token));
		expect(result.value.proof).not.toContain(token);
		expect(result.value.notes).toEqual(['query-stripped', 'ath-added']);
		expect(result.value.payload['htu']).toBe('https://api.example.no/v1/Patient');
	});

	it('leaves a blank nonce out and says the token endpoint will ask for one', async () => {
		const result = await buildDpopProof(await generateProofKey(), {
			method: 'POST',
			url: TOKEN_ENDPOINT,
			nonce: '   ',
			now: NOW,
		});
		if (!result.ok) throw new Error(result.error);
		expect(result.value.payload).not.toHaveProperty('nonce');
		expect(result.value.notes).toEqual(['nonce-missing']);
	});

	it('says a nonce is needed only for the token and PAR endpoints', async () => {
		const key = await generateProofKey();
		for (const [url, needed] of [
			[TOKEN_ENDPOINT, true],
			['https://helseid-sts.nhn.no/connect/par', true],
			['https://api.example.no/connect/tokens', false],
			['https://api.example.no/v1/Patient', false],
		] as const) {
			const result = await buildDpopProof(key, { method: 'POST', url, now: NOW });
			if (!result.ok) throw new Error(result.error);
			expect(result.value.notes.includes('nonce-missing'), url).toBe(needed);
		}
	});

	it('gives each proof a fresh UUID jti', async () => {
		const key = await generateProofKey();
		const draft = { method: 'POST', url: TOKEN_ENDPOINT, now: NOW };
		const [a, b] = await Promise.all([buildDpopProof(key, draft), buildDpopProof(key, draft)]);
		if (!a.ok || !b.ok) throw new Error('not built');
		expect(a.value.payload['jti']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(a.value.payload['jti']).not.toBe(b.value.payload['jti']);
	});

	it('refuses a method it does not know, a missing or wrong URL, each with a message', async () => {
		const key = await generateProofKey();
		const cases = [
			[{ method: 'post', url: TOKEN_ENDPOINT }, 'method-invalid'],
			[{ method: 'CONNECT', url: TOKEN_ENDPOINT }, 'method-invalid'],
			[{ method: 'POST', url: '  ' }, 'url-missing'],
			[{ method: 'POST', url: 'ftp://example.no/x' }, 'url-invalid'],
		] as const;
		for (const [draft, error] of cases) {
			expect(await buildDpopProof(key, { ...draft, now: NOW })).toEqual({ ok: false, error });
			expect(proofErrorMessages[error]).toMatch(/\.$/);
		}
	});

	it('refuses a private key pasted as the access token, and signs nothing', async () => {
		const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
		const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
		const jwk = JSON.stringify(privateKey.export({ format: 'jwk' }));
		for (const accessToken of [pem, jwk]) {
			const result = await buildDpopProof(await generateProofKey(), {
				method: 'GET',
				url: 'https://api.example.no/x',
				accessToken,
				now: NOW,
			});
			expect(result).toEqual({ ok: false, error: 'access-token-private-key' });
		}
	});

	it('has a Norwegian sentence for every note', () => {
		for (const text of Object.values(proofNoteMessages)) expect(text).toMatch(/^[A-ZÆØÅa-zæøå].*\.$/);
	});
});
