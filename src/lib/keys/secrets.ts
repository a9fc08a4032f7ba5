/**
 * Secrets first: a scan of the raw text that no parsing error can skip. Whatever else is wrong with a paste, a
 * private or symmetric key in it is found here and refused, by its label where it has one and by its content where
 * it has none: a PEM BEGIN or END line (also broken over two lines), a PuTTY file, .NET or XML-DSig private
 * elements (with any prefix or attribute), private JWK members in any quoting (JSON, JSON inside a JSON string,
 * `\u0022`, YAML, JavaScript, Python), and base64 or base64url text anywhere that decodes to a private DER structure
 * (PKCS#8, PKCS#1, SEC1, encrypted PKCS#8, PKCS#12) or an OpenSSH private key body.
 *
 * Every pattern here is linear in the length of the text: each quantifier is bounded or cannot overlap the next one,
 * so long runs of spaces, tabs, hyphens, `=`, base64 letters, `<` or `{` cost no more than reading them once
 * (tests/unit/lib/keys/secrets.property.test.ts feeds them; `npm run bench` times them).
 */
import { decodeBase64 } from '../shared/base64';
import { classifyDer, readElement, TAG, type DerKind } from './der';
import { finding, type Finding, type FindingCode, type MessageParams } from './findings';

/** Which kinds of private material a scan found; each kind (code and wording) is named once. */
class Found {
	readonly findings: Finding[] = [];

	add(code: FindingCode, params?: MessageParams): void {
		this.push(finding(code, undefined, params));
	}

	/** A message names its code's kind of key (and the key type), so one message is one kind. */
	push(found: Finding): void {
		if (!this.findings.some((f) => f.message === found.message)) this.findings.push(found);
	}
}

/** What the words before `PRIVATE KEY` on a BEGIN or END line say the key is (RFC 7468 §2 and older labels). */
function addPemLabel(found: Found, kind: string): void {
	if (kind === '') found.add('private-key-pkcs8');
	else if (kind === 'RSA') found.add('private-key-pkcs1');
	else if (kind === 'ENCRYPTED') found.add('private-key-encrypted');
	else if (kind === 'OPENSSH') found.add('private-key-other', { keyType: 'OpenSSH' });
	else if (kind === 'EC') found.add('private-key-other', { keyType: 'EC' });
	else if (kind === 'DSA') found.add('private-key-other', { keyType: 'DSA' });
	else found.add('private-key-other', { keyType: 'PEM' });
}

/**
 * `BEGIN … PRIVATE KEY` and `END … PRIVATE KEY`, also with the line broken anywhere between the words. The literal
 * `PRIVATE` anchors the search, so a run of blanks after BEGIN is read once, not once per split.
 */
function scanPemLabels(text: string, found: Found): void {
	for (const match of text.matchAll(/PRIVATE[\s\\n]{1,12}KEY/gi)) {
		const before = text.slice(Math.max(0, match.index - 48), match.index).toUpperCase();
		const begin = before.lastIndexOf('BEGIN');
		const end = before.lastIndexOf('END');
		if (begin < 0 && end < 0) continue;
		// Escaped line breaks (JSON; upper-cased above, so `\N`), blanks and hyphens are one space each run.
		const kind = before
			.slice(begin > end ? begin + 5 : end + 3)
			.replace(/(?:\\N|[\s-])+/g, ' ')
			.trim();
		if (kind.length <= 24) addPemLabel(found, kind);
	}
}

/** The RSA private elements of .NET's `ToXmlString(true)` and XML-DSig: `<D>`, `<ds:D>`, `<D xmlns="">`, `<D >`. */
const XML_PRIVATE = /<(?:[A-Za-z_][\w.-]{0,30}:)?(?:D|P|Q|DP|DQ|InverseQ)(?:\s[^<>]{0,200})?>/;

/** The private members of a JWK (RFC 7518 §6.3.2) and the symmetric key's `k` (§6.4.1). */
const PRIVATE_MEMBER = '(?:d|p|q|dp|dq|qi|oth)';

/**
 * A copy of the text where quotes written as `\"`, `\\\"` or `\u0022` (JSON inside a JSON string, once or twice,
 * or System.Text.Json's escaping) are plain quotes again, and escaped line breaks are spaces.
 */
function unescapeQuotes(text: string): string {
	// Each run of backslashes is tried from its first one only (the lookbehind), so a long run is read once.
	return text
		.replace(/(?<!\\)\\{1,8}u0022/gi, '"')
		.replace(/(?<!\\)\\{1,8}u0027/gi, "'")
		.replace(/(?<!\\)\\{1,8}(?=["'])/g, '')
		.replace(/(?<!\\)\\{1,8}[nrt]/g, ' ');
}

function scanJwkMembers(text: string, found: Found, unescape: boolean): void {
	const plain = unescape ? unescapeQuotes(text) : text;
	const keys = /["']keys["'][ \t]{0,8}:/.test(plain);
	// JSON: a quoted member name is specific enough, whatever its value (RFC 7517 §4).
	const quoted = new RegExp(`"${PRIVATE_MEMBER}"[ \\t\\n]{0,8}:`);
	// YAML, JavaScript, Python: a bare or single-quoted name after a brace, comma or line start, with a value that
	// looks like base64url key material (at least 16 characters), so prose ("p: see above") does not count.
	const loose = new RegExp(`(?:^|[\\s{,])'?${PRIVATE_MEMBER}'?[ \\t]{0,8}:[ \\t]{0,8}["']?[A-Za-z0-9_-]{16}`);
	if (quoted.test(plain) || loose.test(plain)) found.add(keys ? 'private-key-jwks' : 'private-key-jwk');
	if (
		/kty["']?[ \t]{0,8}:[ \t]{0,8}["']?oct\b/.test(plain) ||
		/(?:^|[\s{,])["']?k["']?[ \t]{0,8}:[ \t]{0,8}["']/.test(plain)
	) {
		found.add('secret-key-jwk');
	}
}

/** The refusal for a DER structure that holds a private key; undefined for the public kinds. */
export function privateFindingForDer(kind: DerKind['kind']): Finding | undefined {
	switch (kind) {
		case 'pkcs8-private':
			return finding('private-key-pkcs8');
		case 'pkcs1-private':
			return finding('private-key-pkcs1');
		case 'encrypted-private':
			return finding('private-key-encrypted');
		case 'ec-private':
			return finding('private-key-other', undefined, { keyType: 'EC' });
		case 'pkcs12':
			return finding('private-key-other', undefined, { keyType: 'PKCS#12' });
	}
	return undefined;
}

/** `openssh-key-v1\0`, the magic at the start of every OpenSSH private key body (OpenSSH PROTOCOL.key). */
const OPENSSH_MAGIC = 'openssh-key-v1\0';

/**
 * What a decoded blob holds, when any of it is private: a DER private structure or an OpenSSH key, at its start or
 * after whole DER elements (a public key's body with a private key's body on the next lines is one run of base64).
 */
function privateBlob(bytes: Uint8Array): Finding | undefined {
	for (let rest = bytes; ;) {
		if (
			rest[0] === OPENSSH_MAGIC.charCodeAt(0) &&
			String.fromCharCode(...rest.subarray(0, OPENSSH_MAGIC.length)) === OPENSSH_MAGIC
		)
			return finding('private-key-other', undefined, { keyType: 'OpenSSH' });
		// Each element is judged whole: a private key followed by more lines of base64 is still a private key.
		const read = readElement(rest);
		if (!read.ok) return undefined;
		// Every private structure (PKCS#1, PKCS#8 plain and encrypted, SEC 1, PKCS#12) is a SEQUENCE: only those are
		// classified. A long run of tiny other elements (base64 of zeros) is stepped over at the cost of reading them.
		if (read.element.tag === TAG.SEQUENCE) {
			const secret = privateFindingForDer(classifyDer(rest.subarray(0, read.element.end)).kind);
			if (secret) return secret;
		}
		rest = rest.subarray(read.element.end);
	}
}

/** The smallest private structure worth a look: an Ed25519 PKCS#8 key is 48 bytes, 64 base64 characters. */
const MIN_BLOB = 60;
const TOKEN = /[A-Za-z0-9+/_-]{16,}={0,2}/g;
const QUOTE_MARKS = /^[ \t]{0,16}(?:>[ \t]{0,4}){0,8}/;

/**
 * Every run of base64 or base64url in the text: consecutive lines that hold nothing else (a PEM body, with or
 * without armour, quoted with `> ` or not), joined, and long single tokens inside other lines (a JSON value, a
 * `key=` line). The last token of a line also starts a run, for a value that goes on over the next lines, and the
 * first token of a line also ends one, for a value whose last line goes on with other text.
 */
function base64Blobs(text: string): string[] {
	const blobs: string[] = [];
	let run = '';
	const close = () => {
		if (run.length >= MIN_BLOB) blobs.push(run);
		run = '';
	};
	const lines = text
		.replace(/\\r\\n|\\n|\\r/g, '\n')
		.replace(/<br\s{0,8}\/?>/gi, '\n')
		.replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
		.split('\n');
	for (const raw of lines) {
		// Quote marks of a mail reply (`> > `) go. A blank line is not base64 and has no tokens: it ends the run.
		const line = raw.replace(QUOTE_MARKS, '').trim();
		if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(line)) {
			run += line;
			if (line.endsWith('=')) close();
			continue;
		}
		const tokens = [...line.matchAll(TOKEN)].map((match) => match[0]);
		// A value that ends inside this line (`…AB=="}`, `…AB</Key>`) is read with the lines before it as well.
		const [head] = tokens;
		if (head !== undefined && line.startsWith(head)) blobs.push(run + head);
		close();
		for (const token of tokens.slice(0, -1)) if (token.length >= MIN_BLOB) blobs.push(token);
		const last = tokens.at(-1);
		if (last !== undefined && line.endsWith(last)) run = last;
		else if (last !== undefined && last.length >= MIN_BLOB) blobs.push(last);
	}
	close();
	return blobs;
}

/** Decodes a blob as base64 or base64url, padded or not; a stray last character (a cut line) is dropped. */
function decodeBlob(blob: string): Uint8Array | undefined {
	const body = blob.replace(/=+$/, '');
	return decodeBase64(body.slice(0, body.length - (body.length % 4 === 1 ? 1 : 0)), /[-_]/.test(body));
}

function scanBase64(text: string, found: Found): void {
	for (const blob of base64Blobs(text)) {
		const bytes = decodeBlob(blob);
		const secret = bytes ? privateBlob(bytes) : undefined;
		if (secret) found.push(secret);
	}
}

/**
 * Finds private key material anywhere in the text, whatever else is wrong with it. `labelsOnly` skips decoding
 * base64 (for text too long to check at all, which is refused anyway but must still be recognised as a secret).
 */
export function scanForSecrets(text: string, { labelsOnly = false } = {}): Finding[] {
	const found = new Found();
	scanPemLabels(text, found);
	if (/PuTTY-User-Key-File-/.test(text)) found.add('private-key-other', { keyType: 'PuTTY' });
	if (XML_PRIVATE.test(text)) found.add('private-key-other', { keyType: '.NET XML' });
	scanJwkMembers(text, found, !labelsOnly);
	if (!labelsOnly) scanBase64(text, found);
	return found.findings;
}
