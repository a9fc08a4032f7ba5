import { errors } from 'jose';
import { describe, expect, it } from 'vitest';
import { HELSEID_ALGORITHMS } from '~/lib/helseid/environments';
import { keyFitsAlg, outcomeOf, verifySignature } from '~/lib/helseid/signature';
import { dpopProof, sign, testKey } from '~test/helpers/helseid-tokens';

describe('outcomeOf', () => {
	it.each([
		[new errors.JWSSignatureVerificationFailed(), 'RS256', 'invalid'],
		[new errors.JOSEAlgNotAllowed('x'), 'RS256', 'alg-refused'],
		[new errors.JOSENotSupported('x'), 'ES512', 'unsupported'],
		[new errors.JOSENotSupported('x'), 'EdDSA', 'alg-refused'],
		[new errors.JOSENotSupported('x'), undefined, 'alg-refused'],
		[new TypeError('RS256 requires key modulusLength to be 2048 bits or larger'), 'RS256', 'key-too-short'],
		[new TypeError('Invalid key for this operation'), 'RS256', 'key-mismatch'],
		[new DOMException('no', 'NotSupportedError'), 'ES512', 'unsupported'],
		[new DOMException('no', 'DataError'), 'ES512', 'key-mismatch'],
		[new errors.JWSInvalid('x'), 'RS256', 'key-mismatch'],
		['a string', 'RS256', 'key-mismatch'],
		[null, 'RS256', 'key-mismatch'],
	])('%s (alg %s) → %s', (error, alg, outcome) => {
		expect(outcomeOf(error, alg, HELSEID_ALGORITHMS)).toBe(outcome);
	});
});

describe('keyFitsAlg', () => {
	it.each([
		[{ kty: 'RSA' }, 'RS256', true],
		[{ kty: 'RSA' }, 'PS512', true],
		[{ kty: 'EC', crv: 'P-256' }, 'ES256', true],
		[{ kty: 'EC', crv: 'P-384' }, 'ES384', true],
		[{ kty: 'EC', crv: 'P-521' }, 'ES512', true],
		[{ kty: 'EC', crv: 'P-256' }, 'ES384', false],
		[{ kty: 'EC', crv: 'P-256' }, 'RS256', false],
		[{ kty: 'RSA' }, 'ES256', false],
		[{ kty: 'OKP', crv: 'Ed25519' }, 'EdDSA', false],
		[null, 'RS256', false],
		['RSA', 'RS256', false],
		[{ kty: 'RSA' }, 5, false],
		[{ kty: 'RSA' }, 'XRS256', false],
	])('%j for %s: %s', (jwk, alg, fits) => {
		expect(keyFitsAlg(jwk, alg)).toBe(fits);
	});
});

describe('verifySignature', () => {
	it('verifies with a JWK and with the header jwk, and refuses a key of the wrong type early', async () => {
		const rsa = await testKey('RS256');
		const ec = await testKey('ES256');
		const token = await sign({ alg: 'RS256' }, { a: 1 }, rsa);
		expect(await verifySignature(token, { jwk: rsa.publicJwk }, HELSEID_ALGORITHMS, 'RS256')).toBe('ok');
		expect(await verifySignature(token, { jwk: ec.publicJwk }, HELSEID_ALGORITHMS, 'RS256')).toBe('key-mismatch');
		const proof = await dpopProof(ec);
		expect(await verifySignature(proof, 'embedded', HELSEID_ALGORITHMS, 'ES256', ec.publicJwk)).toBe('ok');
		expect(await verifySignature(proof, 'embedded', HELSEID_ALGORITHMS, 'ES256', rsa.publicJwk)).toBe('key-mismatch');
		expect(await verifySignature(token, { jwk: rsa.publicJwk }, ['PS256'], 'RS256')).toBe('alg-refused');
	});

	it('does not change the JWK it is given (jose freezes what it gets)', async () => {
		const rsa = await testKey('RS256');
		const jwk = { ...rsa.publicJwk };
		await verifySignature(await sign({ alg: 'RS256' }, {}, rsa), { jwk }, HELSEID_ALGORITHMS, 'RS256');
		expect(Object.isFrozen(jwk)).toBe(false);
	});
});
