/**
 * The builder: with a key pair from the site's own generator it signs assertions the checker passes (the round trip),
 * and writes the token request as form body, HTTP text and curl.
 */
import type { JWK } from 'jose';
import { describe, expect, it, vi } from 'vitest';
import { checkAssertion } from '~/lib/helseid/assertion';
import {
	BUILDER_ALG,
	BUILDER_LIFETIME_SECONDS,
	buildAssertion,
	CLIENT_ASSERTION_TYPE,
	newJti,
	scopeParameter,
	shellQuote,
	tokenRequest,
} from '~/lib/helseid/builder';
import { ENVIRONMENT_IDS, ENVIRONMENTS } from '~/lib/helseid/environments';
import { decodeToken } from '~/lib/helseid/token';
import { generateKeyPair } from '~/lib/keys/generate';
import { CLIENT_ID, now } from '~test/helpers/helseid-tokens';

const pair = (async () => {
	const result = await generateKeyPair(2048, BUILDER_ALG);
	if (!result.ok) throw new Error(result.error.code);
	return result.value;
})();

describe('buildAssertion', () => {
	it.each(ENVIRONMENT_IDS)(
		'makes an assertion for %s that the check passes, signature and kid included',
		async (id) => {
			const keys = await pair;
			const environment = ENVIRONMENTS[id];
			const T = now();
			const token = await buildAssertion(JSON.parse(keys.privateJwk) as JWK, {
				environment,
				clientId: ` ${CLIENT_ID} `,
				kid: keys.thumbprint,
				now: T,
				jti: '5f1b9c3e-8a44-4d3b-9f0e-2c7a1d6b8e90',
			});
			const decoded = decodeToken(token);
			if (!decoded.ok) throw new Error(decoded.code);
			expect(decoded.value.header).toEqual({ alg: 'RS256', typ: environment.typ, kid: keys.thumbprint });
			expect(decoded.value.payload).toEqual({
				iss: CLIENT_ID,
				sub: CLIENT_ID,
				aud: environment.audience,
				jti: '5f1b9c3e-8a44-4d3b-9f0e-2c7a1d6b8e90',
				iat: T,
				nbf: T,
				exp: T + BUILDER_LIFETIME_SECONDS,
			});
			const checked = await checkAssertion(token, {
				environment,
				clientId: CLIENT_ID,
				keyText: keys.publicJwk,
				now: T,
			});
			expect(checked.findings.filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
			expect(checked.findings.map((f) => f.code)).toEqual(
				expect.arrayContaining(['signature-ok', 'kid-matches-key', 'iss-sub-client-id', 'aud-ok', 'lifetime-ok']),
			);
		},
	);

	it('keeps the private JWK it is given unchanged', async () => {
		const jwk = JSON.parse((await pair).privateJwk) as Record<string, unknown>;
		await buildAssertion(jwk, { environment: ENVIRONMENTS['helseid-test'], clientId: 'c', kid: 'k', now: 1, jti: 'j' });
		expect(Object.isFrozen(jwk)).toBe(false);
	});
});

describe('tokenRequest', () => {
	const env = ENVIRONMENTS['helseid-test'];
	it('writes the form body NHN’s library sends, with the scope when given', () => {
		const request = tokenRequest(
			env,
			` ${CLIENT_ID} `,
			'eyJ.a.b',
			' nhn:vkp/api/user/patient.read,\n nhn:vkp/api/user/careplan.read ',
		)!;
		expect(request.endpoint).toBe('https://helseid-sts.test.nhn.no/connect/token');
		const body = new URLSearchParams(request.body);
		expect([...body.entries()]).toEqual([
			['grant_type', 'client_credentials'],
			['client_id', CLIENT_ID],
			['client_assertion_type', CLIENT_ASSERTION_TYPE],
			['client_assertion', 'eyJ.a.b'],
			['scope', 'nhn:vkp/api/user/patient.read nhn:vkp/api/user/careplan.read'],
		]);
		expect(request.body).toContain(
			'client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer',
		);
		expect(request.http.split('\n').slice(0, 4)).toEqual([
			'POST /connect/token HTTP/1.1',
			'Host: helseid-sts.test.nhn.no',
			'Content-Type: application/x-www-form-urlencoded',
			'',
		]);
		expect(request.http.endsWith(request.body)).toBe(true);
		expect(request.curl.split(' \\\n')).toEqual([
			"curl -X POST 'https://helseid-sts.test.nhn.no/connect/token'",
			"  -H 'Content-Type: application/x-www-form-urlencoded'",
			"  --data-urlencode 'grant_type=client_credentials'",
			`  --data-urlencode 'client_id=${CLIENT_ID}'`,
			`  --data-urlencode 'client_assertion_type=${CLIENT_ASSERTION_TYPE}'`,
			"  --data-urlencode 'client_assertion=eyJ.a.b'",
			"  --data-urlencode 'scope=nhn:vkp/api/user/patient.read nhn:vkp/api/user/careplan.read'",
		]);
	});
	it('leaves scope out when none is given, and production goes to production', () => {
		const request = tokenRequest(ENVIRONMENTS['helseid-prod'], 'c', 't')!;
		expect(request.body).toBe(
			`grant_type=client_credentials&client_id=c&client_assertion_type=${encodeURIComponent(CLIENT_ASSERTION_TYPE)}&client_assertion=t`,
		);
		expect(request.http).toContain('Host: helseid-sts.nhn.no');
	});
	it('gives no request for Helsenorge, whose page names no token endpoint', () => {
		expect(tokenRequest(ENVIRONMENTS.helsenorge, 'c', 't')).toBeUndefined();
	});
});

describe('helpers', () => {
	it('quotes shell words, quotes inside included', () => {
		expect(shellQuote('a b')).toBe("'a b'");
		expect(shellQuote("it's")).toBe("'it'\\''s'");
		expect(shellQuote('')).toBe("''");
	});
	it('joins scopes with one space', () => {
		expect(scopeParameter(' a, b\n\tc  ')).toBe('a b c');
		expect(scopeParameter('   ')).toBe('');
	});
	it('makes a new jti each time', () => {
		const a = newJti();
		expect(a).toMatch(/^[0-9a-f-]{32,36}$/);
		expect(newJti()).not.toBe(a);
	});
	it('makes a jti of 32 random hex digits where randomUUID is missing (outside a secure context)', () => {
		const real = globalThis.crypto;
		const bytes = [0, 1, 15, 16, 171, 255, 7, 8, 9, 10, 11, 12, 13, 14, 200, 100];
		vi.stubGlobal('crypto', {
			getRandomValues: (array: Uint8Array) => {
				array.set(bytes);
				return array;
			},
		});
		try {
			expect(newJti()).toBe('00010f10abff0708090a0b0c0d0ec864');
		} finally {
			vi.stubGlobal('crypto', real);
			vi.unstubAllGlobals();
		}
		expect(newJti()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	});
});
