/**
 * The rules a client assertion is held to, one function each, as HelseID (NHN's pages and code, 2025–2026, and
 * Duende IdentityServer's validator, which HelseID runs on) and Helsenorge ("Client Assertion") state them. Where
 * NHN's pages ask for more than the validator checks, the finding is a warning that names both. Each returns its findings, with the claim it concerns and the source
 * of the rule; none throws, whatever the header and payload hold. The signature is checked in assertion.ts.
 */
import { HELSEID_ALGORITHMS, HELSEID_PROD_ISSUER, HELSEID_TEST_ISSUER, type Environment } from './environments';
import { finding, type Finding, type Severity } from './findings';
import { environmentNames, lifetimeLimits } from './messages';
import type { SourceId } from './sources';
import { isGuid, jtiStrength } from './jti';
import { isNumericString, normalTyp, stringMember, timeMember } from './token';
import type { VerificationKey } from './verification-key';

type Claims = Readonly<Record<string, unknown>>;

/** How far ahead of our clock an `iat` may be before we say "check the clock" (NHN's sample API allows 5 s). */
export const CLOCK_SKEW_SECONDS = 5;

/** Duende IdentityServer's `JwtValidationClockSkew`, 5 minutes by default: how far `nbf` may lie ahead. */
export const VALIDATOR_SKEW_SECONDS = 300;

const isHelsenorge = (env: Environment) => env.id === 'helsenorge';
const envName = (env: Environment) => environmentNames[env.id];
/** A HelseID rule's source, or Helsenorge's page when the assertion is for Helsenorge. */
const sourceFor = (env: Environment, helseId: SourceId): SourceId =>
	isHelsenorge(env) ? 'helsenorge-assertion' : helseId;

const header = (
	code: Parameters<typeof finding>[0],
	claim: string,
	source: SourceId,
	severity: Severity,
	params = {},
) => finding(code, 'header', claim, source, severity, params);
const payload = (
	code: Parameters<typeof finding>[0],
	claim: string,
	source: SourceId,
	severity: Severity,
	params = {},
) => finding(code, 'payload', claim, source, severity, params);

/** `alg`: one of the environment's algorithms; never `none` or a symmetric HMAC (HS256…). */
export function algRule(claims: Claims, env: Environment): Finding[] {
	return algFindings(claims, env.algorithms, envName(env), sourceFor(env, 'helseid-algorithms'), isHelsenorge(env));
}

/**
 * `alg` against a list of allowed algorithms, for any token: `environment` names who allows them. With `rs256Only`
 * (Helsenorge), an algorithm HelseID takes but the list does not is a warning, not an error.
 */
export function algFindings(
	claims: Claims,
	allowed: readonly string[],
	environment: string,
	source: SourceId,
	rs256Only = false,
): Finding[] {
	const alg = claims['alg'];
	if (alg === undefined) return [header('alg-missing', 'alg', source, 'error')];
	if (typeof alg !== 'string') return [header('claim-not-string', 'alg', source, 'error', { claim: 'alg' })];
	if (alg.toLowerCase() === 'none') return [header('alg-none', 'alg', source, 'error')];
	if (/^HS\d+$/i.test(alg))
		return [header('alg-symmetric', 'alg', source, 'error', { expected: HELSEID_ALGORITHMS.join(', ') })];
	if (allowed.includes(alg)) return [header('alg-ok', 'alg', source, 'ok', { value: alg, environment })];
	if (rs256Only && (HELSEID_ALGORITHMS as readonly string[]).includes(alg))
		return [header('alg-not-rs256', 'alg', source, 'warning', { value: alg })];
	return [header('alg-unknown', 'alg', source, 'error', { expected: allowed.join(', '), environment })];
}

/**
 * Header `typ`: `client-authentication+jwt` for HelseID since 2025 (older pages: `JWT`); `JWT` for Helsenorge.
 * Compared exactly: Duende's strict mode sets `ValidTypes = [client-authentication+jwt]`, and Microsoft's type
 * validator wants an exact, case-sensitive match, so `Client-Authentication+JWT` or an `application/` prefix fail
 * although RFC 7515 §4.1.9 would call them equal.
 */
export function typRule(claims: Claims, env: Environment): Finding[] {
	const typ = claims['typ'];
	const source = sourceFor(env, 'helseid-library-typ');
	const params = { expected: env.typ, environment: envName(env) };
	if (typ === undefined) return [header('typ-missing', 'typ', source, 'warning', params)];
	if (typeof typ !== 'string') return [header('claim-not-string', 'typ', source, 'error', { claim: 'typ' })];
	if (typ === env.typ) return [header('typ-ok', 'typ', source, 'ok', params)];
	const normal = normalTyp(typ);
	if (normal === normalTyp(env.typ)) {
		// Helsenorge's validator is not public: its page writes «JWT», so another spelling is only a warning there.
		return isHelsenorge(env)
			? [header('typ-not-exact-helsenorge', 'typ', source, 'warning', params)]
			: [header('typ-not-exact', 'typ', 'duende-private-key-jwt', 'error', params)];
	}
	if (normal === 'dpop+jwt') return [header('typ-is-dpop', 'typ', 'dpop-format', 'error')];
	if (normal === 'at+jwt') return [header('typ-is-access-token', 'typ', 'rfc9068', 'error')];
	if (isHelsenorge(env)) {
		if (normal === 'client-authentication+jwt') return [header('typ-helsenorge-new', 'typ', source, 'warning')];
	} else if (normal === 'jwt') {
		return [header('typ-old-jwt', 'typ', source, 'warning')];
	}
	return [header('typ-other', 'typ', source, 'error', params)];
}

/**
 * `kid`: not needed. Duende's validator hands every key registered for the client to the signature check
 * (`IssuerSigningKeys = trustedKeys`) and never reads `kid`, and NHN's VKP.Samples key has none: the signature
 * decides. A `kid` that names neither the pasted key nor its RFC 7638 thumbprint is a warning: it misleads whoever
 * reads the token, and it is the VKP.Samples trap (the `kid` of HelseID's own key).
 */
export function kidRule(claims: Claims, env: Environment, keys?: readonly VerificationKey[]): Finding[] {
	const kid = claims['kid'];
	const source = sourceFor(env, 'duende-private-key-jwt');
	if (kid === undefined) {
		return isHelsenorge(env)
			? [header('kid-missing-helsenorge', 'kid', source, 'info')]
			: [header('kid-missing', 'kid', source, 'info')];
	}
	if (typeof kid !== 'string' || kid === '')
		return [header('claim-not-string', 'kid', source, 'error', { claim: 'kid' })];
	if (!keys || keys.length === 0) return [header('kid-unchecked', 'kid', source, 'info')];
	if (keys.some((key) => key.kid === kid)) return [header('kid-matches-key', 'kid', source, 'ok')];
	if (keys.some((key) => key.thumbprint === kid)) return [header('kid-matches-thumbprint', 'kid', 'rfc7638', 'ok')];
	return [header('kid-mismatch', 'kid', sourceFor(env, 'vkp-samples-kid'), 'warning')];
}

/** `iss` = `sub` = the client id (and the one the user gave, when given). */
export function issSubRule(claims: Claims, env: Environment, clientId?: string): Finding[] {
	const source = sourceFor(env, 'helseid-library-claims');
	const findings: Finding[] = [];
	for (const claim of ['iss', 'sub'] as const) {
		const value = claims[claim];
		if (value === undefined)
			findings.push(payload(claim === 'iss' ? 'iss-missing' : 'sub-missing', claim, source, 'error'));
		else if (typeof value !== 'string' || value === '')
			findings.push(payload('claim-not-string', claim, source, 'error', { claim }));
	}
	if (findings.length > 0) return findings;
	const iss = stringMember(claims, 'iss');
	if (iss !== stringMember(claims, 'sub')) return [payload('iss-sub-differ', 'iss', source, 'error')];
	const wanted = clientId?.trim();
	if (!wanted) return [payload('iss-sub-equal', 'iss', source, 'ok')];
	return iss === wanted
		? [payload('iss-sub-client-id', 'iss', source, 'ok')]
		: [payload('iss-not-client-id', 'iss', source, 'error')];
}

const OTHER_HELSEID_AUDIENCES = [HELSEID_TEST_ISSUER, HELSEID_PROD_ISSUER].flatMap((issuer) => [
	issuer,
	`${issuer}/`,
	`${issuer}/connect/token`,
]);

/**
 * `aud`: exactly the environment's issuer, as one string. The common mistakes each get their own finding: the
 * token endpoint (the rule before 2025), a trailing slash (a warning: NHN's own BFF sample sends one), an array,
 * the other environment.
 */
export function audRule(claims: Claims, env: Environment): Finding[] {
	const aud = claims['aud'];
	const params = { expected: env.audience, environment: envName(env) };
	const source = sourceFor(env, 'helseid-sfm-example');
	if (aud === undefined) return [payload('aud-missing', 'aud', source, 'error', params)];
	if (Array.isArray(aud))
		return [payload('aud-array', 'aud', sourceFor(env, 'duende-private-key-jwt'), 'error', params)];
	if (typeof aud !== 'string') return [payload('aud-not-string', 'aud', source, 'error', params)];
	if (aud === env.audience) return [payload('aud-ok', 'aud', source, 'ok', params)];
	if (isHelsenorge(env)) {
		if (OTHER_HELSEID_AUDIENCES.includes(aud))
			return [payload('aud-other-environment', 'aud', source, 'error', params)];
		if (/^https:\/\/[^\s/]+/i.test(aud)) return [payload('aud-helsenorge-issuer', 'aud', source, 'warning', params)];
		return [payload('aud-wrong', 'aud', source, 'error', params)];
	}
	if (aud === `${env.audience}/`)
		return [payload('aud-trailing-slash', 'aud', 'helseid-bff-sample', 'warning', params)];
	if (aud === env.tokenEndpoint || aud === `${env.tokenEndpoint ?? ''}/`)
		return [payload('aud-token-endpoint', 'aud', 'vkp-samples-aud-fix', 'error', params)];
	if (OTHER_HELSEID_AUDIENCES.includes(aud))
		return [payload('aud-other-environment', 'aud', 'helseid-library-issuer', 'error', params)];
	return [payload('aud-wrong', 'aud', source, 'error', params)];
}

/**
 * The time claims are there and are numbers (RFC 7519 §2). `exp` is required by the validator
 * (`RequireExpirationTime`); `iat` and `nbf` are asked for by NHN's and Helsenorge's pages but not checked by the
 * validator, so a missing one is a warning. A time written as a numeric string (`"iat": "1716644273"`, as NHN's
 * own SFM example and VKP.Samples send it) is a warning too, and the other rules read it.
 */
export function timeTypeRule(claims: Claims, env: Environment): Finding[] {
	const findings: Finding[] = [];
	for (const claim of ['iat', 'nbf', 'exp'] as const) {
		const value = claims[claim];
		if (value === undefined) {
			const required = claim === 'exp';
			const source = required ? 'duende-private-key-jwt' : sourceFor(env, 'helseid-assertion-portal');
			findings.push(
				payload('time-missing', claim, source, required ? 'error' : 'warning', {
					claim,
					environment: envName(env),
				}),
			);
		} else if (isNumericString(value)) {
			findings.push(payload('time-numeric-string', claim, 'rfc7519-numericdate', 'warning', { claim }));
		} else if (typeof value !== 'number' || !Number.isFinite(value)) {
			findings.push(payload('time-not-number', claim, 'rfc7519-numericdate', 'error', { claim }));
		}
	}
	return findings;
}

/** `exp − iat`: at most 60 s for HelseID ("no more than 60 seconds in the future"), under 120 s for Helsenorge. */
export function lifetimeRule(claims: Claims, env: Environment): Finding[] {
	const exp = timeMember(claims, 'exp');
	const iat = timeMember(claims, 'iat');
	if (exp === undefined || iat === undefined) return [];
	const source = sourceFor(env, 'helseid-assertion-portal');
	const seconds = exp - iat;
	if (seconds <= 0) return [payload('lifetime-not-positive', 'exp', source, 'error')];
	const { seconds: max, inclusive } = env.maxLifetime;
	const params = { seconds, limit: lifetimeLimits(max, inclusive), environment: envName(env) };
	const tooLong = inclusive ? seconds > max : seconds >= max;
	return [payload(tooLong ? 'lifetime-too-long' : 'lifetime-ok', 'exp', source, tooLong ? 'error' : 'ok', params)];
}

/**
 * `nbf` against the clock, as Duende's validator does: a token is refused until `nbf`, less the clock skew
 * (`JwtValidationClockSkew`, 5 minutes by default). No source forbids `nbf` after `iat`. Helsenorge's page lists
 * `nbf` too, so its assertions are held to the same reading of it.
 */
export function nbfRule(claims: Claims, now: number): Finding[] {
	const nbf = timeMember(claims, 'nbf');
	if (nbf === undefined) return [];
	const ahead = nbf - now;
	const params = { seconds: Math.round(ahead) };
	if (ahead > VALIDATOR_SKEW_SECONDS) return [payload('nbf-future', 'nbf', 'duende-clock-skew', 'error', params)];
	if (ahead > CLOCK_SKEW_SECONDS)
		return [payload('nbf-future-within-skew', 'nbf', 'duende-clock-skew', 'warning', params)];
	return [payload('nbf-ok', 'nbf', 'rfc7519-claims', 'ok')];
}

/**
 * Against the user's clock: an expired assertion, or one issued in the future (a clock out of step). With `iat`
 * ahead, `exp − iat` can look short while `exp` lies far beyond now: HelseID's limit ("exp no more than 60 seconds
 * in the future") is counted from now, so `exp − now` is checked too.
 */
export function clockRule(claims: Claims, now: number, env?: Environment): Finding[] {
	const findings: Finding[] = [];
	const exp = timeMember(claims, 'exp');
	const iat = timeMember(claims, 'iat');
	if (exp !== undefined && exp < now) findings.push(payload('expired', 'exp', 'rfc7519-claims', 'warning'));
	if (iat !== undefined && iat > now + CLOCK_SKEW_SECONDS)
		findings.push(payload('issued-ahead', 'iat', 'helseid-clock', 'warning', { seconds: Math.round(iat - now) }));
	if (env && exp !== undefined && iat !== undefined && iat > now) {
		const { seconds: max, inclusive } = env.maxLifetime;
		const fromNow = Math.round(exp - now);
		if (inclusive ? fromNow > max : fromNow >= max)
			findings.push(
				payload('exp-too-far-from-now', 'exp', sourceFor(env, 'helseid-assertion-portal'), 'error', {
					seconds: fromNow,
					limit: lifetimeLimits(max, inclusive),
					environment: envName(env),
				}),
			);
	}
	return findings;
}

/** The source of the `jti` rule for a client assertion to this environment. */
export const jtiSource = (env: Environment): SourceId => sourceFor(env, 'helseid-assertion-portal');

/**
 * `jti`: present, a string, and not shared with another token checked on this page: HelseID uses it to refuse an
 * assertion used twice. `seen` maps each `jti` to the signature of the token it first came with (page memory only).
 */
export function jtiRule(
	claims: Claims,
	signature: string,
	seen: ReadonlyMap<string, string>,
	source: SourceId,
): Finding[] {
	const jti = claims['jti'];
	if (jti === undefined) return [payload('jti-missing', 'jti', source, 'error')];
	if (typeof jti !== 'string' || jti === '')
		return [payload('claim-not-string', 'jti', source, 'error', { claim: 'jti' })];
	const first = seen.get(jti);
	if (first !== undefined && first !== signature) return [payload('jti-reused', 'jti', source, 'error')];
	const strength = jtiStrength(jti);
	if (strength !== 'ok') return [payload(`jti-${strength}`, 'jti', 'rfc9449-jti', 'warning')];
	return [payload('jti-ok', 'jti', source, 'ok')];
}

/** Helsenorge's page: "jti (string) Unik GUID". Any other unique value is a warning there. */
export function helsenorgeJtiRule(claims: Claims, env: Environment): Finding[] {
	const jti = claims['jti'];
	if (!isHelsenorge(env) || typeof jti !== 'string' || jti === '' || isGuid(jti)) return [];
	return [payload('jti-not-guid', 'jti', 'helsenorge-assertion', 'warning')];
}

/** Members that put a key, or a place to fetch one, in the header (RFC 7515 §4.1.2–4.1.6). */
const KEY_MEMBERS = ['jwk', 'jku', 'x5u', 'x5c'] as const;

/**
 * A client assertion's key is the one registered with HelseID, never one the token brings: a header with `jwk`,
 * `jku`, `x5u` or `x5c` is usually a DPoP proof mixed up with the assertion, or lets the token choose its own key
 * (RFC 8725 §3.10). A warning per member.
 */
export function keyMemberRule(claims: Claims): Finding[] {
	return KEY_MEMBERS.filter((name) => claims[name] !== undefined).map((name) =>
		header('header-key-member', name, 'rfc8725', 'warning', { claim: name }),
	);
}

/**
 * `crit` (RFC 7515 §4.1.11): the header lists extensions the receiver must understand, or refuse the token. We
 * (and HelseID, as far as any source says) understand none, so any `crit` is an error; so is one that is not a
 * non-empty list of names.
 */
export function critRule(claims: Claims): Finding[] {
	const crit = claims['crit'];
	if (crit === undefined) return [];
	const names = Array.isArray(crit) && crit.length > 0 && crit.every((n) => typeof n === 'string' && n !== '');
	return [header(names ? 'crit-unknown' : 'crit-invalid', 'crit', 'rfc7515-crit', 'error')];
}
