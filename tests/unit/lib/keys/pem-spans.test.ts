/**
 * pemSpans on its own, without the checker around it: the secret scan (secrets.ts) refuses private bodies before
 * pem.ts reads a paste, so pem.ts's own refusals and the labels it may name are tested here directly.
 */
import { describe, expect, it } from 'vitest';
import type { Collected } from '~/lib/keys/collected';
import type { Finding } from '~/lib/keys/findings';
import { pemSpans } from '~/lib/keys/pem';
import { pemBody, rsaPair, selfSignedCertificatePem, spkiPem } from '~test/helpers/key-fixtures';

function readPem(text: string) {
	const header: Finding[] = [];
	const into: Collected = { candidates: [], findings: [], nextBlock: 1 };
	for (const span of pemSpans(text, header)) span.read(into.nextBlock++, into);
	return { into, codes: into.findings.map((f) => f.code), header: header.map((f) => f.code) };
}

const armour = (begin: string, body: string, end = begin) => `-----BEGIN ${begin}-----\n${body}\n-----END ${end}-----`;

describe('pemSpans refuses a private body itself', () => {
	const pkcs8 = pemBody(rsaPair(2048).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
	const pkcs1 = pemBody(rsaPair(2048).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());

	it('under labels that disagree, or under a label it does not know', () => {
		for (const [body, code] of [
			[pkcs8, 'private-key-pkcs8'],
			[pkcs1, 'private-key-pkcs1'],
		] as const) {
			for (const [begin, end] of [
				['PUBLIC KEY', 'CERTIFICATE'],
				['SECRET STUFF', 'SECRET STUFF'],
			] as const) {
				const { into, codes } = readPem(armour(begin, body, end));
				expect(codes, `${begin} ${code}`).toEqual([code]);
				expect(into.candidates).toEqual([]);
			}
		}
	});
});

describe('pemSpans names the labels it knows', () => {
	it('names each non-key label it knows, and no other', () => {
		for (const label of [
			'X509 CRL',
			'PKCS7',
			'CMS',
			'ATTRIBUTE CERTIFICATE',
			'DSA PUBLIC KEY',
			'EC PARAMETERS',
			'DH PARAMETERS',
			'PGP PUBLIC KEY BLOCK',
			'PGP SIGNATURE',
			'PGP MESSAGE',
		]) {
			const { into, codes } = readPem(armour(label, 'MIIB'));
			expect(codes, label).toEqual(['pem-unknown-header']);
			expect(into.findings[0]!.message, label).toContain(`«${label}»`);
		}
	});

	it('names both labels of a block whose BEGIN and END disagree', () => {
		const labels = ['PUBLIC KEY', 'RSA PUBLIC KEY', 'CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE'];
		for (const [i, begin] of labels.entries()) {
			const end = labels[(i + 1) % labels.length]!;
			const { into, codes } = readPem(armour(begin, 'MIIB', end));
			expect(codes).toEqual(['pem-end-mismatch']);
			expect(into.findings[0]!.message).toContain(`«BEGIN ${begin}»`);
			expect(into.findings[0]!.message).toContain(`«END ${end}»`);
		}
	});

	it('calls a new certificate request a request', () => {
		expect(readPem(armour('NEW CERTIFICATE REQUEST', 'MIIB')).codes).toEqual(['pem-csr']);
	});

	it('reads a certificate under the old X509 CERTIFICATE label without a note', () => {
		const body = pemBody(selfSignedCertificatePem(rsaPair(2048)));
		const { into, header } = readPem(armour('X509 CERTIFICATE', body));
		expect(into.candidates).toHaveLength(1);
		expect(into.candidates[0]!.format).toBe('x509-pem');
		expect(into.candidates[0]!.notes.map((n) => n.code)).not.toContain('pem-label-mismatch');
		expect(header).toEqual([]);
	});

	it('reads an SPKI under its label as spki-pem, and a well-formed block without a header note', () => {
		const { into, header } = readPem(spkiPem(rsaPair(2048).publicKey));
		expect(into.candidates.map((c) => [c.block, c.format])).toEqual([[1, 'spki-pem']]);
		expect(header).toEqual([]);
	});
});

describe('pemSpans reads the armour', () => {
	const spki = spkiPem(rsaPair(2048).publicKey);
	const body = pemBody(spki);

	it('names the request and SSH2 labels when BEGIN and END disagree', () => {
		for (const [begin, end] of [
			['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST'],
			['SSH2 PUBLIC KEY', 'CERTIFICATE REQUEST'],
		] as const) {
			const { into } = readPem(armour(begin, 'MIIB', end));
			expect(into.findings[0]!.message).toContain(`«BEGIN ${begin}»`);
			expect(into.findings[0]!.message).toContain(`«END ${end}»`);
		}
	});

	it('reads sloppy armour (blanks, lower case, four dashes) and warns; only SSH2 blocks take four dashes', () => {
		for (const text of [
			spki.replace('BEGIN PUBLIC KEY', 'BEGIN  PUBLIC KEY'),
			spki.replace('BEGIN PUBLIC KEY', 'BEGIN PUBLIC  KEY'),
			spki.replace('PUBLIC KEY-----\n', `PUBLIC KEY${' '.repeat(10)}-----\n`),
			spki.replace('BEGIN PUBLIC KEY', 'begin PUBLIC KEY'),
			spki.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '---- $1 PUBLIC KEY ----'),
		]) {
			const { into, header } = readPem(text);
			expect(into.candidates, text.slice(0, 40)).toHaveLength(1);
			expect(header, text.slice(0, 40)).toEqual(['pem-header-malformed']);
		}
		const ssh2 = (dashes: string) =>
			readPem(`${dashes}BEGIN SSH2 PUBLIC KEY${dashes}\nAAAA\n${dashes}END SSH2 PUBLIC KEY${dashes}`);
		expect(readPem('---- BEGIN SSH2 PUBLIC KEY ----\nAAAA\n---- END SSH2 PUBLIC KEY ----').header).toEqual([]);
		expect(ssh2('--').header).toEqual(['pem-header-malformed']);
	});

	it('reads an END with no BEGIN, and a BEGIN with no END, as cut off', () => {
		const ends = readPem(`-----END PUBLIC KEY-----\n${body}\n-----END PUBLIC KEY-----`);
		expect(ends.codes).toEqual(['pem-truncated', 'pem-truncated']);
		expect(ends.into.candidates).toEqual([]);
		const begins = readPem(`-----BEGIN PUBLIC KEY-----\n${spki}`);
		expect(begins.codes).toEqual(['pem-truncated']);
		expect(begins.into.candidates.map((c) => c.block)).toEqual([2]);
	});

	it('names the label of an empty block', () => {
		const { into } = readPem(armour('PUBLIC KEY', ''));
		expect(into.findings[0]!.message).toContain('«PUBLIC KEY»');
	});

	it('says what the body is when the label promises something else', () => {
		const { into } = readPem(armour('CERTIFICATE', body));
		expect(into.candidates[0]!.notes[0]!.message).toBe(
			'PEM-blokken sier «CERTIFICATE», men innholdet er en offentlig nøkkel i SPKI-form. Vi leste innholdet; send nøkkelen i formene vist under.',
		);
	});

	it('takes trust settings only after a TRUSTED CERTIFICATE, and only exactly one SEQUENCE', () => {
		const certificate = Buffer.from(pemBody(selfSignedCertificatePem(rsaPair(2048))), 'base64');
		const aux = Buffer.from('300c300a06082b06010505070302', 'hex');
		const trusted = (der: Buffer, label = 'TRUSTED CERTIFICATE') => readPem(armour(label, der.toString('base64')));
		expect(trusted(Buffer.concat([certificate, aux])).into.candidates).toHaveLength(1);
		expect(trusted(certificate).into.candidates).toHaveLength(1);
		expect(trusted(Buffer.concat([certificate, aux, Buffer.of(5, 0)])).codes).toEqual(['der-invalid']);
		expect(trusted(Buffer.concat([certificate, aux]), 'CERTIFICATE').codes).toEqual(['der-invalid']);
		expect(trusted(Buffer.of(0x1f, 0, 0)).codes).toEqual(['der-invalid']);
	});
});
