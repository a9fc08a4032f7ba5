/** JSON input: JWK and JWKS (RFC 7517), and JSON that is neither. Private JWKs are in secrets.test.ts. */
import { generateKeyPairSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkKey, type FindingCode } from '~/lib/keys/check';
import { publicJwk, rsaPair } from '~test/helpers/key-fixtures';
import { findingCodes as codes, itFindsEachBrokenInput } from '~test/helpers/key-results';

beforeAll(() => void rsaPair(4096), 60_000);

describe('JWK and JWKS read', () => {
	it('gives the RFC 7638 §3.1 example key its published thumbprint, keeping its kid and alg', async () => {
		const jwk = {
			kty: 'RSA',
			n: '0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw',
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

	it('reads a JWK with text around it', async () => {
		const result = await checkKey(`Nøkkelen: ${JSON.stringify(publicJwk(rsaPair(2048).publicKey))} takk`);
		expect(result.keys).toHaveLength(1);
		expect(codes(result)).toContain('text-ignored');
	});

	it('warns about a use other than sig and an alg that is not an RSA signing algorithm', async () => {
		const jwk = { ...publicJwk(rsaPair(2048).publicKey), use: 'enc', alg: 'RSA-OAEP' };
		const result = await checkKey(JSON.stringify(jwk));
		expect(result.status).toBe('warning');
		expect(codes(result)).toEqual(['jwk-use-not-sig', 'jwk-alg-unexpected']);
		expect(result.keys[0]!.jwk.use).toBe('sig');
	});

	it('names EC P-256 and Ed25519 JWKs as not RSA', async () => {
		for (const [key, name] of [
			[generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey, 'EC P-256'],
			[generateKeyPairSync('ed25519').publicKey, 'Ed25519'],
		] as const) {
			const result = await checkKey(JSON.stringify(key.export({ format: 'jwk' })));
			expect(result.keys).toEqual([]);
			expect(codes(result)).toEqual(['not-rsa']);
			expect(result.findings[0]!.message).toContain(name);
		}
	});
});

describe('broken JSON gets its own finding', () => {
	const cases: [string, string, FindingCode][] = [
		['broken JSON', '{"kty": "RSA", "n": ', 'json-invalid'],
		['JSON that is not a JWK', '{"name": "nøkkel"}', 'json-not-jwk'],
		['a JWK missing n', '{"kty": "RSA", "e": "AQAB"}', 'jwk-invalid'],
		['an empty JWKS', '{"keys": []}', 'jwks-empty'],
		['a JWK of an unknown type', '{"kty": "XYZ", "x": "AQAB"}', 'jwk-unknown-kty'],
	];
	itFindsEachBrokenInput(cases);
});
