/**
 * A finding of the HelseID tools: what a rule found about one header member or claim, how serious it is, where the
 * rule comes from, and the Norwegian sentence for it (from messages.ts). Rules return findings; islands show them.
 */
import { findingMessages, type FindingCode, type MessageParams } from './finding-messages';
import type { SourceId } from './sources';

export type { FindingCode, MessageParams } from './finding-messages';

/** `ok` is a rule that passed; `info` a note that is neither good nor bad (nothing to check it against). */
export type Severity = 'error' | 'warning' | 'ok' | 'info';

/** Which part of the token a finding is about. */
export type TokenPart = 'header' | 'payload' | 'signature';

export interface Finding {
	readonly code: FindingCode;
	readonly severity: Severity;
	readonly part: TokenPart;
	/** The header member or claim, written as in the token (`aud`, `typ`, `cnf.jkt`); absent for the signature. */
	readonly claim?: string;
	readonly source: SourceId;
	readonly message: string;
}

export function finding(
	code: FindingCode,
	part: TokenPart,
	claim: string | undefined,
	source: SourceId,
	severity: Severity,
	params: MessageParams = {},
): Finding {
	return {
		code,
		severity,
		part,
		...(claim === undefined ? {} : { claim }),
		source,
		message: findingMessages[code](params),
	};
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2, ok: 3 };

/** The worst severity among the findings (`ok` for none): what the summary line says. */
export function worstSeverity(findings: readonly Finding[]): Severity {
	return findings.reduce<Severity>((worst, f) => (RANK[f.severity] < RANK[worst] ? f.severity : worst), 'ok');
}

/** How many findings of each severity, for the summary line. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
	const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, ok: 0 };
	for (const f of findings) counts[f.severity]++;
	return counts;
}
