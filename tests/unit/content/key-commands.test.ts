// Every openssl and ssh-keygen command the site suggests is run here against a key of the format it is suggested
// for (issue 10, part 5): the refusal help of the key check (src/components/keys/KeyCheck.astro, shown when a
// private key is pasted) and the commands on the key page. A command that fails, or makes anything but the public
// half of that key, fails the test. The keys are made by the test; nothing is read from outside.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const root = join(import.meta.dirname, '../../..');
// Making RSA keys (4096 bits for the page's own command) takes seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

/** A tool the commands need. CI installs them (.ci/run); elsewhere a missing tool skips the tests that need it. */
function has(tool: string): boolean {
	return spawnSync(tool, ['-V'], { stdio: 'ignore' }).error === undefined;
}
const tools = { openssl: has('openssl'), 'ssh-keygen': has('ssh-keygen'), xxd: has('xxd') };
if (process.env['CI']) {
	for (const [tool, present] of Object.entries(tools)) {
		if (!present) throw new Error(`${tool} is missing: .ci/run installs it on CI`);
	}
}

/** The `code="…"` of each <Code> in the refusal section, with the key form named in the paragraph before it. */
function refusalCommands(): { form: string; command: string }[] {
	const source = readFileSync(join(root, 'src/components/keys/KeyCheck.astro'), 'utf8');
	const section = /<section[^>]*data-role="refusal"[\s\S]*?<\/section>/.exec(source)?.[0] ?? '';
	const commands: { form: string; command: string }[] = [];
	let form = '';
	for (const [, named, command] of section.matchAll(
		/<code>(BEGIN [A-Z ]*PRIVATE KEY)<\/code>|<Code[^>]*code="([^"]+)"/g,
	)) {
		if (named) form = named;
		else commands.push({ form, command: command! });
	}
	return commands;
}

/** The shell commands in the key page's ```sh blocks. */
function pageCommands(): string[] {
	const page = readFileSync(join(root, 'src/content/docs/verktoy/nokkelsjekk.mdx'), 'utf8');
	return [...page.matchAll(/```sh\n([\s\S]*?)```/g)].map(([, block]) => block!.trim());
}

let dir: string;
const run = (command: string) => execFileSync('sh', ['-c', command], { cwd: dir, stdio: 'pipe' }).toString();

/** The RSA public key in a file the command wrote: PEM (SPKI or PKCS#1) or an OpenSSH `ssh-rsa` line. */
function publicKeyIn(file: string): KeyObject {
	const text = readFileSync(join(dir, file), 'utf8');
	if (!text.startsWith('ssh-rsa ')) return createPublicKey(text);
	// RFC 4253 §6.6: string "ssh-rsa", mpint e, mpint n.
	const blob = Buffer.from(text.split(' ')[1]!, 'base64');
	const fields: Buffer[] = [];
	for (let at = 0; at < blob.length;) {
		const length = blob.readUInt32BE(at);
		fields.push(blob.subarray(at + 4, at + 4 + length));
		at += 4 + length;
	}
	const unsigned = (b: Buffer) => (b[0] === 0 ? b.subarray(1) : b).toString('base64url');
	return createPublicKey({ key: { kty: 'RSA', e: unsigned(fields[1]!), n: unsigned(fields[2]!) }, format: 'jwk' });
}

const sameKey = (a: KeyObject, b: KeyObject) => a.export({ format: 'jwk' }).n === b.export({ format: 'jwk' }).n;

/** Writes a fresh 2048-bit RSA private key in the given form and returns its public half. */
function writePrivateKey(form: string, file: string): KeyObject {
	if (form === 'BEGIN OPENSSH PRIVATE KEY') {
		execFileSync('ssh-keygen', ['-q', '-t', 'rsa', '-b', '2048', '-N', '', '-f', file], { cwd: dir });
		rmSync(join(dir, `${file}.pub`));
		const pub = execFileSync('ssh-keygen', ['-y', '-f', file], { cwd: dir }).toString();
		writeFileSync(join(dir, 'expected.pub'), pub);
		expect(readFileSync(join(dir, file), 'utf8')).toMatch(/^-----BEGIN OPENSSH PRIVATE KEY-----/);
		return publicKeyIn('expected.pub');
	}
	const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
	const pem =
		form === 'BEGIN RSA PRIVATE KEY'
			? privateKey.export({ type: 'pkcs1', format: 'pem' })
			: privateKey.export({ type: 'pkcs8', format: 'pem' });
	writeFileSync(join(dir, file), pem);
	expect(pem.toString()).toContain(`-----${form}-----`);
	return createPublicKey(createPrivateKey(pem));
}

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'veiviser-keys-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the refusal help of the key check', () => {
	const commands = refusalCommands();

	it('gives ssh-keygen, not openssl, for an OpenSSH private key', () => {
		const forOpenSsh = commands.filter((c) => c.form === 'BEGIN OPENSSH PRIVATE KEY').map((c) => c.command);
		expect(forOpenSsh).toEqual([
			'ssh-keygen -e -m PKCS8 -f id_rsa > offentlig.pem',
			'ssh-keygen -y -f id_rsa > id_rsa.pub',
		]);
		expect(commands.filter((c) => c.form === '')).toEqual([]);
	});

	for (const { form, command } of commands) {
		const tool = command.split(' ')[0] as keyof typeof tools;
		const needsSshKeygen = form === 'BEGIN OPENSSH PRIVATE KEY';
		it.skipIf(!tools[tool] || (needsSshKeygen && !tools['ssh-keygen']))(
			`for a key that starts "${form}": ${command}`,
			() => {
				const input = / -(?:in|f) (\S+)/.exec(command)![1]!;
				const output = /(?:-out|>) (\S+)/.exec(command)![1]!;
				const expected = writePrivateKey(form, input);
				run(command);
				expect(sameKey(publicKeyIn(output), expected)).toBe(true);
				rmSync(join(dir, input));
				rmSync(join(dir, output));
			},
		);
	}

	it.skipIf(!tools.openssl || !tools['ssh-keygen'])('is right that openssl cannot read an OpenSSH private key', () => {
		writePrivateKey('BEGIN OPENSSH PRIVATE KEY', 'id_rsa');
		expect(() => run('openssl pkey -in id_rsa -pubout -out offentlig.pem')).toThrow();
		rmSync(join(dir, 'id_rsa'));
	});
});

describe('the commands on the key page', () => {
	const commands = pageCommands();

	it('finds them', () => {
		expect(commands.length).toBeGreaterThanOrEqual(7);
	});

	it.skipIf(!tools.openssl)('make a 4096-bit pair, take out the public key and show its size', () => {
		for (const command of commands.slice(0, 3)) expect(command).toMatch(/^openssl /);
		run(commands[0]!);
		run(commands[1]!);
		const expected = createPublicKey(createPrivateKey(readFileSync(join(dir, 'privat.pem'))));
		expect(sameKey(publicKeyIn('offentlig.pem'), expected)).toBe(true);
		expect(run(commands[2]!).trim()).toBe('Public-Key: (4096 bit)');
	});

	it.skipIf(!tools['ssh-keygen'])('turn an OpenSSH key, private or public, into PEM, and make the .pub file', () => {
		const ssh = commands.filter((command) => command.startsWith('ssh-keygen'));
		expect(ssh).toHaveLength(3);
		for (const command of ssh) {
			rmSync(join(dir, 'id_rsa'), { force: true });
			const expected = writePrivateKey('BEGIN OPENSSH PRIVATE KEY', 'id_rsa');
			writeFileSync(join(dir, 'id_rsa.pub'), readFileSync(join(dir, 'expected.pub')));
			run(command);
			const output = /> (\S+)$/.exec(command)![1]!;
			expect(sameKey(publicKeyIn(output), expected)).toBe(true);
		}
	});

	it.skipIf(!tools.openssl || !tools.xxd)('compute the RFC 7638 thumbprint the check shows', () => {
		const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
		writeFileSync(join(dir, 'offentlig.pem'), publicKey.export({ type: 'spki', format: 'pem' }));
		const thumbprintCommand = commands.find((command) => command.includes('dgst -sha256'))!;
		const jwk = publicKey.export({ format: 'jwk' });
		// RFC 7638 §3.2: the required members in lexicographic order, no white space, SHA-256, base64url.
		const expected = createHash('sha256').update(`{"e":"${jwk.e}","kty":"RSA","n":"${jwk.n}"}`).digest('base64url');
		expect(run(thumbprintCommand).trim()).toBe(expected);
	});
});
