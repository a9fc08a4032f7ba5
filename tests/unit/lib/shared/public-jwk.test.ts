import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { publicJwkPem, publicJwkText, readStoredPublicJwk, storedPublicJwk } from '~/lib/shared/public-jwk';

const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = pair.publicKey.export({ format: 'jwk' }) as { kty: 'RSA'; n: string; e: string };
const privateJwk = pair.privateKey.export({ format: 'jwk' });

describe('the public key a kommune keeps', () => {
	it('reads exactly kty, n and e', () => {
		expect(readStoredPublicJwk({ kty: 'RSA', n: jwk.n, e: jwk.e })).toEqual({ kty: 'RSA', n: jwk.n, e: jwk.e });
	});

	it('refuses a private key, any other member, another key type or bad base64url', () => {
		expect(readStoredPublicJwk(privateJwk)).toBeUndefined();
		expect(readStoredPublicJwk({ kty: 'RSA', n: jwk.n, e: jwk.e, d: 'AQAB' })).toBeUndefined();
		expect(readStoredPublicJwk({ kty: 'RSA', n: jwk.n, e: jwk.e, kid: 'x' })).toBeUndefined();
		expect(readStoredPublicJwk({ kty: 'EC', n: jwk.n, e: jwk.e })).toBeUndefined();
		expect(readStoredPublicJwk({ kty: 'RSA', n: `${jwk.n}=`, e: jwk.e })).toBeUndefined();
		expect(readStoredPublicJwk({ kty: 'RSA', n: 'a'.repeat(3000), e: jwk.e })).toBeUndefined();
		expect(readStoredPublicJwk('{"kty":"RSA"}')).toBeUndefined();
	});

	it('keeps only the public members of a checked JWK', () => {
		expect(storedPublicJwk({ ...jwk, kid: 'k', use: 'sig' } as typeof jwk)).toEqual({
			kty: 'RSA',
			n: jwk.n,
			e: jwk.e,
		});
	});

	it('writes the same key as JWK text and as a PEM that Node reads back to the same key', () => {
		const stored = storedPublicJwk(jwk);
		expect(JSON.parse(publicJwkText(stored))).toEqual({ kty: 'RSA', n: jwk.n, e: jwk.e });
		const pem = publicJwkPem(stored);
		expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----$/);
		expect(pem).toBe((pair.publicKey.export({ type: 'spki', format: 'pem' }) as string).trimEnd());
	});
});
