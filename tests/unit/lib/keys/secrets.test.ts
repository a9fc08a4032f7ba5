/** Private and secret keys, in every form: refused, and nothing of them comes back. */
import { describe, expect, it } from 'vitest';
import { checkKey } from '~/lib/keys/check';
import { scanForSecrets } from '~/lib/keys/secrets';
import { pemBody, publicJwk, rsaPair, spkiPem } from '~test/helpers/key-fixtures';
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
