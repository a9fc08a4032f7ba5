/**
 * The small amount of DER (ITU-T X.690) work that `jose` does not do for us: telling the key
 * structures apart (SPKI, PKCS#1, PKCS#8, certificates), reading an RSA modulus and exponent out of them, and
 * wrapping a bare PKCS#1 RSAPublicKey in a SubjectPublicKeyInfo (RFC 8017 A.1.1, RFC 5280 §4.1).
 *
 * Every reader here works on untrusted bytes: it checks each length against what is really there and returns
 * `undefined` instead of throwing, so callers can name what was wrong.
 */
import { encodeBase64 } from '../shared/base64';

/** PEM armour (RFC 7468 §2): 64-character lines between BEGIN and END lines. */
export function toPem(der: Uint8Array, label: string): string {
	const lines = encodeBase64(der).match(/.{1,64}/g) ?? [];
	return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

// --- DER reading (X.690 §8, definite lengths only) --------------------------------------------------------------

export const TAG = {
	INTEGER: 0x02,
	BIT_STRING: 0x03,
	OCTET_STRING: 0x04,
	NULL: 0x05,
	OID: 0x06,
	SEQUENCE: 0x30,
	CONTEXT_0: 0xa0,
} as const;

export interface DerElement {
	readonly tag: number;
	/** The element's contents (without tag and length). */
	readonly value: Uint8Array;
	/** Offset just past the element in the buffer it was read from. */
	readonly end: number;
}

export type DerRead = { ok: true; element: DerElement } | { ok: false; truncated: boolean };

/** Reads one element at `offset`. `truncated` says the length pointed past the end of the bytes. */
export function readElement(bytes: Uint8Array, offset = 0): DerRead {
	if (offset + 2 > bytes.length) return { ok: false, truncated: true };
	const tag = bytes[offset]!;
	// Multi-byte tags (low five bits all set) never occur in key structures.
	if ((tag & 0x1f) === 0x1f) return { ok: false, truncated: false };
	let pos = offset + 1;
	const first = bytes[pos++]!;
	let length = first;
	if (first & 0x80) {
		const count = first & 0x7f;
		// Indefinite length (0x80) is BER, not DER; more than four length bytes is never a key.
		if (count === 0 || count > 4) return { ok: false, truncated: false };
		if (pos + count > bytes.length) return { ok: false, truncated: true };
		length = 0;
		for (let i = 0; i < count; i++) length = length * 256 + bytes[pos++]!;
	}
	if (pos + length > bytes.length) return { ok: false, truncated: true };
	return { ok: true, element: { tag, value: bytes.subarray(pos, pos + length), end: pos + length } };
}

/** Reads every element inside a constructed value. Undefined when any of them is malformed. */
export function readChildren(value: Uint8Array): DerElement[] | undefined {
	const children: DerElement[] = [];
	let offset = 0;
	while (offset < value.length) {
		const read = readElement(value, offset);
		if (!read.ok) return undefined;
		children.push(read.element);
		offset = read.element.end;
	}
	return children;
}

/** Dotted form of an OBJECT IDENTIFIER's contents (X.690 §8.19). */
export function oidToString(value: Uint8Array): string {
	if (value.length === 0) return '';
	const parts: number[] = [];
	let current = 0;
	for (const byte of value) {
		current = current * 128 + (byte & 0x7f);
		if (!(byte & 0x80)) {
			parts.push(current);
			current = 0;
		}
	}
	const head = parts.shift() ?? 0;
	const first = head < 40 ? 0 : head < 80 ? 1 : 2;
	return [first, head - first * 40, ...parts].join('.');
}

export const OID = {
	rsaEncryption: '1.2.840.113549.1.1.1',
	rsassaPss: '1.2.840.113549.1.1.10',
	ecPublicKey: '1.2.840.10045.2.1',
	dsa: '1.2.840.10040.4.1',
	ed25519: '1.3.101.112',
	ed448: '1.3.101.113',
	x25519: '1.3.101.110',
	x448: '1.3.101.111',
	p256: '1.2.840.10045.3.1.7',
	p384: '1.3.132.0.34',
	p521: '1.3.132.0.35',
	secp256k1: '1.3.132.0.10',
} as const;

/** An INTEGER's magnitude without the sign byte DER adds when the top bit is set (X.690 §8.3). */
function unsignedInteger(element: DerElement): Uint8Array | undefined {
	if (element.tag !== TAG.INTEGER || element.value.length === 0) return undefined;
	// Negative numbers are never a modulus or exponent.
	if (element.value[0]! & 0x80) return undefined;
	let start = 0;
	while (start < element.value.length - 1 && element.value[start] === 0) start++;
	return element.value.subarray(start);
}

export interface RsaNumbers {
	/** Modulus, big-endian, no leading zero bytes. */
	readonly n: Uint8Array;
	/** Public exponent, big-endian, no leading zero bytes. */
	readonly e: Uint8Array;
}

/** What a DER blob turned out to be, judged by its structure alone. */
export type DerKind =
	| { kind: 'spki'; algorithm: string; parameters: DerElement | undefined; publicKey: Uint8Array; der: Uint8Array }
	| { kind: 'pkcs1-public'; rsa: RsaNumbers }
	| { kind: 'certificate'; spki: Uint8Array }
	| { kind: 'pkcs8-private' }
	| { kind: 'pkcs1-private' }
	| { kind: 'encrypted-private' }
	| { kind: 'ec-private' }
	| { kind: 'pkcs12' }
	| { kind: 'truncated' }
	| { kind: 'unknown' };

/** Reads a PKCS#1 RSAPublicKey: SEQUENCE { modulus INTEGER, publicExponent INTEGER } (RFC 8017 A.1.1). */
export function readRsaPublicKey(der: Uint8Array): RsaNumbers | undefined {
	const outer = readElement(der);
	if (!outer.ok || outer.element.tag !== TAG.SEQUENCE || outer.element.end !== der.length) return undefined;
	const children = readChildren(outer.element.value);
	if (!children || children.length !== 2) return undefined;
	const n = unsignedInteger(children[0]!);
	const e = unsignedInteger(children[1]!);
	return n && e ? { n, e } : undefined;
}

/** Reads a SubjectPublicKeyInfo (RFC 5280 §4.1.2.7): SEQUENCE { AlgorithmIdentifier, BIT STRING }. */
function readSpki(der: Uint8Array, children: DerElement[]): DerKind | undefined {
	if (children.length !== 2) return undefined;
	const [algorithmId, bits] = children as [DerElement, DerElement];
	if (algorithmId.tag !== TAG.SEQUENCE || bits.tag !== TAG.BIT_STRING) return undefined;
	const algorithm = readChildren(algorithmId.value);
	if (!algorithm || algorithm.length === 0 || algorithm[0]!.tag !== TAG.OID) return undefined;
	// A key's BIT STRING is whole bytes: the first contents byte (unused bits) must be 0 (and be there).
	if (bits.value[0] !== 0) return undefined;
	return {
		kind: 'spki',
		algorithm: oidToString(algorithm[0]!.value),
		parameters: algorithm[1],
		publicKey: bits.value.subarray(1),
		der,
	};
}

/** Finds the SPKI inside a certificate's tbsCertificate (RFC 5280 §4.1): its seventh field, or sixth without a version. */
function readCertificate(children: DerElement[]): DerKind | undefined {
	if (children.length !== 3) return undefined;
	const [tbs, signatureAlgorithm, signature] = children as [DerElement, DerElement, DerElement];
	if (tbs.tag !== TAG.SEQUENCE || signatureAlgorithm.tag !== TAG.SEQUENCE || signature.tag !== TAG.BIT_STRING) {
		return undefined;
	}
	const fields = readChildren(tbs.value);
	if (!fields) return undefined;
	const index = fields[0]?.tag === TAG.CONTEXT_0 ? 6 : 5;
	const spki = fields[index];
	if (!spki || spki.tag !== TAG.SEQUENCE) return undefined;
	return { kind: 'certificate', spki: encodeElement(TAG.SEQUENCE, spki.value) };
}

function isPfx(children: DerElement[]): boolean {
	const [version, authSafe] = children;
	if (!version || !authSafe || children.length > 3) return false;
	if (version.tag !== TAG.INTEGER || version.value.length !== 1 || version.value[0] !== 3) return false;
	if (authSafe.tag !== TAG.SEQUENCE) return false;
	const contentType = readElement(authSafe.value);
	return contentType.ok && contentType.element.tag === TAG.OID;
}

/** Tells apart the DER structures a supplier might paste, public and private. */
export function classifyDer(der: Uint8Array): DerKind {
	const outer = readElement(der);
	if (!outer.ok) return { kind: outer.truncated ? 'truncated' : 'unknown' };
	if (outer.element.tag !== TAG.SEQUENCE) return { kind: 'unknown' };
	// Trailing bytes after the outer element: not a DER key (PEM bodies hold exactly one).
	if (outer.element.end !== der.length) return { kind: 'unknown' };
	// An empty SEQUENCE matches none of the shapes below and ends as 'unknown' there.
	const children = readChildren(outer.element.value);
	if (!children) return { kind: 'unknown' };
	const tags = children.map((child) => child.tag);

	const spki = readSpki(der, children);
	if (spki) return spki;
	const certificate = readCertificate(children);
	if (certificate) return certificate;
	if (tags.length === 2 && tags.every((tag) => tag === TAG.INTEGER)) {
		const rsa = readRsaPublicKey(der);
		return rsa ? { kind: 'pkcs1-public', rsa } : { kind: 'unknown' };
	}
	// PKCS#1 RSAPrivateKey (RFC 8017 A.1.2): version and eight INTEGERs.
	if (tags.length >= 9 && tags.slice(0, 9).every((tag) => tag === TAG.INTEGER)) return { kind: 'pkcs1-private' };
	// PKCS#8 PrivateKeyInfo / OneAsymmetricKey (RFC 5958 §2): version, AlgorithmIdentifier, OCTET STRING.
	if (tags[0] === TAG.INTEGER && tags[1] === TAG.SEQUENCE && tags[2] === TAG.OCTET_STRING) {
		return { kind: 'pkcs8-private' };
	}
	// EncryptedPrivateKeyInfo (RFC 5958 §3): AlgorithmIdentifier, OCTET STRING.
	if (tags.length === 2 && tags[0] === TAG.SEQUENCE && tags[1] === TAG.OCTET_STRING)
		return { kind: 'encrypted-private' };
	// ECPrivateKey (RFC 5915 §3): version 1, OCTET STRING privateKey, ...
	if (tags[0] === TAG.INTEGER && tags[1] === TAG.OCTET_STRING) return { kind: 'ec-private' };
	// PFX (PKCS#12, RFC 7292 §4): version 3, a ContentInfo (SEQUENCE starting with an OID), optional MacData. It
	// carries private keys (and certificates) by design, encrypted or not: never a public key to send.
	if (isPfx(children)) return { kind: 'pkcs12' };
	return { kind: 'unknown' };
}

/** Names an SPKI's algorithm (and curve) for the user: "EC P-256", "Ed25519", ... */
export function describeAlgorithm(algorithm: string, parameters: DerElement | undefined): string {
	switch (algorithm) {
		case OID.ecPublicKey: {
			const curve = parameters?.tag === TAG.OID ? oidToString(parameters.value) : '';
			const name =
				curve === OID.p256
					? 'P-256'
					: curve === OID.p384
						? 'P-384'
						: curve === OID.p521
							? 'P-521'
							: curve === OID.secp256k1
								? 'secp256k1'
								: curve || '?';
			return `EC ${name}`;
		}
		case OID.ed25519:
			return 'Ed25519';
		case OID.ed448:
			return 'Ed448';
		case OID.x25519:
			return 'X25519';
		case OID.x448:
			return 'X448';
		case OID.dsa:
			return 'DSA';
		default:
			return `OID ${algorithm}`;
	}
}

// --- DER writing ------------------------------------------------------------------------------------------------

function encodeLength(length: number): Uint8Array {
	if (length < 0x80) return Uint8Array.of(length);
	const bytes: number[] = [];
	for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
	return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

export function encodeElement(tag: number, ...contents: Uint8Array[]): Uint8Array {
	const length = contents.reduce((sum, part) => sum + part.length, 0);
	const header = encodeLength(length);
	const out = new Uint8Array(1 + header.length + length);
	out[0] = tag;
	out.set(header, 1);
	let offset = 1 + header.length;
	for (const part of contents) {
		out.set(part, offset);
		offset += part.length;
	}
	return out;
}

/**
 * A non-negative INTEGER: a zero byte in front when the top bit is set, so it does not read as negative. Copied,
 * not spread (`Uint8Array.of(0, ...magnitude)`): a modulus of a million bits would pass 125,000 arguments and
 * overflow the call stack.
 */
function encodeUnsignedInteger(magnitude: Uint8Array): Uint8Array {
	const needsSign = magnitude.length === 0 || (magnitude[0]! & 0x80) !== 0;
	if (!needsSign) return encodeElement(TAG.INTEGER, magnitude);
	return encodeElement(TAG.INTEGER, Uint8Array.of(0), magnitude);
}

/** rsaEncryption AlgorithmIdentifier with its NULL parameters (RFC 8017 A.1, RFC 3279 §2.3.1). */
const RSA_ALGORITHM_ID = Uint8Array.of(
	0x30,
	0x0d,
	0x06,
	0x09,
	0x2a,
	0x86,
	0x48,
	0x86,
	0xf7,
	0x0d,
	0x01,
	0x01,
	0x01,
	0x05,
	0x00,
);

/** PKCS#1 RSAPublicKey DER for a modulus and exponent (RFC 8017 A.1.1). */
export function encodeRsaPublicKey(rsa: RsaNumbers): Uint8Array {
	return encodeElement(TAG.SEQUENCE, encodeUnsignedInteger(rsa.n), encodeUnsignedInteger(rsa.e));
}

/**
 * Wraps an RSA key in a SubjectPublicKeyInfo with the rsaEncryption algorithm (RFC 5280 §4.1, RFC 3279 §2.3.1):
 * the form `-----BEGIN PUBLIC KEY-----` and WebCrypto's `spki` import expect.
 */
export function rsaSpki(rsa: RsaNumbers): Uint8Array {
	const bitString = encodeElement(TAG.BIT_STRING, Uint8Array.of(0), encodeRsaPublicKey(rsa));
	return encodeElement(TAG.SEQUENCE, RSA_ALGORITHM_ID, bitString);
}

/** Number of significant bits in a big-endian unsigned number. */
export function bitLength(bytes: Uint8Array): number {
	let start = 0;
	// Past the end reads undefined, which ends the loop.
	while (bytes[start] === 0) start++;
	if (start === bytes.length) return 0;
	return (bytes.length - start - 1) * 8 + (32 - Math.clz32(bytes[start]!));
}

/** A big-endian unsigned number without its leading zero bytes (one zero byte stays for zero itself). */
export function stripLeadingZeros(bytes: Uint8Array): Uint8Array {
	let start = 0;
	while (start < bytes.length - 1 && bytes[start] === 0) start++;
	return bytes.subarray(start);
}
