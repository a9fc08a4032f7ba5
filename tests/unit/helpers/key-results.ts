/** Reading checkKey's results in tests: finding codes, and the thumbprint Node itself computes. */
import { createHash, createPublicKey } from 'node:crypto';
import type { KeyCheckResult } from '~/lib/keys/check';

/** Every finding code of a result, the paste's own first, then each key's in order. */
export const findingCodes = (result: KeyCheckResult) => [
	...result.findings.map((f) => f.code),
	...result.keys.flatMap((key) => key.findings.map((f) => f.code)),
];

/** RFC 7638 §3.1 computed by Node itself: SHA-256 over {"e","kty","n"} from Node's own JWK export. */
export function nodeThumbprint(pem: string): string {
	const { e, n } = createPublicKey(pem).export({ format: 'jwk' });
	return createHash('sha256').update(`{"e":"${e}","kty":"RSA","n":"${n}"}`).digest('base64url');
}
