/**
 * OpenSSH public keys: `ssh-rsa AAAA… comment` lines (RFC 4253 §6.6) and RFC 4716 `---- BEGIN SSH2 PUBLIC KEY ----`
 * blocks, whose body is the same wire-format blob.
 */
import { decodeBase64 } from '../shared/base64';
import type { Collected, Span } from './collected';
import { stripLeadingZeros } from './der';
import { finding } from './findings';

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

const SSH_LINE =
	/(ssh-rsa|ssh-ed25519|ssh-ed448|ssh-dss|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)[ \t]+([A-Za-z0-9+/=]+)(?:[ \t]+[^\n]*)?/g;

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

/** Every `ssh-… AAAA…` line in the text. */
export function sshSpans(text: string): Span[] {
	return [...text.matchAll(SSH_LINE)].map((match) => ({
		start: match.index,
		end: match.index + match[0].length,
		read: (block, into) => readSshBlob(match[2] ?? '', match[1], block, into),
	}));
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
	readSshBlob(bodyLines.join('').replace(/\s+/g, ''), undefined, block, into);
}
