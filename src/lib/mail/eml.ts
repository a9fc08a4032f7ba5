/**
 * An unsent e-mail as an .eml file (RFC 5322 message, MIME per RFC 2045/2047), which mail programs open as a
 * draft. `X-Unsent: 1` makes Outlook open it for editing; other programs may open it read-only, so the page
 * also offers copying.
 */

export interface EmlParts {
	from?: string;
	to: readonly string[];
	cc?: readonly string[];
	subject: string;
	body: string;
	date?: Date;
}

const CRLF = '\r\n';
const utf8 = new TextEncoder();

/**
 * Encodes a header value as RFC 2047 encoded-words when it is not plain ASCII. Each word holds at most 45 bytes
 * of UTF-8 (60 base64 characters, under the 75-character limit of §2), split between characters, never inside
 * one; words are folded onto continuation lines. `btoa` gets the UTF-8 bytes as one character each, which is exact
 * for encoding; it keeps the mail island from loading the key check's strict base64 module (src/lib/shared/base64.ts).
 */
export function encodeHeaderValue(value: string): string {
	if (/^[\x20-\x7e]*$/.test(value)) return value;
	const words: string[] = [];
	let chunk = '';
	for (const char of value) {
		if (utf8.encode(chunk + char).length > 45) {
			words.push(chunk);
			chunk = '';
		}
		chunk += char;
	}
	if (chunk) words.push(chunk);
	return words.map((word) => `=?UTF-8?B?${btoa(String.fromCharCode(...utf8.encode(word)))}?=`).join(`${CRLF} `);
}

/**
 * Quoted-printable (RFC 2045 §6.7) over UTF-8: every line stays under 76 characters whatever the user typed,
 * and the text remains readable in a plain editor.
 */
export function quotedPrintable(text: string): string {
	const lines = text.replace(/\r\n|\r|\n/g, '\n').split('\n');
	return lines
		.map((line) => {
			const bytes = utf8.encode(line);
			const tokens: string[] = [];
			bytes.forEach((byte, index) => {
				const last = index === bytes.length - 1;
				const printable = (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
				tokens.push(printable ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`);
			});
			const out: string[] = [];
			let current = '';
			for (const token of tokens) {
				if (current.length + token.length > 75) {
					out.push(`${current}=`);
					current = '';
				}
				current += token;
			}
			out.push(current);
			return out.join(CRLF);
		})
		.join(CRLF);
}

export function buildEml({ from, to, cc = [], subject, body, date = new Date() }: EmlParts): string {
	const headers = [
		...(from ? [`From: ${from}`] : []),
		...(to.length > 0 ? [`To: ${to.join(', ')}`] : []),
		...(cc.length > 0 ? [`Cc: ${cc.join(', ')}`] : []),
		`Subject: ${encodeHeaderValue(subject)}`,
		`Date: ${date.toUTCString().replace('GMT', '+0000')}`,
		'X-Unsent: 1',
		'MIME-Version: 1.0',
		'Content-Type: text/plain; charset=UTF-8',
		'Content-Transfer-Encoding: quoted-printable',
	];
	// RFC 5322 §2.1: the header section, an empty line, then the body.
	return `${headers.join(CRLF)}${CRLF}${CRLF}${quotedPrintable(body)}${CRLF}`;
}
