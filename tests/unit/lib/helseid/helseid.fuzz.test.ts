/**
 * Property tests: random headers and payloads (any JSON, including wrong types where claims belong), random text
 * and broken tokens never make the three checks throw or reject; each comes back with a reading and findings that
 * have a Norwegian message, a known severity and a known source.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { explainAccessToken } from '~/lib/helseid/access-token';
import { checkAssertion } from '~/lib/helseid/assertion';
import { checkDpopProof } from '~/lib/helseid/dpop';
import { ENVIRONMENTS, ENVIRONMENT_IDS } from '~/lib/helseid/environments';
import type { Finding } from '~/lib/helseid/findings';
import { SOURCES } from '~/lib/helseid/sources';
import { unsigned } from '~test/helpers/helseid-tokens';

vi.setConfig({ testTimeout: 60_000 });

const CLAIMS = [
	'alg',
	'typ',
	'kid',
	'jwk',
	'iss',
	'sub',
	'aud',
	'exp',
	'iat',
	'nbf',
	'jti',
	'htm',
	'htu',
	'nonce',
	'ath',
	'cnf',
	'scope',
	'client_amr',
	'constructor',
	'__proto__',
];
const value = fc.oneof(
	fc.jsonValue({ maxDepth: 2 }),
	fc.constantFrom(
		'none',
		'HS256',
		'RS256',
		'ES256',
		'dpop+jwt',
		'client-authentication+jwt',
		'JWT',
		'https://helseid-sts.test.nhn.no',
		'https://helseid-sts.test.nhn.no/connect/token?x',
		1e20,
		-1,
		0,
	),
	fc.record(
		{
			kty: fc.constantFrom('RSA', 'EC', 'oct', 'OKP'),
			crv: fc.string(),
			x: fc.string(),
			y: fc.string(),
			n: fc.string(),
			e: fc.string(),
		},
		{ requiredKeys: [] },
	),
	fc.record({ jkt: fc.string() }),
);
const part = fc.dictionary(fc.oneof(fc.constantFrom(...CLAIMS), fc.string()), value, { maxKeys: 12 });
const token = fc
	.tuple(part, part, fc.string({ maxLength: 40 }))
	.map(([header, payload, sig]) => unsigned(header, payload, sig.replace(/[^A-Za-z0-9_-]/g, '')));
const text = fc.oneof(
	fc.string(),
	fc.string({ unit: 'binary' }),
	token.map((t) => t.slice(0, t.length - 3)),
	token.map((t) => `${t}.x.y`),
);

const severities = ['error', 'warning', 'ok', 'info'];
function expectWellFormed(findings: readonly Finding[]) {
	for (const f of findings) {
		expect(severities).toContain(f.severity);
		expect(Object.keys(SOURCES)).toContain(f.source);
		expect(f.message.length).toBeGreaterThan(10);
		expect(f.message).not.toMatch(/undefined/);
	}
}

describe('HelseID tools fuzz', () => {
	it('the client-assertion check answers any header and payload, in every environment', async () => {
		await fc.assert(
			fc.asyncProperty(
				token,
				fc.constantFrom(...ENVIRONMENT_IDS),
				fc.string(),
				fc.option(fc.string()),
				async (t, env, clientId, keyText) => {
					const result = await checkAssertion(t, {
						environment: ENVIRONMENTS[env],
						clientId,
						keyText: keyText ?? '',
						now: 1_700_000_000,
					});
					expect(['read', 'unreadable', 'empty', 'private-key']).toContain(result.reading.status);
					expectWellFormed(result.findings);
				},
			),
			{ numRuns: 400 },
		);
	});

	it('the DPoP check answers any proof, method, URL, nonce and token', async () => {
		await fc.assert(
			fc.asyncProperty(
				token,
				fc.string(),
				fc.string(),
				fc.string(),
				fc.oneof(fc.string(), token),
				async (t, method, url, nonce, accessToken) => {
					const result = await checkDpopProof(t, { method, url, nonce, accessToken, now: 1_700_000_000 });
					expect(['read', 'unreadable', 'empty', 'private-key']).toContain(result.reading.status);
					expectWellFormed(result.findings);
				},
			),
			{ numRuns: 400 },
		);
	});

	it('the access-token explainer answers any token', async () => {
		await fc.assert(
			fc.asyncProperty(token, async (t) => {
				const result = await explainAccessToken(t, 1_700_000_000);
				expectWellFormed(result.findings);
				for (const row of [...result.claims, ...result.header]) {
					expect(['known', 'helseid', 'unknown']).toContain(row.kind);
					expect(typeof row.value).toBe('string');
				}
			}),
			{ numRuns: 400 },
		);
	});

	it('all three answer random and broken text', async () => {
		await fc.assert(
			fc.asyncProperty(text, async (t) => {
				await checkAssertion(t, { environment: ENVIRONMENTS['helseid-test'], keyText: t, now: 0 });
				await checkDpopProof(t, { accessToken: t, now: 0 });
				await explainAccessToken(t, 0);
			}),
			{ numRuns: 300 },
		);
	});
});
