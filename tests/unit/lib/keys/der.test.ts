import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	bitLength,
	classifyDer,
	describeAlgorithm,
	encodeElement,
	encodeRsaPublicKey,
	OID,
	oidToString,
	readElement,
	readRsaPublicKey,
	rsaSpki,
	stripLeadingZeros,
	toPem,
	type DerElement,
} from '~/lib/keys/der';
import { pemBody, publicJwk, rsaPair, selfSignedCertificatePem, seq, tlv } from '~test/helpers/key-fixtures';

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

// Small DER pieces for the shapes the classifier must tell apart (X.690 tags: 02 INTEGER, 03 BIT STRING,
// 04 OCTET STRING, 05 NULL, 06 OID, 30 SEQUENCE, 31 SET, a0 [0]).
const int = (...bytes: number[]) => tlv(0x02, Buffer.of(...bytes));
const octets = (length = 4) => tlv(0x04, Buffer.alloc(length, 7));
const oid = (hex: string) => tlv(0x06, Buffer.from(hex, 'hex'));
const NULL = Buffer.of(0x05, 0x00);
const bits = (...bytes: number[]) => tlv(0x03, Buffer.of(...bytes));
const ED25519 = oid('2b6570');
const kind = (der: Uint8Array) => classifyDer(der).kind;
const element = (der: Buffer): DerElement => {
	const read = readElement(der);
	if (!read.ok) throw new Error('test fixture is not DER');
	return read.element;
};

describe('readElement on untrusted bytes', () => {
	it('says truncated when not even a tag and a length are left, at any offset', () => {
		expect(readElement(Uint8Array.of())).toEqual({ ok: false, truncated: true });
		expect(readElement(Uint8Array.of(0x30))).toEqual({ ok: false, truncated: true });
		expect(readElement(Uint8Array.of(0x02, 0x01, 0x05), 2)).toEqual({ ok: false, truncated: true });
		expect(readElement(Uint8Array.of(0x02, 0x01, 0x05, 0x05, 0x00), 3)).toMatchObject({
			ok: true,
			element: { tag: 0x05, end: 5 },
		});
	});

	it('refuses, without calling it truncated, what DER keys never use: multi-byte tags, BER indefinite length, lengths over four bytes', () => {
		const malformed = { ok: false, truncated: false };
		expect(readElement(Uint8Array.of(0x1f, 0x01, 0x00))).toEqual(malformed);
		expect(readElement(Uint8Array.of(0x30, 0x80, 0x00, 0x00))).toEqual(malformed);
		expect(readElement(Uint8Array.of(0x04, 0x85, 0, 0, 0, 0, 1, 0xaa))).toEqual(malformed);
		expect(kind(Uint8Array.of(0x30, 0x80, 0x00, 0x00))).toBe('unknown');
	});

	it('reads long-form lengths of one to four bytes, and says truncated when the length bytes are cut off', () => {
		const four = readElement(Uint8Array.of(0x04, 0x84, 0, 0, 0, 1, 0xaa));
		expect(four.ok && [...four.element.value]).toEqual([0xaa]);
		const zero = readElement(Uint8Array.of(0x04, 0x81, 0x00));
		expect(zero).toMatchObject({ ok: true, element: { tag: 0x04, end: 3 } });
		expect(zero.ok && zero.element.value.length).toBe(0);
		expect(readElement(Uint8Array.of(0x04, 0x82, 0x01))).toEqual({ ok: false, truncated: true });
		expect(readElement(Uint8Array.of(0x04, 0x82, 0x00, 0x02, 0xaa))).toEqual({ ok: false, truncated: true });
	});
});

describe('oidToString', () => {
	it('splits the first byte into the first two arcs (X.690 §8.19.4), also at the 40 and 80 boundaries', () => {
		expect(oidToString(Uint8Array.of())).toBe('');
		expect(oidToString(Buffer.from('2a864886f70d010101', 'hex'))).toBe(OID.rsaEncryption);
		expect(oidToString(Buffer.from('2b6570', 'hex'))).toBe(OID.ed25519);
		expect(oidToString(Uint8Array.of(39))).toBe('0.39');
		expect(oidToString(Uint8Array.of(40))).toBe('1.0');
		expect(oidToString(Uint8Array.of(79))).toBe('1.39');
		expect(oidToString(Uint8Array.of(80))).toBe('2.0');
		expect(oidToString(Uint8Array.of(0x81, 0x00, 0x05))).toBe('2.48.5');
	});
});

describe('readRsaPublicKey', () => {
	it('reads modulus and exponent without the sign byte and leading zeros', () => {
		const rsa = readRsaPublicKey(seq(int(0x00, 0x00, 0x81), int(0x01, 0x00, 0x01)));
		expect(rsa && [...rsa.n]).toEqual([0x81]);
		expect(rsa && [...rsa.e]).toEqual([1, 0, 1]);
		const zero = readRsaPublicKey(seq(int(0x00, 0x00), int(0x03)));
		expect(zero && [...zero.n]).toEqual([0]);
	});

	it('refuses anything but exactly SEQUENCE { INTEGER, INTEGER } with non-negative numbers', () => {
		expect(readRsaPublicKey(tlv(0x31, int(5), int(3)))).toBeUndefined();
		expect(readRsaPublicKey(Buffer.concat([seq(int(5), int(3)), Buffer.of(0)]))).toBeUndefined();
		expect(readRsaPublicKey(seq(int(5), int(3)).subarray(0, 5))).toBeUndefined();
		expect(readRsaPublicKey(seq(int(5), int(3), int(1)))).toBeUndefined();
		expect(readRsaPublicKey(seq(int(5)))).toBeUndefined();
		expect(readRsaPublicKey(seq(int(5), Buffer.of(0x02, 0x05, 0x01)))).toBeUndefined();
		expect(readRsaPublicKey(seq(octets(), int(3)))).toBeUndefined();
		expect(readRsaPublicKey(seq(tlv(0x02, Buffer.alloc(0)), int(3)))).toBeUndefined();
		expect(readRsaPublicKey(seq(int(0x80), int(3)))).toBeUndefined();
		expect(readRsaPublicKey(seq(int(5), int(0x80)))).toBeUndefined();
		expect(kind(seq(int(0x80), int(3)))).toBe('unknown');
	});
});

describe('classifyDer: the structures a supplier pastes', () => {
	const pair = rsaPair(2048);
	const spki = pair.publicKey.export({ type: 'spki', format: 'der' });

	it('reads a public key info, with its algorithm, parameters and key bits', () => {
		const read = classifyDer(spki);
		expect(read.kind).toBe('spki');
		if (read.kind !== 'spki') return;
		expect(read.algorithm).toBe(OID.rsaEncryption);
		expect(read.parameters?.tag).toBe(0x05);
		expect(Buffer.from(read.publicKey).equals(pair.publicKey.export({ type: 'pkcs1', format: 'der' }))).toBe(true);
		const empty = classifyDer(seq(seq(ED25519), bits(0)));
		expect(empty).toMatchObject({ kind: 'spki', algorithm: OID.ed25519, parameters: undefined });
		expect(empty.kind === 'spki' && empty.publicKey.length).toBe(0);
	});

	it('does not take a near-SPKI for one', () => {
		expect(kind(seq(seq(ED25519), bits(0, 1), int(1)))).toBe('unknown');
		expect(kind(seq(tlv(0x31, ED25519), bits(0, 1)))).toBe('unknown');
		expect(kind(seq(seq(Buffer.of(0x06, 0x05, 0x01)), bits(0, 1)))).toBe('unknown');
		expect(kind(seq(seq(), bits(0, 1)))).toBe('unknown');
		expect(kind(seq(seq(int(1)), bits(0, 1)))).toBe('unknown');
		expect(kind(seq(seq(ED25519), bits()))).toBe('unknown');
		expect(kind(seq(seq(ED25519), bits(1, 0xff)))).toBe('unknown');
		// An AlgorithmIdentifier and an OCTET STRING is how an encrypted private key starts (RFC 5958 §3).
		expect(kind(seq(seq(ED25519), octets()))).toBe('encrypted-private');
		expect(kind(seq(seq(ED25519), tlv(0x04, Buffer.of(0, 1, 2))))).toBe('encrypted-private');
	});

	it('finds the public key in a certificate, with or without the version field', () => {
		const certificate = Buffer.from(pemBody(selfSignedCertificatePem(pair)), 'base64');
		const read = classifyDer(certificate);
		expect(read.kind).toBe('certificate');
		expect(read.kind === 'certificate' && Buffer.from(read.spki).equals(spki)).toBe(true);
		const fields = [int(1), seq(), seq(), seq(), seq(), spki];
		const v1 = classifyDer(seq(seq(...fields), seq(), bits(0)));
		expect(v1.kind === 'certificate' && Buffer.from(v1.spki).equals(spki)).toBe(true);
	});

	it('does not take a near-certificate for one', () => {
		const tbs = seq(tlv(0xa0, int(2)), int(1), seq(), seq(), seq(), seq(), spki);
		expect(kind(seq(tbs, seq(), bits(0)))).toBe('certificate');
		expect(kind(seq(tbs, seq(), bits(0), NULL))).toBe('unknown');
		expect(kind(seq(tlv(0x31, tbs.subarray(tbs[1] === 0x82 ? 4 : 3)), seq(), bits(0)))).toBe('unknown');
		expect(kind(seq(tbs, tlv(0x31), bits(0)))).toBe('unknown');
		expect(kind(seq(tbs, seq(), octets()))).toBe('unknown');
		expect(kind(seq(seq(Buffer.of(0x02, 0x05)), seq(), bits(0)))).toBe('unknown');
		expect(kind(seq(seq(), seq(), bits(0)))).toBe('unknown');
		expect(kind(seq(seq(tlv(0xa0, int(2)), int(1), seq(), seq(), seq(), seq(), int(7)), seq(), bits(0)))).toBe(
			'unknown',
		);
		expect(kind(seq(seq(int(1), seq()), seq(), bits(0)))).toBe('unknown');
	});

	it('tells the private forms apart: PKCS#1, PKCS#8, encrypted PKCS#8, SEC 1 EC keys', () => {
		const { privateKey } = pair;
		expect(kind(privateKey.export({ type: 'pkcs1', format: 'der' }))).toBe('pkcs1-private');
		expect(kind(privateKey.export({ type: 'pkcs8', format: 'der' }))).toBe('pkcs8-private');
		const encrypted = privateKey.export({ type: 'pkcs8', format: 'der', cipher: 'aes-256-cbc', passphrase: 'x' });
		expect(kind(encrypted)).toBe('encrypted-private');
		const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
		expect(kind(ec.export({ type: 'sec1', format: 'der' }))).toBe('ec-private');
		expect(kind(ec.export({ type: 'pkcs8', format: 'der' }))).toBe('pkcs8-private');
		// Multi-prime PKCS#1 (RFC 8017 A.1.2): otherPrimeInfos after the nine INTEGERs.
		expect(kind(seq(...Array.from({ length: 9 }, () => int(0)), seq()))).toBe('pkcs1-private');
		expect(kind(seq(int(1), octets(32)))).toBe('ec-private');
		expect(kind(seq(int(1), octets(32), octets(32)))).toBe('ec-private');
		expect(kind(seq(int(0), ...Array.from({ length: 8 }, () => octets())))).toBe('ec-private');
	});

	it('calls other shapes unknown instead of guessing a private key', () => {
		expect(kind(seq(...Array.from({ length: 9 }, () => octets())))).toBe('unknown');
		expect(kind(seq(int(0), int(0), int(0)))).toBe('unknown');
		expect(kind(seq(int(1), int(1), octets()))).toBe('unknown');
		expect(kind(seq(octets(), seq(), octets()))).toBe('unknown');
		expect(kind(seq(seq(int(1)), octets(), NULL))).toBe('unknown');
		expect(kind(seq(seq(ED25519), int(1)))).toBe('unknown');
		expect(kind(seq())).toBe('unknown');
		expect(kind(seq(Buffer.of(0x02, 0x05, 0x01)))).toBe('unknown');
		expect(kind(int(5))).toBe('unknown');
		expect(kind(tlv(0x31, int(5), int(3)))).toBe('unknown');
		// A SET holding what would be a key inside a SEQUENCE.
		expect(kind(tlv(0x31, int(1), octets(32)))).toBe('unknown');
		expect(kind(tlv(0x31, seq(ED25519), bits(0, 1)))).toBe('unknown');
		expect(kind(Buffer.concat([seq(int(5), int(3)), Buffer.of(0)]))).toBe('unknown');
		expect(kind(Uint8Array.of(0x1f, 0x01, 0x00))).toBe('unknown');
	});

	it('takes a PKCS#12 file only with version 3 and a ContentInfo', () => {
		const contentInfo = seq(oid('2a864886f70d010701'));
		expect(kind(seq(int(3), contentInfo))).toBe('pkcs12');
		expect(kind(seq(int(3)))).toBe('unknown');
		expect(kind(seq(tlv(0x04, Buffer.of(3)), contentInfo))).toBe('unknown');
		expect(kind(seq(int(0, 3), contentInfo))).toBe('unknown');
		expect(kind(seq(int(3, 0), contentInfo))).toBe('unknown');
		expect(kind(seq(int(3), tlv(0x31, oid('2a864886f70d010701'))))).toBe('unknown');
	});
});

describe('describeAlgorithm', () => {
	it('names the algorithms and curves a supplier may have made instead of RSA', () => {
		const ec = (hex: string) => describeAlgorithm(OID.ecPublicKey, element(oid(hex)));
		expect(ec('2a8648ce3d030107')).toBe('EC P-256');
		expect(ec('2b81040022')).toBe('EC P-384');
		expect(ec('2b81040023')).toBe('EC P-521');
		expect(ec('2b8104000a')).toBe('EC secp256k1');
		expect(ec('2b240303020801010b')).toBe('EC 1.3.36.3.3.2.8.1.1.11');
		expect(describeAlgorithm(OID.ecPublicKey, undefined)).toBe('EC ?');
		expect(describeAlgorithm(OID.ecPublicKey, element(seq(int(1))))).toBe('EC ?');
		expect(describeAlgorithm(OID.ed25519, undefined)).toBe('Ed25519');
		expect(describeAlgorithm(OID.ed448, undefined)).toBe('Ed448');
		expect(describeAlgorithm(OID.x25519, undefined)).toBe('X25519');
		expect(describeAlgorithm(OID.x448, undefined)).toBe('X448');
		expect(describeAlgorithm(OID.dsa, undefined)).toBe('DSA');
		expect(describeAlgorithm('1.2.3.4', undefined)).toBe('OID 1.2.3.4');
	});
});

describe('DER writing edges', () => {
	it('writes a length of 128 or more in long form (a short 0x80 would mean indefinite length)', () => {
		expect([...encodeElement(0x04, new Uint8Array(127)).subarray(0, 2)]).toEqual([0x04, 0x7f]);
		expect([...encodeElement(0x04, new Uint8Array(128)).subarray(0, 3)]).toEqual([0x04, 0x81, 0x80]);
		expect([...encodeElement(0x04, new Uint8Array(256)).subarray(0, 4)]).toEqual([0x04, 0x82, 0x01, 0x00]);
	});

	it('writes an empty number as the INTEGER zero, never as an empty INTEGER', () => {
		const der = encodeRsaPublicKey({ n: Uint8Array.of(), e: Uint8Array.of(3) });
		expect(Buffer.from(der).toString('hex')).toBe('3006020100020103');
	});

	it('strips leading zero bytes but keeps one for zero', () => {
		expect([...stripLeadingZeros(Uint8Array.of(0, 0, 1, 0))]).toEqual([1, 0]);
		expect([...stripLeadingZeros(Uint8Array.of(0, 0))]).toEqual([0]);
		expect([...stripLeadingZeros(Uint8Array.of())]).toEqual([]);
	});

	it('armours DER in 64-character lines', () => {
		const pem = toPem(new Uint8Array(60), 'PUBLIC KEY');
		expect(pem.split('\n').map((line) => line.length)).toEqual([26, 64, 16, 24, 0]);
		expect(toPem(Uint8Array.of(), 'X')).toBe('-----BEGIN X-----\n\n-----END X-----\n');
	});
});
