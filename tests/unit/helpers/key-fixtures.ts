/**
 * Test keys made with Node's crypto at test time, in every form a supplier might paste. The certificate is built
 * here with a tiny DER writer of its own (independent of src/lib/keys/der.ts) and signed with Node's crypto, since
 * Node cannot make certificates and the tests must not shell out to openssl.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RsaPair {
	readonly publicKey: KeyObject;
	readonly privateKey: KeyObject;
}

const cache = new Map<string, RsaPair>();

/**
 * Generated keys are also kept in the system's temp folder: a prime search takes seconds for 4096 bits, and the
 * tests run thousands of times under mutation testing (npm run mutation), each run a fresh module. They are
 * throw-away test keys made by Node's crypto on this machine; delete the folder to make new ones.
 */
const KEY_CACHE = join(tmpdir(), 'veiviser-test-keys');

function storedPair(file: string): RsaPair | undefined {
	try {
		const privateKey = createPrivateKey(readFileSync(file, 'utf8'));
		return { privateKey, publicKey: createPublicKey(privateKey) };
	} catch {
		return undefined;
	}
}

export function rsaPair(bits: number, publicExponent = 65537): RsaPair {
	const id = `${bits}/${publicExponent}`;
	let pair = cache.get(id);
	if (!pair) {
		const file = join(KEY_CACHE, `test-rsa-${bits}-e${publicExponent}.pem`);
		pair = storedPair(file);
		if (!pair) {
			pair = generateKeyPairSync('rsa', { modulusLength: bits, publicExponent });
			mkdirSync(KEY_CACHE, { recursive: true });
			// Written whole under another name first, so a parallel test never reads half a key.
			const partial = `${file}.${process.pid}`;
			writeFileSync(partial, pair.privateKey.export({ type: 'pkcs8', format: 'pem' }));
			renameSync(partial, file);
		}
		cache.set(id, pair);
	}
	return pair;
}

export const spkiPem = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString();
export const pkcs1Pem = (key: KeyObject) => key.export({ type: 'pkcs1', format: 'pem' }).toString();
export const spkiDerBase64 = (key: KeyObject) => key.export({ type: 'spki', format: 'der' }).toString('base64');
export const publicJwk = (key: KeyObject) => key.export({ format: 'jwk' }) as { kty: string; n: string; e: string };

/** `ssh-rsa AAAA... comment`: string "ssh-rsa", mpint e, mpint n (RFC 4253 §6.6). */
export function opensshLine(key: KeyObject, comment = 'leverandor@example'): string {
	const { n, e } = publicJwk(key);
	const string = (bytes: Buffer) => {
		const length = Buffer.alloc(4);
		length.writeUInt32BE(bytes.length);
		return Buffer.concat([length, bytes]);
	};
	const mpint = (bytes: Buffer) => string(bytes[0]! & 0x80 ? Buffer.concat([Buffer.of(0), bytes]) : bytes);
	const blob = Buffer.concat([
		string(Buffer.from('ssh-rsa')),
		mpint(Buffer.from(e, 'base64url')),
		mpint(Buffer.from(n, 'base64url')),
	]);
	return `ssh-rsa ${blob.toString('base64')} ${comment}`;
}

/** .NET's RSA.ToXmlString(false) form. */
export function dotnetXml(key: KeyObject): string {
	const { n, e } = publicJwk(key);
	const b64 = (value: string) => Buffer.from(value, 'base64url').toString('base64');
	return `<RSAKeyValue><Modulus>${b64(n)}</Modulus><Exponent>${b64(e)}</Exponent></RSAKeyValue>`;
}

// --- a minimal DER writer for the certificate (X.690) -----------------------------------------------------------

export function tlv(tag: number, ...parts: Buffer[]): Buffer {
	const body = Buffer.concat(parts);
	const length =
		body.length < 0x80
			? Buffer.of(body.length)
			: body.length < 0x100
				? Buffer.of(0x81, body.length)
				: Buffer.of(0x82, body.length >> 8, body.length & 0xff);
	return Buffer.concat([Buffer.of(tag), length, body]);
}
export const seq = (...parts: Buffer[]) => tlv(0x30, ...parts);
const oid = (hex: string) => tlv(0x06, Buffer.from(hex, 'hex'));
const SHA256_WITH_RSA = seq(oid('2a864886f70d01010b'), Buffer.of(0x05, 0x00));
const name = (cn: string) => seq(tlv(0x31, seq(oid('550403'), tlv(0x0c, Buffer.from(cn, 'utf8')))));
const utcTime = (text: string) => tlv(0x17, Buffer.from(text, 'ascii'));

/** A self-signed X.509 v3 certificate (RFC 5280 §4.1) for the pair's public key, as PEM. */
export function selfSignedCertificatePem(pair: RsaPair, commonName = 'Testleverandør AS'): string {
	const tbs = seq(
		tlv(0xa0, tlv(0x02, Buffer.of(2))),
		tlv(0x02, Buffer.of(0x01, 0x23, 0x45)),
		SHA256_WITH_RSA,
		name(commonName),
		seq(utcTime('260101000000Z'), utcTime('360101000000Z')),
		name(commonName),
		pair.publicKey.export({ type: 'spki', format: 'der' }),
	);
	const signature = sign('sha256', tbs, pair.privateKey);
	const der = seq(tbs, SHA256_WITH_RSA, tlv(0x03, Buffer.of(0), signature));
	const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
	return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** The base64 body of a PEM text, without armour or line breaks. */
export function pemBody(pem: string): string {
	return pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
}

/**
 * The same RSA key as an SPKI marked id-RSASSA-PSS (RFC 4055 §3.1, parameters absent). Built here because Node
 * exports no JWK for such keys, so the thumbprint can be compared with the plain RSA key's.
 */
export function rsaPssSpkiPem(key: KeyObject): string {
	const pkcs1 = key.export({ type: 'pkcs1', format: 'der' });
	const der = seq(seq(oid('2a864886f70d01010a')), tlv(0x03, Buffer.of(0), pkcs1));
	const lines = der.toString('base64').match(/.{1,64}/g) ?? [];
	return `-----BEGIN PUBLIC KEY-----\n${lines.join('\n')}\n-----END PUBLIC KEY-----\n`;
}
