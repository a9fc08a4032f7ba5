/**
 * `mailto:` URIs per RFC 6068. Each header value is UTF-8 percent-encoded (§2: `encodeURIComponent` does exactly
 * that, and gives `%20` for spaces where `URLSearchParams` would give `+`, which mail programs show literally);
 * line breaks in the body are CRLF, encoded `%0D%0A` (§5).
 */

/**
 * RFC 6068 sets no limit, but mail programs and browsers cut long links (Gmail at about 1,620 characters, Chrome
 * at about 2,000). Links longer than this are not offered; the user copies or downloads the draft instead.
 */
export const MAILTO_SAFE_LENGTH = 1800;

export interface MailtoParts {
	readonly to: string;
	readonly cc?: string;
	readonly subject: string;
	readonly body: string;
}

export interface Mailto {
	readonly href: string;
	readonly length: number;
	/** True when the link passes MAILTO_SAFE_LENGTH and should not be offered. */
	readonly tooLong: boolean;
}

/** Lone UTF-16 surrogates cannot be UTF-8 encoded (encodeURIComponent would throw): replace them with U+FFFD. */
export function wellFormed(text: string): string {
	return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** All line breaks as CRLF (RFC 6068 §5, RFC 5322 §2.1). */
export function crlf(text: string): string {
	return text.replace(/\r\n|\r|\n/g, '\r\n');
}

function encodeValue(text: string): string {
	return encodeURIComponent(wellFormed(text));
}

/** An addr-spec may keep its `@` (RFC 6068 §2); everything else is percent-encoded. */
function encodeAddresses(addresses: string): string {
	return encodeValue(addresses.trim()).replace(/%40/g, '@');
}

export function buildMailto(parts: MailtoParts, limit = MAILTO_SAFE_LENGTH): Mailto {
	const fields: string[] = [];
	if (parts.cc && parts.cc.trim() !== '') fields.push(`cc=${encodeAddresses(parts.cc)}`);
	// A subject is one header line: line breaks in it become spaces.
	fields.push(`subject=${encodeValue(parts.subject.replace(/[\r\n]+/g, ' '))}`);
	fields.push(`body=${encodeValue(crlf(parts.body))}`);
	const href = `mailto:${encodeAddresses(parts.to)}?${fields.join('&')}`;
	return { href, length: href.length, tooLong: href.length > limit };
}
