/**
 * Reads what a user pasted as a JWT (client assertion, DPoP proof or access token) with jose's decoders, and says
 * plainly when it is not one: empty, too long, a JWE (five parts, encrypted), or not three base64url parts of JSON.
 * No signature is checked here (signature.ts does that).
 */
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { isRecord } from '../shared/record';

/** Far more than any token HelseID issues; a longer paste is something else. */
export const MAX_TOKEN_LENGTH = 100_000;

export type DecodeFailure = 'empty' | 'too-long' | 'jwe' | 'not-jwt' | 'header-invalid' | 'payload-invalid';

export interface DecodedToken {
	/** The token as checked: the paste without whitespace, quotes or a `Bearer `/`DPoP ` prefix. */
	readonly token: string;
	readonly header: Readonly<Record<string, unknown>>;
	readonly payload: Readonly<Record<string, unknown>>;
	/** The third part (base64url); empty for an unsigned token. */
	readonly signature: string;
}

export type DecodeResult = { ok: true; value: DecodedToken } | { ok: false; code: DecodeFailure };

/** What people paste around a token: a header name, a scheme, a form field name, quotes. */
const PREFIX =
	/^(?:(?:authorization|dpop)\s*:\s*)?(?:(?:bearer|dpop)\s+)?(?:(?:client_assertion|access_token)\s*[=:]\s*)?/i;

/** The token inside a paste: trimmed, unquoted, without a known prefix, with line breaks from wrapping removed. */
export function tokenText(input: string): string {
	return stripQuotes(input.trim()).replace(PREFIX, '').replace(/\s+/g, '');
}

const QUOTES = new Set(['"', "'", '`']);
const TRAILING = new Set([...QUOTES, ',', ';']);

/** Quotes around a token copied out of JSON or code, and a trailing comma. A loop, not a pattern: linear always. */
function stripQuotes(text: string): string {
	let start = 0;
	let end = text.length;
	while (start < end && QUOTES.has(text[start]!)) start++;
	while (end > start && TRAILING.has(text[end - 1]!)) end--;
	return text.slice(start, end).trim();
}

const PART = '[A-Za-z0-9_-]+';
const COMPACT_JWS = new RegExp(`^${PART}\\.${PART}\\.[A-Za-z0-9_-]*$`);
const COMPACT_JWE = new RegExp(`^${PART}\\.[A-Za-z0-9_-]*\\.${PART}\\.${PART}\\.${PART}$`);

export function decodeToken(input: unknown): DecodeResult {
	if (typeof input !== 'string' || input.trim() === '') return { ok: false, code: 'empty' };
	if (input.length > MAX_TOKEN_LENGTH) return { ok: false, code: 'too-long' };
	const token = tokenText(input);
	if (token === '') return { ok: false, code: 'empty' };
	if (COMPACT_JWE.test(token)) return { ok: false, code: 'jwe' };
	if (!COMPACT_JWS.test(token)) return { ok: false, code: 'not-jwt' };
	let header: unknown;
	try {
		header = decodeProtectedHeader(token);
	} catch {
		return { ok: false, code: 'header-invalid' };
	}
	if (!isRecord(header)) return { ok: false, code: 'header-invalid' };
	let payload: unknown;
	try {
		payload = decodeJwt(token);
	} catch {
		return { ok: false, code: 'payload-invalid' };
	}
	if (!isRecord(payload)) return { ok: false, code: 'payload-invalid' };
	return { ok: true, value: { token, header, payload, signature: token.slice(token.lastIndexOf('.') + 1) } };
}

/** A member that is a non-empty string, or undefined. */
export function stringMember(record: Readonly<Record<string, unknown>>, name: string): string | undefined {
	const value = record[name];
	return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A member that is a finite number (RFC 7519 §2 NumericDate), or undefined. */
export function numberMember(record: Readonly<Record<string, unknown>>, name: string): number | undefined {
	const value = record[name];
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A whole number written as text, as .NET's `Claim` without a value type writes `iat` ("1716644273"). */
const NUMERIC_STRING = /^\d{1,15}$/;

/**
 * A time claim's value as a number: a finite number, or a numeric string (not RFC 7519, but NHN's own examples send
 * `iat` that way, and the rules should still check the time it says). Undefined for anything else.
 */
export function timeValue(value: unknown): number | undefined {
	if (typeof value === 'string' && NUMERIC_STRING.test(value)) return Number(value);
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A record's time claim as a number (see timeValue). */
export function timeMember(record: Readonly<Record<string, unknown>>, name: string): number | undefined {
	return timeValue(record[name]);
}

/** Whether a claim is a time written as a numeric string (a warning, not an error: see timeMember). */
export function isNumericString(value: unknown): value is string {
	return typeof value === 'string' && NUMERIC_STRING.test(value);
}

/**
 * RFC 7515 §4.1.9 says `typ` compares without regard to case and that `application/` may be left out; HelseID's
 * validators (Duende, Microsoft.IdentityModel) compare it exactly. Used to tell "almost right" from "wrong".
 */
export function normalTyp(typ: string): string {
	const lower = typ.toLowerCase();
	return lower.startsWith('application/') ? lower.slice('application/'.length) : lower;
}

/** The longest value shown in full; a longer one is cut, with its length said. */
const MAX_VALUE_LENGTH = 2000;

/**
 * Characters a reader cannot see or that reorder what they see: C0/C1 controls, soft hyphen, zero-width and
 * bidirectional marks and overrides (the "Trojan Source" characters, CVE-2021-42574), line and paragraph separators.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are made visible
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/** Text with every hidden character shown as a visible mark, `[U+202E]`, so a pasted token cannot hide or reorder. */
export function markHidden(text: string): string {
	return text.replace(HIDDEN, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}]`);
}

/** A claim's value as text: a string as it is, anything else as JSON; hidden characters marked, long values cut. */
export function valueText(value: unknown): string {
	const raw = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
	// Marks make the text longer, never shorter: the first MAX_VALUE_LENGTH characters are all that can be shown.
	const text = markHidden(raw.slice(0, MAX_VALUE_LENGTH));
	return text.length > MAX_VALUE_LENGTH || raw.length > MAX_VALUE_LENGTH
		? `${text.slice(0, MAX_VALUE_LENGTH)}… (${raw.length} tegn)`
		: text;
}
