/**
 * The public part of a checked RSA key, as the kommune list, the profile and the export file keep it: `kty`, `n` and
 * `e` and nothing else (RFC 7517 §4, RFC 7518 §6.3.1). A key with any other member is refused when read, so a private
 * member (`d`, `p`, `q`, `dp`, `dq`, `qi`, RFC 7518 §6.3.2) can never be stored or carried in a file.
 *
 * Shared and small on purpose: the checklist and the profile read it on every page load, so it pulls in neither the
 * key check's DER reader nor the PEM writer (src/lib/mail/public-key-pem.ts, which only the drafts load).
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
