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

	it('flags an encryption key (use enc, alg RSA-OAEP), and hands back a signing JWK without its alg', async () => {
		const jwk = { ...publicJwk(rsaPair(2048).publicKey), use: 'enc', alg: 'RSA-OAEP' };
		const result = await checkKey(JSON.stringify(jwk));
		expect(result.status).toBe('warning');
		expect(codes(result)).toEqual(['jwk-use-not-sig', 'jwk-alg-unexpected']);
		const [use, alg] = result.keys[0]!.findings;
		expect(use!.message).toContain('"use": "enc"');
		expect(alg!.message).toContain('"alg": "RSA-OAEP", en algoritme for kryptering');
		expect(result.keys[0]!.jwk.use).toBe('sig');
		expect(result.keys[0]!.jwk).not.toHaveProperty('alg');
		expect(result.keys[0]!.alg).toBe('RSA-OAEP');
	});

	it('quotes a known name as it was pasted, and calls anything else unknown', async () => {
		const key = publicJwk(rsaPair(2048).publicKey);
		const lower = await checkKey(JSON.stringify({ ...key, alg: 'rs256', use: 'SIG' }));
		expect(codes(lower)).toEqual(['jwk-use-not-sig', 'jwk-alg-unexpected']);
		expect(lower.keys[0]!.findings[0]!.message).toContain('"use": "SIG"');
		expect(lower.keys[0]!.findings[1]!.message).toContain('"alg": "rs256"');
		expect(lower.keys[0]!.findings[1]!.message).toContain('"RS256"');
		expect(lower.keys[0]!.jwk.alg).toBe('RS256');
		const other = await checkKey(JSON.stringify({ ...key, alg: 'ES256', use: 'x<script>' }));
		expect(other.keys[0]!.findings[0]!.message).toContain('en verdi for "use" vi ikke kjenner');
		expect(other.keys[0]!.findings[1]!.message).toContain('"alg": "ES256"');
		expect(other.keys[0]!.jwk).not.toHaveProperty('alg');
		const unknown = await checkKey(JSON.stringify({ ...key, alg: 'RS256\u202e' }));
		expect(unknown.keys[0]!.findings[0]!.message).toContain('en verdi for "alg" vi ikke kjenner');
		expect(unknown.keys[0]!.alg).toBe('RS256[U+202E]');
		expect(JSON.stringify(unknown)).not.toContain('\u202e');
	});

	it('reads "kty": "rsa" with a warning that quotes it, and hands back "RSA"', async () => {
		const result = await checkKey(JSON.stringify({ ...publicJwk(rsaPair(2048).publicKey), kty: 'rsa' }));
		expect(result.status).toBe('warning');
		expect(codes(result)).toEqual(['jwk-kty-case']);
		expect(result.keys[0]!.findings[0]!.message).toContain('"kty": "rsa"');
		expect(result.keys[0]!.jwk.kty).toBe('RSA');
		const unknown = await checkKey(JSON.stringify({ kty: 'R\u0000SA', n: 'AQAB', e: 'AQAB' }));
		expect(codes(unknown)).toEqual(['jwk-unknown-kty']);
		expect(unknown.findings[0]!.message).toContain('en verdi for "kty" vi ikke kjenner');
	});

	it('marks control and bidi characters of a kid, and uses the thumbprint as the JWK kid instead', async () => {
		const result = await checkKey(JSON.stringify({ ...publicJwk(rsaPair(2048).publicKey), kid: 'a\u202eb\r\nc' }));
		expect(codes(result)).toEqual(['jwk-kid-unsafe']);
		expect(result.keys[0]!.kid).toBe('a[U+202E]b[U+000D][U+000A]c');
		expect(result.keys[0]!.jwk.kid).toBe(result.keys[0]!.thumbprint);
		const long = await checkKey(JSON.stringify({ ...publicJwk(rsaPair(2048).publicKey), kid: 'k'.repeat(201) }));
		expect(long.keys[0]!.kid).toBeUndefined();
		expect(long.keys[0]!.jwk.kid).toBe(long.keys[0]!.thumbprint);
	});

	it('reads n and e in standard base64 or padded, and with a leading zero byte, each with its warning', async () => {
		const { n, e } = publicJwk(rsaPair(2048).publicKey);
		const plain = await checkKey(JSON.stringify({ kty: 'RSA', n, e }));
		const standard = Buffer.from(n, 'base64url').toString('base64');
		const cases: [Record<string, string>, FindingCode[]][] = [
			[{ n: standard, e: 'AQAB' }, ['jwk-not-base64url']],
			[{ n, e: 'AQAB=' }, ['jwk-not-base64url']],
			[
				{ n: Buffer.concat([Buffer.of(0), Buffer.from(n, 'base64url')]).toString('base64url'), e },
				['jwk-leading-zero'],
			],
			[{ n, e: 'AAEAAQ' }, ['jwk-leading-zero']],
		];
		for (const [numbers, expected] of cases) {
			const result = await checkKey(JSON.stringify({ kty: 'RSA', ...numbers }));
			expect(codes(result), JSON.stringify(numbers).slice(0, 40)).toEqual(expected);
			expect(result.keys[0]!.thumbprint).toBe(plain.keys[0]!.thumbprint);
			expect(result.keys[0]!.jwk.n).toBe(n);
		}
		for (const broken of [
			{ n: 'ab+c-d', e },
			{ n: '', e },
			{ n, e: 'A' },
			{ n: 5, e },
		])
			expect(codes(await checkKey(JSON.stringify({ kty: 'RSA', ...broken })))).toEqual(['jwk-invalid']);
	});

	it('reads a key inside other JSON (appsettings.json): a PEM value, or a JWK written as a string', async () => {
		const pem = rsaPair(2048).publicKey.export({ type: 'spki', format: 'pem' }).toString();
		const jwk = publicJwk(rsaPair(3072).publicKey);
		const result = await checkKey(
			JSON.stringify({
				Logging: { Level: 'Info' },
				HelseId: { PublicKeyPem: pem, Jwk: JSON.stringify(jwk), Other: 'x' },
			}),
		);
		expect(codes(result)).toEqual(['json-key-inside', 'key-ok', 'key-ok']);
		expect(result.keys.map((k) => k.bits)).toEqual([2048, 3072]);
		expect(codes(await checkKey(JSON.stringify({ a: ['ssh-rsa AAAA'] })))).toEqual(['json-key-inside', 'ssh-invalid']);
	});

	it('reads JSON copied as printed, with line breaks inside its values, and says it repaired it', async () => {
		const jwk = publicJwk(rsaPair(2048).publicKey);
		const printed = `{\n  "kty": "RSA",\n  "n": "${jwk.n.slice(0, 60)}\n     ${jwk.n.slice(60)}",\n  "e": "AQAB"\n}`;
		const result = await checkKey(printed);
		expect(codes(result)).toEqual(['paste-repaired', 'key-ok']);
		expect(result.keys[0]!.jwk.n).toBe(jwk.n);
	});

	it('reads a JWK pasted after a PEM block, numbering both', async () => {
		const pem = rsaPair(2048).publicKey.export({ type: 'spki', format: 'pem' }).toString();
		const result = await checkKey(`${pem}\n${JSON.stringify(publicJwk(rsaPair(3072).publicKey))}\n`);
		expect(result.keys.map((k) => [k.block, k.format, k.bits])).toEqual([
			[1, 'spki-pem', 2048],
			[2, 'jwk', 3072],
		]);
		expect(codes(result)).not.toContain('text-ignored');
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
		['a JWK with kty that is not a string', '{"kty": 5, "n": "AQAB", "e": "AQAB"}', 'jwk-invalid'],
		['a JWKS whose key is not an object', '{"keys": ["AQAB"]}', 'jwk-invalid'],
	];
	itFindsEachBrokenInput(cases);
});
