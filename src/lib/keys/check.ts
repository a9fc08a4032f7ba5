/**
 * Checks what a supplier pasted as their RSA public key, entirely in the browser (WebCrypto + jose), and says
 * in Norwegian what it is, what is wrong with it, and gives it back as a public JWK and a PEM SPKI.
 *
 * Reads: PEM `PUBLIC KEY` (SPKI, RFC 5280 §4.1.2.7), PEM `RSA PUBLIC KEY` (PKCS#1, RFC 8017 A.1.1), X.509
 * certificates in PEM, base64 DER without armour, JWK and JWKS (RFC 7517), OpenSSH `ssh-rsa` lines and RFC 4716
 * `SSH2 PUBLIC KEY` blocks (RFC 4253 §6.6), and .NET `<RSAKeyValue>` XML. Several keys and text around them are
 * tolerated. Private keys in any of these forms are refused, and the result then holds no key material at all.
 *
 * `checkKey` never throws: every problem is a finding with a code, a severity and a message.
 */
import { isRecord } from '../shared/record';
import { calculateJwkThumbprint, exportJWK, importSPKI } from 'jose';
import {
	bitLength,
	classifyDer,
	describeAlgorithm,
	OID,
	readRsaPublicKey,
	rsaSpki,
	toPem,
	type DerKind,
	type RsaNumbers,
} from './der';
import { decodeBase64, encodeBase64Url, isBase64 } from '../shared/base64';
import { bigNumberText, keyMessage, structureNames, type FindingCode, type MessageParams, type Severity } from './messages';

export type { FindingCode, Severity } from './messages';

/** How a key was given to us. */
export type KeyFormat = 'spki-pem' | 'pkcs1-pem' | 'x509-pem' | 'der-base64' | 'jwk' | 'jwks' | 'openssh' | 'xml';

export interface Finding {
	readonly code: FindingCode;
	readonly severity: Severity;
	readonly message: string;
	/** Which key-like part of the input (1-based, in the order pasted) this is about, when there are several. */
	readonly block?: number;
}

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

export type KeyCheckStatus = 'empty' | 'ok' | 'warning' | 'error' | 'private-key';

export interface KeyCheckResult {
	readonly status: KeyCheckStatus;
	/** Every RSA public key read, including refused ones (too small); empty when a private key was given. */
	readonly keys: readonly CheckedKey[];
	/** Findings not tied to one RSA key (unreadable parts, non-RSA keys, private keys). */
	readonly findings: readonly Finding[];
}

export const MAX_INPUT_LENGTH = 200_000;
export const MAX_KEYS = 20;
const MIN_BITS = 2048;
const MAX_BITS = 16384;
const SIGNING_ALGORITHMS = new Set(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512']);
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'];

const SEVERITY: Record<FindingCode, Severity> = {
	'too-long': 'error',
	unrecognised: 'error',
	'looks-like-jwt': 'error',
	'text-ignored': 'info',
	'too-many-keys': 'warning',
	'internal-error': 'error',
	'base64-invalid': 'error',
	'pem-truncated': 'error',
	'pem-end-mismatch': 'error',
	'pem-header-malformed': 'warning',
	'pem-unknown-header': 'error',
	'pem-csr': 'error',
	'pem-label-mismatch': 'warning',
	'der-truncated': 'error',
	'der-invalid': 'error',
	'json-invalid': 'error',
	'json-not-jwk': 'error',
	'jwks-empty': 'error',
	'jwk-invalid': 'error',
	'jwk-unknown-kty': 'error',
	'jwk-use-not-sig': 'warning',
	'jwk-alg-unexpected': 'warning',
	'ssh-invalid': 'error',
	'xml-invalid': 'error',
	'certificate-given': 'info',
	'pkcs1-given': 'info',
	'der-given': 'info',
	'openssh-given': 'info',
	'xml-given': 'info',
	'rsa-pss-key': 'info',
	'not-rsa': 'error',
	'key-too-small': 'error',
	'key-too-large': 'error',
	'modulus-not-whole-bytes': 'warning',
	'modulus-invalid': 'error',
	'exponent-unusual': 'warning',
	'exponent-invalid': 'error',
	'webcrypto-rejected': 'warning',
	'duplicate-key': 'info',
	'key-ok': 'info',
	'private-key-pkcs8': 'error',
	'private-key-pkcs1': 'error',
	'private-key-encrypted': 'error',
	'private-key-jwk': 'error',
	'private-key-jwks': 'error',
	'private-key-other': 'error',
	'secret-key-jwk': 'error',
};

const PRIVATE_CODES = new Set<FindingCode>([
	'private-key-pkcs8',
	'private-key-pkcs1',
	'private-key-encrypted',
	'private-key-jwk',
	'private-key-jwks',
	'private-key-other',
	'secret-key-jwk',
]);

export function isPrivateKeyFinding(code: FindingCode): boolean {
	return PRIVATE_CODES.has(code);
}

function finding(code: FindingCode, block?: number, params: MessageParams = {}): Finding {
	return {
		code,
		severity: SEVERITY[code],
		message: keyMessage(code, params),
		...(block === undefined ? {} : { block }),
	};
}

/** One key-like thing found in the input, before the RSA work. */
interface RsaCandidate {
	readonly block: number;
	readonly format: KeyFormat;
	readonly rsa: RsaNumbers;
	readonly notes: Finding[];
	readonly kid?: string;
	readonly use?: string;
	readonly alg?: string;
}

/** What reading the text gave: RSA keys to check, and findings about everything else. */
interface Collected {
	candidates: RsaCandidate[];
	findings: Finding[];
	nextBlock: number;
}

// --- secrets first: a scan of the raw text that no parsing error can skip ----------------------------------------

/** Finds private key material anywhere in the text, whatever else is wrong with it. */
function scanForSecrets(text: string): Finding[] {
	const found: Finding[] = [];
	const add = (code: FindingCode, params?: MessageParams) => {
		if (!found.some((f) => f.code === code && code !== 'private-key-other')) found.push(finding(code, undefined, params));
	};
	for (const match of text.matchAll(/BEGIN[ \t]+([A-Z0-9 ]{0,30}?)[ \t]*PRIVATE[ \t]+KEY/gi)) {
		const kind = (match[1] ?? '').trim().toUpperCase();
		if (kind === '') add('private-key-pkcs8');
		else if (kind === 'RSA') add('private-key-pkcs1');
		else if (kind === 'ENCRYPTED') add('private-key-encrypted');
		else if (kind === 'OPENSSH') add('private-key-other', { keyType: 'OpenSSH' });
		else if (kind === 'EC') add('private-key-other', { keyType: 'EC' });
		else if (kind === 'DSA') add('private-key-other', { keyType: 'DSA' });
		else add('private-key-other', { keyType: 'PEM' });
	}
	if (/PuTTY-User-Key-File-/.test(text)) add('private-key-other', { keyType: 'PuTTY' });
	if (/<(?:D|P|Q|DP|DQ|InverseQ)>/.test(text)) add('private-key-other', { keyType: '.NET XML' });
	// JWK private members, also inside JSON written as a string (a HelseID client configuration does that).
	if (/\\?"(?:d|p|q|dp|dq|qi)\\?"\s*:/.test(text)) add(/\\?"keys\\?"\s*:/.test(text) ? 'private-key-jwks' : 'private-key-jwk');
	if (/\\?"kty\\?"\s*:\s*\\?"oct\\?"/.test(text) || /\\?"k\\?"\s*:\s*\\?"/.test(text)) add('secret-key-jwk');
	return found;
}

function privateFindingForDer(kind: DerKind['kind']): Finding | undefined {
	switch (kind) {
		case 'pkcs8-private':
			return finding('private-key-pkcs8');
		case 'pkcs1-private':
			return finding('private-key-pkcs1');
		case 'encrypted-private':
			return finding('private-key-encrypted');
		case 'ec-private':
			return finding('private-key-other', undefined, { keyType: 'EC' });
		default:
			return undefined;
	}
}

// --- DER structures -------------------------------------------------------------------------------------------



/** Turns a classified DER structure into an RSA candidate or findings. */
function fromDer(der: DerKind, block: number, format: KeyFormat, into: Collected, notes: Finding[] = []): void {
	const secret = privateFindingForDer(der.kind);
	if (secret) {
		into.findings.push(secret);
		return;
	}
	switch (der.kind) {
		case 'truncated':
			into.findings.push(finding('der-truncated', block));
			return;
		case 'unknown':
			into.findings.push(finding('der-invalid', block));
			return;
		case 'pkcs1-public':
			into.candidates.push({ block, format, rsa: der.rsa, notes: [...notes, finding('pkcs1-given', block)] });
			return;
		case 'certificate': {
			const inner = classifyDer(der.spki);
			if (inner.kind !== 'spki') {
				into.findings.push(finding('der-invalid', block));
				return;
			}
			fromDer(inner, block, 'x509-pem', into, [...notes, finding('certificate-given', block)]);
			return;
		}
		case 'spki': {
			if (der.algorithm !== OID.rsaEncryption && der.algorithm !== OID.rsassaPss) {
				into.findings.push(
					finding('not-rsa', block, { keyType: describeAlgorithm(der.algorithm, der.parameters) }),
				);
				return;
			}
			const rsa = readRsaPublicKey(der.publicKey);
			if (!rsa) {
				into.findings.push(finding('der-invalid', block));
				return;
			}
			const pss = der.algorithm === OID.rsassaPss ? [finding('rsa-pss-key', block)] : [];
			into.candidates.push({ block, format, rsa, notes: [...notes, ...pss] });
			return;
		}
		default:
			return;
	}
}

// --- PEM ------------------------------------------------------------------------------------------------------

interface Span {
	readonly start: number;
	readonly end: number;
	readonly read: (block: number, into: Collected) => void;
}

const PEM_MARKER = /(-{2,})[ \t]*(BEGIN|END)[ \t]+([A-Za-z0-9 #._-]{0,60}?)[ \t]*(-{2,})/gi;

/** Keeps a PEM label safe to show: letters, digits and spaces, short. */
function safeLabel(label: string): string {
	return label
		.toUpperCase()
		.replace(/[^A-Z0-9 ]/g, '')
		.slice(0, 40);
}

function pemSpans(text: string, findings: Finding[]): Span[] {
	const markers = [...text.matchAll(PEM_MARKER)].map((match) => ({
		start: match.index,
		end: match.index + match[0].length,
		kind: (match[2] ?? '').toUpperCase() as 'BEGIN' | 'END',
		label: safeLabel((match[3] ?? '').trim()),
		// RFC 7468 §2: five hyphens and upper case; RFC 4716 SSH2 blocks use four.
		wellFormed:
			match[0] === `${match[1]}${match[2]} ${match[3]}${match[4]}` &&
			match[2] === (match[2] ?? '').toUpperCase() &&
			match[3] === (match[3] ?? '').toUpperCase() &&
			((match[1] === '-----' && match[4] === '-----') ||
				(match[1] === '----' && match[4] === '----' && (match[3] ?? '').toUpperCase() === 'SSH2 PUBLIC KEY')),
	}));
	const spans: Span[] = [];
	for (let i = 0; i < markers.length; i++) {
		const begin = markers[i]!;
		if (begin.kind === 'END') {
			// An END with no BEGIN before it: the start of the block was not copied.
			spans.push({ start: begin.start, end: begin.end, read: (block, into) => into.findings.push(finding('pem-truncated', block, { label: begin.label })) });
			continue;
		}
		const next = markers[i + 1];
		if (!next || next.kind === 'BEGIN') {
			spans.push({
				start: begin.start,
				end: next ? next.start : text.length,
				read: (block, into) => into.findings.push(finding('pem-truncated', block, { label: begin.label })),
			});
			continue;
		}
		i++;
		const body = text.slice(begin.end, next.start);
		const malformed = !begin.wellFormed || !next.wellFormed;
		spans.push({
			start: begin.start,
			end: next.end,
			read: (block, into) => {
				if (next.label !== begin.label) {
					into.findings.push(finding('pem-end-mismatch', block, { label: begin.label, actual: next.label }));
					return;
				}
				if (malformed) findings.push(finding('pem-header-malformed', block));
				readPemBlock(begin.label, body, block, into);
			},
		});
	}
	return spans;
}

function readPemBlock(label: string, body: string, block: number, into: Collected): void {
	if (label === 'CERTIFICATE REQUEST' || label === 'NEW CERTIFICATE REQUEST') {
		into.findings.push(finding('pem-csr', block));
		return;
	}
	if (label === 'SSH2 PUBLIC KEY') {
		// RFC 4716 §3.3: header lines ("Comment: ...", possibly continued with a backslash) come before the body.
		const lines = body.split('\n');
		const bodyLines: string[] = [];
		let continued = false;
		for (const line of lines) {
			if (continued || line.includes(':')) {
				continued = line.trimEnd().endsWith('\\');
				continue;
			}
			bodyLines.push(line);
		}
		readSshBlob(bodyLines.join('').replace(/\s+/g, ''), undefined, block, into);
		return;
	}
	const expected: Record<string, DerKind['kind']> = {
		'PUBLIC KEY': 'spki',
		'RSA PUBLIC KEY': 'pkcs1-public',
		CERTIFICATE: 'certificate',
		'X509 CERTIFICATE': 'certificate',
		'TRUSTED CERTIFICATE': 'certificate',
	};
	const expectedKind = expected[label];
	if (!expectedKind) {
		into.findings.push(finding('pem-unknown-header', block, { label }));
		return;
	}
	const compact = body.replace(/\s+/g, '');
	const der = decodeBase64(compact);
	if (!der) {
		into.findings.push(finding(compact.length === 0 ? 'pem-truncated' : 'base64-invalid', block, { label }));
		return;
	}
	const kind = classifyDer(der);
	const notes: Finding[] = [];
	if (kind.kind !== expectedKind && kind.kind !== 'truncated' && kind.kind !== 'unknown' && !privateFindingForDer(kind.kind)) {
		notes.push(finding('pem-label-mismatch', block, { label, actual: structureNames[kind.kind] }));
	}
	const format: KeyFormat = kind.kind === 'pkcs1-public' ? 'pkcs1-pem' : kind.kind === 'certificate' ? 'x509-pem' : 'spki-pem';
	// The PKCS#1 note is what the label promised; say it only once.
	fromDer(kind, block, format, into, notes);
}

// --- OpenSSH (RFC 4253 §6.6) ------------------------------------------------------------------------------------

const SSH_TYPES: Record<string, string> = {
	'ssh-ed25519': 'Ed25519',
	'ssh-ed448': 'Ed448',
	'ssh-dss': 'DSA',
	'ecdsa-sha2-nistp256': 'EC P-256',
	'ecdsa-sha2-nistp384': 'EC P-384',
	'ecdsa-sha2-nistp521': 'EC P-521',
	'sk-ssh-ed25519@openssh.com': 'Ed25519 (FIDO)',
	'sk-ecdsa-sha2-nistp256@openssh.com': 'EC P-256 (FIDO)',
};

const SSH_LINE = /(ssh-rsa|ssh-ed25519|ssh-ed448|ssh-dss|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)[ \t]+([A-Za-z0-9+/=]+)(?:[ \t]+[^\n]*)?/g;

/** Reads the length-prefixed strings of the SSH wire format (RFC 4251 §5). */
function sshStrings(blob: Uint8Array, count: number): Uint8Array[] | undefined {
	const out: Uint8Array[] = [];
	let pos = 0;
	for (let i = 0; i < count; i++) {
		if (pos + 4 > blob.length) return undefined;
		const length = ((blob[pos]! << 24) | (blob[pos + 1]! << 16) | (blob[pos + 2]! << 8) | blob[pos + 3]!) >>> 0;
		pos += 4;
		if (pos + length > blob.length) return undefined;
		out.push(blob.subarray(pos, pos + length));
		pos += length;
	}
	return out;
}

function stripLeadingZeros(bytes: Uint8Array): Uint8Array {
	let start = 0;
	while (start < bytes.length - 1 && bytes[start] === 0) start++;
	return bytes.subarray(start);
}

function readSshBlob(base64: string, declaredType: string | undefined, block: number, into: Collected): void {
	const blob = decodeBase64(base64);
	const parts = blob ? sshStrings(blob, 1) : undefined;
	if (!blob || !parts) {
		into.findings.push(finding('ssh-invalid', block));
		return;
	}
	const type = new TextDecoder().decode(parts[0]);
	if (declaredType !== undefined && type !== declaredType) {
		into.findings.push(finding('ssh-invalid', block));
		return;
	}
	if (type !== 'ssh-rsa') {
		const name = SSH_TYPES[type];
		into.findings.push(name ? finding('not-rsa', block, { keyType: name }) : finding('ssh-invalid', block));
		return;
	}
	// string "ssh-rsa", mpint e, mpint n (RFC 4253 §6.6); mpints are two's complement, positive here.
	const fields = sshStrings(blob, 3);
	if (!fields || (fields[1]![0] ?? 0x80) & 0x80 || (fields[2]![0] ?? 0x80) & 0x80) {
		into.findings.push(finding('ssh-invalid', block));
		return;
	}
	const rsa = { e: stripLeadingZeros(fields[1]!), n: stripLeadingZeros(fields[2]!) };
	into.candidates.push({ block, format: 'openssh', rsa, notes: [finding('openssh-given', block)] });
}

function sshSpans(text: string): Span[] {
	return [...text.matchAll(SSH_LINE)].map((match) => ({
		start: match.index,
		end: match.index + match[0].length,
		read: (block, into) => readSshBlob(match[2] ?? '', match[1], block, into),
	}));
}

// --- .NET XML ---------------------------------------------------------------------------------------------------

function xmlSpans(text: string): Span[] {
	const spans: Span[] = [];
	for (const match of text.matchAll(/<RSAKeyValue>([\s\S]*?)(?:<\/RSAKeyValue>|$)/g)) {
		const inner = match[1] ?? '';
		const closed = match[0].endsWith('</RSAKeyValue>');
		spans.push({
			start: match.index,
			end: match.index + match[0].length,
			read: (block, into) => {
				const field = (name: string) => {
					const found = new RegExp(`<${name}>([^<]*)</${name}>`).exec(inner);
					return found ? decodeBase64((found[1] ?? '').replace(/\s+/g, '')) : undefined;
				};
				const n = field('Modulus');
				const e = field('Exponent');
				if (!closed || !n || !e || n.length === 0 || e.length === 0) {
					into.findings.push(finding('xml-invalid', block));
					return;
				}
				const rsa = { n: stripLeadingZeros(n), e: stripLeadingZeros(e) };
				into.candidates.push({ block, format: 'xml', rsa, notes: [finding('xml-given', block)] });
			},
		});
	}
	return spans;
}

// --- JSON (RFC 7517) --------------------------------------------------------------------------------------------

function optionalString(value: unknown): string | undefined {
	return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : undefined;
}

function readJwk(jwk: unknown, block: number, format: KeyFormat, into: Collected): void {
	if (!isRecord(jwk)) {
		into.findings.push(finding('jwk-invalid', block));
		return;
	}
	if (PRIVATE_JWK_MEMBERS.some((member) => member in jwk)) {
		into.findings.push(finding(format === 'jwks' ? 'private-key-jwks' : 'private-key-jwk'));
		return;
	}
	if (jwk['kty'] === 'oct' || 'k' in jwk) {
		into.findings.push(finding('secret-key-jwk'));
		return;
	}
	const kty = jwk['kty'];
	if (kty === 'EC' || kty === 'OKP') {
		const curve = optionalString(jwk['crv']);
		const keyType = kty === 'EC' ? `EC${curve ? ` ${curve}` : ''}` : (curve ?? 'OKP');
		into.findings.push(finding('not-rsa', block, { keyType }));
		return;
	}
	if (kty !== 'RSA') {
		into.findings.push(
			typeof kty === 'string'
				? finding('jwk-unknown-kty', block, { value: safeLabel(kty) })
				: finding('jwk-invalid', block),
		);
		return;
	}
	const n = typeof jwk['n'] === 'string' ? decodeBase64(jwk['n'], true) : undefined;
	const e = typeof jwk['e'] === 'string' ? decodeBase64(jwk['e'], true) : undefined;
	if (!n || !e || n.length === 0 || e.length === 0) {
		into.findings.push(finding('jwk-invalid', block));
		return;
	}
	const kid = optionalString(jwk['kid']);
	const use = optionalString(jwk['use']);
	const alg = optionalString(jwk['alg']);
	const notes: Finding[] = [];
	if (use !== undefined && use !== 'sig') notes.push(finding('jwk-use-not-sig', block, { value: safeLabel(use) }));
	if (alg !== undefined && !SIGNING_ALGORITHMS.has(alg)) notes.push(finding('jwk-alg-unexpected', block, { value: safeLabel(alg) }));
	into.candidates.push({
		block,
		format,
		rsa: { n: stripLeadingZeros(n), e: stripLeadingZeros(e) },
		notes,
		...(kid === undefined ? {} : { kid }),
		...(use === undefined ? {} : { use }),
		...(alg === undefined ? {} : { alg }),
	});
}

function readJson(text: string, into: Collected): void {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		into.findings.push(finding('json-invalid'));
		return;
	}
	if (isRecord(parsed) && Array.isArray(parsed['keys'])) {
		const keys = parsed['keys'] as unknown[];
		if (keys.length === 0) into.findings.push(finding('jwks-empty'));
		for (const jwk of keys.slice(0, MAX_KEYS)) readJwk(jwk, into.nextBlock++, 'jwks', into);
		if (keys.length > MAX_KEYS) into.findings.push(finding('too-many-keys', undefined, { value: String(MAX_KEYS) }));
		return;
	}
	if (isRecord(parsed) && 'kty' in parsed) {
		readJwk(parsed, into.nextBlock++, 'jwk', into);
		return;
	}
	into.findings.push(finding('json-not-jwk'));
}

// --- the RSA checks ---------------------------------------------------------------------------------------------

function toDecimal(bytes: Uint8Array): string {
	if (bytes.length > 16) return bigNumberText(bitLength(bytes));
	let value = 0n;
	for (const byte of bytes) value = value * 256n + BigInt(byte);
	return value.toString();
}

async function checkRsa(candidate: RsaCandidate): Promise<CheckedKey> {
	const { rsa, block } = candidate;
	const findings: Finding[] = [...candidate.notes];
	const bits = bitLength(rsa.n);
	const exponent = toDecimal(rsa.e);
	if (bits < MIN_BITS) findings.push(finding('key-too-small', block, { bits }));
	if (bits > MAX_BITS) findings.push(finding('key-too-large', block, { bits }));
	if (bits % 8 !== 0) findings.push(finding('modulus-not-whole-bytes', block, { bits }));
	if (((rsa.n[rsa.n.length - 1] ?? 0) & 1) === 0) findings.push(finding('modulus-invalid', block));
	const eOdd = ((rsa.e[rsa.e.length - 1] ?? 0) & 1) === 1;
	if (!eOdd || exponent === '1') findings.push(finding('exponent-invalid', block, { exponent }));
	else if (exponent !== '65537') findings.push(finding('exponent-unusual', block, { exponent }));

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
		kid: candidate.kid ?? thumbprint,
		use: 'sig',
		...(candidate.alg === undefined ? {} : { alg: candidate.alg }),
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

// --- putting it together ----------------------------------------------------------------------------------------

function collect(text: string): Collected {
	const into: Collected = { candidates: [], findings: [], nextBlock: 1 };
	const trimmed = text.trim();
	if (/^[{[]/.test(trimmed)) {
		readJson(trimmed, into);
		return into;
	}
	const headerFindings: Finding[] = [];
	const pem = pemSpans(text, headerFindings);
	const inside = (span: Span) => pem.some((p) => span.start >= p.start && span.start < p.end);
	const spans = [...pem, ...sshSpans(text).filter((s) => !inside(s)), ...xmlSpans(text).filter((s) => !inside(s))].sort(
		(a, b) => a.start - b.start,
	);
	if (spans.length === 0) {
		// JSON with words around it ("Her er nøkkelen: {...}").
		const start = text.indexOf('{');
		const end = text.lastIndexOf('}');
		if (start >= 0 && end > start && /"kty"|"keys"/.test(text)) {
			readJson(text.slice(start, end + 1), into);
			if (text.slice(0, start).trim() || text.slice(end + 1).trim()) into.findings.push(finding('text-ignored'));
			return into;
		}
		readBareText(trimmed, into);
		return into;
	}
	for (const span of spans.slice(0, MAX_KEYS)) span.read(into.nextBlock++, into);
	if (spans.length > MAX_KEYS) into.findings.push(finding('too-many-keys', undefined, { value: String(MAX_KEYS) }));
	into.findings.push(...headerFindings);
	let outside = '';
	let last = 0;
	for (const span of spans) {
		outside += text.slice(last, Math.max(last, span.start));
		last = Math.max(last, span.end);
	}
	outside += text.slice(last);
	// RFC 7468 §2 allows explanatory text around PEM blocks; say we ignored it, in case it was meant as a key.
	if (outside.trim().length > 0) into.findings.push(finding('text-ignored'));
	return into;
}

/** No armour, no JSON: base64 DER, or something we can name. */
function readBareText(trimmed: string, into: Collected): void {
	if (/^eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/.test(trimmed)) {
		into.findings.push(finding('looks-like-jwt'));
		return;
	}
	const compact = trimmed.replace(/\s+/g, '');
	// DER of any key structure starts with a SEQUENCE (0x30 0x8x), which base64 writes as "M".
	if (isBase64(compact) && (compact.startsWith('M') || compact.length >= 100)) {
		const der = decodeBase64(compact);
		const kind = der ? classifyDer(der) : ({ kind: 'unknown' } as const);
		const block = into.nextBlock++;
		const notes = kind.kind === 'spki' ? [finding('der-given', block)] : [];
		fromDer(kind, block, 'der-base64', into, notes);
		return;
	}
	// Mostly base64 characters with a few strays: a damaged key rather than something else entirely.
	const base64Chars = compact.replace(/[^A-Za-z0-9+/=]/g, '').length;
	if (compact.length >= 40 && base64Chars / compact.length > 0.9 && !/\s/.test(trimmed.slice(0, 40).trim())) {
		into.findings.push(finding('base64-invalid'));
		return;
	}
	into.findings.push(finding('unrecognised'));
}

function statusOf(keys: readonly CheckedKey[], findings: readonly Finding[]): KeyCheckStatus {
	const all = [...findings, ...keys.flatMap((key) => key.findings)];
	if (all.some((f) => f.severity === 'error')) return 'error';
	if (all.some((f) => f.severity === 'warning')) return 'warning';
	return keys.length > 0 ? 'ok' : 'error';
}

function refusal(findings: Finding[]): KeyCheckResult {
	const unique = findings.filter(
		(f, i) => findings.findIndex((other) => other.code === f.code && other.message === f.message) === i,
	);
	return { status: 'private-key', keys: [], findings: unique };
}

/**
 * Checks pasted text for RSA public keys. Resolves, never rejects. When any private or secret key is found the
 * result holds only the refusal: no key, no part of the text.
 */
export async function checkKey(input: unknown): Promise<KeyCheckResult> {
	try {
		if (typeof input !== 'string' || input.trim() === '') return { status: 'empty', keys: [], findings: [] };
		const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
		const secrets = scanForSecrets(text);
		if (secrets.length > 0) return refusal(secrets);
		if (text.length > MAX_INPUT_LENGTH) {
			return { status: 'error', keys: [], findings: [finding('too-long')] };
		}
		const collected = collect(text);
		const secretsInside = collected.findings.filter((f) => isPrivateKeyFinding(f.code));
		if (secretsInside.length > 0) return refusal(secretsInside);
		const keys = await Promise.all(collected.candidates.map(checkRsa));
		const seen = new Set<string>();
		const withDuplicates = keys.map((key) => {
			if (!seen.has(key.thumbprint)) {
				seen.add(key.thumbprint);
				return key;
			}
			return { ...key, findings: [...key.findings, finding('duplicate-key', key.block)] };
		});
		return { status: statusOf(withDuplicates, collected.findings), keys: withDuplicates, findings: collected.findings };
	} catch {
		return { status: 'error', keys: [], findings: [finding('internal-error')] };
	}
}
