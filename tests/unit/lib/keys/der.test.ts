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

describe('DER writing and the shapes around it', () => {
	it('encodes a modulus of a million bits without overflowing the stack', () => {
		const n = Buffer.alloc(125_000, 0xa5);
		const spki = rsaSpki({ n, e: Uint8Array.of(1, 0, 1) });
		expect(spki.length).toBeGreaterThan(125_000);
		expect(bitLength(n)).toBe(1_000_000);
	});

	it('adds a zero byte before a number whose top bit is set, and none otherwise', () => {
		const spki = (n: Uint8Array) => Buffer.from(rsaSpki({ n, e: Uint8Array.of(3) })).toString('hex');
		expect(spki(Uint8Array.of(0x80))).toContain('020200800201');
		expect(spki(Uint8Array.of(0x7f))).toContain('0201');
		expect(spki(Uint8Array.of(0x7f))).not.toContain('020200');
	});

	it('tells a PKCS#12 file (version 3, ContentInfo, MacData) from other SEQUENCEs', () => {
		const tlv = (tag: number, ...parts: Buffer[]) => {
			const body = Buffer.concat(parts);
			return Buffer.concat([Buffer.of(tag, body.length), body]);
		};
		const contentInfo = tlv(
			0x30,
			tlv(0x06, Buffer.from('2a864886f70d010701', 'hex')),
			tlv(0xa0, tlv(0x04, Buffer.alloc(8))),
		);
		const pfx = (version: number, info = contentInfo) => tlv(0x30, tlv(0x02, Buffer.of(version)), info, tlv(0x30));
		expect(classifyDer(pfx(3)).kind).toBe('pkcs12');
		expect(classifyDer(pfx(2)).kind).toBe('unknown');
		expect(classifyDer(pfx(3, tlv(0x30, tlv(0x02, Buffer.of(1))))).kind).toBe('unknown');
		expect(classifyDer(tlv(0x30, tlv(0x02, Buffer.of(3)), contentInfo, tlv(0x30), tlv(0x30))).kind).toBe('unknown');
	});
});
