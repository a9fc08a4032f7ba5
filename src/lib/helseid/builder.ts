/**
 * The client-assertion builder: signs an assertion for the chosen environment with a private key made in the
 * browser (src/lib/keys/generate.ts), by the same rules the checker holds it to, and writes the token request it
 * belongs in: the form body (RFC 7523 §2.2, `client_assertion_type=urn:ietf:params:oauth:client-assertion-type:
 * jwt-bearer`, as NHN's HelseID.Library sends it) as an HTTP request and as a curl command.
 */
import { SignJWT, type JWK } from 'jose';
import type { Environment } from './environments';

export const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** The lifetime NHN's HelseID.Samples and VKP.Samples use (HelseID allows at most 60 s). */
export const BUILDER_LIFETIME_SECONDS = 30;
/** RS256: every environment takes it (Helsenorge's page names only RS256). */
export const BUILDER_ALG = 'RS256';

export interface AssertionDraft {
	readonly environment: Environment;
	readonly clientId: string;
	/** The `kid` of the signing key (its RFC 7638 thumbprint, as the key generator sets it). */
	readonly kid: string;
	/** Seconds since 1970. */
	readonly now: number;
	/** A fresh unique id (the island passes `crypto.randomUUID()`). */
	readonly jti: string;
}

/** Signs a client assertion: header `alg`, `typ`, `kid`; `iss` = `sub` = client id, `aud`, `jti`, `iat` = `nbf`, `exp`. */
export async function buildAssertion(privateJwk: JWK, draft: AssertionDraft): Promise<string> {
	const clientId = draft.clientId.trim();
	return new SignJWT({})
		.setProtectedHeader({ alg: BUILDER_ALG, typ: draft.environment.typ, kid: draft.kid })
		.setIssuer(clientId)
		.setSubject(clientId)
		.setAudience(draft.environment.audience)
		.setJti(draft.jti)
		.setIssuedAt(draft.now)
		.setNotBefore(draft.now)
		.setExpirationTime(draft.now + BUILDER_LIFETIME_SECONDS)
		.sign({ ...privateJwk });
}

/** A fresh `jti`: a UUID, or 32 random hex digits where `randomUUID` is missing (outside a secure context). */
export function newJti(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export interface TokenRequest {
	readonly endpoint: string;
	/** `application/x-www-form-urlencoded`, one line, as sent. */
	readonly body: string;
	/** The whole request as text: request line, headers, body. */
	readonly http: string;
	readonly curl: string;
}

/** Scopes as the user typed them (spaces, commas or lines between) as the one space-separated `scope` value. */
export function scopeParameter(text: string): string {
	return text
		.split(/[\s,]+/)
		.filter((scope) => scope !== '')
		.join(' ');
}

/** A shell word in single quotes (POSIX): a quote inside becomes `'\''`. */
export function shellQuote(text: string): string {
	return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** The token request for the client-credentials flow; undefined where no public source names the endpoint. */
export function tokenRequest(
	environment: Environment,
	clientId: string,
	assertion: string,
	scopes = '',
): TokenRequest | undefined {
	const endpoint = environment.tokenEndpoint;
	if (!endpoint) return undefined;
	const fields: [string, string][] = [
		['grant_type', 'client_credentials'],
		['client_id', clientId.trim()],
		['client_assertion_type', CLIENT_ASSERTION_TYPE],
		['client_assertion', assertion],
	];
	const scope = scopeParameter(scopes);
	if (scope) fields.push(['scope', scope]);
	const body = new URLSearchParams(fields).toString();
	const url = new URL(endpoint);
	const http = [
		`POST ${url.pathname} HTTP/1.1`,
		`Host: ${url.host}`,
		'Content-Type: application/x-www-form-urlencoded',
		'',
		body,
	].join('\n');
	const curl = [
		`curl -X POST ${shellQuote(endpoint)}`,
		`  -H ${shellQuote('Content-Type: application/x-www-form-urlencoded')}`,
		...fields.map(([name, value]) => `  --data-urlencode ${shellQuote(`${name}=${value}`)}`),
	].join(' \\\n');
	return { endpoint, body, http, curl };
}
