/**
 * Base64 (RFC 4648 §4) and base64url (§5), strict: the key check must tell a damaged paste from a good one. No
 * `atob`/`btoa`: they accept sloppy input and work on Latin-1 strings.
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VALUE = new Map([...B64].map((char, index) => [char, index]));

/** Whether the text (whitespace already removed) is well-formed base64 of RFC 4648 §4, padding optional. */
export function isBase64(text: string): boolean {
	if (text.length === 0) return false;
	if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return false;
	const body = text.replace(/=+$/, '');
	if (body.length % 4 === 1) return false;
	// With padding, the total must be a multiple of four (RFC 4648 §3.2).
	if (text.length !== body.length && text.length % 4 !== 0) return false;
	return true;
}

/** Decodes base64 (RFC 4648 §4) or, with `url`, base64url (§5). Returns undefined for anything malformed. */
export function decodeBase64(text: string, url = false): Uint8Array | undefined {
	const normal = url ? text.replaceAll('-', '+').replaceAll('_', '/') : text;
	if (url && /[+/=]/.test(text)) return undefined;
	if (!isBase64(normal)) return undefined;
	const body = normal.replace(/=+$/, '');
	const out = new Uint8Array(Math.floor((body.length * 3) / 4));
	let buffer = 0;
	let bits = 0;
	let index = 0;
	for (const char of body) {
		buffer = (buffer << 6) | (B64_VALUE.get(char) ?? 0);
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[index++] = (buffer >> bits) & 0xff;
		}
	}
	return out;
}

export function encodeBase64(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const a = bytes[i]!;
		const b = bytes[i + 1];
		const c = bytes[i + 2];
		out += B64[a >> 2]!;
		out += B64[((a & 3) << 4) | ((b ?? 0) >> 4)]!;
		out += b === undefined ? '=' : B64[((b & 15) << 2) | ((c ?? 0) >> 6)]!;
		out += c === undefined ? '=' : B64[c & 63]!;
	}
	return out;
}

/** base64url without padding (RFC 7515 §2), as JWK members are written. */
export function encodeBase64Url(bytes: Uint8Array): string {
	return encodeBase64(bytes).replace(/=+$/, '').replaceAll('+', '-').replaceAll('/', '_');
}
