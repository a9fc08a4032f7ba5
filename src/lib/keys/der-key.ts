/**
 * From a classified DER structure (der.ts) to an RSA key to check, or to the finding that says what it is instead.
 * Also reads text with no armour and no JSON: base64 DER, or something we can at least name.
 */
import { decodeBase64, isBase64 } from '../shared/base64';
import type { Collected, KeyFormat } from './collected';
import { classifyDer, describeAlgorithm, OID, readRsaPublicKey, type DerKind } from './der';
import { finding, type Finding } from './findings';
import { privateFindingForDer } from './secrets';

/** Turns a classified DER structure into an RSA candidate or findings. */
export function fromDer(der: DerKind, block: number, format: KeyFormat, into: Collected, notes: Finding[]): void {
	const secret = privateFindingForDer(der.kind);
	if (secret) {
		into.findings.push(secret);
		return;
	}
	switch (der.kind) {
		case 'truncated':
			into.findings.push(finding('der-truncated', block));
			return;
		case 'unknown':
			into.findings.push(finding('der-invalid', block));
			return;
		case 'pkcs1-public':
			into.candidates.push({ block, format, rsa: der.rsa, notes: [...notes, finding('pkcs1-given', block)] });
			return;
		case 'certificate': {
			const inner = classifyDer(der.spki);
			if (inner.kind !== 'spki') {
				into.findings.push(finding('der-invalid', block));
				return;
			}
			const certificateFormat = format === 'der-base64' ? 'x509-base64' : 'x509-pem';
			fromDer(inner, block, certificateFormat, into, [...notes, finding('certificate-given', block)]);
			return;
		}
		case 'spki': {
			if (der.algorithm !== OID.rsaEncryption && der.algorithm !== OID.rsassaPss) {
				into.findings.push(finding('not-rsa', block, { keyType: describeAlgorithm(der.algorithm, der.parameters) }));
				return;
			}
			const rsa = readRsaPublicKey(der.publicKey);
			if (!rsa) {
				into.findings.push(finding('der-invalid', block));
				return;
			}
			const pss = der.algorithm === OID.rsassaPss ? [finding('rsa-pss-key', block)] : [];
			into.candidates.push({ block, format, rsa, notes: [...notes, ...pss] });
			return;
		}
		default:
			return;
	}
}

/** No armour, no JSON: base64 DER, or something we can name. */
export function readBareText(trimmed: string, into: Collected): void {
	if (/^eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/.test(trimmed)) {
		into.findings.push(finding('looks-like-jwt'));
		return;
	}
	const compact = trimmed.replace(/\s+/g, '');
	// DER of any key structure starts with a SEQUENCE (0x30 0x8x), which base64 writes as "M".
	if (isBase64(compact) && (compact.startsWith('M') || compact.length >= 100)) {
		const der = decodeBase64(compact);
		const kind = der ? classifyDer(der) : ({ kind: 'unknown' } as const);
		const block = into.nextBlock++;
		const notes = kind.kind === 'spki' ? [finding('der-given', block)] : [];
		fromDer(kind, block, 'der-base64', into, notes);
		return;
	}
	// Mostly base64 characters with a few strays: a damaged key rather than something else entirely.
	const base64Chars = compact.replace(/[^A-Za-z0-9+/=]/g, '').length;
	if (compact.length >= 40 && base64Chars / compact.length > 0.9 && !/\s/.test(trimmed.slice(0, 40).trim())) {
		into.findings.push(finding('base64-invalid'));
		return;
	}
	into.findings.push(finding('unrecognised'));
}
