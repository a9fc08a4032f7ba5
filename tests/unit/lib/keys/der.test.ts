import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitLength, classifyDer, readElement, rsaSpki } from '~/lib/keys/der';
import { publicJwk, rsaPair } from '~test/helpers/key-fixtures';

describe('DER', () => {
	it('wraps a modulus and exponent into the same SPKI Node writes (RFC 8017 A.1.1 in RFC 5280 §4.1)', () => {
		const key = rsaPair(2048).publicKey;
		const { n, e } = publicJwk(key);
		const spki = rsaSpki({ n: Buffer.from(n, 'base64url'), e: Buffer.from(e, 'base64url') });
		expect(Buffer.from(spki).equals(key.export({ type: 'spki', format: 'der' }))).toBe(true);
	});

	it('says a cut-off element is truncated, and never reads past the end', () => {
		const der = rsaPair(2048).publicKey.export({ type: 'spki', format: 'der' });
		expect(readElement(der.subarray(0, 100))).toEqual({ ok: false, truncated: true });
		expect(classifyDer(der.subarray(0, 100)).kind).toBe('truncated');
		fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => void classifyDer(bytes)));
	});

	it('counts bits of a big-endian number', () => {
		expect(bitLength(Uint8Array.of(0, 0x01, 0))).toBe(9);
		expect(bitLength(Uint8Array.of(0x80, 0))).toBe(16);
		expect(bitLength(Uint8Array.of(0))).toBe(0);
	});
});
