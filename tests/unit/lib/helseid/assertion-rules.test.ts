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
	it('HelseID: client-authentication+jwt, in any case, with or without application/', () => {
		for (const typ of [
			'client-authentication+jwt',
			'Client-Authentication+JWT',
			'application/client-authentication+jwt',
		])
			expect(shape(typRule({ typ }, test))).toEqual([['typ-ok', 'ok', 'typ', 'helseid-library-typ']]);
	});

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
});

describe('kidRule', () => {
	const key = (thumbprint: string, kid?: string): VerificationKey => ({
		jwk: { kty: 'RSA' },
		thumbprint,
		...(kid === undefined ? {} : { kid }),
		label: 'RSA 2048 bit',
	});

	it('is an error without kid for HelseID, a note for Helsenorge', () => {
		expect(shape(kidRule({}, test))).toEqual([['kid-missing', 'error', 'kid', 'helseid-assertion-wiki']]);
		expect(shape(kidRule({}, helsenorge))).toEqual([['kid-missing-helsenorge', 'info', 'kid', 'helsenorge-assertion']]);
	});

	it('refuses a kid that is not a non-empty string', () => {
		expect(shape(kidRule({ kid: 7 }, test))).toEqual([['claim-not-string', 'error', 'kid', 'helseid-assertion-wiki']]);
		expect(shape(kidRule({ kid: '' }, test))).toEqual([['claim-not-string', 'error', 'kid', 'helseid-assertion-wiki']]);
	});

	it('cannot say more without a key', () => {
		expect(shape(kidRule({ kid: 'k' }, test))).toEqual([['kid-unchecked', 'info', 'kid', 'helseid-assertion-wiki']]);
		expect(shape(kidRule({ kid: 'k' }, test, []))).toEqual([
			['kid-unchecked', 'info', 'kid', 'helseid-assertion-wiki'],
		]);
	});

	it("matches the key's own kid, or its thumbprint, among several keys", () => {
		const keys = [key('tp-1', 'a'), key('tp-2', 'b')];
		expect(shape(kidRule({ kid: 'b' }, test, keys))).toEqual([
			['kid-matches-key', 'ok', 'kid', 'helseid-assertion-wiki'],
		]);
		expect(shape(kidRule({ kid: 'tp-2' }, test, keys))).toEqual([['kid-matches-thumbprint', 'ok', 'kid', 'rfc7638']]);
		expect(shape(kidRule({ kid: 'c' }, test, keys))).toEqual([
			['kid-mismatch', 'error', 'kid', 'helseid-assertion-wiki'],
		]);
	});

	it("prefers the key's kid over a thumbprint that happens to match", () => {
		expect(shape(kidRule({ kid: 'x' }, test, [key('x', 'x')]))).toEqual([
			['kid-matches-key', 'ok', 'kid', 'helseid-assertion-wiki'],
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
		[{ aud: ['https://helseid-sts.test.nhn.no'] }, 'aud-array', 'error', 'helseid-library-claims'],
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
	it('passes numbers, and asks Helsenorge for no nbf', () => {
		expect(timeTypeRule({ iat: 1, nbf: 1, exp: 2 }, test)).toEqual([]);
		expect(timeTypeRule({ iat: 1.5, exp: 2 }, helsenorge)).toEqual([]);
	});

	it('names each missing time claim', () => {
		expect(shape(timeTypeRule({}, test))).toEqual([
			['time-missing', 'error', 'iat', 'helseid-assertion-wiki'],
			['time-missing', 'error', 'nbf', 'helseid-assertion-wiki'],
			['time-missing', 'error', 'exp', 'helseid-assertion-wiki'],
		]);
		expect(shape(timeTypeRule({}, helsenorge))).toEqual([
			['time-missing', 'error', 'iat', 'helsenorge-assertion'],
			['time-missing', 'error', 'exp', 'helsenorge-assertion'],
		]);
		expect(timeTypeRule({}, test)[0]!.message).toMatch(/^iat mangler/);
	});

	it('refuses a time written as text, or as no number at all', () => {
		expect(shape(timeTypeRule({ iat: '1677743803', nbf: null, exp: Infinity }, test))).toEqual([
			['time-not-number', 'error', 'iat', 'rfc7519-numericdate'],
			['time-not-number', 'error', 'nbf', 'rfc7519-numericdate'],
			['time-not-number', 'error', 'exp', 'rfc7519-numericdate'],
		]);
		expect(shape(timeTypeRule({ iat: 1, exp: 2, nbf: '1' }, helsenorge))).toEqual([
			['time-not-number', 'error', 'nbf', 'rfc7519-numericdate'],
		]);
	});
});

describe('lifetimeRule', () => {
	const source = 'helseid-assertion-wiki';
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
		expect(lifetimeRule({ iat: '100', exp: 110 }, test)).toEqual([]);
	});
});

describe('nbfRule', () => {
	it('passes nbf at or before iat, refuses nbf after iat', () => {
		expect(shape(nbfRule({ iat: 5, nbf: 5 }, test))).toEqual([['nbf-ok', 'ok', 'nbf', 'helseid-library-claims']]);
		expect(shape(nbfRule({ iat: 5, nbf: 4 }, test))).toEqual([['nbf-ok', 'ok', 'nbf', 'helseid-library-claims']]);
		expect(shape(nbfRule({ iat: 5, nbf: 6 }, test))).toEqual([
			['nbf-after-iat', 'error', 'nbf', 'helseid-library-claims'],
		]);
		expect(shape(nbfRule({ iat: 5, nbf: 6 }, helsenorge))).toEqual([
			['nbf-after-iat', 'error', 'nbf', 'helsenorge-assertion'],
		]);
	});
	it('says nothing without both', () => {
		expect(nbfRule({ iat: 5 }, test)).toEqual([]);
		expect(nbfRule({ nbf: 5 }, test)).toEqual([]);
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
});

describe('jtiRule', () => {
	const source = jtiSource(test);
	it('passes a new jti, and the same token seen again', () => {
		expect(shape(jtiRule({ jti: 'a' }, 'sig', new Map(), source))).toEqual([['jti-ok', 'ok', 'jti', source]]);
		expect(shape(jtiRule({ jti: 'a' }, 'sig', new Map([['a', 'sig']]), source))).toEqual([
			['jti-ok', 'ok', 'jti', source],
		]);
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
		expect(jtiSource(test)).toBe('helseid-assertion-wiki');
		expect(jtiSource(helsenorge)).toBe('helsenorge-assertion');
	});
});
