/**
 * OpenSSH public keys: `ssh-rsa AAAA… comment` lines (RFC 4253 §6.6), also when a mail program has wrapped them,
 * OpenSSH certificates (`ssh-rsa-cert-v01@openssh.com`, OpenSSH PROTOCOL.certkeys: the certified key is read), and
 * RFC 4716 `---- BEGIN SSH2 PUBLIC KEY ----` blocks, whose body is the same wire-format blob.
 */
import { decodeBase64 } from '../shared/base64';
import { firstMatches, type Collected, type Span } from './collected';
import { stripLeadingZeros } from './der';
import { finding, type Finding } from './findings';

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

const CERT_SUFFIX = '-cert-v01@openssh.com';

/**
 * A key or certificate type, blanks, and the base64 blob on the same line; the comment after it belongs to the
 * line. Certificate types come first, so `ssh-rsa` does not stop short of `ssh-rsa-cert-v01@openssh.com`.
 */
const SSH_LINE =
	/(?<![\w-])((?:ssh-rsa|ssh-ed25519|ssh-ed448|ssh-dss|ecdsa-sha2-nistp(?:256|384|521)|sk-ssh-ed25519|sk-ecdsa-sha2-nistp256)-cert-v01@openssh\.com|ssh-rsa|ssh-ed25519|ssh-ed448|ssh-dss|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)[ \t]{1,16}([A-Za-z0-9+/]+={0,3})(?:[ \t][^\n]*)?/g;

/** A line that goes on with the blob: base64 from its first character, then its end or a blank (the comment). */
const CONTINUATION = /^([A-Za-z0-9+/]+={0,3})(?:[ \t][^\n]*)?$/;

/** At most this many wrapped lines are joined: a 16384-bit key wrapped at 60 columns needs about 40. */
const MAX_CONTINUATION_LINES = 64;

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

/** How many strings of the blob the reader needs: type, e, n; for a certificate type, nonce, e, n. */
const neededStrings = (type: string) => (type.endsWith(CERT_SUFFIX) ? 4 : type === 'ssh-rsa' ? 3 : 1);

/** Whether the base64 holds every string the reader needs (a wrapped line does not, until it is joined). */
function isComplete(base64: string, type: string): boolean {
	const blob = decodeBase64(base64);
	return blob !== undefined && sshStrings(blob, neededStrings(type)) !== undefined;
}

/** An mpint (RFC 4251 §5) that is a positive number: two's complement, so the top bit of the first byte is clear. */
const isPositive = (mpint: Uint8Array) => mpint.length > 0 && (mpint[0]! & 0x80) === 0;

function readSshBlob(
	base64: string,
	declaredType: string | undefined,
	block: number,
	into: Collected,
	notes: Finding[],
) {
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
	const certificate = type.endsWith(CERT_SUFFIX);
	const keyType = certificate ? type.slice(0, -CERT_SUFFIX.length) : type;
	if (keyType !== 'ssh-rsa') {
		const name = SSH_TYPES[keyType];
		into.findings.push(name ? finding('not-rsa', block, { keyType: name }) : finding('ssh-invalid', block));
		return;
	}
	// "ssh-rsa": string type, mpint e, mpint n (RFC 4253 §6.6). A certificate: string type, string nonce, mpint e,
	// mpint n, then its signed fields (PROTOCOL.certkeys §2.1).
	const fields = sshStrings(blob, certificate ? 4 : 3);
	// e and n are the last two of the strings read (sshStrings gives all of them or none).
	if (!fields || !isPositive(fields.at(-2)!) || !isPositive(fields.at(-1)!)) {
		into.findings.push(finding('ssh-invalid', block));
		return;
	}
	const [e, n] = [fields.at(-2)!, fields.at(-1)!];
	const rsa = { e: stripLeadingZeros(e), n: stripLeadingZeros(n) };
	const given = finding(certificate ? 'openssh-certificate' : 'openssh-given', block);
	into.candidates.push({ block, format: 'openssh', rsa, notes: [given, ...notes] });
}

/**
 * Every `ssh-… AAAA…` line in the text. A blob too short for its key, followed by lines of base64, is a line a mail
 * program wrapped: the lines are joined until the blob is whole, and the key says so.
 */
export function sshSpans(text: string): Span[] {
	return firstMatches(text, SSH_LINE).map((match) => {
		const type = match[1]!;
		let base64 = match[2]!;
		let end = match.index + match[0].length;
		let joined = false;
		if (match[0].endsWith(base64) && !isComplete(base64, type)) {
			let lineStart = text.indexOf('\n', end) === end ? end + 1 : -1;
			for (let i = 0; i < MAX_CONTINUATION_LINES && lineStart > 0; i++) {
				const lineEnd = text.indexOf('\n', lineStart);
				const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
				const next = CONTINUATION.exec(line);
				if (!next) break;
				base64 += next[1]!;
				end = lineEnd < 0 ? text.length : lineEnd;
				joined = true;
				if (isComplete(base64, type) || !line.endsWith(next[1]!)) break;
				lineStart = lineEnd < 0 ? -1 : lineEnd + 1;
			}
		}
		return {
			start: match.index,
			end,
			read: (block: number, into: Collected) =>
				readSshBlob(base64, type, block, into, joined ? [finding('ssh-line-joined', block)] : []),
		};
	});
}

/** Reads the body of an RFC 4716 `SSH2 PUBLIC KEY` block (the text between its BEGIN and END lines). */
export function readSsh2Body(body: string, block: number, into: Collected): void {
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
	readSshBlob(bodyLines.join('').replace(/\s+/g, ''), undefined, block, into, []);
}
