/**
 * Checks a JWS signature with jose's `compactVerify` (signature and header only: our own rules judge `exp`, `aud`
 * and the rest, which `jwtVerify` would refuse before we could explain them). jose's failures, JOSE errors and the
 * plain TypeErrors of key problems alike, become one outcome code each.
 */
import { compactVerify, EmbeddedJWK, type JWK } from 'jose';

export type SignatureOutcome = 'ok' | 'invalid' | 'key-mismatch' | 'key-too-short' | 'alg-refused' | 'unsupported';

/** The key to verify with: a public JWK, or the `jwk` in the token's own header (a DPoP proof, passed as `embedded`). */
export type VerifyKey = { readonly jwk: Readonly<JWK> } | 'embedded';

function codeOf(error: unknown): string {
	return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

export function outcomeOf(error: unknown, alg: unknown, algorithms: readonly string[]): SignatureOutcome {
	switch (codeOf(error)) {
		case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
			return 'invalid';
		case 'ERR_JOSE_ALG_NOT_ALLOWED':
			return 'alg-refused';
		case 'ERR_JOSE_NOT_SUPPORTED':
			// An alg we allow that this browser's WebCrypto lacks (ES512 in some browsers), or one we never allow.
			return typeof alg === 'string' && algorithms.includes(alg) ? 'unsupported' : 'alg-refused';
	}
	if (error instanceof TypeError && /modulusLength/.test(error.message)) return 'key-too-short';
	if (error instanceof DOMException && error.name === 'NotSupportedError') return 'unsupported';
	return 'key-mismatch';
}

/** The curve each ECDSA algorithm signs with (RFC 7518 §3.4). */
const CURVES: Readonly<Record<string, string>> = { ES256: 'P-256', ES384: 'P-384', ES512: 'P-521' };

/**
 * Whether a key can make signatures of this algorithm at all: an RSA key for RS and PS, an EC key on the right curve
 * for ES. Checked before jose, whose "not supported" would otherwise read like a browser without the algorithm.
 */
export function keyFitsAlg(jwk: unknown, alg: unknown): boolean {
	if (typeof jwk !== 'object' || jwk === null || typeof alg !== 'string') return false;
	const { kty, crv } = jwk as { kty?: unknown; crv?: unknown };
	if (/^(RS|PS)\d+$/.test(alg)) return kty === 'RSA';
	const curve = CURVES[alg];
	return curve !== undefined && kty === 'EC' && crv === curve;
}

/** Verifies the token's signature; resolves an outcome, never rejects. */
export async function verifySignature(
	token: string,
	key: VerifyKey,
	algorithms: readonly string[],
	alg: unknown,
	embedded?: unknown,
): Promise<SignatureOutcome> {
	if (typeof alg === 'string' && algorithms.includes(alg) && !keyFitsAlg(key === 'embedded' ? embedded : key.jwk, alg))
		return 'key-mismatch';
	try {
		// jose freezes a JWK it is given: hand it a copy.
		const input = key === 'embedded' ? EmbeddedJWK : { ...key.jwk };
		await compactVerify(token, input, { algorithms: [...algorithms] });
		return 'ok';
	} catch (error) {
		return outcomeOf(error, alg, algorithms);
	}
}
