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

describe('OpenSSH blobs that are not a whole RSA key', () => {
	const string = (bytes: Buffer | string) => {
		const body = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
		const size = Buffer.alloc(4);
		size.writeUInt32BE(body.length);
		return Buffer.concat([size, body]);
	};
	const line = (type: string, ...parts: Buffer[]) => `${type} ${Buffer.concat(parts).toString('base64')} kari@firma`;
	const block = (blob: Buffer) =>
		`---- BEGIN SSH2 PUBLIC KEY ----\n${blob
			.toString('base64')
			.match(/.{1,70}/g)!
			.join('\n')}\n---- END SSH2 PUBLIC KEY ----\n`;
	const rsa = () => {
		const blob = Buffer.from(opensshLine(rsaPair(2048).publicKey).split(' ')[1]!, 'base64');
		const e = blob.subarray(11, 11 + 4 + blob.readUInt32BE(11));
		const n = blob.subarray(11 + e.length);
		return { e, n };
	};

	it('names each other key type OpenSSH writes, as not RSA', async () => {
		for (const [type, name] of [
			['ssh-dss', 'DSA'],
			['ssh-ed448', 'Ed448'],
			['ecdsa-sha2-nistp256', 'EC P-256'],
			['ecdsa-sha2-nistp384', 'EC P-384'],
			['ecdsa-sha2-nistp521', 'EC P-521'],
			['sk-ssh-ed25519@openssh.com', 'Ed25519 (FIDO)'],
			['sk-ecdsa-sha2-nistp256@openssh.com', 'EC P-256 (FIDO)'],
		]) {
			const result = await checkKey(line(type!, string(type!), string(Buffer.alloc(32, 7))));
			expect(codes(result), type).toEqual(['not-rsa']);
			expect(result.findings[0]!.message).toContain(name);
		}
	});

	it('says a blob of an unknown type, or one cut inside its first string, is broken', async () => {
		expect(codes(await checkKey(block(Buffer.concat([string('ssh-foo'), string('x')]))))).toEqual(['ssh-invalid']);
		expect(codes(await checkKey(block(Buffer.of(0, 0, 0, 20, 0x73, 0x73, 0x68))))).toEqual(['ssh-invalid']);
		expect(codes(await checkKey(block(Buffer.of(0, 0, 0))))).toEqual(['ssh-invalid']);
	});

	it('says an ssh-rsa blob with a missing, empty or negative number is broken', async () => {
		const { e, n } = rsa();
		const type = string('ssh-rsa');
		const negative = string(Buffer.of(0x80, 1, 2));
		for (const parts of [
			[e],
			[string(Buffer.alloc(0)), n],
			[e, string(Buffer.alloc(0))],
			[negative, n],
			[e, negative],
		]) {
			const result = await checkKey(block(Buffer.concat([type, ...parts])));
			expect(codes(result)).toEqual(['ssh-invalid']);
			expect(result.keys).toEqual([]);
		}
		const good = await checkKey(block(Buffer.concat([type, e, n])));
		expect(codes(good)).toEqual(['openssh-given', 'key-ok']);
	});

	it('says an RSA certificate without its nonce, or cut after it, is broken', async () => {
		const { e, n } = rsa();
		const type = string('ssh-rsa-cert-v01@openssh.com');
		expect(codes(await checkKey(block(Buffer.concat([type, e, n]))))).toEqual(['ssh-invalid']);
		expect(codes(await checkKey(block(Buffer.concat([type, string(Buffer.alloc(32)), e]))))).toEqual(['ssh-invalid']);
		expect(codes(await checkKey(block(Buffer.concat([type, string(Buffer.alloc(32)), e, n]))))).toEqual([
			'openssh-certificate',
			'key-ok',
		]);
	});

	it('skips RFC 4716 headers, continued ones too, and reads the lines after them', async () => {
		const { e, n } = rsa();
		const body = Buffer.concat([string('ssh-rsa'), e, n])
			.toString('base64')
			.match(/.{1,70}/g)!
			.join('\n');
		const plain = await checkKey(opensshLine(rsaPair(2048).publicKey));
		for (const headers of [
			'Subject: kari\n',
			'Comment: "en \\\nlang \\\nkommentar"\n',
			'Comment: a \\\nb\nx-Tag: c\n',
		]) {
			const result = await checkKey(
				`---- BEGIN SSH2 PUBLIC KEY ----\n${headers}${body}\n---- END SSH2 PUBLIC KEY ----`,
			);
			expect(
				result.keys.map((k) => k.thumbprint),
				headers,
			).toEqual([plain.keys[0]!.thumbprint]);
		}
	});

	it('joins a wrapped line only with lines of base64 that follow at once, up to the comment', async () => {
		const whole = opensshLine(rsaPair(2048).publicKey, 'kari@firma');
		const [type, blob] = whole.split(' ') as [string, string];
		const plain = await checkKey(whole);
		const parts = blob.match(/.{1,60}/g)!;
		// The last line carries the comment: joining stops there.
		const wrapped = `${type} ${parts.join('\n')} kari@firma`;
		expect((await checkKey(wrapped)).keys.map((k) => k.thumbprint)).toEqual([plain.keys[0]!.thumbprint]);
		// A blank line, words, or a comment before the blob is whole: nothing is joined.
		for (const broken of [
			`${type} ${parts[0]}\n\n${parts.slice(1).join('\n')}`,
			`${type} ${parts[0]}\nHilsen Kari\n${parts.slice(1).join('\n')}`,
			`${type} ${parts[0]} kari@firma\n${parts.slice(1).join('\n')}`,
			`${type} ${parts[0]}\n${parts[1]} kari@firma\n${parts.slice(2).join('\n')}`,
		]) {
			const result = await checkKey(broken);
			expect(result.keys, broken.slice(0, 90)).toEqual([]);
			expect(codes(result)).toContain('ssh-invalid');
		}
	});
});

describe('OpenSSH lines as they are found in text', () => {
	const whole = () => opensshLine(rsaPair(2048).publicKey, 'kari@firma');
	const split = (line: string) => line.split(' ') as [string, string, string];

	it('finds a line after words, with several blanks after the type', async () => {
		const line = whole();
		const [type, blob] = split(line);
		const plain = (await checkKey(line)).keys[0]!.thumbprint;
		for (const text of [`Nøkkel: ${line}`, `${type}  \t${blob}`, `(${line})`]) {
			expect(
				(await checkKey(text)).keys.map((k) => k.thumbprint),
				text.slice(0, 20),
			).toEqual([plain]);
		}
	});

	it('joins a wrapped line that ends the text, and says nothing of ignored text', async () => {
		const [type, blob] = split(whole());
		const result = await checkKey(`${type} ${blob.match(/.{1,60}/g)!.join('\n')}`);
		expect(codes(result)).toEqual(['openssh-given', 'ssh-line-joined', 'key-ok']);
	});

	it('joins a wrapped OpenSSH certificate line until its key is whole', async () => {
		const [, blob] = split(whole());
		const raw = Buffer.from(blob, 'base64');
		const size = (bytes: Buffer) => Buffer.concat([Buffer.of(0, 0, 0, bytes.length), bytes]);
		const type = 'ssh-rsa-cert-v01@openssh.com';
		const certificate = Buffer.concat([size(Buffer.from(type)), size(Buffer.alloc(32, 7)), raw.subarray(11)]);
		const lines = certificate.toString('base64').match(/.{1,60}/g)!;
		const result = await checkKey(`${type} ${lines.join('\n')}\nHilsen Kari`);
		expect(codes(result)).toEqual(['text-ignored', 'openssh-certificate', 'ssh-line-joined', 'key-ok']);
	});

	it('does not join base64 after a line that is already whole', async () => {
		const [type, blob] = split(whole());
		const rsa = await checkKey(`${type} ${blob}\nQUJDRA==`);
		expect(codes(rsa)).toEqual(['text-ignored', 'openssh-given', 'key-ok']);
		const ed25519 = Buffer.concat([
			Buffer.of(0, 0, 0, 11),
			Buffer.from('ssh-ed25519'),
			Buffer.of(0, 0, 0, 32),
			Buffer.alloc(32, 7),
		]).toString('base64');
		expect(codes(await checkKey(`ssh-ed25519 ${ed25519}\nQUJDRA==`))).toEqual(['not-rsa', 'text-ignored']);
		expect(codes(await checkKey('ssh-rsa A\nQUJD'))).toContain('ssh-invalid');
	});

	it('joins only lines that are base64 from their first character to their end or a blank', async () => {
		const [type, blob] = split(whole());
		const [first, ...rest] = blob.match(/.{1,60}/g)!;
		for (const text of [
			`${type} ${first}\n"${rest.join('\n')}`,
			`${type} ${first}\n${rest[0]}%\n${rest.slice(1).join('\n')}`,
		]) {
			expect((await checkKey(text)).keys, text.slice(-20)).toEqual([]);
		}
	});

	it('joins at most 64 wrapped lines', async () => {
		const [type, blob] = split(whole());
		const wrap = (lines: number) => {
			const head = blob.length - lines * 5;
			const tail = blob.slice(head).match(/.{5}/g)!;
			return `${type} ${blob.slice(0, head)}\n${tail.join('\n')}`;
		};
		const fits = await checkKey(wrap(64));
		expect(codes(fits)).toEqual(['openssh-given', 'ssh-line-joined', 'key-ok']);
		expect((await checkKey(wrap(65))).keys).toEqual([]);
	});

	it('reads RFC 4716 body lines with blanks around them, and a header continued after a blank', async () => {
		const [, blob] = split(whole());
		const plain = (await checkKey(whole())).keys[0]!.thumbprint;
		const body = blob
			.match(/.{1,70}/g)!
			.map((l) => `  ${l} `)
			.join('\n');
		const text = `---- BEGIN SSH2 PUBLIC KEY ----\nComment: "kari \\ \nsin nøkkel"\n${body}\n---- END SSH2 PUBLIC KEY ----`;
		expect((await checkKey(text)).keys.map((k) => k.thumbprint)).toEqual([plain]);
	});
});
