/**
 * mailto: links per RFC 6068. Every header value is UTF-8 percent-encoded (§2); spaces are `%20`, never `+`
 * (URLSearchParams would write `+`, which mail programs show literally); line breaks in the body are CRLF,
 * `%0D%0A` (§5).
 */

/**
 * Mail programs cut long mailto links (Gmail about 1,620 characters, Chrome about 2,000). Above this length we
 * offer copy and download instead of a link that may arrive truncated.
 */
export const MAILTO_SAFE_LENGTH = 1800;

export interface MailtoParts {
	to: readonly string[];
	cc?: readonly string[];
	subject: string;
	body: string;
}

/**
 * A lone UTF-16 surrogate (half an emoji, from a paste or a cut string) has no UTF-8 form, and
 * encodeURIComponent throws URIError on it. Replace each with U+FFFD, as TextEncoder does, so no input can
 * break the draft.
 */
function wellFormed(value: string): string {
	return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * A header value on one line (RFC 5322 §2.2: a header is one line; RFC 6068 §2 encodes any line break in it as
 * `%0D%0A`, which a mail program takes literally): CR, LF, every other control character and the Unicode line
 * separators become a space. A company name stored as `Firma\r\nBcc: …` stays one harmless subject line.
 */
export function singleLine(value: string): string {
	return wellFormed(value).replace(/\r\n|[\p{Cc}\u2028\u2029]/gu, ' ');
}

/** Percent-encodes one value; encodeURIComponent leaves only unreserved characters and `!'()*` as they are. */
function encode(value: string): string {
	return encodeURIComponent(wellFormed(value)).replace(
		/[!'()*]/g,
		(c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
	);
}

/** Normalises any line ending to CRLF, as RFC 6068 §5 asks of a body. */
export function toCrlf(text: string): string {
	return text.replace(/\r\n|\r|\n/g, '\r\n');
}

export function buildMailto({ to, cc = [], subject, body }: MailtoParts): string {
	// Addresses go in the path; `@` may stay as it is, a comma separates several (§2).
	const path = to.map((address) => encode(address).replace(/%40/g, '@')).join(',');
	const fields: string[] = [];
	if (cc.length > 0) fields.push(`cc=${cc.map((address) => encode(address).replace(/%40/g, '@')).join(',')}`);
	fields.push(`subject=${encode(singleLine(subject))}`);
	fields.push(`body=${encode(toCrlf(body))}`);
	return `mailto:${path}?${fields.join('&')}`;
}

/** Whether a link is short enough for common mail programs to receive it whole. */
export function isMailtoSafe(href: string): boolean {
	return href.length <= MAILTO_SAFE_LENGTH;
}
