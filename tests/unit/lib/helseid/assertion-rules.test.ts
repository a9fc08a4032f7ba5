/**
 * Each client-assertion rule on its own: a valid vector, and one failing vector per way the rule can fail, checking
 * code, severity, claim and source (the sentence itself is messages.ts's business).
 */
import { describe, expect, it } from 'vitest';
import {
	algFindings,
	algRule,
	audRule,
	clockRule,
	CLOCK_SKEW_SECONDS,
	critRule,
	helsenorgeJtiRule,
	keyMemberRule,
	VALIDATOR_SKEW_SECONDS,
	issSubRule,
	jtiRule,
	jtiSource,
	kidRule,
	lifetimeRule,
	nbfRule,
	timeTypeRule,
	typRule,
} from '~/lib/helseid/assertion-rules';
import { ENVIRONMENTS } from '~/lib/helseid/environments';
import type { Finding } from '~/lib/helseid/findings';
import type { VerificationKey } from '~/lib/helseid/verification-key';

const test = ENVIRONMENTS['helseid-test'];
const prod = ENVIRONMENTS['helseid-prod'];
const helsenorge = ENVIRONMENTS.helsenorge;

/** What a test asserts of a finding: code, severity, claim, source. */
const shape = (findings: readonly Finding[]) => findings.map((f) => [f.code, f.severity, f.claim, f.source]);

describe('algRule', () => {
	it.each(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'])(
		'HelseID takes %s',
		(alg) => {
			expect(shape(algRule({ alg }, test))).toEqual([['alg-ok', 'ok', 'alg', 'helseid-algorithms']]);
			expect(algRule({ alg }, test)[0]!.message).toContain(alg);
		},
	);

	it.each([
		[{}, 'alg-missing'],
		[{ alg: 5 }, 'claim-not-string'],
		[{ alg: 'none' }, 'alg-none'],
		[{ alg: 'NONE' }, 'alg-none'],
		[{ alg: 'HS256' }, 'alg-symmetric'],
		[{ alg: 'hs512' }, 'alg-symmetric'],
		[{ alg: 'EdDSA' }, 'alg-unknown'],
		[{ alg: 'RS1' }, 'alg-unknown'],
		[{ alg: 'rs256' }, 'alg-unknown'],
		[{ alg: 'HS256x' }, 'alg-unknown'],
	])('%j is refused as %s', (header, code) => {
		expect(shape(algRule(header, test))).toEqual([[code, 'error', 'alg', 'helseid-algorithms']]);
	});

	it('lists the allowed algorithms when refusing one', () => {
		expect(algRule({ alg: 'EdDSA' }, test)[0]!.message).toContain('PS512');
		expect(algRule({ alg: 'HS256' }, test)[0]!.message).toContain('ES256');
	});

	it('Helsenorge: RS256 is fine, another HelseID algorithm is a warning, others are errors', () => {
		expect(shape(algRule({ alg: 'RS256' }, helsenorge))).toEqual([['alg-ok', 'ok', 'alg', 'helsenorge-assertion']]);
		expect(shape(algRule({ alg: 'PS256' }, helsenorge))).toEqual([
			['alg-not-rs256', 'warning', 'alg', 'helsenorge-assertion'],
		]);
		expect(shape(algRule({ alg: 'EdDSA' }, helsenorge))).toEqual([
			['alg-unknown', 'error', 'alg', 'helsenorge-assertion'],
		]);
		expect(algRule({ alg: 'EdDSA' }, helsenorge)[0]!.message).toContain('Helsenorge');
	});

	it('algFindings without the RS256-only rule calls an unlisted HelseID algorithm unknown', () => {
		expect(shape(algFindings({ alg: 'PS256' }, ['RS256'], 'HelseID', 'dpop-validator'))).toEqual([
			['alg-unknown', 'error', 'alg', 'dpop-validator'],
		]);
	});
});

describe('typRule', () => {
	it('HelseID: client-authentication+jwt exactly', () => {
		expect(shape(typRule({ typ: 'client-authentication+jwt' }, test))).toEqual([
			['typ-ok', 'ok', 'typ', 'helseid-library-typ'],
		]);
	});

	// Duende's strict mode: ValidTypes = [client-authentication+jwt], compared ordinal (case-sensitive), so what
	// RFC 7515 §4.1.9 calls the same type is refused.
	it.each(['Client-Authentication+JWT', 'application/client-authentication+jwt', 'CLIENT-AUTHENTICATION+JWT'])(
		'HelseID: %s matches only without case or prefix, and is an error naming the exact value',
		(typ) => {
			const found = typRule({ typ }, test);
			expect(shape(found)).toEqual([['typ-not-exact', 'error', 'typ', 'duende-private-key-jwt']]);
			expect(found[0]!.message).toContain('«client-authentication+jwt»');
		},
	);

	it.each([
		[{}, 'typ-missing', 'warning', 'helseid-library-typ'],
		[{ typ: 'JWT' }, 'typ-old-jwt', 'warning', 'helseid-library-typ'],
		[{ typ: 'jwt' }, 'typ-old-jwt', 'warning', 'helseid-library-typ'],
		[{ typ: 'dpop+jwt' }, 'typ-is-dpop', 'error', 'dpop-format'],
		[{ typ: 'at+jwt' }, 'typ-is-access-token', 'error', 'rfc9068'],
		[{ typ: 'application/at+JWT' }, 'typ-is-access-token', 'error', 'rfc9068'],
		[{ typ: 'secevent+jwt' }, 'typ-other', 'error', 'helseid-library-typ'],
		[{ typ: 1 }, 'claim-not-string', 'error', 'helseid-library-typ'],
	])('HelseID: %j → %s', (header, code, severity, source) => {
		expect(shape(typRule(header, test))).toEqual([[code, severity, 'typ', source]]);
	});

	it('Helsenorge: JWT is right, the new HelseID value a warning, nothing a warning', () => {
		expect(shape(typRule({ typ: 'JWT' }, helsenorge))).toEqual([['typ-ok', 'ok', 'typ', 'helsenorge-assertion']]);
		expect(shape(typRule({ typ: 'client-authentication+jwt' }, helsenorge))).toEqual([
			['typ-helsenorge-new', 'warning', 'typ', 'helsenorge-assertion'],
		]);
		expect(shape(typRule({}, helsenorge))).toEqual([['typ-missing', 'warning', 'typ', 'helsenorge-assertion']]);
		expect(shape(typRule({ typ: 'x' }, helsenorge))).toEqual([['typ-other', 'error', 'typ', 'helsenorge-assertion']]);
		expect(typRule({}, helsenorge)[0]!.message).toContain('«JWT»');
	});

	it('Helsenorge: another spelling of JWT is a warning (its validator is not public)', () => {
		expect(shape(typRule({ typ: 'jwt' }, helsenorge))).toEqual([
			['typ-not-exact-helsenorge', 'warning', 'typ', 'helsenorge-assertion'],
		]);
	});
});

describe('kidRule', () => {
	const key = (thumbprint: string, kid?: string): VerificationKey => ({
		jwk: { kty: 'RSA' },
		thumbprint,
		...(kid === undefined ? {} : { kid }),
		label: 'RSA 2048 bit',
	});

	// Duende's PrivateKeyJwtSecretValidator tries every registered key (IssuerSigningKeys = trustedKeys) and never
	// reads kid; VKP.Samples' key has none. A missing kid is a note, never an error.
	it('is a note without kid, for HelseID and Helsenorge alike', () => {
		expect(shape(kidRule({}, test))).toEqual([['kid-missing', 'info', 'kid', 'duende-private-key-jwt']]);
		expect(shape(kidRule({}, helsenorge))).toEqual([['kid-missing-helsenorge', 'info', 'kid', 'helsenorge-assertion']]);
		expect(kidRule({}, test)[0]!.message).not.toMatch(/finne den offentlige nøkkelen/);
	});

	it('refuses a kid that is not a non-empty string', () => {
		expect(shape(kidRule({ kid: 7 }, test))).toEqual([['claim-not-string', 'error', 'kid', 'duende-private-key-jwt']]);
		expect(shape(kidRule({ kid: '' }, test))).toEqual([['claim-not-string', 'error', 'kid', 'duende-private-key-jwt']]);
	});

	it('cannot say more without a key', () => {
		expect(shape(kidRule({ kid: 'k' }, test))).toEqual([['kid-unchecked', 'info', 'kid', 'duende-private-key-jwt']]);
		expect(shape(kidRule({ kid: 'k' }, test, []))).toEqual([
			['kid-unchecked', 'info', 'kid', 'duende-private-key-jwt'],
		]);
	});

	it("matches the key's own kid, or its thumbprint, among several keys", () => {
		const keys = [key('tp-1', 'a'), key('tp-2', 'b')];
		expect(shape(kidRule({ kid: 'b' }, test, keys))).toEqual([
			['kid-matches-key', 'ok', 'kid', 'duende-private-key-jwt'],
		]);
		expect(shape(kidRule({ kid: 'tp-2' }, test, keys))).toEqual([['kid-matches-thumbprint', 'ok', 'kid', 'rfc7638']]);
		// A kid naming another key: a warning, since the signature decides (and the VKP.Samples trap is cited).
		expect(shape(kidRule({ kid: 'c' }, test, keys))).toEqual([['kid-mismatch', 'warning', 'kid', 'vkp-samples-kid']]);
	});

	it("prefers the key's kid over a thumbprint that happens to match", () => {
		expect(shape(kidRule({ kid: 'x' }, test, [key('x', 'x')]))).toEqual([
			['kid-matches-key', 'ok', 'kid', 'duende-private-key-jwt'],
		]);
	});
});

describe('issSubRule', () => {
	const source = 'helseid-library-claims';
	it('passes iss = sub, and iss = sub = the given client id', () => {
		expect(shape(issSubRule({ iss: 'c', sub: 'c' }, test))).toEqual([['iss-sub-equal', 'ok', 'iss', source]]);
		expect(shape(issSubRule({ iss: 'c', sub: 'c' }, test, '  '))).toEqual([['iss-sub-equal', 'ok', 'iss', source]]);
		expect(shape(issSubRule({ iss: 'c', sub: 'c' }, test, ' c '))).toEqual([
			['iss-sub-client-id', 'ok', 'iss', source],
		]);
	});

	it.each([
		[{ sub: 'c' }, [['iss-missing', 'error', 'iss', source]]],
		[{ iss: 'c' }, [['sub-missing', 'error', 'sub', source]]],
		[
			{},
			[
				['iss-missing', 'error', 'iss', source],
				['sub-missing', 'error', 'sub', source],
			],
		],
		[{ iss: 1, sub: 'c' }, [['claim-not-string', 'error', 'iss', source]]],
		[{ iss: 'c', sub: '' }, [['claim-not-string', 'error', 'sub', source]]],
		[{ iss: 'c', sub: 'd' }, [['iss-sub-differ', 'error', 'iss', source]]],
	])('%j', (claims, expected) => {
		expect(shape(issSubRule(claims, test))).toEqual(expected);
	});

	it('names a client id that differs', () => {
		expect(shape(issSubRule({ iss: 'c', sub: 'c' }, test, 'd'))).toEqual([
			['iss-not-client-id', 'error', 'iss', source],
		]);
	});

	it('cites Helsenorge for a Helsenorge assertion', () => {
		expect(shape(issSubRule({ iss: 'c', sub: 'd' }, helsenorge))).toEqual([
			['iss-sub-differ', 'error', 'iss', 'helsenorge-assertion'],
		]);
	});
});

describe('audRule', () => {
	it("passes exactly the environment's issuer", () => {
		expect(shape(audRule({ aud: 'https://helseid-sts.test.nhn.no' }, test))).toEqual([
			['aud-ok', 'ok', 'aud', 'helseid-sfm-example'],
		]);
		expect(shape(audRule({ aud: 'https://helseid-sts.nhn.no' }, prod))).toEqual([
			['aud-ok', 'ok', 'aud', 'helseid-sfm-example'],
		]);
	});

	it.each([
		[{}, 'aud-missing', 'error', 'helseid-sfm-example'],
		[{ aud: ['https://helseid-sts.test.nhn.no'] }, 'aud-array', 'error', 'duende-private-key-jwt'],
		[{ aud: 5 }, 'aud-not-string', 'error', 'helseid-sfm-example'],
		[{ aud: 'https://helseid-sts.test.nhn.no/' }, 'aud-trailing-slash', 'warning', 'helseid-bff-sample'],
		[{ aud: 'https://helseid-sts.test.nhn.no/connect/token' }, 'aud-token-endpoint', 'error', 'vkp-samples-aud-fix'],
		[{ aud: 'https://helseid-sts.test.nhn.no/connect/token/' }, 'aud-token-endpoint', 'error', 'vkp-samples-aud-fix'],
		[{ aud: 'https://helseid-sts.nhn.no' }, 'aud-other-environment', 'error', 'helseid-library-issuer'],
		[{ aud: 'https://helseid-sts.nhn.no/' }, 'aud-other-environment', 'error', 'helseid-library-issuer'],
		[{ aud: 'https://helseid-sts.nhn.no/connect/token' }, 'aud-other-environment', 'error', 'helseid-library-issuer'],
		[{ aud: 'https://HELSEID-sts.test.nhn.no' }, 'aud-wrong', 'error', 'helseid-sfm-example'],
		[{ aud: 'helseid' }, 'aud-wrong', 'error', 'helseid-sfm-example'],
		[{ aud: 'sikkerhet.helsenorge.no' }, 'aud-wrong', 'error', 'helseid-sfm-example'],
	])('HelseID test: %j → %s', (claims, code, severity, source) => {
		expect(shape(audRule(claims, test))).toEqual([[code, severity, 'aud', source]]);
	});

	it('names the expected issuer in the message', () => {
		expect(audRule({ aud: 'x' }, prod)[0]!.message).toContain('«https://helseid-sts.nhn.no»');
		expect(audRule({ aud: 'https://helseid-sts.test.nhn.no' }, prod)[0]!.message).toContain('HelseID produksjon');
	});

	it('Helsenorge: sikkerhet.helsenorge.no; a URL is a warning; HelseID issuers are errors', () => {
		const source = 'helsenorge-assertion';
		expect(shape(audRule({ aud: 'sikkerhet.helsenorge.no' }, helsenorge))).toEqual([['aud-ok', 'ok', 'aud', source]]);
		expect(shape(audRule({ aud: 'https://eksternapi.hn.test.nhn.no/sts/oidcprov/v3' }, helsenorge))).toEqual([
			['aud-helsenorge-issuer', 'warning', 'aud', source],
		]);
		for (const aud of ['https://helseid-sts.test.nhn.no', 'https://helseid-sts.nhn.no/connect/token'])
			expect(shape(audRule({ aud }, helsenorge))).toEqual([['aud-other-environment', 'error', 'aud', source]]);
		expect(shape(audRule({ aud: 'helsenorge' }, helsenorge))).toEqual([['aud-wrong', 'error', 'aud', source]]);
		expect(shape(audRule({ aud: 'http://x' }, helsenorge))).toEqual([['aud-wrong', 'error', 'aud', source]]);
		expect(shape(audRule({ aud: ['sikkerhet.helsenorge.no'] }, helsenorge))).toEqual([
			['aud-array', 'error', 'aud', source],
		]);
	});
});

describe('timeTypeRule', () => {
	it('passes numbers', () => {
		expect(timeTypeRule({ iat: 1, nbf: 1, exp: 2 }, test)).toEqual([]);
		expect(timeTypeRule({ iat: 1.5, nbf: 1, exp: 2 }, helsenorge)).toEqual([]);
	});

	// exp is required by the validator (RequireExpirationTime); iat and nbf only by NHN's and Helsenorge's pages
	// (Helsenorge's page lists nbf too: "nbf (int) Tidspunkt fra når tokenet er gyldig").
	it('names each missing time claim: exp an error, iat and nbf warnings', () => {
		expect(shape(timeTypeRule({}, test))).toEqual([
			['time-missing', 'warning', 'iat', 'helseid-assertion-portal'],
			['time-missing', 'warning', 'nbf', 'helseid-assertion-portal'],
			['time-missing', 'error', 'exp', 'duende-private-key-jwt'],
		]);
		expect(shape(timeTypeRule({}, helsenorge))).toEqual([
			['time-missing', 'warning', 'iat', 'helsenorge-assertion'],
			['time-missing', 'warning', 'nbf', 'helsenorge-assertion'],
			['time-missing', 'error', 'exp', 'duende-private-key-jwt'],
		]);
		expect(timeTypeRule({}, test)[0]!.message).toMatch(/^iat mangler/);
	});

	// NHN's SFM example (16.02.2026), the old wiki page and VKP.Samples send "iat": "1716644273".
	it('warns about a time written as a numeric string, and refuses anything else that is not a number', () => {
		expect(shape(timeTypeRule({ iat: '1716644273', nbf: null, exp: Infinity }, test))).toEqual([
			['time-numeric-string', 'warning', 'iat', 'rfc7519-numericdate'],
			['time-not-number', 'error', 'nbf', 'rfc7519-numericdate'],
			['time-not-number', 'error', 'exp', 'rfc7519-numericdate'],
		]);
		expect(shape(timeTypeRule({ iat: 1, exp: 2, nbf: '1' }, helsenorge))).toEqual([
			['time-numeric-string', 'warning', 'nbf', 'rfc7519-numericdate'],
		]);
		expect(shape(timeTypeRule({ iat: '1.5e9', nbf: ' 1', exp: '' }, test))).toEqual([
			['time-not-number', 'error', 'iat', 'rfc7519-numericdate'],
			['time-not-number', 'error', 'nbf', 'rfc7519-numericdate'],
			['time-not-number', 'error', 'exp', 'rfc7519-numericdate'],
		]);
	});
});

describe('lifetimeRule', () => {
	const source = 'helseid-assertion-portal';
	it('HelseID: up to and including 60 seconds', () => {
		expect(shape(lifetimeRule({ iat: 100, exp: 110 }, test))).toEqual([['lifetime-ok', 'ok', 'exp', source]]);
		expect(shape(lifetimeRule({ iat: 100, exp: 160 }, test))).toEqual([['lifetime-ok', 'ok', 'exp', source]]);
		expect(shape(lifetimeRule({ iat: 100, exp: 161 }, test))).toEqual([['lifetime-too-long', 'error', 'exp', source]]);
		expect(lifetimeRule({ iat: 100, exp: 400 }, test)[0]!.message).toContain('300 sekunder');
		expect(lifetimeRule({ iat: 100, exp: 400 }, test)[0]!.message).toContain('høyst 60 sekunder');
	});

	it('Helsenorge: under 120 seconds', () => {
		const source = 'helsenorge-assertion';
		expect(shape(lifetimeRule({ iat: 100, exp: 219 }, helsenorge))).toEqual([['lifetime-ok', 'ok', 'exp', source]]);
		expect(shape(lifetimeRule({ iat: 100, exp: 220 }, helsenorge))).toEqual([
			['lifetime-too-long', 'error', 'exp', source],
		]);
		expect(lifetimeRule({ iat: 100, exp: 220 }, helsenorge)[0]!.message).toContain('under 120 sekunder');
	});

	it('refuses an exp at or before iat', () => {
		expect(shape(lifetimeRule({ iat: 100, exp: 100 }, test))).toEqual([
			['lifetime-not-positive', 'error', 'exp', source],
		]);
		expect(shape(lifetimeRule({ iat: 100, exp: 99 }, test))).toEqual([
			['lifetime-not-positive', 'error', 'exp', source],
		]);
	});

	it('says nothing when a time is missing or not a number', () => {
		expect(lifetimeRule({ exp: 100 }, test)).toEqual([]);
		expect(lifetimeRule({ iat: 100 }, test)).toEqual([]);
		expect(lifetimeRule({ iat: 'x', exp: 110 }, test)).toEqual([]);
	});

	it('reads a time written as a numeric string, and still checks the lifetime', () => {
		expect(shape(lifetimeRule({ iat: '100', exp: 161 }, test))).toEqual([
			['lifetime-too-long', 'error', 'exp', source],
		]);
		expect(shape(lifetimeRule({ iat: '100', exp: '130' }, test))).toEqual([['lifetime-ok', 'ok', 'exp', source]]);
	});
});

describe('nbfRule', () => {
	const now = 10_000;
	// No source forbids nbf after iat; Duende checks nbf against the clock with JwtValidationClockSkew (5 min).
	it('passes nbf now, in the past, or after iat while not ahead of the clock', () => {
		expect(shape(nbfRule({ iat: now, nbf: now }, now))).toEqual([['nbf-ok', 'ok', 'nbf', 'rfc7519-claims']]);
		expect(shape(nbfRule({ iat: now - 10, nbf: now - 5 }, now))).toEqual([['nbf-ok', 'ok', 'nbf', 'rfc7519-claims']]);
		expect(shape(nbfRule({ nbf: now + CLOCK_SKEW_SECONDS }, now))).toEqual([['nbf-ok', 'ok', 'nbf', 'rfc7519-claims']]);
	});
	it('warns about nbf ahead within the validator skew, and refuses it beyond, naming the 5 minutes', () => {
		expect(shape(nbfRule({ nbf: now + CLOCK_SKEW_SECONDS + 1 }, now))).toEqual([
			['nbf-future-within-skew', 'warning', 'nbf', 'duende-clock-skew'],
		]);
		expect(shape(nbfRule({ nbf: now + VALIDATOR_SKEW_SECONDS }, now))).toEqual([
			['nbf-future-within-skew', 'warning', 'nbf', 'duende-clock-skew'],
		]);
		const refused = nbfRule({ nbf: now + VALIDATOR_SKEW_SECONDS + 1 }, now);
		expect(shape(refused)).toEqual([['nbf-future', 'error', 'nbf', 'duende-clock-skew']]);
		expect(refused[0]!.message).toContain('5 minutter');
		expect(refused[0]!.message).toContain(`${VALIDATOR_SKEW_SECONDS + 1} sekunder`);
	});
	it('reads nbf written as a numeric string, and says nothing without nbf', () => {
		expect(shape(nbfRule({ nbf: String(now + 3600) }, now))).toEqual([
			['nbf-future', 'error', 'nbf', 'duende-clock-skew'],
		]);
		expect(nbfRule({ iat: 5 }, now)).toEqual([]);
	});
});

describe('clockRule', () => {
	it('says nothing for a fresh assertion', () => {
		expect(clockRule({ iat: 1000, exp: 1030 }, 1000)).toEqual([]);
		expect(clockRule({ iat: 1000 + CLOCK_SKEW_SECONDS, exp: 1030 }, 1000)).toEqual([]);
		expect(clockRule({ iat: 990, exp: 1000 }, 1000)).toEqual([]);
	});
	it('warns about an expired assertion', () => {
		expect(shape(clockRule({ iat: 900, exp: 999 }, 1000))).toEqual([['expired', 'warning', 'exp', 'rfc7519-claims']]);
	});
	it('warns about an iat ahead of the clock, with the seconds', () => {
		const found = clockRule({ iat: 1000 + CLOCK_SKEW_SECONDS + 1, exp: 2000 }, 1000);
		expect(shape(found)).toEqual([['issued-ahead', 'warning', 'iat', 'helseid-clock']]);
		expect(found[0]!.message).toContain(`${CLOCK_SKEW_SECONDS + 1} sekunder`);
	});
	it('with iat in the future, checks exp against now too (HelseID: exp at most 60 s ahead)', () => {
		// exp − iat is 30 s, but exp lies 3630 s from now.
		const found = clockRule({ iat: 4600, exp: 4630 }, 1000, test);
		expect(shape(found)).toEqual([
			['issued-ahead', 'warning', 'iat', 'helseid-clock'],
			['exp-too-far-from-now', 'error', 'exp', 'helseid-assertion-portal'],
		]);
		expect(found[1]!.message).toContain('3630 sekunder');
		expect(shape(clockRule({ iat: 1003, exp: 1060 }, 1000, test))).toEqual([]);
		expect(shape(clockRule({ iat: 1003, exp: 1061 }, 1000, test))).toEqual([
			['exp-too-far-from-now', 'error', 'exp', 'helseid-assertion-portal'],
		]);
		expect(shape(clockRule({ iat: 1003, exp: 1119 }, 1000, helsenorge))).toEqual([]);
		expect(shape(clockRule({ iat: 1003, exp: 1120 }, 1000, helsenorge))).toEqual([
			['exp-too-far-from-now', 'error', 'exp', 'helsenorge-assertion'],
		]);
		expect(shape(clockRule({ iat: '4600', exp: '4630' }, 1000, test)).map((f) => f[0])).toContain(
			'exp-too-far-from-now',
		);
	});
});

describe('jtiRule', () => {
	const source = jtiSource(test);
	const guid = '892ba3d44a37411ebc92482234176157';
	it('passes a new jti, and the same token seen again', () => {
		expect(shape(jtiRule({ jti: guid }, 'sig', new Map(), source))).toEqual([['jti-ok', 'ok', 'jti', source]]);
		expect(shape(jtiRule({ jti: guid }, 'sig', new Map([[guid, 'sig']]), source))).toEqual([
			['jti-ok', 'ok', 'jti', source],
		]);
	});
	// RFC 9449 §4.2: at least 96 bits of pseudorandom data, or a UUID.
	it.each([
		['a', 'jti-short'],
		['jti-1', 'jti-short'],
		['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'jti-short'],
		['abababababababababababababababab', 'jti-short'],
		['0123456789abcdef0123', 'jti-short'],
		['1', 'jti-sequential'],
		['1716644273', 'jti-sequential'],
		['1716644273123', 'jti-sequential'],
	])('warns about %j as %s', (jti, code) => {
		expect(shape(jtiRule({ jti }, 'sig', new Map(), source))).toEqual([[code, 'warning', 'jti', 'rfc9449-jti']]);
	});
	it.each([
		guid,
		'5f1b9c3e-8a44-4d3b-9f0e-2c7a1d6b8e90',
		'{5F1B9C3E-8A44-4D3B-9F0E-2C7A1D6B8E90}',
		'Yq3v_8kZ2mPx7LwR4tNc1A',
		'0123456789abcdef01234567',
		'12345678901234567890123456789',
	])('passes %j: a GUID, or room for 96 bits', (jti) => {
		expect(shape(jtiRule({ jti }, 'sig', new Map(), source))).toEqual([['jti-ok', 'ok', 'jti', source]]);
	});
	it('refuses a jti another token had', () => {
		expect(shape(jtiRule({ jti: 'a' }, 'sig-2', new Map([['a', 'sig']]), source))).toEqual([
			['jti-reused', 'error', 'jti', source],
		]);
	});
	it('refuses a missing or non-string jti', () => {
		expect(shape(jtiRule({}, 's', new Map(), source))).toEqual([['jti-missing', 'error', 'jti', source]]);
		expect(shape(jtiRule({ jti: 1 }, 's', new Map(), source))).toEqual([['claim-not-string', 'error', 'jti', source]]);
		expect(shape(jtiRule({ jti: '' }, 's', new Map(), source))).toEqual([['claim-not-string', 'error', 'jti', source]]);
	});
	it('cites HelseID or Helsenorge', () => {
		expect(jtiSource(test)).toBe('helseid-assertion-portal');
		expect(jtiSource(helsenorge)).toBe('helsenorge-assertion');
	});
});

describe('helsenorgeJtiRule', () => {
	it('warns when a Helsenorge jti is not a GUID, and says nothing for HelseID', () => {
		expect(shape(helsenorgeJtiRule({ jti: 'abc-123-xyz-random-enough-000111' }, helsenorge))).toEqual([
			['jti-not-guid', 'warning', 'jti', 'helsenorge-assertion'],
		]);
		expect(helsenorgeJtiRule({ jti: '5f1b9c3e-8a44-4d3b-9f0e-2c7a1d6b8e90' }, helsenorge)).toEqual([]);
		expect(helsenorgeJtiRule({ jti: 'abc-123-xyz-random-enough-000111' }, test)).toEqual([]);
		expect(helsenorgeJtiRule({}, helsenorge)).toEqual([]);
	});
});

describe('keyMemberRule (RFC 8725)', () => {
	it.each(['jwk', 'jku', 'x5u', 'x5c'])('warns about %s in a client assertion header', (name) => {
		const found = keyMemberRule({ alg: 'RS256', [name]: name === 'x5c' ? ['MII'] : 'x' });
		expect(shape(found)).toEqual([['header-key-member', 'warning', name, 'rfc8725']]);
		expect(found[0]!.message).toContain(name);
	});
	it('says nothing for a plain header, and names each member once', () => {
		expect(keyMemberRule({ alg: 'RS256', kid: 'k', typ: 'JWT' })).toEqual([]);
		expect(keyMemberRule({ jwk: {}, jku: 'u' }).map((f) => f.claim)).toEqual(['jwk', 'jku']);
	});
});

describe('critRule (RFC 7515 §4.1.11)', () => {
	it('refuses any crit: we understand no extension', () => {
		expect(shape(critRule({ crit: ['exp'] }))).toEqual([['crit-unknown', 'error', 'crit', 'rfc7515-crit']]);
		expect(shape(critRule({ crit: ['b64', 'x'] }))).toEqual([['crit-unknown', 'error', 'crit', 'rfc7515-crit']]);
	});
	it.each([[[]], ['b64'], [[1]], [['']], [null]])('refuses a crit that is not a list of names: %j', (crit) => {
		expect(shape(critRule({ crit }))).toEqual([['crit-invalid', 'error', 'crit', 'rfc7515-crit']]);
	});
	it('says nothing without crit', () => {
		expect(critRule({ alg: 'RS256' })).toEqual([]);
	});
});
