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
