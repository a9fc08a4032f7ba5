/**
 * Checks what a supplier pasted as their RSA public key, entirely in the browser (WebCrypto + jose), and says
 * in Norwegian what it is, what is wrong with it, and gives it back as a public JWK and a PEM SPKI.
 *
 * Reads: PEM `PUBLIC KEY` (SPKI, RFC 5280 §4.1.2.7), PEM `RSA PUBLIC KEY` (PKCS#1, RFC 8017 A.1.1), X.509
 * certificates in PEM, base64 DER without armour, JWK and JWKS (RFC 7517), OpenSSH `ssh-rsa` lines and RFC 4716
 * `SSH2 PUBLIC KEY` blocks (RFC 4253 §6.6), and .NET `<RSAKeyValue>` XML. Several keys and text around them are
 * tolerated. Private keys in any of these forms are refused, and the result then holds no key material at all.
 *
 * This module finds the key-like parts of the text and hands each to its format's reader (pem.ts, ssh.ts, xml.ts,
 * jwk.ts, der-key.ts); rsa.ts checks the RSA keys they find. `checkKey` never throws: every problem is a finding
 * with a code, a severity and a message.
 */
import { MAX_KEYS, type Collected, type Span } from './collected';
import { readBareText } from './der-key';
import { finding, isPrivateKeyFinding, type Finding } from './findings';
import { parseJsonText, readJson } from './jwk';
import { repairPaste } from './paste';
import { pemSpans } from './pem';
import { checkRsa, type CheckedKey } from './rsa';
import { scanForSecrets } from './secrets';
import { sshSpans } from './ssh';
import { xmlSpans } from './xml';

export { MAX_KEYS, type KeyFormat } from './collected';
export { isPrivateKeyFinding, type Finding, type FindingCode, type Severity } from './findings';
// The error-answer tool scans for private keys through this module, so the key code stays one chunk for every
// island that loads it (imported alone, secrets.ts became a chunk of its own and the HelseID islands grew).
export { scanForSecrets } from './secrets';
export type { CheckedKey, PublicRsaJwk } from './rsa';

export type KeyCheckStatus = 'empty' | 'ok' | 'warning' | 'error' | 'private-key';

export interface KeyCheckResult {
	readonly status: KeyCheckStatus;
	/** Every RSA public key read, including refused ones (too small); empty when a private key was given. */
	readonly keys: readonly CheckedKey[];
	/** Findings not tied to one RSA key (unreadable parts, non-RSA keys, private keys). */
	readonly findings: readonly Finding[];
}

export const MAX_INPUT_LENGTH = 200_000;

/** Reading text inside other text (a PEM inside a JSON value) goes at most this deep. */
const MAX_NESTING = 3;

/** Reads a key text found in a JSON string value; undefined when the nesting is already as deep as it may go. */
type NestedReader = ((inner: string) => void) | undefined;

/**
 * A JWK or JWKS between the other key-like parts of the text (after a PEM block, or with words around it): from the
 * first `{` to the last `}` of that stretch of text. Keys in its string values are read as the text's own are.
 */
function jsonSpan(text: string, start: number, end: number, readNested: NestedReader): Span | undefined {
	const stretch = text.slice(start, end);
	const open = stretch.indexOf('{');
	const close = stretch.lastIndexOf('}');
	if (open < 0 || close < open || !/"kty"|"keys"/.test(stretch)) return undefined;
	return {
		start: start + open,
		end: start + close + 1,
		read: (_block, into) => readJson(stretch.slice(open, close + 1), into, readNested),
	};
}

/** Every key-like part of the text, read in the order pasted, into `into`. */
function collectInto(text: string, into: Collected, depth = 0): void {
	const trimmed = text.trim();
	const readNested: NestedReader =
		depth < MAX_NESTING ? (inner: string) => collectInto(inner, into, depth + 1) : undefined;
	// Text that is JSON as a whole (as readJson parses it) is read as JSON, keys in string values too. Text that only
	// starts like JSON may be a JWK followed by a PEM block: its parts are read below, and only when there are none
	// is it read as (damaged) JSON.
	const startsAsJson = /^[{[]/.test(trimmed);
	if (startsAsJson && parseJsonText(trimmed) !== undefined) {
		readJson(trimmed, into, readNested);
		return;
	}
	const headerFindings: Finding[] = [];
	const pem = pemSpans(text, headerFindings);
	const inside = (span: Span) => pem.some((p) => span.start >= p.start && span.start < p.end);
	const spans = [...pem, ...sshSpans(text).filter((s) => !inside(s)), ...xmlSpans(text).filter((s) => !inside(s))].sort(
		(a, b) => a.start - b.start,
	);
	// JSON in the gaps between them: a JWK pasted after a PEM block is a key too.
	const gaps: Span[] = [];
	let last = 0;
	for (const span of [...spans, { start: text.length, end: text.length }]) {
		const json = jsonSpan(text, last, span.start, readNested);
		if (json) gaps.push(json);
		last = Math.max(last, span.end);
	}
	const all = [...spans, ...gaps].sort((a, b) => a.start - b.start);
	if (all.length === 0) {
		if (startsAsJson) readJson(trimmed, into, readNested);
		else readBareText(trimmed, into);
		return;
	}
	// A span that is JSON reads its keys with their own block numbers.
	for (const span of all.slice(0, MAX_KEYS)) span.read(gaps.includes(span) ? 0 : into.nextBlock++, into);
	if (all.length > MAX_KEYS) into.findings.push(finding('too-many-keys', undefined, { value: String(MAX_KEYS) }));
	into.findings.push(...headerFindings);
	let outside = '';
	last = 0;
	for (const span of all) {
		outside += text.slice(last, Math.max(last, span.start));
		last = Math.max(last, span.end);
	}
	outside += text.slice(last);
	// RFC 7468 §2 allows explanatory text around PEM blocks; say we ignored it, in case it was meant as a key.
	if (outside.trim().length > 0) into.findings.push(finding('text-ignored'));
}

function collect(text: string): Collected {
	const into: Collected = { candidates: [], findings: [], nextBlock: 1 };
	collectInto(text, into);
	return into;
}

/** The result's status: the worst finding; with no finding at all, a result without a key is an error too. */
export function statusOf(keys: readonly CheckedKey[], findings: readonly Finding[]): KeyCheckStatus {
	const all = [...findings, ...keys.flatMap((key) => key.findings)];
	if (all.some((f) => f.severity === 'error')) return 'error';
	if (all.some((f) => f.severity === 'warning')) return 'warning';
	return keys.length > 0 ? 'ok' : 'error';
}

/** A refusal holds the private-key findings and nothing else: no key, no part of the text. */
function refusal(findings: Finding[]): KeyCheckResult {
	return { status: 'private-key', keys: [], findings };
}

/**
 * Checks pasted text for RSA public keys. Resolves, never rejects. When any private or secret key is found the
 * result holds only the refusal: no key, no part of the text.
 */
export async function checkKey(input: unknown): Promise<KeyCheckResult> {
	try {
		if (typeof input !== 'string' || input.trim() === '') return { status: 'empty', keys: [], findings: [] };
		// The length first: nothing longer is parsed, repaired or decoded. A secret in it is still named by its label,
		// so the field is cleared; that scan reads the text once.
		if (input.length > MAX_INPUT_LENGTH) {
			const labels = scanForSecrets(input, { labelsOnly: true });
			return labels.length > 0 ? refusal(labels) : { status: 'error', keys: [], findings: [finding('too-long')] };
		}
		const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
		// Secrets are looked for in the repaired text (the base64 scan undoes paste damage on its own as well), and
		// by their labels in the text as pasted too, in case a repair took a marker apart (a BOM between two words).
		const repaired = repairPaste(text);
		const secrets = scanForSecrets(repaired.text);
		if (secrets.length > 0) return refusal(secrets);
		const pastedSecrets = scanForSecrets(text, { labelsOnly: true });
		if (pastedSecrets.length > 0) return refusal(pastedSecrets);
		const collected = collect(repaired.text);
		if (repaired.repairs.length > 0)
			collected.findings.unshift(finding('paste-repaired', undefined, { repairs: repaired.repairs }));
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
