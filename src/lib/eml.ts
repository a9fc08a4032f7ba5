/**
 * A draft as an RFC 5322 message file (`.eml`), so any mail program can open it. `X-Unsent: 1` makes Outlook open
 * it as an editable draft; other programs may show it as a received message the user can forward or copy.
 * Non-ASCII headers use RFC 2047 encoded-words; the body is UTF-8 sent as 8bit (RFC 2045 §2.8, RFC 6152).
 */
import { crlf, wellFormed } from './mailto';

export interface EmlParts {
	readonly to: string;
	readonly cc?: string;
	readonly from?: string;
	readonly subject: string;
	readonly body: string;
	readonly date?: Date;
}

function base64(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary);
}

/**
 * RFC 2047 §2: an encoded-word is at most 75 characters, so the text is split (on whole characters) into pieces of
 * at most 42 UTF-8 bytes, each a `=?UTF-8?B?…?=` word (12 + 56 characters), so that even the first line,
 * after "Subject: ", stays within RFC 5322 §2.1.1's 78 characters; further words are folded onto new lines.
 */
export function encodeHeaderValue(text: string): string {
	const clean = wellFormed(text).replace(/[\r\n]+/g, ' ');
	if (/^[\x20-\x7E]*$/.test(clean) && !clean.includes('=?')) return clean;
	const encoder = new TextEncoder();
	const words: string[] = [];
	let piece = '';
	for (const char of clean) {
		if (encoder.encode(piece + char).length > 42) {
			words.push(`=?UTF-8?B?${base64(encoder.encode(piece))}?=`);
			piece = '';
		}
		piece += char;
	}
	if (piece !== '' || words.length === 0) words.push(`=?UTF-8?B?${base64(encoder.encode(piece))}?=`);
	return words.join('\r\n ');
}

/** Builds the message text: headers, a blank line, the body; every line ends in CRLF (RFC 5322 §2.1). */
export function buildEml(parts: EmlParts): string {
	const headers: string[] = ['X-Unsent: 1'];
	if (parts.date) headers.push(`Date: ${parts.date.toUTCString().replace('GMT', '+0000')}`);
	if (parts.from && parts.from.trim() !== '') headers.push(`From: ${encodeHeaderValue(parts.from.trim())}`);
	// An empty To is left out rather than written empty: the user fills it in in the mail program.
	if (parts.to.trim() !== '') headers.push(`To: ${encodeHeaderValue(parts.to.trim())}`);
	if (parts.cc && parts.cc.trim() !== '') headers.push(`Cc: ${encodeHeaderValue(parts.cc.trim())}`);
	headers.push(`Subject: ${encodeHeaderValue(parts.subject)}`);
	headers.push('MIME-Version: 1.0', 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: 8bit');
	const body = crlf(wellFormed(parts.body));
	return `${headers.join('\r\n')}\r\n\r\n${body}${body.endsWith('\r\n') ? '' : '\r\n'}`;
}
