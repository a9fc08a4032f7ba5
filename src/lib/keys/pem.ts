/**
 * PEM armour (RFC 7468): finds BEGIN/END pairs in the text, however sloppily written, and reads each block by its
 * label: SPKI, PKCS#1, certificates, RFC 4716 SSH2 blocks; certificate requests and unknown labels are named.
 */
import { decodeBase64 } from '../shared/base64';
import type { Collected, KeyFormat, Span } from './collected';
import { classifyDer, type DerKind } from './der';
import { fromDer } from './der-key';
import { finding, safeLabel, type Finding } from './findings';
import { structureNames } from './messages';
import { privateFindingForDer } from './secrets';
import { readSsh2Body } from './ssh';

const PEM_MARKER = /(-{2,})[ \t]*(BEGIN|END)[ \t]+([A-Za-z0-9 #._-]{0,60}?)[ \t]*(-{2,})/gi;

/** The DER structure each public label promises. */
const EXPECTED_KIND: Record<string, DerKind['kind']> = {
	'PUBLIC KEY': 'spki',
	'RSA PUBLIC KEY': 'pkcs1-public',
	CERTIFICATE: 'certificate',
	'X509 CERTIFICATE': 'certificate',
	'TRUSTED CERTIFICATE': 'certificate',
};

/**
 * Every PEM block in the text, complete or cut off. A sloppy BEGIN or END line adds its `pem-header-malformed`
 * finding to `headerFindings` when the block is read; the caller reports those after the blocks' own findings.
 */
export function pemSpans(text: string, headerFindings: Finding[]): Span[] {
	const markers = [...text.matchAll(PEM_MARKER)].map((match) => ({
		start: match.index,
		end: match.index + match[0].length,
		kind: (match[2] ?? '').toUpperCase() as 'BEGIN' | 'END',
		label: safeLabel((match[3] ?? '').trim()),
		// RFC 7468 §2: five hyphens and upper case; RFC 4716 SSH2 blocks use four.
		wellFormed:
			match[0] === `${match[1]}${match[2]} ${match[3]}${match[4]}` &&
			match[2] === (match[2] ?? '').toUpperCase() &&
			match[3] === (match[3] ?? '').toUpperCase() &&
			((match[1] === '-----' && match[4] === '-----') ||
				(match[1] === '----' && match[4] === '----' && (match[3] ?? '').toUpperCase() === 'SSH2 PUBLIC KEY')),
	}));
	const spans: Span[] = [];
	for (let i = 0; i < markers.length; i++) {
		const begin = markers[i]!;
		if (begin.kind === 'END') {
			// An END with no BEGIN before it: the start of the block was not copied.
			spans.push({
				start: begin.start,
				end: begin.end,
				read: (block, into) => into.findings.push(finding('pem-truncated', block, { label: begin.label })),
			});
			continue;
		}
		const next = markers[i + 1];
		if (!next || next.kind === 'BEGIN') {
			spans.push({
				start: begin.start,
				end: next ? next.start : text.length,
				read: (block, into) => into.findings.push(finding('pem-truncated', block, { label: begin.label })),
			});
			continue;
		}
		i++;
		const body = text.slice(begin.end, next.start);
		const malformed = !begin.wellFormed || !next.wellFormed;
		spans.push({
			start: begin.start,
			end: next.end,
			read: (block, into) => {
				if (next.label !== begin.label) {
					into.findings.push(finding('pem-end-mismatch', block, { label: begin.label, actual: next.label }));
					return;
				}
				if (malformed) headerFindings.push(finding('pem-header-malformed', block));
				readPemBlock(begin.label, body, block, into);
			},
		});
	}
	return spans;
}

function readPemBlock(label: string, body: string, block: number, into: Collected): void {
	if (label === 'CERTIFICATE REQUEST' || label === 'NEW CERTIFICATE REQUEST') {
		into.findings.push(finding('pem-csr', block));
		return;
	}
	if (label === 'SSH2 PUBLIC KEY') {
		readSsh2Body(body, block, into);
		return;
	}
	const expectedKind = EXPECTED_KIND[label];
	if (!expectedKind) {
		into.findings.push(finding('pem-unknown-header', block, { label }));
		return;
	}
	const compact = body.replace(/\s+/g, '');
	const der = decodeBase64(compact);
	if (!der) {
		into.findings.push(finding(compact.length === 0 ? 'pem-truncated' : 'base64-invalid', block, { label }));
		return;
	}
	const kind = classifyDer(der);
	const notes: Finding[] = [];
	if (
		kind.kind !== expectedKind &&
		kind.kind !== 'truncated' &&
		kind.kind !== 'unknown' &&
		!privateFindingForDer(kind.kind)
	) {
		notes.push(finding('pem-label-mismatch', block, { label, actual: structureNames[kind.kind] }));
	}
	const format: KeyFormat =
		kind.kind === 'pkcs1-public' ? 'pkcs1-pem' : kind.kind === 'certificate' ? 'x509-pem' : 'spki-pem';
	// The PKCS#1 note is what the label promised; say it only once.
	fromDer(kind, block, format, into, notes);
}
