/**
 * readJson on its own, without the checker around it: the secret scan (secrets.ts) refuses private and symmetric
 * JWKs before jwk.ts sees them in a paste, so jwk.ts's own refusals, its limits and the names it may quote are tested
 * here directly. Keys need no RSA work at this layer: n and e are short numbers.
 */
import { describe, expect, it } from 'vitest';
import type { Collected } from '~/lib/keys/collected';
import { readJson } from '~/lib/keys/jwk';

/** A public RSA JWK's numbers: n = 0xbb54a4 (base64url "u1Sk"), e = 65537. */
const RSA = { kty: 'RSA', n: 'u1Sk', e: 'AQAB' } as const;

function read(value: unknown, readNested?: (text: string) => void): Collected {
	const into: Collected = { candidates: [], findings: [], nextBlock: 1 };
	readJson(typeof value === 'string' ? value : JSON.stringify(value), into, readNested);
	return into;
}

const codes = (into: Collected) => into.findings.map((f) => f.code);
const messages = (into: Collected) => into.findings.map((f) => f.message).join('\n');
const notes = (into: Collected) => into.candidates.flatMap((c) => c.notes.map((n) => n.code));

describe('readJson refuses private and symmetric JWKs itself', () => {
	it('refuses a JWK with any one private RSA member, as a JWK or inside a JWKS', () => {
		for (const member of ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth']) {
			const jwk = { ...RSA, [member]: 'AQAB' };
			const single = read(jwk);
			expect(codes(single), member).toEqual(['private-key-jwk']);
			expect(single.candidates).toEqual([]);
			const set = read({ keys: [RSA, jwk] });
			expect(codes(set), member).toEqual(['private-key-jwks']);
			expect(set.candidates).toHaveLength(1);
		}
	});

	it('refuses a symmetric JWK: "kty": "oct" with or without "k", or "k" under any kty', () => {
		for (const jwk of [{ kty: 'oct', k: 'AQAB' }, { kty: 'OCT' }, { ...RSA, k: 'AQAB' }, { kty: 'XYZ', k: 'AQAB' }]) {
			const into = read(jwk);
			expect(codes(into), JSON.stringify(jwk)).toEqual(['secret-key-jwk']);
			expect(into.candidates).toEqual([]);
		}
	});
});

describe('readJson names what it knows and nothing else', () => {
	it('keeps each RSA signing algorithm HelseID accepts, without a note', () => {
		for (const alg of ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512']) {
			const into = read({ ...RSA, alg });
			expect(notes(into), alg).toEqual([]);
			expect(into.candidates[0]!.keep).toEqual({ alg });
		}
	});

	it('quotes each encryption algorithm as one, and drops it from the JWK it hands back', () => {
		for (const alg of ['RSA1_5', 'RSA-OAEP', 'RSA-OAEP-256', 'RSA-OAEP-384', 'RSA-OAEP-512']) {
			const [note] = read({ ...RSA, alg }).candidates[0]!.notes;
			expect(note!.message, alg).toContain(`"alg": "${alg}", en algoritme for kryptering`);
		}
		const other = read({ ...RSA, alg: 'Foo' }).candidates[0]!;
		expect(other.notes[0]!.message).toContain('en verdi for "alg" vi ikke kjenner');
		expect(other.notes[0]!.message).not.toContain('kryptering');
		expect(Object.keys(other.keep!)).toEqual([]);
	});

	it('quotes each other registered algorithm by name, and an unknown one as unknown', () => {
		for (const alg of ['ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519', 'HS256', 'HS384', 'HS512', 'none', 'dir']) {
			const [note] = read({ ...RSA, alg }).candidates[0]!.notes;
			expect(note!.message, alg).toContain(`"alg": "${alg}".`);
		}
	});

	it('quotes "use": "enc" and hands back a key without use or alg notes when none were given', () => {
		expect(read({ ...RSA, use: 'enc' }).candidates[0]!.notes[0]!.message).toContain('"use": "enc"');
		const plain = read(RSA);
		expect(notes(plain)).toEqual([]);
		expect(Object.keys(plain.candidates[0]!.keep!)).toEqual([]);
	});

	it('names each registered curve of an EC or OKP key, and only the key type when the curve is unknown', () => {
		for (const crv of ['P-256', 'P-384', 'P-521', 'secp256k1']) {
			const into = read({ kty: 'EC', crv, x: 'AQAB', y: 'AQAB' });
			expect(codes(into)).toEqual(['not-rsa']);
			expect(messages(into), crv).toContain(`en EC ${crv}-nøkkel`);
		}
		for (const crv of ['Ed25519', 'Ed448', 'X25519', 'X448']) {
			expect(messages(read({ kty: 'OKP', crv, x: 'AQAB' })), crv).toContain(`en ${crv}-nøkkel`);
		}
		expect(messages(read({ kty: 'EC', crv: 'P-999', x: 'AQAB' }))).toContain('en EC-nøkkel');
		expect(messages(read({ kty: 'ec', x: 'AQAB' }))).toContain('en EC-nøkkel');
		expect(messages(read({ kty: 'OKP', crv: 'Ed1', x: 'AQAB' }))).toContain('en OKP-nøkkel');
	});

	it('keeps a kid of 1 to 200 characters; an empty or longer one is not kept', () => {
		for (const kid of ['k', 'k'.repeat(200)]) expect(read({ ...RSA, kid }).candidates[0]!.keep).toEqual({ kid });
		for (const kid of ['', 'k'.repeat(201)]) {
			const [candidate] = read({ ...RSA, kid }).candidates;
			expect(candidate!.kid).toBeUndefined();
			expect(Object.keys(candidate!.keep!)).toEqual([]);
		}
	});
});

describe('readJson reads n and e exactly', () => {
	it('warns of a leading zero byte only before a longer number', () => {
		expect(notes(read({ ...RSA, e: 'AA' }))).toEqual([]);
		expect(notes(read({ ...RSA, n: 'AA' }))).toEqual([]);
		expect(notes(read({ ...RSA, e: 'AAEAAQ' }))).toEqual(['jwk-leading-zero']);
	});

	it('takes padding only at the end of a number', () => {
		expect(codes(read({ ...RSA, e: 'AQ=AB' }))).toEqual(['jwk-invalid']);
		expect(notes(read({ ...RSA, e: 'AQAB==' }))).toEqual(['jwk-not-base64url']);
	});
});

describe('readJson limits and numbering', () => {
	it('reads the first 20 keys of a JWKS and says so when there are more', () => {
		const key = { kty: 'XYZ' };
		const twenty = read({ keys: Array.from({ length: 20 }, () => key) });
		expect(codes(twenty)).toEqual(Array.from({ length: 20 }, () => 'jwk-unknown-kty'));
		const more = read({ keys: Array.from({ length: 25 }, () => key) });
		expect(codes(more)).toEqual([...Array.from({ length: 20 }, () => 'jwk-unknown-kty'), 'too-many-keys']);
		expect(more.findings.at(-1)!.message).toContain('Bare de 20 første nøklene');
		expect(more.nextBlock).toBe(21);
	});

	it('gives a single JWK the next block number and moves past it', () => {
		const into: Collected = { candidates: [], findings: [], nextBlock: 3 };
		readJson(JSON.stringify(RSA), into);
		expect(into.candidates[0]!.block).toBe(3);
		expect(into.nextBlock).toBe(4);
	});

	it('stops at JSON that does not parse, with one finding', () => {
		expect(codes(read('{"kty": "RSA", "n": ', () => {}))).toEqual(['json-invalid']);
	});

	it('says which repair it made to JSON copied with line breaks in its values', () => {
		const into = read(`{"kty": "RSA", "n": "u1\n  Sk", "e": "AQAB"}`);
		expect(codes(into)).toEqual(['paste-repaired']);
		expect(messages(into)).toContain('linjeskift inne i JSON-verdiene er fjernet');
		expect(into.candidates).toHaveLength(1);
	});
});

describe('readJson searches other JSON for keys, within limits', () => {
	const pem = '-----BEGIN PUBLIC KEY-----';
	const nested = (value: unknown) => {
		const found: string[] = [];
		const into = read(value, (text) => found.push(text));
		return { found, codes: codes(into) };
	};

	it('finds key-like strings in arrays and objects, past null and numbers', () => {
		const result = nested({ a: null, b: 5, c: [true, { d: pem }], e: 'ssh-rsa AAAA', f: 'RSAKeyValue', g: '{"kty"' });
		expect(result.found).toEqual([pem, 'ssh-rsa AAAA', 'RSAKeyValue', '{"kty"']);
		expect(result.codes).toEqual(['json-key-inside']);
		expect(nested({ a: 'plain text' }).codes).toEqual(['json-not-jwk']);
	});

	it('does not search without a reader for what it finds', () => {
		expect(codes(read({ a: pem }))).toEqual(['json-not-jwk']);
	});

	it('reads at most 20 values', () => {
		expect(nested(Array.from({ length: 25 }, (_, i) => `${pem} ${i}`)).found).toHaveLength(20);
		expect(nested({ a: Array.from({ length: 20 }, () => pem), b: pem }).found).toHaveLength(20);
	});

	it('searches 8 levels deep, in arrays and in objects, and no deeper', () => {
		const inArrays = (depth: number): unknown => (depth === 0 ? pem : [inArrays(depth - 1)]);
		const inObjects = (depth: number): unknown => (depth === 0 ? pem : { a: inObjects(depth - 1) });
		for (const wrap of [inArrays, inObjects]) {
			expect(nested(wrap(8)).found).toEqual([pem]);
			expect(nested(wrap(9)).codes).toEqual(['json-not-jwk']);
		}
	});
});
