/**
 * What the key check island shows for a result, decided here so the island only builds elements: the summary,
 * each finding with its severity label, each key's card (facts, outputs with their file names, button labels), the
 * offer to save the thumbprint for a kommune, and the text a chosen file is read as. Loaded with the checker, on
 * first use.
 */
import { storedPublicJwk, type StoredPublicJwk } from '../shared/public-jwk';
import { encodeBase64 } from '../shared/base64';
import type { ChosenKommune } from '../kommuner/chosen';
import type { CheckedKey, Finding, KeyCheckResult } from './check';
import {
	carryOverLabels,
	checkStatusMessages,
	fileNames,
	formatNames,
	keyCardLabels,
	severityLabels,
	summaryMessages,
	type CheckStatusCode,
	type Severity,
	type SummaryCode,
} from './messages';

/** Larger than any key file, even a certificate chain: a bigger file is the wrong one. */
export const MAX_FILE_BYTES = 1_000_000;

export interface FindingLine {
	readonly severity: Severity;
	/** The severity in words ("Feil"), shown before the text. */
	readonly label: string;
	readonly text: string;
}

export interface FactLine {
	readonly term: string;
	readonly value: string;
	/** Shown as code: values the user may compare or copy character by character. */
	readonly code: boolean;
}

/** One way of handing the key over: shown as text, copied, or saved as a file. */
export interface KeyOutput {
	readonly heading: string;
	readonly note?: string;
	readonly text: string;
	readonly copyLabel: string;
	readonly downloadLabel: string;
	readonly fileName: string;
	readonly mediaType: string;
}

export interface KeyCard {
	readonly block: number;
	readonly heading: string;
	readonly facts: readonly FactLine[];
	readonly findings: readonly FindingLine[];
	readonly thumbprint: string;
	readonly copyThumbprintLabel: string;
	/** JWK and PEM, only for a key that may be sent. */
	readonly outputs: readonly KeyOutput[];
	/** Whether to offer saving the thumbprint for a kommune (only for a key that may be sent). */
	readonly carryOver: boolean;
	/** The public key as a kommune keeps it with the thumbprint (kty, n, e), for the order draft. */
	readonly publicJwk: StoredPublicJwk;
	/** Added to every label of the card's controls when several keys are shown, so each accessible name is unique. */
	readonly suffix: string;
}

export interface ResultReport {
	/** Empty input: nothing to show. */
	readonly empty: boolean;
	readonly privateKey: boolean;
	readonly summary: string;
	/** Findings about the paste as a whole (for a private key: the refusal's reasons). */
	readonly findings: readonly FindingLine[];
	/** One line per key read: number, size, thumbprint. */
	readonly keyLines: readonly string[];
	readonly cards: readonly KeyCard[];
}

/** Which summary a result gets; undefined for empty input. */
export function summaryOf(result: KeyCheckResult): { code: SummaryCode; count: number } | undefined {
	const usable = result.keys.filter((key) => key.usable).length;
	switch (result.status) {
		case 'ok':
			return { code: result.keys.length === 1 ? 'ok-one' : 'ok-several', count: result.keys.length };
		case 'warning':
			return { code: usable === 1 ? 'warning-one' : 'warning-several', count: usable };
		case 'error':
			return {
				code: result.keys.length === 0 ? 'no-key' : usable > 0 ? 'some-unusable' : 'unusable',
				count: usable,
			};
		case 'private-key':
			return { code: 'private-key', count: 0 };
		default:
			return undefined;
	}
}

export function summaryText(result: KeyCheckResult): string {
	const summary = summaryOf(result);
	return summary ? summaryMessages[summary.code]({ count: summary.count }) : '';
}

function findingLine(finding: Finding, prefix = ''): FindingLine {
	return { severity: finding.severity, label: severityLabels[finding.severity], text: `${prefix}${finding.message}` };
}

function keyCard(key: CheckedKey, several: boolean): KeyCard {
	const suffix = several ? keyCardLabels.buttonSuffix(key.block) : '';
	const facts: FactLine[] = [
		{ term: keyCardLabels.format, value: formatNames[key.format], code: false },
		{ term: keyCardLabels.size, value: keyCardLabels.bits(key.bits), code: false },
		{ term: keyCardLabels.exponent, value: key.exponent, code: false },
		{ term: keyCardLabels.thumbprint, value: key.thumbprint, code: true },
	];
	// JWK member names are their own labels (RFC 7517 §4).
	for (const member of ['kid', 'use', 'alg'] as const) {
		const value = key[member];
		if (value !== undefined) facts.push({ term: member, value, code: true });
	}
	const short = key.thumbprint.slice(0, 8);
	const jwkText = `${JSON.stringify(key.jwk, null, 2)}\n`;
	const outputs: KeyOutput[] = key.usable
		? [
				{
					heading: keyCardLabels.jwkHeading,
					note: keyCardLabels.jwkNote,
					text: jwkText,
					copyLabel: `${keyCardLabels.copyJwk}${suffix}`,
					downloadLabel: `${keyCardLabels.downloadJwk}${suffix}`,
					fileName: fileNames.publicJwk(short),
					mediaType: 'application/json',
				},
				{
					heading: keyCardLabels.pemHeading,
					text: key.pem,
					copyLabel: `${keyCardLabels.copyPem}${suffix}`,
					downloadLabel: `${keyCardLabels.downloadPem}${suffix}`,
					fileName: fileNames.publicPem(short),
					mediaType: 'application/x-pem-file',
				},
			]
		: [];
	return {
		block: key.block,
		heading: keyCardLabels.heading(key.block, key.bits),
		facts,
		findings: key.findings.map((f) => findingLine(f)),
		thumbprint: key.thumbprint,
		copyThumbprintLabel: `${keyCardLabels.copyThumbprint}${suffix}`,
		outputs,
		carryOver: key.usable,
		publicJwk: storedPublicJwk(key.jwk),
		suffix,
	};
}

/** Everything the island shows for a result. A refused private key gets its reasons and nothing else. */
export function reportOf(result: KeyCheckResult): ResultReport {
	const base = { empty: false, privateKey: false, summary: summaryText(result), keyLines: [], cards: [] };
	if (result.status === 'empty') return { ...base, empty: true, findings: [] };
	if (result.status === 'private-key') {
		return { ...base, privateKey: true, findings: result.findings.map((f) => findingLine(f)) };
	}
	// Numbering findings pays only when they could be about different keys.
	const several = new Set([...result.findings.map((f) => f.block), ...result.keys.map((k) => k.block)]).size > 1;
	return {
		...base,
		findings: result.findings.map((f) =>
			findingLine(f, several && f.block !== undefined ? keyCardLabels.findingPrefix(f.block) : ''),
		),
		keyLines: result.keys.map((key) => keyCardLabels.summaryLine(key.block, key.bits, key.thumbprint)),
		cards: result.keys.map((key) => keyCard(key, result.keys.length > 1)),
	};
}

export function checkStatusText(code: Exclude<CheckStatusCode, 'downloaded' | 'thumbprint-saved'>): string {
	return checkStatusMessages[code]();
}

export function copyStatusText(copied: boolean): string {
	return checkStatusText(copied ? 'copied' : 'copy-failed');
}

export function downloadStatusText(fileName: string): string {
	return checkStatusMessages.downloaded({ fileName });
}

/**
 * The text a chosen or dropped file is checked as. A binary .der/.cer file starts with a DER SEQUENCE (0x30, then
 * a long-form length 0x8x): it becomes base64, which the check reads as bare DER. Anything else is read as UTF-8.
 */
export function keyFileText(bytes: Uint8Array): string {
	const binaryDer = bytes[0] === 0x30 && bytes[1] !== undefined && bytes[1] >= 0x80;
	return binaryDer ? encodeBase64(bytes) : new TextDecoder().decode(bytes);
}

/** Whether a file is too large to be read as a key (the island says `file-too-large` instead). */
export function isFileTooLarge(size: number): boolean {
	return size > MAX_FILE_BYTES;
}

export interface CarryOverOffer {
	readonly heading: string;
	/** No kommuner chosen yet: a sentence and a link to the checklist, where they are added. */
	readonly none?: {
		readonly text: string;
		readonly linkText: string;
		readonly linkPath: string;
		readonly after: string;
	};
	readonly selectLabel: string;
	readonly options: readonly { readonly value: string; readonly text: string }[];
	readonly saveLabel: string;
}

/** The checklist page where kommuner are added; the island puts the site's base in front (siteUrl). */
export const CHECKLIST_PATH = '/vkp/sjekkliste/';

/** The offer to save this key's thumbprint for one of the user's kommuner, each marked if it already has one. */
export function carryOverOffer(kommuner: readonly ChosenKommune[], thumbprint: string, suffix: string): CarryOverOffer {
	return {
		heading: carryOverLabels.heading,
		...(kommuner.length === 0
			? {
					none: {
						text: carryOverLabels.noKommuner,
						linkText: carryOverLabels.checklistLink,
						linkPath: CHECKLIST_PATH,
						after: '.',
					},
				}
			: {}),
		selectLabel: `${carryOverLabels.select}${suffix}`,
		options: kommuner.map((kommune) => ({
			value: kommune.nummer,
			text: `${carryOverLabels.option(kommune.navn, kommune.nummer)}${
				kommune.thumbprint === thumbprint ? carryOverLabels.hasThis : kommune.thumbprint ? carryOverLabels.hasOther : ''
			}`,
		})),
		saveLabel: `${carryOverLabels.save}${suffix}`,
	};
}

/** What the island says after trying to save the thumbprint for the kommune with this number. */
export function carryOverStatus(saved: boolean, kommuner: readonly ChosenKommune[], nummer: string): string {
	if (!saved) return checkStatusText('thumbprint-not-saved');
	const kommune = kommuner.find((k) => k.nummer === nummer)?.navn ?? nummer;
	return checkStatusMessages['thumbprint-saved']({ kommune });
}
