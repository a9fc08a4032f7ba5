/** OpenSSH public keys: `ssh-rsa` lines (RFC 4253 §6.6) and RFC 4716 `SSH2 PUBLIC KEY` blocks. */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkKey } from '~/lib/keys/check';
import { opensshLine, rsaPair } from '~test/helpers/key-fixtures';
import { findingCodes as codes } from '~test/helpers/key-results';

beforeAll(() => void rsaPair(4096), 60_000);

/** An RFC 4716 block of the same blob, with a Comment header continued over two lines (§3.3). */
function ssh2Block(line: string): string {
	const blob = line.split(' ')[1]!;
	const body = blob.match(/.{1,70}/g)!.join('\n');
	return `---- BEGIN SSH2 PUBLIC KEY ----\nComment: "leverandør \\\nsin nøkkel"\n${body}\n---- END SSH2 PUBLIC KEY ----\n`;
}

describe('OpenSSH', () => {
	it('reads an ssh-rsa line', async () => {
		const ssh = await checkKey(opensshLine(rsaPair(4096).publicKey));
		expect(ssh.keys[0]!.format).toBe('openssh');
		expect(ssh.keys[0]!.bits).toBe(4096);
		expect(codes(ssh)).toContain('openssh-given');
	});

	it('reads an RFC 4716 block, skipping its headers, as the same key', async () => {
		const line = opensshLine(rsaPair(2048).publicKey);
		const [fromLine, fromBlock] = await Promise.all([checkKey(line), checkKey(ssh2Block(line))]);
		expect(fromBlock.keys).toHaveLength(1);
		expect(fromBlock.keys[0]!.thumbprint).toBe(fromLine.keys[0]!.thumbprint);
		expect(codes(fromBlock)).toContain('openssh-given');
	});

	it('names an Ed25519 key as not RSA', async () => {
		const blob = Buffer.concat([
			Buffer.of(0, 0, 0, 11),
			Buffer.from('ssh-ed25519'),
			Buffer.of(0, 0, 0, 32),
			Buffer.alloc(32, 7),
		]);
		const result = await checkKey(`ssh-ed25519 ${blob.toString('base64')} a@b`);
		expect(result.keys).toEqual([]);
		expect(codes(result)).toEqual(['not-rsa']);
		expect(result.findings[0]!.message).toContain('Ed25519');
	});

	it('says a damaged ssh-rsa line is broken', async () => {
		const result = await checkKey('ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ== x@y');
		expect(codes(result)).toContain('ssh-invalid');
		expect(result.status).toBe('error');
		expect(result.keys).toEqual([]);
	});

	it('says a line whose blob names another key type than its prefix is broken', async () => {
		const line = opensshLine(rsaPair(2048).publicKey);
		expect(codes(await checkKey(line.replace('ssh-rsa', 'ssh-dss')))).toEqual(['ssh-invalid']);
	});
});
