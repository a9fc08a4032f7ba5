/**
 * The public part of a checked RSA key, as the kommune list, the profile and the export file keep it: `kty`, `n` and
 * `e` and nothing else (RFC 7517 §4, RFC 7518 §6.3.1). A key with any other member is refused when read, so a private
 * member (`d`, `p`, `q`, `dp`, `dq`, `qi`, RFC 7518 §6.3.2) can never be stored or carried in a file.
 *
 * Shared and small on purpose: the checklist and the profile read it on every page load, so it does not pull in the
 * key check's DER reader. The PEM it writes needs only a SubjectPublicKeyInfo for one RSA key (RFC 5280 §4.1,
 * RFC 3279 §2.3.1), encoded here in a few lines of DER (X.690 §8.1.3, §8.3, §8.6, §8.9).
 */
import { isRecord } from './record';

export interface StoredPublicJwk {
	readonly kty: 'RSA';
	readonly n: string;
	readonly e: string;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const MEMBERS = ['e', 'kty', 'n'];

/** Whether the text is unpadded base64url (RFC 7515 §2): its characters, and a length that can end a group. */
const isBase64Url = (text: string) => BASE64URL.test(text) && text.length % 4 !== 1;

/** The stored key, or undefined for anything that is not exactly a public RSA JWK of kty, n and e. */
export function readStoredPublicJwk(value: unknown): StoredPublicJwk | undefined {
	if (!isRecord(value)) return undefined;
	if (Object.keys(value).sort().join() !== MEMBERS.join()) return undefined;
	const { kty, n, e } = value;
	if (kty !== 'RSA' || typeof n !== 'string' || typeof e !== 'string') return undefined;
	// A 16384-bit modulus is 2731 characters: far above any key HelseID takes, and a bound on stored text.
	if (!isBase64Url(n) || !isBase64Url(e) || n.length > 2800 || e.length > 16) return undefined;
	return { kty, n, e };
}

/** Only the public members of a checked key's JWK (its kid, use and alg stay with the key check). */
export function storedPublicJwk(jwk: { readonly n: string; readonly e: string }): StoredPublicJwk {
	return { kty: 'RSA', n: jwk.n, e: jwk.e };
}

/** The key as one line of JSON, members in RFC 7638 order. */
export function publicJwkText(jwk: StoredPublicJwk): string {
	return JSON.stringify({ e: jwk.e, kty: jwk.kty, n: jwk.n });
}

const bytesOf = (base64url: string) =>
	[...atob(base64url.replaceAll('-', '+').replaceAll('_', '/'))].map((char) => char.charCodeAt(0));

const derLength = (length: number): number[] => {
	if (length < 0x80) return [length];
	const bytes: number[] = [];
	for (let rest = length; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff);
	return [0x80 | bytes.length, ...bytes];
};

const der = (tag: number, content: readonly number[]) => [tag, ...derLength(content.length), ...content];

/** A positive INTEGER: leading zero bytes dropped, one put back where the top bit would make it negative. */
const unsigned = (bytes: readonly number[]) => {
	const first = bytes.findIndex((byte) => byte !== 0);
	const digits = first === -1 ? [0] : bytes.slice(first);
	return der(0x02, digits[0]! & 0x80 ? [0, ...digits] : digits);
};

/** AlgorithmIdentifier rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters. */
const RSA_ENCRYPTION = [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00];

/** The same key as `-----BEGIN PUBLIC KEY-----` (RFC 7468 §13), without the final newline. */
export function publicJwkPem(jwk: StoredPublicJwk): string {
	const rsaPublicKey = der(0x30, [...unsigned(bytesOf(jwk.n)), ...unsigned(bytesOf(jwk.e))]);
	const spki = der(0x30, [...RSA_ENCRYPTION, ...der(0x03, [0, ...rsaPublicKey])]);
	const lines = btoa(String.fromCharCode(...spki)).match(/.{1,64}/g) ?? [];
	return `-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----`;
}
