import { createHash, createPublicKey, generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkKey, type KeyCheckResult } from '~/lib/keys/check';
import {
	dotnetXml,
	opensshLine,
	pemBody,
	pkcs1Pem,
	publicJwk,
	rsaPair,
	rsaPssSpkiPem,
	selfSignedCertificatePem,
	spkiDerBase64,
	spkiPem,
} from '~test/helpers/key-fixtures';

const codes = (result: KeyCheckResult) => [
	...result.findings.map((f) => f.code),
	...result.keys.flatMap((key) => key.findings.map((f) => f.code)),
];

/** RFC 7638 §3.1 computed by Node itself: SHA-256 over {"e","kty","n"} from Node's own JWK export. */
function nodeThumbprint(pem: string): string {
	const { e, n } = createPublicKey(pem).export({ format: 'jwk' });
	return createHash('sha256').update(`{"e":"${e}","kty":"RSA","n":"${n}"}`).digest('base64url');
}

beforeAll(() => {
	// Generate the slow sizes once, before any test's clock starts.
	for (const bits of [1024, 2048, 3072, 4096]) rsaPair(bits);
	// RSA prime search takes a few seconds for 4096 bits, much longer on a busy machine.
}, 60_000);

describe('RFC 7638 thumbprint', () => {
	it('gives §3.1 example key its published thumbprint', async () => {
		const jwk = {
			kty: 'RSA',
			n:
				'0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw',
			e: 'AQAB',
			alg: 'RS256',
			kid: '2011-04-29',
		};
		const result = await checkKey(JSON.stringify(jwk));
		expect(result.keys).toHaveLength(1);
		expect(result.keys[0]!.thumbprint).toBe('NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs');
		expect(result.keys[0]!.kid).toBe('2011-04-29');
		expect(result.keys[0]!.alg).toBe('RS256');
		expect(result.keys[0]!.jwk.kid).toBe('2011-04-29');
	});

	for (const bits of [2048, 3072, 4096]) {
		it(`matches Node's own computation for a ${bits}-bit key, in every format`, async () => {
			const pair = rsaPair(bits);
			const expected = nodeThumbprint(spkiPem(pair.publicKey));
			const inputs = [
				spkiPem(pair.publicKey),
				pkcs1Pem(pair.publicKey),
				JSON.stringify(publicJwk(pair.publicKey)),
				spkiDerBase64(pair.publicKey),
				selfSignedCertificatePem(pair),
				opensshLine(pair.publicKey),
				dotnetXml(pair.publicKey),
			];
			for (const input of inputs) {
				const result = await checkKey(input);
				expect(result.status).not.toBe('error');
				expect(result.keys).toHaveLength(1);
				const key = result.keys[0]!;
				expect(key.thumbprint).toBe(expected);
				expect(key.bits).toBe(bits);
				expect(key.exponent).toBe('65537');
				expect(key.usable).toBe(true);
			}
		});
	}
});

describe('accepted formats', () => {
	it('reads an SPKI PEM and gives back the same PEM and a public JWK with kid and use', async () => {
		const pem = spkiPem(rsaPair(2048).publicKey);
		const result = await checkKey(pem);
		expect(result.status).toBe('ok');
		const key = result.keys[0]!;
		expect(key.format).toBe('spki-pem');
		expect(key.pem.trim()).toBe(pem.trim());
		expect(codes(result)).toEqual(['key-ok']);
		const jwk = publicJwk(rsaPair(2048).publicKey);
		expect(key.jwk).toEqual({ kty: 'RSA', n: jwk.n, e: jwk.e, kid: key.thumbprint, use: 'sig' });
		expect(key.kid).toBeUndefined();
	});

	it('converts PKCS#1 to SPKI and says so', async () => {
		const pair = rsaPair(2048);
		const result = await checkKey(pkcs1Pem(pair.publicKey));
		expect(result.keys[0]!.format).toBe('pkcs1-pem');
		expect(result.keys[0]!.pem.trim()).toBe(spkiPem(pair.publicKey).trim());
		expect(codes(result)).toContain('pkcs1-given');
	});

	it('reads the key in a certificate and says a certificate was given', async () => {
		const result = await checkKey(selfSignedCertificatePem(rsaPair(3072)));
		expect(result.keys[0]!.format).toBe('x509-pem');
		expect(result.keys[0]!.bits).toBe(3072);
		expect(codes(result)).toContain('certificate-given');
	});

	it('reads base64 DER without armour, also wrapped over lines', async () => {
		const der = spkiDerBase64(rsaPair(2048).publicKey);
		const result = await checkKey(der.match(/.{1,76}/g)!.join('\n'));
		expect(result.keys[0]!.format).toBe('der-base64');
		expect(codes(result)).toContain('der-given');
	});

	it('reads OpenSSH and .NET XML public keys', async () => {
		const ssh = await checkKey(opensshLine(rsaPair(4096).publicKey));
		expect(ssh.keys[0]!.format).toBe('openssh');
		expect(ssh.keys[0]!.bits).toBe(4096);
		const xml = await checkKey(dotnetXml(rsaPair(2048).publicKey));
		expect(xml.keys[0]!.format).toBe('xml');
		expect(codes(xml)).toContain('xml-given');
	});

	it('reads every key of a JWKS, with kid, use and alg', async () => {
		const a = { ...publicJwk(rsaPair(2048).publicKey), kid: 'nokkel-a', use: 'sig', alg: 'RS256' };
		const b = { ...publicJwk(rsaPair(3072).publicKey), kid: 'nokkel-b', alg: 'PS256' };
		const c = { ...publicJwk(rsaPair(4096).publicKey) };
		const result = await checkKey(JSON.stringify({ keys: [a, b, c] }, null, 2));
		expect(result.keys.map((k) => [k.format, k.bits, k.kid, k.use, k.alg, k.block])).toEqual([
			['jwks', 2048, 'nokkel-a', 'sig', 'RS256', 1],
			['jwks', 3072, 'nokkel-b', undefined, 'PS256', 2],
			['jwks', 4096, undefined, undefined, undefined, 3],
		]);
		expect(result.keys[1]!.jwk).toMatchObject({ kid: 'nokkel-b', use: 'sig', alg: 'PS256' });
		expect(result.keys[2]!.jwk.kid).toBe(result.keys[2]!.thumbprint);
	});

	it('tolerates CRLF, extra whitespace, text around blocks, and two keys at once', async () => {
		const one = spkiPem(rsaPair(2048).publicKey);
		const two = pkcs1Pem(rsaPair(3072).publicKey);
		const text = `Hei, her er nøklene våre:\r\n\r\n   ${one.replaceAll('\n', '\r\n')}\r\n\r\nog den andre:\r\n${two.replaceAll('\n', '  \r\n')}\r\nHilsen oss`;
		const result = await checkKey(text);
		expect(result.keys.map((k) => k.bits)).toEqual([2048, 3072]);
		expect(result.keys.map((k) => k.block)).toEqual([1, 2]);
		expect(codes(result)).toContain('text-ignored');
		expect(result.status).toBe('ok');
	});

	it('reads a JWK with text around it', async () => {
		const result = await checkKey(`Nøkkelen: ${JSON.stringify(publicJwk(rsaPair(2048).publicKey))} takk`);
		expect(result.keys).toHaveLength(1);
		expect(codes(result)).toContain('text-ignored');
	});

	it('notes the same key pasted twice', async () => {
		const pem = spkiPem(rsaPair(2048).publicKey);
		const result = await checkKey(pem + pem);
		expect(result.keys).toHaveLength(2);
		expect(result.keys[1]!.findings.map((f) => f.code)).toContain('duplicate-key');
	});

	it('reads an RSA-PSS-only SPKI as the same RSA key', async () => {
		const key = rsaPair(2048).publicKey;
		const pem = rsaPssSpkiPem(key);
		// Node reads it as an RSA-PSS key: the fixture is the real thing.
		expect(createPublicKey(pem).asymmetricKeyType).toBe('rsa-pss');
		const result = await checkKey(pem);
		expect(result.keys[0]!.bits).toBe(2048);
		expect(codes(result)).toContain('rsa-pss-key');
		expect(result.keys[0]!.thumbprint).toBe(nodeThumbprint(spkiPem(key)));
	});
});

describe('refused and warned keys', () => {
	it('refuses a 1024-bit key and shows its size', async () => {
		const result = await checkKey(spkiPem(rsaPair(1024).publicKey));
		expect(result.status).toBe('error');
		expect(result.keys[0]!.bits).toBe(1024);
		expect(result.keys[0]!.usable).toBe(false);
		const small = result.keys[0]!.findings.find((f) => f.code === 'key-too-small')!;
		expect(small.severity).toBe('error');
		expect(small.message).toContain('1024');
	});

	it('warns about an exponent other than 65537', async () => {
		const result = await checkKey(spkiPem(rsaPair(2048, 3).publicKey));
		expect(result.status).toBe('warning');
		expect(result.keys[0]!.exponent).toBe('3');
		expect(codes(result)).toContain('exponent-unusual');
		expect(result.keys[0]!.usable).toBe(true);
	});

	it('warns about a modulus that is not a whole number of bytes', async () => {
		const result = await checkKey(spkiPem(generateKeyPairSync('rsa', { modulusLength: 2052 }).publicKey));
		expect(result.keys[0]!.bits).toBe(2052);
		expect(codes(result)).toContain('modulus-not-whole-bytes');
	});

	it('names EC P-256 and Ed25519 keys as not RSA, in PEM, JWK and OpenSSH form', async () => {
		const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey;
		const ed = generateKeyPairSync('ed25519').publicKey;
		for (const [input, name] of [
			[spkiPem(ec), 'EC P-256'],
			[JSON.stringify(ec.export({ format: 'jwk' })), 'EC P-256'],
			[spkiPem(ed), 'Ed25519'],
			[JSON.stringify(ed.export({ format: 'jwk' })), 'Ed25519'],
			[`ssh-ed25519 ${Buffer.concat([Buffer.of(0, 0, 0, 11), Buffer.from('ssh-ed25519'), Buffer.of(0, 0, 0, 32), Buffer.alloc(32, 7)]).toString('base64')} a@b`, 'Ed25519'],
		] as const) {
			const result = await checkKey(input);
			expect(result.keys).toEqual([]);
			expect(codes(result)).toEqual(['not-rsa']);
			expect(result.findings[0]!.message).toContain(name);
		}
	});
});

describe('private keys are refused and never echoed', () => {
	const pair = rsaPair(2048);
	const jwk = pair.privateKey.export({ format: 'jwk' }) as Record<string, string>;
	const privateForms: [string, string, string[]][] = [
		['PKCS#8 PEM', pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), ['private-key-pkcs8']],
		['PKCS#1 PEM', pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(), ['private-key-pkcs1']],
		[
			'encrypted PKCS#8 PEM',
			pair.privateKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'hemmelig' }).toString(),
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
		const result = await checkKey('-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----');
		expect(codes(result)).toEqual(['private-key-other']);
	});
});

describe('broken input gets its own finding', () => {
	const pem = spkiPem(rsaPair(2048).publicKey);
	const cases: [string, string, string][] = [
		['broken base64 in a PEM body', pem.replace(/\n(.)/, '\n!$1'), 'base64-invalid'],
		['a PEM with no END line', pem.slice(0, pem.indexOf('-----END')), 'pem-truncated'],
		['a PEM with its start cut off', pem.slice(pem.indexOf('\n', 40)), 'pem-truncated'],
		[
			'a PEM body cut short',
			`-----BEGIN PUBLIC KEY-----\n${pemBody(pem).slice(0, 200)}\n-----END PUBLIC KEY-----`,
			'der-truncated',
		],
		['an unknown PEM label', pem.replaceAll('PUBLIC KEY', 'PGP PUBLIC KEY BLOCK'), 'pem-unknown-header'],
		['mismatched BEGIN and END', pem.replace('END PUBLIC KEY', 'END RSA PUBLIC KEY'), 'pem-end-mismatch'],
		['a certificate request', '-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----', 'pem-csr'],
		['broken JSON', '{"kty": "RSA", "n": ', 'json-invalid'],
		['JSON that is not a JWK', '{"name": "nøkkel"}', 'json-not-jwk'],
		['a JWK missing n', '{"kty": "RSA", "e": "AQAB"}', 'jwk-invalid'],
		['an empty JWKS', '{"keys": []}', 'jwks-empty'],
		['a JWT', 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln', 'looks-like-jwt'],
		['prose', 'Hei! Jeg finner ikke nøkkelen.', 'unrecognised'],
		['base64 of something else', Buffer.from('0'.repeat(120)).toString('base64'), 'der-invalid'],
		['damaged bare base64', spkiDerBase64(rsaPair(2048).publicKey).replace(/^(.{50})./, '$1%'), 'base64-invalid'],
		['a damaged ssh-rsa line', 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ== x@y', 'ssh-invalid'],
		['XML without exponent', '<RSAKeyValue><Modulus>AQAB</Modulus></RSAKeyValue>', 'xml-invalid'],
	];
	for (const [name, input, code] of cases) {
		it(`${name}: ${code}`, async () => {
			const result = await checkKey(input);
			expect(codes(result)).toContain(code);
			expect(result.status).toBe('error');
			expect(result.keys).toEqual([]);
		});
	}

	it('reads a PEM with sloppy dashes but warns', async () => {
		const result = await checkKey(pem.replaceAll('-----', '----'));
		expect(result.keys).toHaveLength(1);
		expect(codes(result)).toContain('pem-header-malformed');
	});

	it('warns when the PEM label does not match the content', async () => {
		const result = await checkKey(pem.replaceAll('PUBLIC KEY', 'RSA PUBLIC KEY'));
		expect(result.keys).toHaveLength(1);
		expect(codes(result)).toContain('pem-label-mismatch');
	});

	it('says empty input is empty, and handles non-strings', async () => {
		expect(await checkKey('   \n ')).toEqual({ status: 'empty', keys: [], findings: [] });
		expect((await checkKey(42)).status).toBe('empty');
	});

	it('refuses text that is far too long', async () => {
		expect(codes(await checkKey('A'.repeat(300_000)))).toEqual(['too-long']);
	});
});

// The limit that matters is per input (below); the whole run of 200 inputs gets room for a loaded CI machine.
const PROPERTY_TIMEOUT = 30_000;

describe('never throws, always answers within 100 ms per input', () => {
	const pems = [
		spkiPem(rsaPair(2048).publicKey),
		pkcs1Pem(rsaPair(2048).publicKey),
		spkiPem(rsaPair(4096).publicKey),
		selfSignedCertificatePem(rsaPair(2048)),
	];

	async function measure(input: string): Promise<number> {
		const start = performance.now();
		const result = await checkKey(input);
		const elapsed = performance.now() - start;
		expect(['empty', 'ok', 'warning', 'error', 'private-key']).toContain(result.status);
		return elapsed;
	}

	async function timed(input: string): Promise<void> {
		// Other test files generate RSA keys in parallel workers, and a loaded 2-core CI machine then sometimes
		// stalls a call for a garbage collection or a scheduler slice. An input that is really slow for the checker
		// is slow every time, so the best of up to three measurements is what is held to the limit.
		let best = await measure(input);
		for (let retry = 0; retry < 2 && best >= 100; retry++) best = Math.min(best, await measure(input));
		expect(best).toBeLessThan(100);
	}

	beforeAll(async () => {
		// Warm WebCrypto and jose up so the first property run does not time module loading.
		for (const pem of pems) await checkKey(pem);
	});

	it('random strings', async () => {
		await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 3000 }), timed), { numRuns: 200 });
	}, PROPERTY_TIMEOUT);

	it('random bytes as base64, bare and in PEM armour', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.boolean(), async (bytes, armour) => {
				const b64 = Buffer.from(bytes).toString('base64');
				await timed(armour ? `-----BEGIN PUBLIC KEY-----\n${b64}\n-----END PUBLIC KEY-----` : b64);
			}),
			{ numRuns: 200 },
		);
	}, PROPERTY_TIMEOUT);

	it('mutated valid PEM: truncated, characters flipped, parts duplicated', async () => {
		const mutation = fc.oneof(
			fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
			fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), char: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }) }),
			fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
		);
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...pems), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (pem, steps) => {
				let text = pem;
				for (const step of steps) {
					const at = step.at % (text.length + 1);
					if (step.kind === 'truncate') text = text.slice(0, at);
					else if (step.kind === 'flip') text = text.slice(0, at) + step.char + text.slice(at + 1);
					else text = text.slice(0, at) + text.slice(at, at + step.length) + text.slice(at);
				}
				await timed(text);
			}),
			{ numRuns: 200 },
		);
	}, PROPERTY_TIMEOUT);
});
