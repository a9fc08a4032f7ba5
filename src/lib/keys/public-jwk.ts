/**
 * The public part of a checked RSA key, as the kommune list and the export file keep it: `kty`, `n` and `e` and
 * nothing else (RFC 7517 §4, RFC 7518 §6.3.1). A key with any other member is refused when read, so a private
 * member (`d`, `p`, `q`, `dp`, `dq`, `qi`, RFC 7518 §6.3.2) can never be stored or carried in a file.
 */
import { isRecord } from '../shared/record';
import { decodeBase64 } from '../shared/base64';
import { rsaSpki, toPem } from './der';

export interface StoredPublicJwk {
	readonly kty: 'RSA';
	readonly n: string;
	readonly e: string;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const MEMBERS = ['e', 'kty', 'n'];

/** The stored key, or undefined for anything that is not exactly a public RSA JWK of kty, n and e. */
export function readStoredPublicJwk(value: unknown): StoredPublicJwk | undefined {
	if (!isRecord(value)) return undefined;
	if (Object.keys(value).sort().join() !== MEMBERS.join()) return undefined;
	const { kty, n, e } = value;
	if (kty !== 'RSA' || typeof n !== 'string' || typeof e !== 'string') return undefined;
	// A 16384-bit modulus is 2731 characters: far above any key HelseID takes, and a bound on stored text.
	if (!BASE64URL.test(n) || !BASE64URL.test(e) || n.length > 2800 || e.length > 16) return undefined;
	if (!decodeBase64(n, true) || !decodeBase64(e, true)) return undefined;
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

/** The same key as `-----BEGIN PUBLIC KEY-----` (SubjectPublicKeyInfo, RFC 5280 §4.1), without the final newline. */
export function publicJwkPem(jwk: StoredPublicJwk): string {
	const strip = (bytes: Uint8Array) =>
		bytes.slice(
			Math.max(
				0,
				bytes.findIndex((b) => b !== 0),
			),
		);
	const n = strip(decodeBase64(jwk.n, true) ?? new Uint8Array());
	const e = strip(decodeBase64(jwk.e, true) ?? new Uint8Array());
	return toPem(rsaSpki({ n, e }), 'PUBLIC KEY').trimEnd();
}
