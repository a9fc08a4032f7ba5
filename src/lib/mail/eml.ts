/**
 * An unsent e-mail as an .eml file (RFC 5322 message, MIME per RFC 2045/2047), which mail programs open as a
 * draft. `X-Unsent: 1` makes Outlook open it for editing; other programs may open it read-only, so the page
 * also offers copying.
 *
 * Every header is written from values that can be anything a browser has stored, so none may carry a line break:
 * an address header holds only plain single addresses (never CR or LF, an international domain in its ASCII form;
 * the profile's check, ../profile/email.ts, says so to the user long before), and the subject has every line break and control character replaced by
 * a space. Lines stay within RFC 2047's 76 characters wherever an encoded-word is, and within RFC 5322's 998
 * everywhere.
 */
import { singleLine } from './mailto';

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

/** RFC 2047 §2: a line holding encoded-words is at most 76 characters; RFC 5322 §2.1.1 recommends 78 for others. */
const MAX_LINE = 76;
/** `=?UTF-8?B?` and `?=` around each encoded-word's base64. */
const WORD_OVERHEAD = '=?UTF-8?B??='.length;

/** RFC 5322 §3.2.3 dot-atom: the only local part written (quoted ones and comments never come from the form). */
const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

/** The domain in ASCII: itself when it is, its IDNA form (xn--…, RFC 5891) through the URL parser otherwise. */
function asciiDomain(domain: string): string | undefined {
	const url = `http://${domain}/`;
	const host = /^[\x21-\x7e]+$/.test(domain) ? domain : URL.canParse(url) ? new URL(url).hostname : '';
	return /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/.test(host) ? host : undefined;
}

/**
 * The addresses fit for an address header, each written with its domain in ASCII. Anything that is not one plain
 * address (two of them, a display name, a line break) is left out rather than written, so stored data cannot add a
 * header (`Bcc:`).
 */
export function headerAddresses(addresses: readonly string[]): string[] {
	return addresses.flatMap((address) => {
		const value = address.trim();
		const at = value.lastIndexOf('@');
		const domain = asciiDomain(value.slice(at + 1));
		return at > 0 && DOT_ATOM.test(value.slice(0, at)) && domain ? [`${value.slice(0, at)}@${domain}`] : [];
	});
}

/** An address header, folded after a comma when the addresses do not fit on one line. */
function addressHeader(name: string, addresses: readonly string[]): string[] {
	const valid = headerAddresses(addresses);
	if (valid.length === 0) return [];
	let line = `${name}:`;
	const lines: string[] = [];
	valid.forEach((address, index) => {
		const piece = ` ${address}${index < valid.length - 1 ? ',' : ''}`;
		if (line.length + piece.length > MAX_LINE && line.length > name.length + 1) {
			lines.push(line);
			line = '';
		}
		line += piece;
	});
	lines.push(line);
	return [lines.join(CRLF)];
}

/** UTF-8 base64 of a piece of text; `btoa` gets the bytes one character each, which is exact for encoding. */
const base64Utf8 = (text: string) => btoa(String.fromCharCode(...utf8.encode(text)));

/**
 * The header as RFC 2047 encoded-words (§4.1, "B" encoding), each holding whole characters (§5), folded so that
 * every line, the first with its `Name: ` included, is at most 76 characters (§2).
 */
function encodedWords(name: string, value: string): string {
	const lines: string[] = [];
	// Base64 comes in groups of four characters for three bytes: as many whole groups as the line leaves room for.
	const bytesFor = (room: number) => Math.floor((room - WORD_OVERHEAD) / 4) * 3;
	let budget = bytesFor(MAX_LINE - name.length - 2);
	let chunk = '';
	let chunkBytes = 0;
	for (const char of value) {
		const size = utf8.encode(char).length;
		// Never true for the first character: the smallest budget (39 bytes) holds any character (at most 4).
		if (chunkBytes + size > budget) {
			lines.push(`=?UTF-8?B?${base64Utf8(chunk)}?=`);
			chunk = '';
			chunkBytes = 0;
			budget = bytesFor(MAX_LINE - 1);
		}
		chunk += char;
		chunkBytes += size;
	}
	lines.push(`=?UTF-8?B?${base64Utf8(chunk)}?=`);
	return `${name}: ${lines.join(`${CRLF} `)}`;
}

/** RFC 5322 §2.2.3: a long ASCII header folded before a space (unfolding takes out only the CRLF). */
function foldedAscii(name: string, value: string): string | undefined {
	const [first = '', ...words] = value.split(' ');
	const lines: string[] = [];
	let line = `${name}: ${first}`;
	for (const word of words) {
		// Fold only before a space that has a word after it: a folded line is never blank (§3.2.2).
		if (word !== '' && line.length + 1 + word.length > MAX_LINE) {
			lines.push(line);
			line = ` ${word}`;
		} else line += ` ${word}`;
	}
	lines.push(line);
	// A single word longer than a line may be (998, RFC 5322 §2.1.1) cannot be folded: encode it instead.
	return lines.every((l) => l.length <= 998) ? lines.join(CRLF) : undefined;
}

/**
 * A whole unstructured header (`Subject: …`) from any text: one line of it (line breaks and controls become
 * spaces), plain when it is printable ASCII, otherwise encoded-words. ASCII that happens to look like an
 * encoded-word (`=?UTF-8?B?…?=`) is encoded too, so a mail program shows it as written instead of decoding it.
 */
export function headerLine(name: string, value: string): string {
	const text = singleLine(value);
	const plain = /^[\x20-\x7e]*$/.test(text) && !text.includes('=?') && !/^ | $/.test(text);
	return (plain ? foldedAscii(name, text) : undefined) ?? encodedWords(name, text);
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
		...addressHeader('From', from === undefined ? [] : [from]),
		...addressHeader('To', to),
		...addressHeader('Cc', cc),
		headerLine('Subject', subject),
		`Date: ${date.toUTCString().replace('GMT', '+0000')}`,
		'X-Unsent: 1',
		'MIME-Version: 1.0',
		'Content-Type: text/plain; charset=UTF-8',
		'Content-Transfer-Encoding: quoted-printable',
	];
	// RFC 5322 §2.1: the header section, an empty line, then the body.
	return `${headers.join(CRLF)}${CRLF}${CRLF}${quotedPrintable(body)}${CRLF}`;
}
