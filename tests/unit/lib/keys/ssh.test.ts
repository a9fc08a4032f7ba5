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

describe('OpenSSH as people paste it', () => {
	/** An OpenSSH certificate blob (PROTOCOL.certkeys §2.1): type, nonce, e, n, then fields the check does not read. */
	function certificateLine(type = 'ssh-rsa-cert-v01@openssh.com'): string {
		const blob = Buffer.from(opensshLine(rsaPair(2048).publicKey).split(' ')[1]!, 'base64');
		const length = blob.readUInt32BE(0);
		const string = (bytes: Buffer) => {
			const size = Buffer.alloc(4);
			size.writeUInt32BE(bytes.length);
			return Buffer.concat([size, bytes]);
		};
		const rest = blob.subarray(4 + length);
		const cert = Buffer.concat([
			string(Buffer.from(type)),
			string(Buffer.alloc(32, 7)),
			rest,
			string(Buffer.from('serial and more')),
		]);
		return `${type} ${cert.toString('base64')} kari@firma`;
	}

	it('reads the key in an OpenSSH certificate and says it is a certificate', async () => {
		const [plain, cert] = await Promise.all([
			checkKey(opensshLine(rsaPair(2048).publicKey)),
			checkKey(certificateLine()),
		]);
		expect(cert.keys[0]!.thumbprint).toBe(plain.keys[0]!.thumbprint);
		expect(codes(cert)).toEqual(['openssh-certificate', 'key-ok']);
		expect(codes(await checkKey(certificateLine('ssh-ed25519-cert-v01@openssh.com')))).toEqual(['not-rsa']);
	});

	it('joins an ssh-rsa line a mail program wrapped, and says so', async () => {
		const line = opensshLine(rsaPair(2048).publicKey, 'kari@firma');
		const [type, blob] = line.split(' ');
		const wrapped = `${type} ${blob!.match(/.{1,60}/g)!.join('\n')} kari@firma\nNeste linje.`;
		const [plain, joined] = await Promise.all([checkKey(line), checkKey(wrapped)]);
		expect(joined.keys[0]!.thumbprint).toBe(plain.keys[0]!.thumbprint);
		expect(codes(joined)).toEqual(['text-ignored', 'openssh-given', 'ssh-line-joined', 'key-ok']);
		// A short blob with nothing to join stays broken.
		expect(codes(await checkKey(`${type} ${blob!.slice(0, 60)}\n\nssh-rsa`))).toContain('ssh-invalid');
	});

	it('reads an RFC 4716 block written as ssh-keygen writes it, without a warning', async () => {
		const blob = opensshLine(rsaPair(2048).publicKey).split(' ')[1]!;
		const block = `---- BEGIN SSH2 PUBLIC KEY ----\nComment: "3072-bit RSA, converted by kari@firma from OpenSSH"\n${blob.match(/.{1,70}/g)!.join('\n')}\n---- END SSH2 PUBLIC KEY ----\n`;
		const result = await checkKey(block);
		expect(result.status).toBe('ok');
		expect(codes(result)).toEqual(['openssh-given', 'key-ok']);
	});
});
