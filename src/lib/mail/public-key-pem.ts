/**
 * A stored public key (src/lib/shared/public-jwk.ts) as PEM for the order drafts: a SubjectPublicKeyInfo for one RSA
 * key (RFC 5280 §4.1, RFC 3279 §2.3.1) in a few lines of DER (X.690 §8.1.3, §8.3, §8.6, §8.9), so the drafts need
 * not load the key check's DER code. A module of its own: only the mail drafts load it, never the checklist.
 */
import type { StoredPublicJwk } from '../shared/public-jwk';

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
