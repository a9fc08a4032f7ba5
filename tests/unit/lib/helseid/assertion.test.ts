/**
 * The whole client-assertion check on tokens jose signs here: a valid one for each environment and key type passes
 * every rule; each failing vector fails its rule; the signature is checked against the pasted key; private keys
 * in either field are refused with nothing of them in the result.
 */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assertionSignature, checkAssertion, keysInOrder, signatureFinding } from '~/lib/helseid/assertion';
import { ENVIRONMENTS } from '~/lib/helseid/environments';
import type { Finding } from '~/lib/helseid/findings';
import type { VerificationKey } from '~/lib/helseid/verification-key';
import {
	assertion,
	CLIENT_ID,
	now,
	PROD_ISSUER,
	sign,
	testKey,
	unsigned,
	assertionClaims,
} from '~test/helpers/helseid-tokens';

const test = ENVIRONMENTS['helseid-test'];
const codes = (findings: readonly Finding[]) => findings.map((f) => f.code);
const bad = (findings: readonly Finding[]) =>
	findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.code);

describe('checkAssertion: valid assertions', () => {
	it.each(['RS256', 'PS256', 'ES256', 'ES384', 'ES512', 'RS512', 'PS384'])(
		'%s with its JWK, client id and environment passes every rule',
		async (alg) => {
			const key = await testKey(alg);
			const result = await checkAssertion(await assertion(key), {
				environment: test,
				clientId: CLIENT_ID,
				keyText: JSON.stringify(key.publicJwk),
				now: now(),
			});
			expect(result.reading.status).toBe('read');
			expect(result.key.status).toBe('ok');
			expect(codes(result.findings)).toEqual([
				'alg-ok',
				'typ-ok',
				'kid-matches-thumbprint',
				'iss-sub-client-id',
				'aud-ok',
				'lifetime-ok',
				'nbf-ok',
				'jti-ok',
				'signature-ok',
			]);
			expect(result.findings.every((f) => f.severity === 'ok')).toBe(true);
		},
	);

	it('reads the key as PEM too, and a JWKS with a matching kid among others', async () => {
		const key = await testKey('RS256');
		const other = await testKey('ES256');
		const fromPem = await checkAssertion(await assertion(key), {
			environment: test,
			keyText: key.publicPem,
			now: now(),
		});
		expect(bad(fromPem.findings)).toEqual([]);
		expect(codes(fromPem.findings)).toEqual(expect.arrayContaining(['kid-matches-thumbprint', 'signature-ok']));
		const keyText = JSON.stringify({
			keys: [
				{ ...other.publicJwk, kid: 'annen' },
				{ ...key.publicJwk, kid: 'min-nokkel' },
			],
		});
		const token = await assertion(key, { header: { kid: 'min-nokkel' } });
		const fromJwks = await checkAssertion(token, { environment: test, keyText, now: now() });
		expect(bad(fromJwks.findings)).toEqual([]);
		expect(codes(fromJwks.findings)).toEqual(expect.arrayContaining(['kid-matches-key', 'signature-ok']));
	});

	it('a production assertion for production, and a Helsenorge one for Helsenorge', async () => {
		const key = await testKey('RS256');
		const prod = await assertion(key, { claims: { aud: PROD_ISSUER } });
		expect(
			bad((await checkAssertion(prod, { environment: ENVIRONMENTS['helseid-prod'], now: now() })).findings),
		).toEqual([]);
		const helsenorge = await sign(
			{ alg: 'RS256', typ: 'JWT' },
			assertionClaims(now(), { aud: 'sikkerhet.helsenorge.no', exp: now() + 100 }),
			key,
		);
		const result = await checkAssertion(helsenorge, {
			environment: ENVIRONMENTS.helsenorge,
			keyText: key.publicPem,
			now: now(),
		});
		expect(bad(result.findings)).toEqual([]);
		expect(codes(result.findings)).toContain('kid-missing-helsenorge');
		expect(codes(result.findings)).toContain('nbf-ok');
	});

	// What NHN's own code and pages make must not get a red error (issue: VKP.Samples has no kid and sends iat as a
	// .NET Claim string; NHN's SFM example on utviklerportal, 16.02.2026, has "iat": "1716644273").
	it('an assertion shaped like VKP.Samples (no kid, iat as a string) has no error, and its times are checked', async () => {
		const key = await testKey('RS256');
		const T = now();
		const token = await sign(
			{ alg: 'RS256', typ: 'client-authentication+jwt' },
			assertionClaims(T, { iat: String(T) }),
			key,
		);
		const result = await checkAssertion(token, { environment: test, keyText: key.publicPem, now: T });
		expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
		expect(codes(result.findings)).toEqual(
			expect.arrayContaining(['kid-missing', 'time-numeric-string', 'lifetime-ok', 'signature-ok']),
		);
		const tooLong = await sign(
			{ alg: 'RS256', typ: 'client-authentication+jwt' },
			assertionClaims(T, { iat: String(T), exp: T + 120 }),
			key,
		);
		const late = await checkAssertion(tooLong, { environment: test, now: T });
		expect(codes(late.findings)).toContain('lifetime-too-long');
	});

	it("an assertion shaped like NHN's SFM example (typ JWT, iat as a string, nbf and exp numbers) has no error", async () => {
		const key = await testKey('RS256');
		const T = now();
		const token = await sign(
			{ alg: 'RS256', typ: 'JWT', kid: 'AE16FAAAAAC3E5998BD19CB895DB95E9' },
			assertionClaims(T, { iat: String(T), jti: '892ba3d44a37411ebc92482234176157' }),
			key,
		);
		const result = await checkAssertion(token, { environment: test, now: T });
		expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
		expect(codes(result.findings)).toEqual(expect.arrayContaining(['typ-old-jwt', 'time-numeric-string', 'jti-ok']));
	});
});

describe('checkAssertion: one failing vector per rule', () => {
	// One clock for the whole table: the vectors are made when the table is, and checked later.
	const T = now();
	const cases: [string, Parameters<typeof assertion>[1], string][] = [
		['typ JWT', { header: { typ: 'JWT' } }, 'typ-old-jwt'],
		['no typ', { header: { typ: undefined } }, 'typ-missing'],
		['no kid', { header: { kid: undefined } }, 'kid-missing'],
		['a kid of another key', { header: { kid: 'feil' } }, 'kid-mismatch'],
		['no iss', { claims: { iss: undefined } }, 'iss-missing'],
		['sub unlike iss', { claims: { sub: 'annen' } }, 'iss-sub-differ'],
		[
			'the token endpoint as aud',
			{ claims: { aud: 'https://helseid-sts.test.nhn.no/connect/token' } },
			'aud-token-endpoint',
		],
		['aud with a slash', { claims: { aud: 'https://helseid-sts.test.nhn.no/' } }, 'aud-trailing-slash'],
		['aud as a list', { claims: { aud: ['https://helseid-sts.test.nhn.no'] } }, 'aud-array'],
		['production aud in test', { claims: { aud: PROD_ISSUER } }, 'aud-other-environment'],
		['iat as text', { claims: { iat: String(T) } }, 'time-numeric-string'],
		['iat as no number at all', { claims: { iat: 'nå' } }, 'time-not-number'],
		['typ in capitals', { header: { typ: 'Client-Authentication+JWT' } }, 'typ-not-exact'],
		['typ with application/', { header: { typ: 'application/client-authentication+jwt' } }, 'typ-not-exact'],
		['a jwk in the header', { header: { jwk: { kty: 'EC' } } }, 'header-key-member'],
		['an x5c in the header', { header: { x5c: ['MIIB'] } }, 'header-key-member'],
		// b64 (RFC 7797) is the one extension jose signs with; the tool understands none, so crit is refused.
		['crit with a member', { header: { crit: ['b64'], b64: true } }, 'crit-unknown'],
		['a jti from a counter', { claims: { jti: '42' } }, 'jti-sequential'],
		['a short jti', { claims: { jti: 'abc123' } }, 'jti-short'],
		['exp far from now with iat ahead', { at: T + 3600 }, 'exp-too-far-from-now'],
		['no nbf', { claims: { nbf: undefined } }, 'time-missing'],
		['a lifetime of 61 s', { claims: { exp: T + 61 } }, 'lifetime-too-long'],
		['nbf ten minutes ahead', { claims: { nbf: T + 600, exp: T + 30 } }, 'nbf-future'],
		['expired', { at: T - 120 }, 'expired'],
		['issued ahead', { at: T + 60 }, 'issued-ahead'],
		['no jti', { claims: { jti: undefined } }, 'jti-missing'],
	];
	it.each(cases)('%s', async (_name, options, code) => {
		const key = await testKey('RS256');
		const result = await checkAssertion(await assertion(key, { at: T, ...options }), {
			environment: test,
			keyText: JSON.stringify(key.publicJwk),
			now: T,
		});
		expect(codes(result.findings)).toContain(code);
		expect(codes(result.findings)).toContain('signature-ok');
	});

	it('a jti that another assertion on this page had', async () => {
		const key = await testKey('RS256');
		const jti = '5f1b9c3e-8a44-4d3b-9f0e-2c7a1d6b8e90';
		const first = await assertion(key, { claims: { jti } });
		const second = await assertion(key, { claims: { jti, iat: now() + 1 } });
		const seen = new Map([[jti, first.split('.')[2]!]]);
		const again = await checkAssertion(first, { environment: test, now: now(), seenJti: seen });
		expect(codes(again.findings)).toContain('jti-ok');
		const reused = await checkAssertion(second, { environment: test, now: now(), seenJti: seen });
		expect(codes(reused.findings)).toContain('jti-reused');
	});

	it('alg none and HS256: refused, and the signature not checked', async () => {
		const key = await testKey('RS256');
		const none = unsigned({ alg: 'none', typ: 'client-authentication+jwt' }, assertionClaims(now()));
		const result = await checkAssertion(none, {
			environment: test,
			keyText: JSON.stringify(key.publicJwk),
			now: now(),
		});
		expect(codes(result.findings)).toEqual(expect.arrayContaining(['alg-none', 'signature-missing']));
		const hs = unsigned({ alg: 'HS256', typ: 'client-authentication+jwt' }, assertionClaims(now()), 'c2ln');
		const hsResult = await checkAssertion(hs, {
			environment: test,
			keyText: JSON.stringify(key.publicJwk),
			now: now(),
		});
		expect(codes(hsResult.findings)).toEqual(expect.arrayContaining(['alg-symmetric', 'signature-alg-refused']));
	});
});

describe('the signature', () => {
	it('does not verify with another key, and says so', async () => {
		const key = await testKey('RS256');
		const other = await testKey('RS256', 'other');
		const result = await checkAssertion(await assertion(key), {
			environment: test,
			keyText: JSON.stringify(other.publicJwk),
			now: now(),
		});
		expect(result.findings.at(-1)).toMatchObject({ code: 'signature-invalid', severity: 'error', part: 'signature' });
		expect(result.findings.at(-1)!.claim).toBeUndefined();
	});

	it('a tampered payload fails the signature', async () => {
		const key = await testKey('ES256');
		const [h, , s] = (await assertion(key)).split('.');
		const [, p] = unsigned({}, assertionClaims(now(), { sub: 'endret' })).split('.');
		const result = await checkAssertion(`${h}.${p}.${s}`, {
			environment: test,
			keyText: JSON.stringify(key.publicJwk),
			now: now(),
		});
		expect(result.findings.at(-1)!.code).toBe('signature-invalid');
	});

	it('an RSA key for an ES256 token, or a JWK marked for another alg, is a key mismatch', async () => {
		const ec = await testKey('ES256');
		const rsa = await testKey('RS256');
		const token = await assertion(ec);
		const wrongType = await checkAssertion(token, {
			environment: test,
			keyText: JSON.stringify(rsa.publicJwk),
			now: now(),
		});
		expect(wrongType.findings.at(-1)!.code).toBe('signature-key-mismatch');
		const rsaToken = await assertion(rsa);
		const wrongAlg = await checkAssertion(rsaToken, {
			environment: test,
			keyText: JSON.stringify({ ...rsa.publicJwk, alg: 'PS256' }),
			now: now(),
		});
		expect(wrongAlg.findings.at(-1)!.code).toBe('signature-key-mismatch');
	});

	it('is not checked without a usable key, and says why the key was not used', async () => {
		const key = await testKey('RS256');
		const token = await assertion(key);
		const none = await checkAssertion(token, { environment: test, now: now() });
		expect(none.key.status).toBe('empty');
		expect(none.findings.at(-1)).toMatchObject({ code: 'signature-not-checked', severity: 'info' });
		const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' });
		const tooSmall = await checkAssertion(token, { environment: test, keyText: small.toString(), now: now() });
		expect(tooSmall.key.status).toBe('error');
		expect(tooSmall.findings.at(-1)!.code).toBe('signature-not-checked');
	});

	// Duende hands all the client's keys to the signature check and ignores kid: so do we.
	it('tries every key when several are given and none has the kid, as the validator does', async () => {
		const key = await testKey('RS256');
		// Another RSA key first: the reader keeps RSA keys before EC keys, so the signer must come second to show
		// that a failed key does not end the search.
		const other = await testKey('RS256', 'other');
		const token = await assertion(key, { header: { kid: 'ukjent' } });
		const keyText = JSON.stringify({ keys: [other.publicJwk, key.publicJwk] });
		const result = await checkAssertion(token, { environment: test, keyText, now: now() });
		expect(result.findings.at(-1)!.code).toBe('signature-ok');
		expect(result.findings.find((f) => f.code === 'kid-mismatch')?.severity).toBe('warning');
		const third = await testKey('ES256');
		const none = await checkAssertion(token, {
			environment: test,
			keyText: JSON.stringify({ keys: [other.publicJwk, third.publicJwk] }),
			now: now(),
		});
		// The first key's outcome is the one told: the other RSA key's signature does not match.
		expect(none.findings.at(-1)!.code).toBe('signature-invalid');
	});

	it('cites Helsenorge for a Helsenorge assertion', async () => {
		const key = await testKey('RS256');
		const decoded = { token: 'a.b.', header: {}, payload: {}, signature: '' };
		expect((await assertionSignature(decoded, ENVIRONMENTS.helsenorge, { status: 'empty' })).source).toBe(
			'helsenorge-assertion',
		);
		expect((await assertionSignature(decoded, test, { status: 'empty' })).source).toBe('duende-private-key-jwt');
		expect(key.alg).toBe('RS256');
	});
});

describe('keysInOrder', () => {
	const key = (thumbprint: string, kid?: string): VerificationKey => ({
		jwk: {},
		thumbprint,
		...(kid ? { kid } : {}),
		label: '',
	});
	it('puts the key named by kid, then by thumbprint, first, and keeps every key', () => {
		const a = key('tp-a', 'a');
		const b = key('tp-b', 'b');
		expect(keysInOrder('b', [a, b])).toEqual([b, a]);
		expect(keysInOrder('tp-b', [a, b])).toEqual([b, a]);
		expect(keysInOrder('a', [a, b])).toEqual([a, b]);
		expect(keysInOrder('x', [a, b])).toEqual([a, b]);
		expect(keysInOrder(undefined, [])).toEqual([]);
	});
});

describe('signatureFinding', () => {
	it.each([
		['ok', 'signature-ok', 'ok'],
		['invalid', 'signature-invalid', 'error'],
		['key-mismatch', 'signature-key-mismatch', 'error'],
		['key-too-short', 'signature-key-too-short', 'error'],
		['alg-refused', 'signature-alg-refused', 'error'],
		['unsupported', 'signature-unsupported', 'warning'],
	] as const)('%s → %s (%s)', (outcome, code, severity) => {
		expect(signatureFinding(outcome, 'dpop-format')).toMatchObject({
			code,
			severity,
			source: 'dpop-format',
			part: 'signature',
		});
	});
	it('uses the given ok code', () => {
		expect(signatureFinding('ok', 'dpop-format', 'signature-embedded-ok').code).toBe('signature-embedded-ok');
	});
});

describe('what is not an assertion', () => {
	it('says what each broken paste is', async () => {
		const options = { environment: test, now: now() };
		expect((await checkAssertion('', options)).reading).toEqual({ status: 'empty' });
		expect((await checkAssertion('hei', options)).reading).toMatchObject({ status: 'unreadable', code: 'not-jwt' });
		expect((await checkAssertion('a.b.c.d.e', options)).reading).toMatchObject({ status: 'unreadable', code: 'jwe' });
		const reading = (await checkAssertion('hei', options)).reading;
		expect(reading.status === 'unreadable' && reading.message).toMatch(/Dette er ikke en client assertion/);
		expect((await checkAssertion('hei', options)).findings).toEqual([]);
	});

	it('refuses a private key pasted in either field, with nothing of it in the result', async () => {
		const key = await testKey('RS256');
		const privatePem = generateKeyPairSync('rsa', { modulusLength: 2048 })
			.privateKey.export({ type: 'pkcs8', format: 'pem' })
			.toString();
		const body = privatePem.replace(/-----[^-]+-----|\s/g, '');
		const asToken = await checkAssertion(privatePem, { environment: test, now: now() });
		expect(asToken.reading.status).toBe('private-key');
		const asKey = await checkAssertion(await assertion(key), {
			environment: test,
			keyText: JSON.stringify(key.privateJwk),
			now: now(),
		});
		expect(asKey.key.status).toBe('private-key');
		expect(asKey.findings.at(-1)!.code).toBe('signature-not-checked');
		const echoed = JSON.stringify([asToken, asKey]);
		for (let i = 0; i + 16 <= body.length; i += 16) expect(echoed).not.toContain(body.slice(i, i + 16));
		expect(echoed).not.toContain(String(key.privateJwk.d).slice(0, 16));
	});
});

describe('a rule that throws (a bug)', () => {
	it('shows a plain internal error, nothing of the token, and keeps the key it read', async () => {
		const key = await testKey('ES256');
		const token = await assertion(key);
		const options = {
			keyText: JSON.stringify(key.publicJwk),
			now: now(),
			get environment(): never {
				throw new Error('a bug');
			},
		};
		const result = await checkAssertion(token, options);
		expect(result.reading).toMatchObject({ status: 'unreadable', code: 'internal-error' });
		expect(result.findings).toEqual([]);
		expect(result.key.status).toBe('ok');
		expect(JSON.stringify(result)).not.toContain(token.split('.')[1]!);
	});
});
