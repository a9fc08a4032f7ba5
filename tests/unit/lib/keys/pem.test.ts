/** PEM input (RFC 7468): SPKI, PKCS#1 and certificate blocks, and every way a PEM paste breaks. */
import { createPublicKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkKey, type FindingCode } from '~/lib/keys/check';
import {
	pemBody,
	pkcs1Pem,
	publicJwk,
	rsaPair,
	rsaPssSpkiPem,
	selfSignedCertificatePem,
	spkiPem,
} from '~test/helpers/key-fixtures';
import { findingCodes as codes, itFindsEachBrokenInput, nodeThumbprint } from '~test/helpers/key-results';

describe('PEM blocks read', () => {
	it('reads an SPKI PEM and gives back the same PEM and a public JWK with kid and use', async () => {
		const pem = spkiPem(rsaPair(2048).publicKey);
		const result = await checkKey(pem);
		expect(result.status).toBe('ok');
		const key = result.keys[0]!;
		expect(key.format).toBe('spki-pem');
		expect(key.pem.trim()).toBe(pem.trim());
		expect(codes(result)).toEqual(['key-ok']);
		const jwk = publicJwk(rsaPair(2048).publicKey);
		expect(key.jwk).toEqual({ kty: 'RSA', n: jwk.n, e: jwk.e, kid: key.thumbprint, use: 'sig' });
		expect(key.kid).toBeUndefined();
	});

	it('converts PKCS#1 to SPKI and says so', async () => {
		const pair = rsaPair(2048);
		const result = await checkKey(pkcs1Pem(pair.publicKey));
		expect(result.keys[0]!.format).toBe('pkcs1-pem');
		expect(result.keys[0]!.pem.trim()).toBe(spkiPem(pair.publicKey).trim());
		expect(codes(result)).toContain('pkcs1-given');
	});

	it('reads the key in a certificate and says a certificate was given', async () => {
		const result = await checkKey(selfSignedCertificatePem(rsaPair(3072)));
		expect(result.keys[0]!.format).toBe('x509-pem');
		expect(result.keys[0]!.bits).toBe(3072);
		expect(codes(result)).toContain('certificate-given');
	});

	it('reads an RSA-PSS-only SPKI as the same RSA key', async () => {
		const key = rsaPair(2048).publicKey;
		const pem = rsaPssSpkiPem(key);
		// Node reads it as an RSA-PSS key: the fixture is the real thing.
		expect(createPublicKey(pem).asymmetricKeyType).toBe('rsa-pss');
		const result = await checkKey(pem);
		expect(result.keys[0]!.bits).toBe(2048);
		expect(codes(result)).toContain('rsa-pss-key');
		expect(result.keys[0]!.thumbprint).toBe(nodeThumbprint(spkiPem(key)));
	});
});

describe('broken PEM gets its own finding', () => {
	const pem = spkiPem(rsaPair(2048).publicKey);
	const cases: [string, string, FindingCode][] = [
		['broken base64 in a PEM body', pem.replace(/\n(.)/, '\n!$1'), 'base64-invalid'],
		['a PEM with no END line', pem.slice(0, pem.indexOf('-----END')), 'pem-truncated'],
		['a PEM with its start cut off', pem.slice(pem.indexOf('\n', 40)), 'pem-truncated'],
		[
			'a PEM body cut short',
			`-----BEGIN PUBLIC KEY-----\n${pemBody(pem).slice(0, 200)}\n-----END PUBLIC KEY-----`,
			'der-truncated',
		],
		['an unknown PEM label', pem.replaceAll('PUBLIC KEY', 'PGP PUBLIC KEY BLOCK'), 'pem-unknown-header'],
		['mismatched BEGIN and END', pem.replace('END PUBLIC KEY', 'END RSA PUBLIC KEY'), 'pem-end-mismatch'],
		[
			'a certificate request',
			'-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----',
			'pem-csr',
		],
		['an empty PEM body', '-----BEGIN PUBLIC KEY-----\n\n-----END PUBLIC KEY-----', 'pem-truncated'],
	];
	itFindsEachBrokenInput(cases);

	it('reads a PEM with sloppy dashes but warns', async () => {
		const result = await checkKey(pem.replaceAll('-----', '----'));
		expect(result.keys).toHaveLength(1);
		expect(codes(result)).toContain('pem-header-malformed');
	});

	it('warns when the PEM label does not match the content', async () => {
		const result = await checkKey(pem.replaceAll('PUBLIC KEY', 'RSA PUBLIC KEY'));
		expect(result.keys).toHaveLength(1);
		expect(codes(result)).toContain('pem-label-mismatch');
	});
});

describe('PEM as people paste it', () => {
	const pem = spkiPem(rsaPair(2048).publicKey);
	const thumbprint = nodeThumbprint(pem);

	it('reads a BEGIN line broken over two lines, with a warning that the armour is not as written by the standard', async () => {
		const result = await checkKey(pem.replace('PUBLIC KEY-----\n', 'PUBLIC\nKEY-----\n'));
		expect(result.keys[0]!.thumbprint).toBe(thumbprint);
		expect(codes(result)).toEqual(['pem-header-malformed', 'key-ok']);
	});

	it('reads RFC 4716 blocks and lower-case or four-dash armour, warning only about the latter', async () => {
		const sloppy = await checkKey(pem.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '----$1 public key----'));
		expect(codes(sloppy)).toContain('pem-header-malformed');
		const spaced = await checkKey(pem.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '----- $1 PUBLIC KEY -----'));
		expect(codes(spaced)).toContain('pem-header-malformed');
		expect(codes(await checkKey(pem))).toEqual(['key-ok']);
	});

	it('skips RFC 1421 header lines inside a body', async () => {
		const withHeader = pem.replace('-----\n', '-----\nComment: "leverandør"\n');
		expect((await checkKey(withHeader)).keys[0]!.thumbprint).toBe(thumbprint);
	});

	it('reads OpenSSL TRUSTED CERTIFICATE: the certificate and its trust settings after it', async () => {
		const certificate = selfSignedCertificatePem(rsaPair(2048));
		const der = Buffer.from(pemBody(certificate), 'base64');
		const aux = Buffer.from('300c300a06082b06010505070302', 'hex');
		const trusted = `-----BEGIN TRUSTED CERTIFICATE-----\n${Buffer.concat([der, aux]).toString('base64')}\n-----END TRUSTED CERTIFICATE-----`;
		const result = await checkKey(trusted);
		expect(result.keys[0]!.thumbprint).toBe(thumbprint);
		expect(codes(result)).toEqual(['certificate-given', 'key-ok']);
		// Anything but one SEQUENCE after the certificate is not OpenSSL's form.
		const junk = trusted.replace(pemBody(trusted), Buffer.concat([der, Buffer.of(4, 1, 0)]).toString('base64'));
		expect(codes(await checkKey(junk))).toEqual(['der-invalid']);
	});

	it('names a label it knows, and calls any other unknown without repeating it', async () => {
		const crl = await checkKey('-----BEGIN X509 CRL-----\nMIIB\n-----END X509 CRL-----');
		expect(crl.findings[0]!.message).toContain('«X509 CRL»');
		const made = await checkKey('-----BEGIN EVIL LABEL-----\nMIIB\n-----END EVIL LABEL-----');
		expect(codes(made)).toEqual(['pem-unknown-header']);
		expect(made.findings[0]!.message).not.toContain('EVIL');
		const mismatch = await checkKey(pem.replace('END PUBLIC KEY', 'END CERTIFICATE'));
		expect(codes(mismatch)).toEqual(['pem-end-mismatch']);
		expect(mismatch.findings[0]!.message).toContain('«BEGIN PUBLIC KEY»');
		expect(mismatch.findings[0]!.message).toContain('«END CERTIFICATE»');
		const unknownEnd = await checkKey(pem.replace('END PUBLIC KEY', 'END EVIL'));
		expect(unknownEnd.findings[0]!.message).not.toContain('EVIL');
	});

	it('refuses a private body whatever the labels say: mismatched, or made up', async () => {
		const body = pemBody(rsaPair(2048).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
		for (const [begin, end] of [
			['PUBLIC KEY', 'CERTIFICATE'],
			['SECRET STUFF', 'SECRET STUFF'],
		]) {
			const result = await checkKey(`-----BEGIN ${begin}-----\n${body}\n-----END ${end}-----`);
			expect(result.status, begin).toBe('private-key');
			expect(JSON.stringify(result)).not.toContain(body.slice(100, 140));
		}
	});
});
