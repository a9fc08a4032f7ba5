/**
 * The checks every RSA public key gets, whatever form it came in: size, modulus and exponent, WebCrypto's own
 * judgement (through jose); and what we hand back: the RFC 7638 thumbprint, a public JWK and an SPKI PEM.
 */
import { calculateJwkThumbprint, exportJWK, importSPKI } from 'jose';
import { encodeBase64Url } from '../shared/base64';
import type { KeyFormat, RsaCandidate } from './collected';
import { bitLength, rsaSpki, toPem } from './der';
import { finding, type Finding } from './findings';
import { bigNumberText } from './messages';

const MIN_BITS = 2048;
const MAX_BITS = 16384;

/** A public RSA JWK as we hand it back: RFC 7517 members, nothing private. */
export interface PublicRsaJwk {
	readonly kty: 'RSA';
	readonly n: string;
	readonly e: string;
	readonly kid: string;
	readonly use: 'sig';
	readonly alg?: string;
}

export interface CheckedKey {
	readonly block: number;
	readonly format: KeyFormat;
	/** Modulus size in bits. */
	readonly bits: number;
	/** Public exponent in decimal. */
	readonly exponent: string;
	/** RFC 7638 JWK thumbprint: SHA-256, base64url. */
	readonly thumbprint: string;
	readonly kid?: string;
	readonly use?: string;
	readonly alg?: string;
	readonly jwk: PublicRsaJwk;
	/** SPKI PEM (`-----BEGIN PUBLIC KEY-----`). */
	readonly pem: string;
	/** No error finding: this key may be sent. */
	readonly usable: boolean;
	readonly findings: readonly Finding[];
}

/**
 * The public exponent (decided in issue 12). FIPS 186-5 §5.4 (e) requires 2^16 < e < 2^256; NIST SP 800-56B and
 * every common tool (openssl, .NET, Java, WebCrypto's examples) use 65537. A small exponent such as 3 is not
 * broken in itself, but it is what made Bleichenbacher's forgery of PKCS#1 v1.5 signatures (2006) and its later
 * variants possible against careless verifiers, and a strict verifier may refuse the key. Since the supplier is
 * making the key now, for a service that signs with it for years, a new key costs minutes: an exponent of 65536 or
 * less (or 2^256 or more) is an error, one inside the FIPS range other than 65537 a warning.
 */
function exponentFinding(e: Uint8Array, exponent: string, block: number): Finding | undefined {
	const eOdd = ((e[e.length - 1] ?? 0) & 1) === 1;
	if (!eOdd || exponent === '1') return finding('exponent-invalid', block, { exponent });
	const bits = bitLength(e);
	// e is odd here, so e <= 2^16 exactly when it has at most 16 bits.
	if (bits <= 16) return finding('exponent-too-small', block, { exponent });
	if (bits > 256) return finding('exponent-too-large', block, { exponent });
	if (exponent !== '65537') return finding('exponent-unusual', block, { exponent });
	return undefined;
}

function toDecimal(bytes: Uint8Array): string {
	if (bytes.length > 16) return bigNumberText(bitLength(bytes));
	let value = 0n;
	for (const byte of bytes) value = value * 256n + BigInt(byte);
	return value.toString();
}

export async function checkRsa(candidate: RsaCandidate): Promise<CheckedKey> {
	const { rsa, block } = candidate;
	const findings: Finding[] = [...candidate.notes];
	const bits = bitLength(rsa.n);
	const exponent = toDecimal(rsa.e);
	if (bits < MIN_BITS) findings.push(finding('key-too-small', block, { bits }));
	if (bits > MAX_BITS) findings.push(finding('key-too-large', block, { bits }));
	if (bits % 8 !== 0) findings.push(finding('modulus-not-whole-bytes', block, { bits }));
	if (((rsa.n[rsa.n.length - 1] ?? 0) & 1) === 0) findings.push(finding('modulus-invalid', block));
	const exponentProblem = exponentFinding(rsa.e, exponent, block);
	if (exponentProblem) findings.push(exponentProblem);

	const spki = rsaSpki(rsa);
	const pem = toPem(spki, 'PUBLIC KEY');
	let n = encodeBase64Url(rsa.n);
	let e = encodeBase64Url(rsa.e);
	// Let WebCrypto judge the key too (through jose), unless it is already refused for its size.
	if (bits >= MIN_BITS && bits <= MAX_BITS && !findings.some((f) => f.severity === 'error')) {
		try {
			const key = await importSPKI(pem, 'RS256', { extractable: true });
			const exported = await exportJWK(key);
			if (exported.n && exported.e) {
				n = exported.n;
				e = exported.e;
			}
		} catch {
			findings.push(finding('webcrypto-rejected', block));
		}
	}
	// RFC 7638 §3.2: for RSA only e, kty and n, in that order, no whitespace; SHA-256 by default.
	const thumbprint = await calculateJwkThumbprint({ kty: 'RSA', n, e }, 'sha256');
	const usable = !findings.some((f) => f.severity === 'error');
	if (usable && !findings.some((f) => f.severity === 'warning')) findings.push(finding('key-ok', block, { bits }));
	const jwk: PublicRsaJwk = {
		kty: 'RSA',
		n,
		e,
		kid: candidate.keep?.kid ?? thumbprint,
		use: 'sig',
		...(candidate.keep?.alg === undefined ? {} : { alg: candidate.keep.alg }),
	};
	return {
		block,
		format: candidate.format,
		bits,
		exponent,
		thumbprint,
		...(candidate.kid === undefined ? {} : { kid: candidate.kid }),
		...(candidate.use === undefined ? {} : { use: candidate.use }),
		...(candidate.alg === undefined ? {} : { alg: candidate.alg }),
		jwk,
		pem,
		usable,
		findings,
	};
}
