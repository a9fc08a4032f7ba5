/**
 * What the HelseID islands show, decided here so the islands only build elements: each finding as a line with its
 * severity in words, claim and source link; a token's header and payload as rows; times as local time and
 * relative to now; the one summary line above the findings; the key field's status.
 */
import { countBySeverity, type Finding, type Severity } from './findings';
import { severityLabels, summaryMessages, type SummaryTool } from './messages';
import { SOURCES, type Source } from './sources';
import { localTime, relativeTime, timeOf, type TimeClaim, type TimeOptions } from './times';
import type { KeyReadResult } from './verification-key';
import { markHidden, valueText } from './token';

export interface FindingLine {
	readonly severity: Severity;
	/** The severity in words ("Feil"), shown before the text. */
	readonly label: string;
	/** The header member or claim as written in the token; absent for the signature. */
	readonly claim?: string;
	readonly text: string;
	readonly source: Source;
}

/** Errors first, then warnings, notes and what passed; in the token's order within each. */
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2, ok: 3 };

export function findingLines(findings: readonly Finding[]): FindingLine[] {
	return [...findings]
		.sort((a, b) => ORDER[a.severity] - ORDER[b.severity])
		.map((f) => ({
			severity: f.severity,
			label: severityLabels[f.severity],
			...(f.claim === undefined ? {} : { claim: f.claim }),
			text: f.message,
			source: SOURCES[f.source],
		}));
}

export interface PartRow {
	readonly name: string;
	readonly value: string;
	readonly time?: { readonly claim: TimeClaim; readonly epoch: number };
}

/** A token part's members in the token's order, values as text, times marked for the clock. */
export function partRows(record: Readonly<Record<string, unknown>>): PartRow[] {
	return Object.entries(record).map(([name, value]) => ({
		name: markHidden(name),
		value: valueText(value),
		...timeOf(name, value),
	}));
}

/** "3. nov. 2026, 14:03:05 – utløper om 25 sekunder". */
export function timeText(
	time: { readonly claim: TimeClaim; readonly epoch: number },
	now: number,
	options: TimeOptions = {},
	timeZone?: string,
): string {
	return `${localTime(time.epoch, timeZone)} – ${relativeTime(time.claim, time.epoch, now, options)}`;
}

/** The line above the findings: how many errors and warnings, and what to do. */
export function summaryText(tool: SummaryTool, findings: readonly Finding[], environment = ''): string {
	const counts = countBySeverity(findings);
	const messages = summaryMessages[tool];
	if (counts.error > 0) return messages.errors(counts.error, counts.warning, environment);
	if (counts.warning > 0) return messages.warnings(counts.warning);
	return messages.ok(environment);
}

/** What the public-key field says under itself once read: the key(s), or why it cannot be used. */
export function keyStatusLines(key: KeyReadResult): string[] {
	switch (key.status) {
		case 'empty':
			return [];
		case 'ok':
			return key.keys.map((k) => summaryMessages.key(k.label, k.thumbprint, k.kid));
		case 'private-key':
		case 'error':
			return [...key.messages];
	}
}
