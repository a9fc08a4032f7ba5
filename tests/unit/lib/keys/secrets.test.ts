/** Private and secret keys, in every form: refused, and nothing of them comes back. */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkKey } from '~/lib/keys/check';
import { scanForSecrets } from '~/lib/keys/secrets';
import { keyCorpus } from '~test/helpers/key-corpus';
import { pemBody, publicJwk, rsaPair, spkiDerBase64, spkiPem } from '~test/helpers/key-fixtures';
import { findingCodes as codes } from '~test/helpers/key-results';

describe('private keys are refused and never echoed', () => {
	const pair = rsaPair(2048);
	const jwk = pair.privateKey.export({ format: 'jwk' }) as Record<string, string>;
	const privateForms: [string, string, string[]][] = [
		['PKCS#8 PEM', pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), ['private-key-pkcs8']],
		['PKCS#1 PEM', pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(), ['private-key-pkcs1']],
		[
			'encrypted PKCS#8 PEM',
			pair.privateKey
				.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'hemmelig' })
				.toString(),
			['private-key-encrypted'],
		],
		['private JWK', JSON.stringify(jwk), ['private-key-jwk']],
		[
			'JWKS with a private key among public ones',
			JSON.stringify({ keys: [publicJwk(rsaPair(3072).publicKey), jwk] }),
			['private-key-jwks'],
		],
		[
			'PKCS#8 DER as bare base64',
			pair.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
			['private-key-pkcs8'],
		],
		[
			'PKCS#1 private DER as bare base64',
			pair.privateKey.export({ type: 'pkcs1', format: 'der' }).toString('base64'),
			['private-key-pkcs1'],
		],
		[
			'private key pasted after a public key',
			spkiPem(pair.publicKey) + pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
			['private-key-pkcs8'],
		],
		[
			'bare private PKCS#8 body on the lines right after a bare public key body',
			`${spkiDerBase64(pair.publicKey)
				.match(/.{1,64}/g)!
				.join('\n')}\n${pemBody(pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString())}`,
			['private-key-pkcs8'],
		],
		[
			'bare private PKCS#8 body over several lines of a JSON string value',
			JSON.stringify({ privateKey: pemBody(pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()) }),
			['private-key-pkcs8'],
		],
		[
			'bare private PKCS#1 body over several lines of an XML element',
			`<Key>${pemBody(pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString())}</Key>`,
			['private-key-pkcs1'],
		],
		[
			'private PKCS#8 body under a PUBLIC KEY label',
			`-----BEGIN PUBLIC KEY-----\n${pemBody(pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString())}\n-----END PUBLIC KEY-----`,
			['private-key-pkcs8'],
		],
		[
			'a HelseID-style configuration with the private JWK as a JSON string',
			JSON.stringify({ clientId: 'abc', privateJwk: JSON.stringify(jwk) }),
			['private-key-jwk'],
		],
		['symmetric JWK', JSON.stringify({ kty: 'oct', k: 'c2VjcmV0LXNlY3JldC1zZWNyZXQ' }), ['secret-key-jwk']],
	];

	for (const [name, input, expected] of privateForms) {
		it(`refuses a ${name}`, async () => {
			const result = await checkKey(input);
			expect(result.status).toBe('private-key');
			expect(result.keys).toEqual([]);
			expect(codes(result)).toEqual(expected);
			const json = JSON.stringify(result);
			expect(json).not.toContain(jwk['d']!.slice(0, 24));
			expect(json).not.toContain(jwk['p']!.slice(0, 24));
			expect(json).not.toContain(jwk['n']!.slice(0, 24));
			// No 16-character run of the pasted text's base64 survives into the result.
			const body = pemBody(input);
			for (let i = 0; i + 16 <= body.length; i += 16) expect(json).not.toContain(body.slice(i, i + 16));
		});
	}

	it('refuses a truncated private key by its header alone', async () => {
		const pem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
		const result = await checkKey(pem.slice(0, 200));
		expect(result.status).toBe('private-key');
		expect(JSON.stringify(result)).not.toContain(pemBody(pem).slice(0, 40));
	});

	it('refuses an OpenSSH private key', async () => {
		const result = await checkKey(
			'-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----',
		);
		expect(codes(result)).toEqual(['private-key-other']);
	});
});

describe('scanForSecrets', () => {
	it('finds private key markers in raw text, whatever surrounds them', () => {
		const cases: [string, string, string | undefined][] = [
			['junk -----BEGIN EC PRIVATE KEY----- junk', 'private-key-other', 'EC'],
			['BEGIN DSA PRIVATE KEY', 'private-key-other', 'DSA'],
			['PuTTY-User-Key-File-3: ssh-rsa', 'private-key-other', 'PuTTY'],
			['<RSAKeyValue><Modulus>AQAB</Modulus><D>AQAB</D></RSAKeyValue>', 'private-key-other', '.NET XML'],
			['{\\"kty\\":\\"RSA\\",\\"d\\":\\"x\\"}', 'private-key-jwk', undefined],
		];
		for (const [text, code, keyType] of cases) {
			const found = scanForSecrets(text);
			expect(
				found.map((f) => f.code),
				text,
			).toEqual([code]);
			if (keyType) expect(found[0]!.message).toContain(keyType);
		}
	});

	it('names each private form once, and finds nothing in a public key', () => {
		const pem = rsaPair(2048).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
		expect(scanForSecrets(pem + pem).map((f) => f.code)).toEqual(['private-key-pkcs8']);
		expect(scanForSecrets(spkiPem(rsaPair(2048).publicKey))).toEqual([]);
		expect(scanForSecrets(JSON.stringify(publicJwk(rsaPair(2048).publicKey)))).toEqual([]);
	});
});

describe('private material found by content, in every form the check reads', () => {
	const pair = rsaPair(2048);
	const pkcs8 = pair.privateKey.export({ type: 'pkcs8', format: 'der' });
	const jwk = pair.privateKey.export({ format: 'jwk' }) as Record<string, string>;
	const scan = (text: string) => scanForSecrets(text).map((f) => f.code);

	it('finds a bare PKCS#8 body after a public key, after prose, in base64url and wrapped', () => {
		const b64 = pkcs8.toString('base64');
		expect(scan(`${spkiPem(pair.publicKey)}\n${b64.match(/.{1,64}/g)!.join('\n')}`)).toEqual(['private-key-pkcs8']);
		expect(scan(`Her er nøkkelen vår:\n${b64}`)).toEqual(['private-key-pkcs8']);
		expect(scan(pkcs8.toString('base64url'))).toEqual(['private-key-pkcs8']);
		expect(scan(`{"privateKey": "${b64}"}`)).toEqual(['private-key-pkcs8']);
		expect(scan(`key=${b64.slice(0, 64)}\n${b64.slice(64)}`)).toEqual(['private-key-pkcs8']);
		expect(scan(b64.replace(/.{64}/g, '$&\\n'))).toEqual(['private-key-pkcs8']);
		expect(scan(b64.replace(/.{64}/g, '$&<br>'))).toEqual(['private-key-pkcs8']);
	});

	it('finds PKCS#1, SEC1 EC, encrypted PKCS#8, PKCS#12-like and OpenSSH bodies without armour', () => {
		expect(scan(pair.privateKey.export({ type: 'pkcs1', format: 'der' }).toString('base64'))).toEqual([
			'private-key-pkcs1',
		]);
		const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'sec1', format: 'der' });
		expect(scanForSecrets(ec.toString('base64')).map((f) => f.message)).toEqual([expect.stringContaining('(EC)')]);
		const encrypted = pair.privateKey.export({ type: 'pkcs8', format: 'der', cipher: 'aes-256-cbc', passphrase: 'x' });
		expect(scan(encrypted.toString('base64'))).toEqual(['private-key-encrypted']);
		// PFX (RFC 7292 §4): version 3, a ContentInfo starting with an OID, MacData.
		const pfx = Buffer.from(
			`3063020103302f06092a864886f70d010701a0220420${'00'.repeat(32)}302d3021300906052b0e03021a05000414${'00'.repeat(20)}0408${'00'.repeat(8)}`,
			'hex',
		);
		expect(scanForSecrets(pfx.toString('base64')).map((f) => f.message)).toEqual([expect.stringContaining('PKCS#12')]);
		const openssh = Buffer.concat([Buffer.from('openssh-key-v1\0'), Buffer.alloc(60, 1)]);
		expect(scanForSecrets(openssh.toString('base64')).map((f) => f.message)).toEqual([
			expect.stringContaining('OpenSSH'),
		]);
	});

	it('finds armour broken over lines or disagreeing labels by the PRIVATE KEY words', () => {
		expect(scan('-----BEGIN RSA\nPRIVATE KEY-----')).toEqual(['private-key-pkcs1']);
		expect(scan('-----BEGIN PRIVATE\nKEY-----')).toEqual(['private-key-pkcs8']);
		expect(scan('-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PRIVATE KEY-----')).toEqual(['private-key-pkcs8']);
		expect(scan('"-----BEGIN ENCRYPTED PRIVATE\\nKEY-----"')).toEqual(['private-key-encrypted']);
		expect(scan('PRIVATE KEY alone, with no BEGIN or END near it')).toEqual([]);
		expect(scan(`BEGIN ${'x'.repeat(30)} PRIVATE KEY`)).toEqual([]);
	});

	it('finds .NET and XML-DSig private elements with a prefix, attributes or a space', () => {
		for (const element of ['<D xmlns="">', '<D >', '<ds:P>', '<InverseQ\n>', '<dsig:DQ Id="x">'])
			expect(scan(`<RSAKeyValue><Modulus>AQAB</Modulus>${element}AQAB</D></RSAKeyValue>`), element).toEqual([
				'private-key-other',
			]);
		expect(scan('<Data>AQAB</Data><Dp>x</Dp><d>x</d>')).toEqual([]);
	});

	it('finds private JWK members however the JSON was quoted or written', () => {
		const json = JSON.stringify(jwk);
		const forms = [
			JSON.stringify({ ClientJwk: json }),
			JSON.stringify({ secret: JSON.stringify({ ClientJwk: json }) }),
			json.replace(/"/g, '\\u0022'),
			Object.entries(jwk)
				.map(([k, v]) => `  ${k}: ${v}`)
				.join('\n'),
			`{ ${Object.entries(jwk)
				.map(([k, v]) => `${k}: '${v}'`)
				.join(', ')} }`,
			`{${Object.entries(jwk)
				.map(([k, v]) => `'${k}': '${v}'`)
				.join(', ')}}`,
		];
		for (const form of forms) expect(scan(form), form.slice(0, 40)).toEqual(['private-key-jwk']);
		expect(scan(JSON.stringify({ keys: [jwk] }).replace(/"/g, "'"))).toEqual(['private-key-jwks']);
		expect(scan('p: se over\nd: 12')).toEqual([]);
		expect(scan("{ k: 'c2VjcmV0LXNlY3JldA' }")).toEqual(['secret-key-jwk']);
		expect(scan('kty: oct')).toEqual(['secret-key-jwk']);
	});

	it('reads labels only when asked to, without decoding base64', () => {
		const b64 = pkcs8.toString('base64');
		expect(scanForSecrets(b64, { labelsOnly: true })).toEqual([]);
		expect(scanForSecrets(`${b64}\n-----END PRIVATE KEY-----`, { labelsOnly: true }).map((f) => f.code)).toEqual([
			'private-key-pkcs8',
		]);
	});

	it('refuses an over-long paste that holds a private key, and only says too long otherwise', async () => {
		const long = 'A'.repeat(250_000);
		expect((await checkKey(`${long}\n-----BEGIN PRIVATE KEY-----`)).status).toBe('private-key');
		expect(codes(await checkKey(long))).toEqual(['too-long']);
	});
});

describe('the scan alone, before any reader', () => {
	const scan = (text: string) => scanForSecrets(text).map((f) => f.code);
	const messages = (text: string) => scanForSecrets(text).map((f) => f.message);
	const pair = rsaPair(2048);
	const pkcs8 = pair.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
	const wrapped = (b64: string) => b64.match(/.{1,64}/g)!;

	// Files with PEM armour whose body is DER (not the legacy encrypted PKCS#1, whose body is ciphertext).
	const armoured = (file: string) => file.endsWith('.pem') && !file.includes('legacy') && !file.includes('mismatch');

	it('finds every private key of the outside corpus, of the kind the check reports', () => {
		const secrets = keyCorpus().filter((c) => c.expect.private);
		expect(secrets.length).toBeGreaterThanOrEqual(40);
		for (const { file, text, expect: want } of secrets) {
			const found = scan(text);
			expect(found, file).not.toEqual([]);
			if (want.codes) expect(found, file).toEqual(want.codes);
		}
	});

	it('finds the private PEM files of the corpus by their body alone, as the same kind as by their label', () => {
		const files = keyCorpus().filter((c) => c.expect.private && armoured(c.file));
		expect(files.length).toBeGreaterThanOrEqual(8);
		for (const { file, text } of files) {
			const body = text.replace(/^.*(BEGIN|END|KEY-----).*$/gm, '');
			expect(scan(body), file).toEqual(scan(text));
			expect(messages(body), file).toEqual(messages(text));
		}
	});

	it('names the key type of each private PEM label', () => {
		const label = (kind: string) => messages(`-----BEGIN ${kind}PRIVATE KEY-----`);
		expect(label('OPENSSH ')).toEqual([expect.stringContaining('(OpenSSH)')]);
		expect(label('EC ')).toEqual([expect.stringContaining('(EC)')]);
		expect(label('DSA ')).toEqual([expect.stringContaining('(DSA)')]);
		expect(label('ED25519 ')).toEqual([expect.stringContaining('(PEM)')]);
		expect(scan('-----END RSA PRIVATE KEY-----')).toEqual(['private-key-pkcs1']);
		expect(scan('END RSA PRIVATE KEY-----')).toEqual(['private-key-pkcs1']);
		expect(scan('-----begin encrypted private key-----')).toEqual(['private-key-encrypted']);
	});

	it('names each kind of private key once, however often it appears, and every kind found', () => {
		const ec = '-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----';
		const dsa = '-----BEGIN DSA PRIVATE KEY-----\nAAAA\n-----END DSA PRIVATE KEY-----';
		expect(messages(`${ec}\n${dsa}\n${ec}`)).toEqual([
			expect.stringContaining('(EC)'),
			expect.stringContaining('(DSA)'),
		]);
	});

	it('reads a PEM label broken by an escaped line break inside a JSON string', () => {
		expect(scan('"-----BEGIN\\nRSA PRIVATE KEY-----"')).toEqual(['private-key-pkcs1']);
		expect(scan('"-----BEGIN\\n\\nENCRYPTED PRIVATE KEY-----"')).toEqual(['private-key-encrypted']);
	});

	it('takes only the words just before PRIVATE KEY as the label, spaces counted once', () => {
		expect(scan(`BEGIN ${'X'.repeat(11)} ${'X'.repeat(12)} PRIVATE KEY`)).toEqual(['private-key-other']);
		expect(scan(`BEGIN ${'X'.repeat(12)} ${'X'.repeat(12)} PRIVATE KEY`)).toEqual([]);
		expect(scan(`-----BEGIN  NEW${' '.repeat(20)}FORM   PRIVATE KEY-----`)).toEqual(['private-key-other']);
		// A BEGIN further back than a label's length is some other line's.
		expect(scan(`BEGIN${'-'.repeat(60)}PRIVATE KEY`)).toEqual([]);
		expect(scan(`-----BEGIN${'-'.repeat(30)}PRIVATE KEY`)).toEqual(['private-key-pkcs8']);
	});

	it('finds a private body quoted in a mail reply, at any depth and indentation', () => {
		for (const prefix of ['> ', '> > ', '>>', '  > ', '\t> ', '>\t'])
			expect(
				scan(
					wrapped(pkcs8)
						.map((line) => prefix + line)
						.join('\n'),
				),
				JSON.stringify(prefix),
			).toEqual(['private-key-pkcs8']);
	});

	it('does not join a private body to the public one before it', () => {
		const pub = (bits: number) => rsaPair(bits).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
		// Separated by a blank line, by a line of prose, or ended by its padding.
		expect(pub(3072)).toMatch(/=$/);
		const forms = [
			`${wrapped(pub(2048)).join('\n')}\n\n${wrapped(pkcs8).join('\n')}`,
			`Offentlig:\n${wrapped(pub(2048)).join('\n')}\nPrivat:\n${wrapped(pkcs8).join('\n')}`,
			`${wrapped(pub(3072)).join('\n')}\n${wrapped(pkcs8).join('\n')}`,
		];
		for (const form of forms) expect(scan(form), form.slice(0, 80)).toEqual(['private-key-pkcs8']);
	});

	it('finds a private body that is not the last value on its line', () => {
		const pub = pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
		expect(scan(`private=${pkcs8} public=${pub}`)).toEqual(['private-key-pkcs8']);
		expect(scan(`public=${pub} private=${pkcs8} public=${pub}`)).toEqual(['private-key-pkcs8']);
		expect(scan(`["${pkcs8}", "${pub}"]`)).toEqual(['private-key-pkcs8']);
	});

	it('finds a private body however the lines were broken or damaged on the way', () => {
		const lines = wrapped(pkcs8);
		const forms = [
			`Her er nøkkelen<br>${lines.join('<br />')}`,
			`Her er nøkkelen<BR/>${lines.join('<br  >')}`,
			JSON.stringify({ note: `Her er nøkkelen\n${lines.join('\n')}` }),
			`"Her er nøkkelen\r\n${lines.join('\r\n')}"`,
			lines.join('\r\n'),
			lines.map((line) => `${line.slice(0, 10)}\u200b${line.slice(10)}\ufeff`).join('\n'),
			lines.map((line) => `${line}  \r`).join('\n'),
		];
		for (const form of forms) expect(scan(form), form.slice(0, 40)).toEqual(['private-key-pkcs8']);
	});

	it('finds a private body with one stray character after it', () => {
		const ed = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'der' });
		const b64 = ed.toString('base64url');
		expect(b64.length % 4).toBe(0);
		expect(scan(`${b64}x`)).toEqual(['private-key-pkcs8']);
		expect(scan(`${ed.toString('base64')}\nQ`)).toEqual(['private-key-pkcs8']);
	});

	it('finds nothing in long base64 that is not a key', () => {
		const prose = Buffer.from('Dette er ikke en nøkkel, bare en lang tekst som er kodet som base64.').toString(
			'base64',
		);
		expect(prose.length).toBeGreaterThan(60);
		expect(scan(prose)).toEqual([]);
		expect(scan(`verdi: ${prose}`)).toEqual([]);
		expect(scan(Buffer.from('openssh-key-v').toString('base64'))).toEqual([]);
	});

	it('finds private JWK members written as YAML or JSON inside a string with escaped line breaks', () => {
		const jwk = pair.privateKey.export({ format: 'jwk' }) as Record<string, string>;
		const yaml = Object.entries(jwk)
			.map(([k, v]) => `${k}: ${v}`)
			.join('\\n');
		expect(scan(JSON.stringify({ config: `kty: RSA\\n${yaml.replace(/^kty: RSA\\n/, '')}` }))).toEqual([
			'private-key-jwk',
		]);
		expect(scan(`"kty: RSA\\r\\nd: ${jwk['d']}"`)).toEqual(['private-key-jwk']);
		expect(scan(`"kty: RSA\\td: ${jwk['d']}"`)).toEqual(['private-key-jwk']);
	});

	it('finds private JWK members quoted with \\u0027 or escaped single quotes', () => {
		const d = (pair.privateKey.export({ format: 'jwk' }) as Record<string, string>)['d']!;
		expect(scan(`{\\u0027kty\\u0027: \\u0027RSA\\u0027, \\u0027d\\u0027: \\u0027${d}\\u0027}`)).toEqual([
			'private-key-jwk',
		]);
		expect(scan(`{\\'kty\\': \\'RSA\\', \\'d\\': \\'${d}\\'}`)).toEqual(['private-key-jwk']);
		expect(scan(`{\\\\u0022d\\\\u0022: \\\\u0022${d}\\\\u0022}`)).toEqual(['private-key-jwk']);
	});

	it('tells a private JWKS from a private JWK in any quoting', () => {
		const jwk = pair.privateKey.export({ format: 'jwk' });
		const json = JSON.stringify({ keys: [jwk] });
		const forms = [
			json.replace(/"/g, '\\u0022'),
			json.replace(/"/g, '\\\\u0022'),
			json.replace(/"/g, '\\u0027'),
			json.replace(/"/g, '\\\\u0027'),
			json.replace('"keys":', '"keys" :'),
			json.replace('"keys":', "'keys'\t:"),
		];
		for (const form of forms) expect(scan(form), form.slice(0, 30)).toEqual(['private-key-jwks']);
	});

	it('finds a symmetric key by "k" in any quoting, and not by other members that start with k', () => {
		const k = 'c2VjcmV0LXNlY3JldC1zZWNyZXQ';
		for (const text of [
			`{"k":"${k}"}`,
			`{"alg": "HS256", "k" : "${k}"}`,
			`{'k': '${k}'}`,
			`k: "${k}"`,
			`x: 1\n k: '${k}'`,
		])
			expect(scan(text), text).toEqual(['secret-key-jwk']);
		expect(scan('{"kty" : "oct"}')).toEqual(['secret-key-jwk']);
		expect(scan('{"kty":"oct"}')).toEqual(['secret-key-jwk']);
		expect(scan("{'kty': 'oct'}")).toEqual(['secret-key-jwk']);
		for (const text of ['{"kid": "abc", "kty": "RSA"}', '{"pk": "abc"}', '{"kty": "octet"}', 'k: verdi'])
			expect(scan(text), text).toEqual([]);
	});
});
