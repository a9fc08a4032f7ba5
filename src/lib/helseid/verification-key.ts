/**
 * The public key a user pastes to check a signature with. RSA keys in every form go through the key check's own
 * reader (src/lib/keys/check.ts `checkKey`), which also refuses private keys; EC keys, which HelseID also takes
 * (ES256/384/512, and the default of NHN's JwkGenerator), are read here from a JWK, a JWKS or a `PUBLIC KEY` PEM.
 */
import { calculateJwkThumbprint, exportJWK, importJWK, importSPKI, type JWK } from 'jose';
import { checkKey } from '../keys/check';
import { isRecord } from '../shared/record';
import { keyReadMessages } from './messages';
import { hasPrivateMembers } from './reading';

export interface VerificationKey {
	/** A public JWK: `kty` and the public members (and `alg` when the paste had one), nothing private. */
	readonly jwk: Readonly<JWK>;
	/** RFC 7638 thumbprint, SHA-256, base64url. */
	readonly thumbprint: string;
	/** The `kid` the paste gave the key, if any. */
	readonly kid?: string;
	/** "RSA 2048 bit", "EC P-256": what the user sees the key as. */
	readonly label: string;
}

export type KeyReadResult =
	| { readonly status: 'empty' }
	| { readonly status: 'private-key'; readonly messages: readonly string[] }
	| { readonly status: 'ok'; readonly keys: readonly VerificationKey[] }
	| { readonly status: 'error'; readonly messages: readonly string[] };

/** The curves of ES256, ES384 and ES512 (RFC 7518 §3.4). */
const EC_CURVES: Readonly<Record<string, string>> = { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' };

async function ecKey(candidate: unknown): Promise<VerificationKey | undefined> {
	if (!isRecord(candidate) || candidate['kty'] !== 'EC') return undefined;
	if (hasPrivateMembers(candidate)) return undefined;
	const { crv, x, y, kid, alg } = candidate;
	if (typeof crv !== 'string' || typeof x !== 'string' || typeof y !== 'string') return undefined;
	const curveAlg = EC_CURVES[crv];
	if (!curveAlg) return undefined;
	const jwk: JWK = { kty: 'EC', crv, x, y, ...(typeof alg === 'string' ? { alg } : {}) };
	try {
		// WebCrypto checks that the point is on the curve.
		await importJWK({ ...jwk }, curveAlg);
	} catch {
		return undefined;
	}
	return {
		jwk,
		thumbprint: await calculateJwkThumbprint({ kty: 'EC', crv, x, y }),
		...(typeof kid === 'string' && kid !== '' ? { kid } : {}),
		label: `EC ${crv}`,
	};
}

/** EC keys in a JWK or JWKS. */
async function ecKeysFromJson(text: string): Promise<VerificationKey[]> {
	const start = text.indexOf('{');
	const end = text.lastIndexOf('}');
	if (start < 0 || end < start) return [];
	let parsed: unknown;
	try {
		parsed = JSON.parse(text.slice(start, end + 1));
	} catch {
		return [];
	}
	const candidates = isRecord(parsed) && Array.isArray(parsed['keys']) ? (parsed['keys'] as unknown[]) : [parsed];
	const keys = await Promise.all(candidates.slice(0, 20).map(ecKey));
	return keys.filter((key): key is VerificationKey => key !== undefined);
}

/** An EC key in a `-----BEGIN PUBLIC KEY-----` block: WebCrypto tries each curve. */
async function ecKeyFromPem(text: string): Promise<VerificationKey[]> {
	const begin = text.indexOf('-----BEGIN PUBLIC KEY-----');
	const endLabel = '-----END PUBLIC KEY-----';
	const end = begin < 0 ? -1 : text.indexOf(endLabel, begin);
	if (end < 0) return [];
	const pem = text.slice(begin, end + endLabel.length);
	for (const alg of Object.values(EC_CURVES)) {
		try {
			const exported = await exportJWK(await importSPKI(pem, alg, { extractable: true }));
			const key = await ecKey(exported);
			if (key) return [key];
		} catch {
			// not a key on this curve (or not EC at all): try the next
		}
	}
	return [];
}

/** Reads the pasted public key(s). Resolves, never rejects; a private key is refused with nothing of it kept. */
export async function readVerificationKey(input: unknown): Promise<KeyReadResult> {
	try {
		const checked = await checkKey(input);
		if (checked.status === 'empty') return { status: 'empty' };
		if (checked.status === 'private-key') {
			return { status: 'private-key', messages: checked.findings.map((f) => f.message) };
		}
		const text = input as string;
		const rsa: VerificationKey[] = checked.keys
			.filter((key) => key.usable)
			.map((key) => ({
				jwk: { kty: 'RSA', n: key.jwk.n, e: key.jwk.e, ...(key.alg === undefined ? {} : { alg: key.alg }) },
				thumbprint: key.thumbprint,
				...(key.kid === undefined ? {} : { kid: key.kid }),
				label: `RSA ${key.bits} bit`,
			}));
		const notRsa = checked.findings.some((f) => f.code === 'not-rsa');
		const ec = notRsa ? [...(await ecKeysFromJson(text)), ...(await ecKeyFromPem(text))] : [];
		const keys = [...rsa, ...ec];
		if (keys.length > 0) return { status: 'ok', keys };
		// The key check's "not RSA" asks for an RSA key; here EC is fine too, so say which keys we read instead.
		const problems = [...checked.findings, ...checked.keys.flatMap((key) => key.findings)]
			.filter((f) => f.severity === 'error' && f.code !== 'not-rsa')
			.map((f) => f.message);
		if (notRsa) problems.unshift(keyReadMessages.notRsaOrEc);
		return { status: 'error', messages: problems.length > 0 ? problems : [keyReadMessages.unreadable] };
	} catch {
		return { status: 'error', messages: [keyReadMessages.unreadable] };
	}
}
