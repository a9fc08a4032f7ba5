/**
 * PEM armour (RFC 7468): finds BEGIN/END pairs in the text, however sloppily written (also a BEGIN line broken over
 * two lines), and reads each block by its label: SPKI, PKCS#1, certificates (also OpenSSL's TRUSTED CERTIFICATE),
 * RFC 4716 SSH2 blocks; certificate requests and other labels are named. Whatever the labels say, a body that holds
 * a private key is refused.
 */
import { decodeBase64 } from '../shared/base64';
import { firstMatches, MAX_KEYS, type Collected, type KeyFormat, type Span } from './collected';
import { classifyDer, readElement, TAG, type DerKind } from './der';
import { fromDer } from './der-key';
import { finding, type Finding } from './findings';
import { structureNames } from './messages';
import { privateFindingForDer } from './secrets';
import { readSsh2Body } from './ssh';

/**
 * A BEGIN or END line. Every quantifier is bounded or cannot overlap its neighbour, so a line of 50,000 hyphens or
 * tabs is read in one pass: the run of hyphens may only start where no hyphen is before it, the blanks are at most
 * eight, and the label starts with a character that is not blank. The label may go on over one line break.
 */
const PEM_MARKER =
	/(?<!-)(-{2,})[ \t]{0,8}(BEGIN|END)[ \t]{1,8}([A-Za-z0-9#._-][A-Za-z0-9 #._-]{0,58}?(?:[ \t]{0,8}\n[ \t]{0,8}[A-Za-z0-9#._-][A-Za-z0-9 #._-]{0,38}?)?)[ \t]{0,8}(-{2,})/gi;

/** The DER structure each public label promises. */
const EXPECTED_KIND: Record<string, DerKind['kind']> = {
	'PUBLIC KEY': 'spki',
	'RSA PUBLIC KEY': 'pkcs1-public',
	CERTIFICATE: 'certificate',
	'X509 CERTIFICATE': 'certificate',
	'TRUSTED CERTIFICATE': 'certificate',
};

/**
 * Labels we can name in a message (RFC 7468 §5–§13, OpenSSL's and OpenSSH's own). Any other label is pasted text
 * we do not repeat: the message calls it unknown.
 */
const KNOWN_LABELS = new Set([
	...Object.keys(EXPECTED_KIND),
	'CERTIFICATE REQUEST',
	'NEW CERTIFICATE REQUEST',
	'SSH2 PUBLIC KEY',
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
]);

/** A label as a message may name it: one of the labels above, or undefined ("ukjent" in the message). */
export function knownLabel(label: string): string | undefined {
	return KNOWN_LABELS.has(label) ? label : undefined;
}

interface Marker {
	readonly start: number;
	readonly end: number;
	readonly kind: 'BEGIN' | 'END';
	readonly label: string;
	readonly wellFormed: boolean;
}

function marker(match: RegExpExecArray): Marker {
	const [whole, , word = '', rawLabel = ''] = match;
	const label = rawLabel.replace(/\s+/g, ' ').trim().toUpperCase();
	const upper = word === word.toUpperCase() && rawLabel === label;
	return {
		start: match.index,
		end: match.index + whole.length,
		kind: word.toUpperCase() as 'BEGIN' | 'END',
		label,
		// RFC 7468 §2: five hyphens, one space, upper case, on one line. RFC 4716 §3.2: four hyphens and a space
		// on each side, for SSH2 PUBLIC KEY only.
		wellFormed:
			upper &&
			(whole === `-----${word} ${rawLabel}-----` ||
				(label === 'SSH2 PUBLIC KEY' && whole === `---- ${word} ${rawLabel} ----`)),
	};
}

/** The base64 of a PEM body: RFC 1421 header lines (`Proc-Type: …`, `Comment: …`) and whitespace left out. */
function bodyBytes(body: string): { compact: string; der: Uint8Array | undefined } {
	const compact = body
		.split('\n')
		.filter((line) => !line.includes(':'))
		.join('')
		.replace(/\s+/g, '');
	return { compact, der: decodeBase64(compact) };
}

/**
 * Every PEM block in the text, complete or cut off. A sloppy BEGIN or END line adds its `pem-header-malformed`
 * finding to `headerFindings` when the block is read; the caller reports those after the blocks' own findings.
 */
export function pemSpans(text: string, headerFindings: Finding[]): Span[] {
	const markers = firstMatches(text, PEM_MARKER, 8 * MAX_KEYS).map(marker);
	const spans: Span[] = [];
	for (let i = 0; i < markers.length; i++) {
		const begin = markers[i]!;
		const named = { label: knownLabel(begin.label) };
		if (begin.kind === 'END') {
			// An END with no BEGIN before it: the start of the block was not copied.
			spans.push({
				start: begin.start,
				end: begin.end,
				read: (block, into) => into.findings.push(finding('pem-truncated', block, named)),
			});
			continue;
		}
		const next = markers[i + 1];
		if (!next || next.kind === 'BEGIN') {
			spans.push({
				start: begin.start,
				end: next ? next.start : text.length,
				read: (block, into) => into.findings.push(finding('pem-truncated', block, named)),
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
					// The labels disagree, so neither can be trusted: a private body is still refused.
					const { der } = bodyBytes(body);
					const secret = der ? privateFindingForDer(classifyDer(der).kind) : undefined;
					into.findings.push(
						secret ?? finding('pem-end-mismatch', block, { label: named.label, actual: knownLabel(next.label) }),
					);
					return;
				}
				if (malformed) headerFindings.push(finding('pem-header-malformed', block));
				readPemBlock(begin.label, body, block, into);
			},
		});
	}
	return spans;
}

/**
 * OpenSSL's `TRUSTED CERTIFICATE` (`openssl x509 -trustout`) is the certificate followed by its trust settings
 * (X509_CERT_AUX, a SEQUENCE): the certificate is the first element, when exactly one SEQUENCE follows it.
 */
function trustedCertificate(der: Uint8Array): Uint8Array {
	const first = readElement(der);
	if (!first.ok) return der;
	// A bare certificate has nothing after it: the read below fails and the certificate is kept whole.
	const aux = readElement(der, first.element.end);
	return aux.ok && aux.element.tag === TAG.SEQUENCE && aux.element.end === der.length
		? der.subarray(0, first.element.end)
		: der;
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
	const { compact, der: bytes } = bodyBytes(body);
	const expectedKind = EXPECTED_KIND[label];
	if (!expectedKind) {
		// Not a public key's label, but the body may still be a private key under a made-up label.
		const secret = bytes ? privateFindingForDer(classifyDer(bytes).kind) : undefined;
		into.findings.push(secret ?? finding('pem-unknown-header', block, { label: knownLabel(label) }));
		return;
	}
	const named = { label: knownLabel(label) };
	if (!bytes) {
		into.findings.push(finding(compact.length === 0 ? 'pem-truncated' : 'base64-invalid', block, named));
		return;
	}
	const der = label === 'TRUSTED CERTIFICATE' ? trustedCertificate(bytes) : bytes;
	const kind = classifyDer(der);
	const notes: Finding[] = [];
	// fromDer keeps the notes only of a key it reads (not of a private, cut-off or unknown body).
	if (kind.kind !== expectedKind)
		notes.push(finding('pem-label-mismatch', block, { label, actual: structureNames[kind.kind] }));
	// fromDer names a certificate's format itself.
	const format: KeyFormat = kind.kind === 'pkcs1-public' ? 'pkcs1-pem' : 'spki-pem';
	// The PKCS#1 note is what the label promised; say it only once.
	fromDer(kind, block, format, into, notes);
}
