/**
 * The DPoP proof check (RFC 9449, as HelseID uses it): header `typ: dpop+jwt`, an allowed `alg` and a public `jwk`
 * that the signature verifies with; payload `htm`, `htu` (no query or fragment), a fresh `iat`, `jti`, HelseID's
 * `nonce` at its token endpoint, and `ath` for the access token; the token's `cnf.jkt` against the proof key.
 * One function per rule; `checkDpopProof` runs them all and never rejects.
 */
import { base64url, calculateJwkThumbprint } from 'jose';
import { signatureFinding } from './assertion';
import { algFindings, CLOCK_SKEW_SECONDS, critRule, jtiRule } from './assertion-rules';
import { HELSEID_ALGORITHMS, HELSEID_NONCE_ENDPOINTS } from './environments';
import { finding, type Finding, type Severity, type FindingCode } from './findings';
import { tokenNouns } from './messages';
import { internalError, readToken, type TokenReading } from './reading';
import { verifySignature } from './signature';
import type { SourceId } from './sources';
import { durationText } from './times';
import { normalTyp, numberMember, stringMember, tokenText } from './token';
import { isRecord } from '../shared/record';

type Claims = Readonly<Record<string, unknown>>;

/** NHN's sample API takes a proof for 1 s, plus 5 s of clock skew (DPoPProofValidator.cs). */
export const PROOF_MAX_AGE_SECONDS = 6;

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;

export interface DpopOptions {
	/** The HTTP method the proof is for, if the user chose one. */
	readonly method?: string;
	/** The URL the request goes to, if given (a query and fragment are ignored, as RFC 9449 §4.3 says). */
	readonly url?: string;
	/** The access token the proof goes with, if given (it is a secret: never stored, never shown). */
	readonly accessToken?: string;
	/** The nonce HelseID sent in its `DPoP-Nonce` header, if given. */
	readonly nonce?: string;
	readonly now: number;
	readonly seenJti?: ReadonlyMap<string, string>;
}

export interface DpopCheck {
	readonly reading: TokenReading;
	/** How the access-token field was read: nothing, a refused private key, or a token (a JWT or not). */
	readonly accessToken: 'none' | 'private-key' | 'jwt' | 'opaque';
	/** Why the access-token field was refused (a private key), for the island to say; nothing of the key. */
	readonly accessTokenRefusal?: readonly string[];
	/** The RFC 7638 thumbprint of the proof's `jwk`, when it could be computed. */
	readonly thumbprint?: string;
	readonly findings: readonly Finding[];
}

const at = (
	part: 'header' | 'payload',
	code: FindingCode,
	claim: string,
	source: SourceId,
	severity: Severity,
	params = {},
) => finding(code, part, claim, source, severity, params);

/**
 * `typ` is `dpop+jwt`, exactly: Duende's validator refuses anything else (`typ != "dpop+jwt"` → "Invalid 'typ'
 * value."), so `DPoP+JWT` or `application/dpop+jwt` fail although RFC 7515 §4.1.9 calls them equal.
 */
export function dpopTypRule(header: Claims): Finding[] {
	const typ = header['typ'];
	if (typeof typ !== 'string') return [at('header', 'dpop-typ-missing', 'typ', 'dpop-format', 'error')];
	if (typ === 'dpop+jwt') return [at('header', 'dpop-typ-ok', 'typ', 'dpop-format', 'ok')];
	const normal = normalTyp(typ);
	if (normal === 'dpop+jwt') return [at('header', 'dpop-typ-not-exact', 'typ', 'duende-dpop-validator', 'error')];
	if (normal === 'client-authentication+jwt')
		return [at('header', 'dpop-typ-assertion', 'typ', 'dpop-format', 'error')];
	return [at('header', 'dpop-typ-wrong', 'typ', 'dpop-format', 'error')];
}

/** The public key in the header: present and complete enough for an RFC 7638 thumbprint. */
export async function dpopJwkRule(header: Claims): Promise<{ findings: Finding[]; thumbprint?: string }> {
	const jwk = header['jwk'];
	if (jwk === undefined) return { findings: [at('header', 'dpop-jwk-missing', 'jwk', 'dpop-format', 'error')] };
	if (!isRecord(jwk)) return { findings: [at('header', 'dpop-jwk-invalid', 'jwk', 'dpop-format', 'error')] };
	try {
		const thumbprint = await calculateJwkThumbprint(jwk);
		return { findings: [at('header', 'dpop-jwk-ok', 'jwk', 'rfc7638', 'ok', { value: thumbprint })], thumbprint };
	} catch {
		return { findings: [at('header', 'dpop-jwk-invalid', 'jwk', 'dpop-format', 'error')] };
	}
}

/** `htm` is the HTTP method, exactly (RFC 9449 §4.2). */
export function htmRule(payload: Claims, method?: string): Finding[] {
	const htm = payload['htm'];
	if (htm === undefined) return [at('payload', 'htm-missing', 'htm', 'rfc9449-proof', 'error')];
	if (typeof htm !== 'string')
		return [at('payload', 'claim-not-string', 'htm', 'rfc9449-proof', 'error', { claim: 'htm' })];
	if (!method) return [at('payload', 'htm-unchecked', 'htm', 'rfc9449-proof', 'info')];
	return htm === method
		? [at('payload', 'htm-ok', 'htm', 'rfc9449-check', 'ok', { expected: method })]
		: [at('payload', 'htm-mismatch', 'htm', 'rfc9449-check', 'error', { expected: method })];
}

/** A URL without its query and fragment, normalised as the URL standard does (host in lower case, default port). */
export function targetUri(url: string): string | undefined {
	try {
		const parsed = new URL(url.trim());
		if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
		parsed.search = '';
		parsed.hash = '';
		return parsed.href;
	} catch {
		return undefined;
	}
}

/**
 * A URL as a server sees its own address: `targetUri`, and a host without the trailing dot of a fully qualified
 * name. `htu` written any other way matches only after normalisation.
 */
function canonicalUri(url: string): string | undefined {
	const uri = targetUri(url);
	if (!uri) return undefined;
	const parsed = new URL(uri);
	if (parsed.hostname.endsWith('.')) parsed.hostname = parsed.hostname.slice(0, -1);
	return parsed.href;
}

/**
 * `htu` is the request's URL without query or fragment (RFC 9449 §4.2; NHN's code refuses a URL with a query).
 * RFC 9449 §4.3 lets a server normalise before comparing, but Duende's validator and NHN's sample API compare the
 * string exactly (`context.Url?.Equals(htu)`): an `htu` that matches only after normalisation (`:443`, a host in
 * capitals, a trailing dot) is a warning that names the exact form.
 */
export function htuRule(payload: Claims, url?: string): Finding[] {
	const htu = payload['htu'];
	if (htu === undefined) return [at('payload', 'htu-missing', 'htu', 'rfc9449-proof', 'error')];
	if (typeof htu !== 'string')
		return [at('payload', 'claim-not-string', 'htu', 'rfc9449-proof', 'error', { claim: 'htu' })];
	const own = canonicalUri(htu);
	if (!own) return [at('payload', 'htu-not-url', 'htu', 'rfc9449-proof', 'error')];
	if (/[?#]/.test(htu)) return [at('payload', 'htu-query', 'htu', 'dpop-proof-creator', 'error')];
	const wanted = url?.trim() ? canonicalUri(url) : undefined;
	// The exact form is named only when the user typed the address: a message never repeats a pasted value.
	const exact = wanted
		? [at('payload', 'htu-not-exact', 'htu', 'duende-dpop-validator', 'warning', { expected: wanted })]
		: [at('payload', 'htu-not-canonical', 'htu', 'duende-dpop-validator', 'warning')];
	if (!wanted) {
		const unchecked = at('payload', 'htu-unchecked', 'htu', 'rfc9449-proof', 'info');
		return htu === own ? [unchecked] : [...exact, unchecked];
	}
	if (own !== wanted) return [at('payload', 'htu-mismatch', 'htu', 'rfc9449-check', 'error', { expected: wanted })];
	return htu === wanted ? [at('payload', 'htu-ok', 'htu', 'rfc9449-check', 'ok')] : exact;
}

/** `iat` is a number and recent: a proof is made for one request and used at once. */
export function proofIatRule(payload: Claims, now: number): Finding[] {
	const iat = payload['iat'];
	if (iat === undefined)
		return [at('payload', 'time-missing', 'iat', 'dpop-format', 'error', { claim: 'iat', environment: 'HelseID' })];
	const value = numberMember(payload, 'iat');
	if (value === undefined)
		return [at('payload', 'time-not-number', 'iat', 'rfc7519-numericdate', 'error', { claim: 'iat' })];
	if (value > now + CLOCK_SKEW_SECONDS)
		return [at('payload', 'issued-ahead', 'iat', 'helseid-clock', 'warning', { seconds: Math.round(value - now) })];
	if (now - value > PROOF_MAX_AGE_SECONDS)
		return [at('payload', 'dpop-iat-old', 'iat', 'dpop-validator', 'warning', { value: durationText(now - value) })];
	return [at('payload', 'dpop-iat-ok', 'iat', 'dpop-validator', 'ok')];
}

function isHelseIdNonceEndpoint(htu: unknown): boolean {
	const uri = typeof htu === 'string' ? canonicalUri(htu) : undefined;
	return uri !== undefined && HELSEID_NONCE_ENDPOINTS.some((endpoint) => targetUri(endpoint) === uri);
}

/**
 * `nonce`: equal to HelseID's when the user gave it; without one, a proof for HelseID's token or PAR endpoint gets
 * the `use_dpop_nonce` round trip explained (HelseID answers the first request that way). An empty or blank
 * `nonce` counts as missing, as in Duende's validator (`Nonce.IsMissing()` → `use_dpop_nonce`): HelseID's own
 * "Formatting DPoP proofs" example has `"nonce": ""`.
 */
export function nonceRule(payload: Claims, nonce?: string): Finding[] {
	const given = payload['nonce'];
	const value = typeof given === 'string' && given.trim() === '' ? undefined : given;
	const blank = given !== undefined && value === undefined;
	const expected = nonce?.trim();
	if (expected) {
		if (value === undefined)
			return [at('payload', blank ? 'nonce-blank' : 'nonce-missing', 'nonce', 'duende-dpop-validator', 'error')];
		return value === expected
			? [at('payload', 'nonce-ok', 'nonce', 'dpop-nonce-retry', 'ok')]
			: [at('payload', 'nonce-mismatch', 'nonce', 'dpop-nonce-retry', 'error')];
	}
	if (value !== undefined) return [at('payload', 'nonce-unchecked', 'nonce', 'dpop-format', 'info')];
	if (isHelseIdNonceEndpoint(payload['htu']))
		return [at('payload', blank ? 'nonce-blank' : 'nonce-needed', 'nonce', 'dpop-nonce-error', 'warning')];
	return blank ? [at('payload', 'nonce-blank', 'nonce', 'duende-dpop-validator', 'warning')] : [];
}

/** base64url(SHA-256(the access token's ASCII bytes)), as RFC 9449 §4.2 and NHN's DPoPProofCreator compute `ath`. */
export async function accessTokenHash(token: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
	return base64url.encode(new Uint8Array(digest));
}

/** `ath` matches the access token, when one is given. */
export async function athRule(payload: Claims, accessToken?: string): Promise<Finding[]> {
	const ath = payload['ath'];
	if (!accessToken) return ath === undefined ? [] : [at('payload', 'ath-unchecked', 'ath', 'rfc9449-proof', 'info')];
	if (ath === undefined) return [at('payload', 'ath-missing', 'ath', 'dpop-format', 'error')];
	return ath === (await accessTokenHash(accessToken))
		? [at('payload', 'ath-ok', 'ath', 'dpop-proof-creator', 'ok')]
		: [at('payload', 'ath-mismatch', 'ath', 'dpop-proof-creator', 'error')];
}

/** The access token's `cnf.jkt` is the proof key's thumbprint (RFC 9449 §6.1; NHN's DPoPProofValidator). */
export function jktRule(tokenPayload: Claims | undefined, thumbprint: string | undefined): Finding[] {
	if (!tokenPayload) return [finding('jkt-unreadable', 'payload', 'cnf.jkt', 'rfc9449-jkt', 'info')];
	const cnf = tokenPayload['cnf'];
	const jkt = isRecord(cnf) ? stringMember(cnf, 'jkt') : undefined;
	if (jkt === undefined) return [finding('jkt-missing', 'payload', 'cnf.jkt', 'rfc9449-jkt', 'warning')];
	return jkt === thumbprint
		? [finding('jkt-ok', 'payload', 'cnf.jkt', 'dpop-validator', 'ok')]
		: [finding('jkt-mismatch', 'payload', 'cnf.jkt', 'dpop-validator', 'error')];
}

export async function checkDpopProof(input: unknown, options: DpopOptions): Promise<DpopCheck> {
	const reading = await readToken(input, tokenNouns.dpop);
	const given = options.accessToken?.trim() ? tokenText(options.accessToken) : '';
	const tokenReading = given ? await readToken(given, tokenNouns.accessToken) : undefined;
	const accessToken: DpopCheck['accessToken'] = !tokenReading
		? 'none'
		: tokenReading.status === 'private-key'
			? 'private-key'
			: tokenReading.status === 'read'
				? 'jwt'
				: 'opaque';
	const refusal = tokenReading?.status === 'private-key' ? { accessTokenRefusal: tokenReading.messages } : {};
	if (reading.status !== 'read') return { reading, accessToken, ...refusal, findings: [] };
	try {
		const { header, payload, token, signature } = reading.decoded;
		const jwk = await dpopJwkRule(header);
		const findings: Finding[] = [
			...dpopTypRule(header),
			...critRule(header),
			...algFindings(header, HELSEID_ALGORITHMS, 'HelseID', 'dpop-validator'),
			...jwk.findings,
			...htmRule(payload, options.method),
			...htuRule(payload, options.url),
			...proofIatRule(payload, options.now),
			...jtiRule(payload, signature, options.seenJti ?? new Map(), 'dpop-format'),
			...nonceRule(payload, options.nonce),
		];
		if (accessToken === 'jwt' || accessToken === 'opaque') {
			findings.push(...(await athRule(payload, given)));
			findings.push(
				...jktRule(tokenReading?.status === 'read' ? tokenReading.decoded.payload : undefined, jwk.thumbprint),
			);
		} else {
			findings.push(...(await athRule(payload)));
		}
		if (signature === '') {
			findings.push(finding('signature-missing', 'signature', undefined, 'dpop-format', 'error'));
		} else if (jwk.thumbprint) {
			const outcome = await verifySignature(token, 'embedded', HELSEID_ALGORITHMS, header['alg'], header['jwk']);
			findings.push(signatureFinding(outcome, 'dpop-format', 'signature-embedded-ok'));
		}
		return { reading, accessToken, ...refusal, ...(jwk.thumbprint ? { thumbprint: jwk.thumbprint } : {}), findings };
	} catch {
		return { reading: internalError(), accessToken, ...refusal, findings: [] };
	}
}
