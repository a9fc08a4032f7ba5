/**
 * The DPoP proof builder: makes a key pair in the browser and signs a DPoP proof (RFC 9449 §4.2) for one request:
 * header `typ: dpop+jwt`, `alg`, the public `jwk`; payload `jti`, `htm`, `htu` (no query or fragment), `iat`, and
 * HelseID's `nonce` and the access token's `ath` when given. The private key is a non-extractable WebCrypto key:
 * it can sign, and nothing can read it out, show it or store it.
 */
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { newJti } from './builder';
import { accessTokenHash, HTTP_METHODS, targetUri } from './dpop';
import { tokenNouns } from './messages';
import { readToken } from './reading';
import { tokenText } from './token';

/** ES256 first: a small key, made at once in the browser; RS256 and PS256 are on HelseID's list too. */
export const PROOF_ALGORITHMS = ['ES256', 'RS256', 'PS256'] as const;
export type ProofAlg = (typeof PROOF_ALGORITHMS)[number];
export const DEFAULT_PROOF_ALG: ProofAlg = 'ES256';

/** The algorithm a chosen radio's value stands for, or the default. */
export function proofAlgOf(value: unknown): ProofAlg {
	return PROOF_ALGORITHMS.find((alg) => alg === value) ?? DEFAULT_PROOF_ALG;
}

export interface ProofKey {
	readonly alg: ProofAlg;
	/** Non-extractable: signs, never leaves WebCrypto. */
	readonly privateKey: CryptoKey;
	/** The public JWK as it goes into the proof's header (no `kid`, `key_ops` or `ext`). */
	readonly publicJwk: JWK;
	/** RFC 7638 thumbprint of `publicJwk`: the `cnf.jkt` HelseID puts in the access token. */
	readonly thumbprint: string;
}

/** A new key pair for proofs (RSA: 2048 bits, as jose makes them). */
export async function generateProofKey(alg: ProofAlg = DEFAULT_PROOF_ALG): Promise<ProofKey> {
	const pair = await generateKeyPair(alg, { extractable: false });
	const exported = await exportJWK(pair.publicKey);
	// Only the members RFC 7517 defines for the key type: WebCrypto adds key_ops and ext.
	const publicJwk: JWK =
		exported.kty === 'EC'
			? { kty: 'EC', crv: exported.crv!, x: exported.x!, y: exported.y! }
			: { kty: 'RSA', n: exported.n!, e: exported.e! };
	return { alg, privateKey: pair.privateKey, publicJwk, thumbprint: await calculateJwkThumbprint(publicJwk) };
}

export interface ProofDraft {
	/** The HTTP method; one of HTTP_METHODS. */
	readonly method: string;
	/** The token endpoint or the API URL; a query and fragment are cut off (RFC 9449 §4.2). */
	readonly url: string;
	/** The `DPoP-Nonce` the server sent, if any; blank = none. */
	readonly nonce?: string | undefined;
	/** The access token the request carries, if any (→ `ath`); never part of the result. */
	readonly accessToken?: string | undefined;
	/** Seconds since 1970. */
	readonly now: number;
	/** A fresh id; the default is a UUID (122 random bits, RFC 9449 §4.2 asks for at least 96). */
	readonly jti?: string;
}

/** What the builder tells the user about its choices (codes; the text is in dpop-builder-messages.ts). */
export type ProofNote = 'query-stripped' | 'url-normalised' | 'nonce-missing' | 'ath-added';
export type ProofError = 'method-invalid' | 'url-missing' | 'url-invalid' | 'access-token-private-key';

export interface BuiltProof {
	readonly proof: string;
	readonly header: Readonly<Record<string, unknown>>;
	readonly payload: Readonly<Record<string, unknown>>;
	readonly notes: readonly ProofNote[];
}

export type ProofResult = { ok: true; value: BuiltProof } | { ok: false; error: ProofError };

/** HelseID's endpoints that answer a proof without `nonce` with `use_dpop_nonce`: token and PAR (Duende's paths). */
const NONCE_PATH = /\/connect\/(token|par)$/;

/** `htu` for a typed URL: without query and fragment; undefined when it is no http(s) URL. */
export function proofTarget(url: string): { htu: string; notes: ProofNote[] } | undefined {
	const htu = targetUri(url);
	if (!htu) return undefined;
	const typed = url.trim();
	const notes: ProofNote[] = [];
	const withoutQuery = typed.replace(/[?#].*/s, '');
	if (withoutQuery !== typed) notes.push('query-stripped');
	if (withoutQuery !== htu) notes.push('url-normalised');
	return { htu, notes };
}

/** Signs a DPoP proof for one request with the given key. */
export async function buildDpopProof(key: ProofKey, draft: ProofDraft): Promise<ProofResult> {
	if (!(HTTP_METHODS as readonly string[]).includes(draft.method)) return { ok: false, error: 'method-invalid' };
	if (!draft.url.trim()) return { ok: false, error: 'url-missing' };
	const target = proofTarget(draft.url);
	if (!target) return { ok: false, error: 'url-invalid' };
	const token = draft.accessToken ? tokenText(draft.accessToken) : '';
	// A private key pasted as the access token is refused before anything is signed (reading.ts finds it).
	if (token && (await readToken(draft.accessToken, tokenNouns.accessToken)).status === 'private-key')
		return { ok: false, error: 'access-token-private-key' };
	const notes = [...target.notes];
	const header = { typ: 'dpop+jwt', alg: key.alg, jwk: key.publicJwk };
	const payload: Record<string, unknown> = {
		jti: draft.jti ?? newJti(),
		htm: draft.method,
		htu: target.htu,
		iat: draft.now,
	};
	const nonce = draft.nonce?.trim();
	if (nonce) payload['nonce'] = nonce;
	else if (NONCE_PATH.test(new URL(target.htu).pathname)) notes.push('nonce-missing');
	if (token) {
		payload['ath'] = await accessTokenHash(token);
		notes.push('ath-added');
	}
	const proof = await new SignJWT(payload).setProtectedHeader(header).sign(key.privateKey);
	return { ok: true, value: { proof, header, payload, notes } };
}
