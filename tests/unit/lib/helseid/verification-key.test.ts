import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keyReadMessages } from '~/lib/helseid/messages';
import { checkKey } from '~/lib/keys/check';
import { readVerificationKey } from '~/lib/helseid/verification-key';
import { testKey } from '~test/helpers/helseid-tokens';
import { keyCorpus } from '~test/helpers/key-corpus';

describe('readVerificationKey', () => {
	it('is empty for nothing', async () => {
		expect(await readVerificationKey('')).toEqual({ status: 'empty' });
		expect(await readVerificationKey(undefined)).toEqual({ status: 'empty' });
	});

	it('reads an RSA key through the key check, with its thumbprint, kid and alg', async () => {
		const key = await testKey('RS256');
		const result = await readVerificationKey(JSON.stringify({ ...key.publicJwk, kid: 'k1', alg: 'RS256' }));
		expect(result).toEqual({
			status: 'ok',
			keys: [
				{
					jwk: { kty: 'RSA', n: key.publicJwk.n, e: key.publicJwk.e, alg: 'RS256' },
					thumbprint: key.thumbprint,
					kid: 'k1',
					label: 'RSA 2048 bit',
				},
			],
		});
		// Strict: a key pasted without alg or kid gets no alg or kid member at all (not one set to undefined).
		const fromPem = await readVerificationKey(key.publicPem);
		expect(fromPem).toStrictEqual({
			status: 'ok',
			keys: [
				{
					jwk: { kty: 'RSA', n: key.publicJwk.n, e: key.publicJwk.e },
					thumbprint: key.thumbprint,
					label: 'RSA 2048 bit',
				},
			],
		});
	});

	it.each(['ES256', 'ES384', 'ES512'])('reads an EC key (%s) from a JWK, a JWKS and a PEM', async (alg) => {
		const key = await testKey(alg);
		const curve = { ES256: 'P-256', ES384: 'P-384', ES512: 'P-521' }[alg];
		const expected = {
			jwk: { kty: 'EC', crv: curve, x: key.publicJwk.x, y: key.publicJwk.y },
			thumbprint: key.thumbprint,
			label: `EC ${curve}`,
		};
		expect(await readVerificationKey(JSON.stringify(key.publicJwk))).toStrictEqual({ status: 'ok', keys: [expected] });
		expect(
			await readVerificationKey(`Nøkkelen: ${JSON.stringify({ keys: [{ ...key.publicJwk, kid: 'e', alg }] })}`),
		).toEqual({
			status: 'ok',
			keys: [{ ...expected, jwk: { ...expected.jwk, alg }, kid: 'e' }],
		});
		expect(await readVerificationKey(`tekst foran\n${key.publicPem}\ntekst etter`)).toEqual({
			status: 'ok',
			keys: [expected],
		});
	});

	it('reads RSA and EC keys in one JWKS', async () => {
		const rsa = await testKey('RS256');
		const ec = await testKey('ES256');
		const result = await readVerificationKey(JSON.stringify({ keys: [rsa.publicJwk, ec.publicJwk] }));
		expect(result.status === 'ok' && result.keys.map((k) => k.label)).toEqual(['RSA 2048 bit', 'EC P-256']);
	});

	it('refuses private keys, RSA and EC, with the key check’s messages and nothing of the key', async () => {
		const rsa = await testKey('RS256');
		const ec = await testKey('ES256');
		for (const text of [JSON.stringify(rsa.privateJwk), JSON.stringify(ec.privateJwk)]) {
			const result = await readVerificationKey(text);
			expect(result.status).toBe('private-key');
			expect(JSON.stringify(result)).not.toContain(String((JSON.parse(text) as { d: string }).d).slice(0, 12));
			expect(result.status === 'private-key' && result.messages.length).toBeGreaterThan(0);
		}
	});

	it('says why a key cannot be used: too small, not RSA or EC, damaged, nothing at all', async () => {
		const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ type: 'spki', format: 'pem' });
		const smallResult = await readVerificationKey(small.toString());
		expect(smallResult.status).toBe('error');
		expect(smallResult.status === 'error' && smallResult.messages.join(' ')).toMatch(/1024 bit/);

		const ed = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' });
		expect(await readVerificationKey(ed.toString())).toEqual({
			status: 'error',
			messages: [keyReadMessages.notRsaOrEc],
		});

		const ecK = generateKeyPairSync('ec', { namedCurve: 'secp256k1' }).publicKey.export({ format: 'jwk' });
		const k1 = await readVerificationKey(JSON.stringify(ecK));
		expect(k1.status === 'error' && k1.messages[0]).toBe(keyReadMessages.notRsaOrEc);

		const broken = await readVerificationKey('{"kty":"EC","crv":"P-256","x":"AAAA","y":"AAAA"}');
		expect(broken.status).toBe('error');

		const nothing = await readVerificationKey('bare tekst');
		expect(nothing.status).toBe('error');
		expect(nothing.status === 'error' && nothing.messages.length).toBeGreaterThan(0);
	});

	// Issue 12's key corpus: every private key the key page refuses (PEM under any label, bare PKCS#8, PKCS#12,
	// OpenSSH bodies, XML, JWK members in any quoting …) is refused here too, and nothing of it is kept.
	const privateFixtures = keyCorpus().filter((fixture) => fixture.expect.private);
	it(`refuses all ${privateFixtures.length} private keys of the key corpus, as the key page does`, async () => {
		expect(privateFixtures.length).toBeGreaterThan(10);
		for (const { file, text } of privateFixtures) {
			const result = await readVerificationKey(text);
			expect(result.status, file).toBe('private-key');
			expect(result.status === 'private-key' && result.messages.length, file).toBeGreaterThan(0);
			const body = text.replace(/-----[^-]+-----|\s/g, '');
			if (body.length > 40) expect(JSON.stringify(result), file).not.toContain(body.slice(20, 40));
		}
	}, 60_000);

	it('reads at most 20 keys of a JWKS, and drops a kid that is empty', async () => {
		const key = await testKey('ES256');
		const many = await readVerificationKey(JSON.stringify({ keys: Array.from({ length: 21 }, () => key.publicJwk) }));
		expect(many.status === 'ok' && many.keys.length).toBe(20);
		const noKid = await readVerificationKey(JSON.stringify({ ...key.publicJwk, kid: '' }));
		expect(noKid.status === 'ok' && 'kid' in noKid.keys[0]!).toBe(false);
	});

	it('says an EC key is unreadable when a coordinate is missing or the point is off the curve', async () => {
		const key = await testKey('ES256');
		for (const jwk of [
			{ kty: 'EC', crv: 'P-256', x: key.publicJwk.x },
			{ kty: 'EC', crv: 'P-256', y: key.publicJwk.y },
			{ kty: 'EC', x: key.publicJwk.x, y: key.publicJwk.y },
			{ kty: 'EC', crv: 'P-384', x: key.publicJwk.x, y: key.publicJwk.y },
		]) {
			expect(await readVerificationKey(JSON.stringify(jwk)), JSON.stringify(jwk)).toEqual({
				status: 'error',
				messages: [keyReadMessages.notRsaOrEc],
			});
		}
	});

	it('finds the EC key only inside a whole PEM block or JSON object', async () => {
		const key = await testKey('ES256');
		const body = key.publicPem.replace('-----END PUBLIC KEY-----', '');
		expect((await readVerificationKey(body)).status).toBe('error');
		expect((await readVerificationKey(`} ${JSON.stringify(key.publicJwk).slice(0, -1)}`)).status).toBe('error');
		expect(await readVerificationKey(`-----END PUBLIC KEY-----\n${key.publicPem}`)).toMatchObject({
			status: 'ok',
			keys: [{ thumbprint: key.thumbprint }],
		});
	});

	it('reads an EC key only from an EC JWK whose curve and coordinates are text', async () => {
		const key = await testKey('ES256');
		const { x, y } = key.publicJwk as { x: string; y: string };
		for (const jwk of [
			{ kty: 'OKP', crv: 'P-256', x, y },
			{ kty: 'ec', crv: 'P-256', x, y },
			{ kty: 'EC', crv: ['P-256'], x, y },
			{ kty: 'EC', crv: 'P-256', x: [x], y },
			{ kty: 'EC', crv: 'P-256', x, y: [y] },
			{ kty: 'EC', crv: 'P-192', x, y },
		]) {
			expect(await readVerificationKey(JSON.stringify(jwk)), JSON.stringify(jwk)).toEqual({
				status: 'error',
				messages: [keyReadMessages.notRsaOrEc],
			});
		}
	});

	it('keeps an EC key’s alg and kid only when they are text', async () => {
		const key = await testKey('ES256');
		const result = await readVerificationKey(JSON.stringify({ ...key.publicJwk, alg: 256, kid: 7 }));
		expect(result).toStrictEqual({
			status: 'ok',
			keys: [
				{
					jwk: { kty: 'EC', crv: 'P-256', x: key.publicJwk.x, y: key.publicJwk.y },
					thumbprint: key.thumbprint,
					label: 'EC P-256',
				},
			],
		});
	});

	it('reads a JWK with text before and after it, as it is pasted from a mail or a log', async () => {
		const key = await testKey('ES256');
		const result = await readVerificationKey(`Nøkkel: ${JSON.stringify(key.publicJwk)} (fra testmiljøet)`);
		expect(result).toMatchObject({ status: 'ok', keys: [{ thumbprint: key.thumbprint }] });
	});

	it('refuses a private key with exactly the key check’s messages', async () => {
		const ec = await testKey('ES256');
		const text = JSON.stringify(ec.privateJwk);
		const checked = await checkKey(text);
		const messages = checked.findings.map((f) => f.message);
		expect(messages.length).toBeGreaterThan(0);
		expect(await readVerificationKey(text)).toEqual({ status: 'private-key', messages });
	});
});

describe('readVerificationKey: what a refused key says', () => {
	it('gives the key check’s errors for an RSA key it cannot use, without the «not RSA or EC» line or warnings', async () => {
		const small = generateKeyPairSync('rsa', { modulusLength: 1024 })
			.publicKey.export({ type: 'spki', format: 'pem' })
			.toString();
		const checked = await checkKey(small);
		const errors = [...checked.findings, ...checked.keys.flatMap((key) => key.findings)].filter(
			(f) => f.severity === 'error',
		);
		expect(errors.length).toBeGreaterThan(0);
		const result = await readVerificationKey(small);
		expect(result).toEqual({ status: 'error', messages: errors.map((f) => f.message) });
		if (result.status === 'error') expect(result.messages[0]).not.toBe(keyReadMessages.notRsaOrEc);
	});

	it('reads an EC key in a PEM block even when braces before it hold no JSON', async () => {
		const ec = await testKey('ES256');
		const result = await readVerificationKey(`{ ikke json }\n${ec.publicPem}`);
		expect(result.status).toBe('ok');
		if (result.status === 'ok') {
			expect(result.keys).toHaveLength(1);
			expect(result.keys[0]).toMatchObject({ label: 'EC P-256', thumbprint: ec.thumbprint });
		}
	});
});
