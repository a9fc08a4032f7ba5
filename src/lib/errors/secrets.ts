/**
 * Secrets in a pasted error answer: `Authorization`, `DPoP`, `Cookie` and `Set-Cookie` headers, access tokens,
 * client assertions, DPoP proofs and other JWTs, the values of token and secret parameters, and private keys (the
 * key check's scan, src/lib/keys/secrets.ts). Each is found in the raw text and replaced before anything else reads
 * it, so no later step can show one back. Every pattern is linear: JWTs are found by splitting the text into runs
 * of token characters once, not by a regular expression that could try every start.
 */
import { decodeBase64 } from '../shared/base64';
import { isRecord } from '../shared/record';
import { HELSEID_PROD_ISSUER } from '../helseid/environments';
import { scanForSecrets } from '../keys/check';
import { SECRET_WORDS, type SecretKind } from './messages';

export type { SecretKind };

export interface SecretFound {
	readonly kind: SecretKind;
	/** True when the token names HelseID's production environment (`iss` or `aud`). */
	readonly production: boolean;
}

export interface SecretScan {
	/** The text with every secret replaced by a marker that says what it was and how long; nothing of it is left. */
	readonly safeText: string;
	readonly secrets: readonly SecretFound[];
	/** The key check's messages for private key material; when there are any, nothing of the paste may be shown. */
	readonly privateKeys: readonly string[];
}

interface Span {
	start: number;
	end: number;
	kind: SecretKind;
	production: boolean;
}

const HEADER =
	/\b(authorization|proxy-authorization|dpop|cookie|set-cookie)["']?[ \t]{0,8}:[ \t]{0,8}["']?([^\n"']{1,20000})/gi;
const PARAMETER =
	/\b(access_token|refresh_token|id_token|client_assertion|client_secret|code_verifier|password)["']?[ \t]{0,8}[:=][ \t]{0,8}["']?([^\s"'&,}]{4,20000})/gi;
const TOKEN_RUN = /[A-Za-z0-9_.-]{20,}/g;

function headerKind(name: string): SecretKind {
	const lower = name.toLowerCase();
	if (lower === 'dpop') return 'dpop-header';
	if (lower.endsWith('cookie')) return 'cookie';
	return 'authorization-header';
}

function parameterKind(name: string): SecretKind {
	switch (name.toLowerCase()) {
		case 'access_token':
			return 'access-token';
		case 'refresh_token':
			return 'refresh-token';
		case 'id_token':
			return 'id-token';
		case 'client_assertion':
			return 'client-assertion';
	}
	return 'secret-parameter';
}

function decodePart(part: string): Record<string, unknown> | undefined {
	if (part.length > 16_000) return undefined;
	const bytes = decodeBase64(part, true);
	if (!bytes) return undefined;
	try {
		const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
		return isRecord(value) ? value : undefined;
	} catch {
		return undefined;
	}
}

const mentions = (value: unknown, text: string): boolean =>
	typeof value === 'string'
		? value.replace(/\/$/, '') === text
		: Array.isArray(value) && value.some((v) => mentions(v, text));

/** What a JWT is, from its header `typ` (RFC 9068, RFC 9449, HelseID's client assertion) and where it stood. */
function classifyJwt(token: string, before: string): { kind: SecretKind; production: boolean } {
	const [headerPart = '', payloadPart = ''] = token.split('.');
	const header = decodePart(headerPart);
	const payload = decodePart(payloadPart);
	const typ = typeof header?.['typ'] === 'string' ? header['typ'].toLowerCase() : '';
	const production =
		mentions(payload?.['iss'], HELSEID_PROD_ISSUER) ||
		mentions(payload?.['aud'], HELSEID_PROD_ISSUER) ||
		mentions(payload?.['aud'], `${HELSEID_PROD_ISSUER}/connect/token`);
	const context = before.slice(-40).toLowerCase();
	let kind: SecretKind = 'jwt';
	if (typ === 'dpop+jwt' || /\bdpop["']?\s*:\s*["']?$/.test(context)) kind = 'dpop-proof';
	else if (typ === 'client-authentication+jwt' || context.includes('client_assertion')) kind = 'client-assertion';
	else if (typ === 'at+jwt' || /(?:access_token|bearer|dpop)\W*$/.test(context)) kind = 'access-token';
	else if (context.includes('id_token')) kind = 'id-token';
	return { kind, production };
}

function jwtSpans(text: string): Span[] {
	const spans: Span[] = [];
	for (const match of text.matchAll(TOKEN_RUN)) {
		const run = match[0];
		// A JWS has three parts, a JWE five (RFC 7519 §7.2); a JOSE header always starts `{"`, base64url `eyJ`.
		let offset = run.indexOf('eyJ');
		if (offset < 0) continue;
		const token = run.slice(offset);
		const parts = token.split('.');
		if (parts.length !== 3 && parts.length !== 5) continue;
		// A JOSE header is a JSON object with `alg` (RFC 7515 §4.1.1): a DPoP-Nonce like `eyJ7S_zG.eyJH0-Z.HX4w-7v`
		// (RFC 9449 §8) is no JWT and stays readable.
		if (typeof decodePart(parts[0]!)?.['alg'] !== 'string') continue;
		offset += match.index;
		const { kind, production } = classifyJwt(token, text.slice(Math.max(0, offset - 40), offset));
		spans.push({ start: offset, end: offset + token.length, kind, production });
	}
	return spans;
}

function patternSpans(text: string, pattern: RegExp, kindOf: (name: string) => SecretKind): Span[] {
	const spans: Span[] = [];
	for (const match of text.matchAll(pattern)) {
		const value = match[2]!.trimEnd();
		const start = match.index + match[0].length - match[2]!.length;
		spans.push({ start, end: start + value.length, kind: kindOf(match[1]!), production: false });
	}
	return spans;
}

/** The marker a secret is replaced with: what it was and how long, nothing of its value. */
export function secretMarker(kind: SecretKind, length: number): string {
	return `‹skjult ${SECRET_WORDS[kind]}, ${length} tegn›`;
}

/** Finds the secrets in a paste and gives the text back without them. */
export function scanSecrets(text: string): SecretScan {
	// The key scan reads line by line, and reads `\n` written out (JSON) as a line break too; a run of blank lines
	// ends a base64 run as one blank line does, so it is read as one (200,000 line breaks took the scan 100 ms).
	const lines = text.replace(/(?:(?:\\r\\n|\\n|\\r|\r\n|\n|\r)[ \t]*){3,}/g, '\n\n');
	const privateKeys = scanForSecrets(lines).map((finding) => finding.message);
	const tokens = jwtSpans(text);
	const spans = [
		...tokens,
		...patternSpans(text, HEADER, headerKind),
		...patternSpans(text, PARAMETER, parameterKind),
	].sort((a, b) => a.start - b.start || b.end - a.end);
	let safeText = '';
	let at = 0;
	for (const span of spans) {
		if (span.end <= at) continue;
		const start = Math.max(span.start, at);
		safeText += text.slice(at, start) + secretMarker(span.kind, span.end - start);
		at = span.end;
	}
	safeText += text.slice(at);
	// The JWT's own kind says more than the header it stood in; both are reported once.
	const found = new Map<SecretKind, SecretFound>();
	const holdsToken = (span: Span) =>
		span.kind !== 'jwt' && tokens.some((token) => token !== span && token.start >= span.start && token.end <= span.end);
	for (const span of spans) {
		if (!tokens.includes(span) && holdsToken(span)) continue;
		const known = found.get(span.kind);
		found.set(span.kind, { kind: span.kind, production: span.production || (known?.production ?? false) });
	}
	return { safeText, secrets: [...found.values()], privateKeys };
}
