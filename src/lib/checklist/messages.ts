/**
 * The checklist's Norwegian text, code → sentence: every sentence its code writes is imported from this module
 * (status labels, progress, announcements, storage problems, kommune rows and search, the confirmation questions,
 * import previews, file errors). Plain values and functions of plain values; which text is shown when is decided
 * in view.ts, kommune-search.ts and progress-file.ts, whose tests assert states and codes. Static text of the page
 * itself (headings, explanations) stays in the .astro templates that render it.
 *
 * This file holds what every checklist page may say before any interaction. The texts only the lazily loaded
 * actions use are in messages-lazy.ts and re-exported at the bottom: Rolldown puts whole modules into chunks (an
 * unused export is dropped, but an export used only by a lazy chunk still lands in the first one), so those texts
 * in this file cost every checklist page 0.97 KB gzip. Re-exported, they stay in the actions chunk.
 */
import type { WhoFilter } from './filter';
import { formatDate, type ProgressCount, type StepStatus } from './progress';

// --- steps and progress ---------------------------------------------------------------------------------------------

/** What the user sees for each status (GOV.UK's task list statuses, in Norwegian). */
export const STATUS_LABELS: Record<StepStatus, string> = {
	'ikke-startet': 'Ikke startet',
	pagar: 'Pågår',
	'venter-nhn': 'Venter på NHN',
	fullfort: 'Fullført',
	'ikke-aktuelt': 'Ikke aktuelt',
};

/** Who acts in a step, as its row says it: «Hvem: leverandør og NHN». */
export function whoText(who: readonly string[]): string {
	const names = who.length > 1 ? `${who.slice(0, -1).join(', ')} og ${who.at(-1)}` : (who[0] ?? '');
	return `Hvem: ${names}`;
}

/** The start of the text under a step whose prerequisites are not done. */
export const BLOCKED_LABEL = 'Kan ikke starte ennå';

export function blockedText(missing: readonly string[]): string {
	return `${BLOCKED_LABEL}. Venter på: ${missing.map((t) => `«${t}»`).join(', ')}.`;
}

export function completedText(completedAt: string): string {
	return `Fullført ${formatDate(completedAt)}.`;
}

export function progressText({ done, total }: { readonly done: number; readonly total: number }): string {
	return `${done} av ${total} steg fullført`;
}

/** What the progress numbers count, and what they leave out (GOV.UK says "You have completed 3 of 8 sections"). */
export function progressDetail(count: ProgressCount): string {
	const { common, perKommune, kommuner, optional, notRelevant } = count;
	let counted = `Telt med: ${common} ${perKommune > 0 ? 'felles ' : ''}steg`;
	if (perKommune > 0 && kommuner === 0) counted += '. Stegene per kommune telles når du har lagt til kommuner';
	else if (perKommune > 0)
		counted += ` og ${perKommune} steg for ${kommuner === 1 ? '1 kommune' : `hver av ${kommuner} kommuner`}`;
	const left = [
		...(optional > 0 ? [`${optional} ${optional === 1 ? 'valgfritt' : 'valgfrie'} steg`] : []),
		...(notRelevant > 0 ? [`${notRelevant} merket «${STATUS_LABELS['ikke-aktuelt']}»`] : []),
	];
	return `${counted}.${left.length > 0 ? ` Ikke telt med: ${left.join(' og ')}.` : ''}`;
}

/** The button that marks the approval steps ikke aktuelt (already-approved.ts). */
export const ALREADY_APPROVED_LABEL = 'Vi er allerede godkjent som tredjepartsleverandør';

/** Announced after a status change; `kommune` names the row of a step per kommune. */
export function statusChanged(stepText: string, status: StepStatus, kommune?: string): string {
	const where = kommune ? ` (${kommune})` : '';
	return `«${stepText}»${where}: ${STATUS_LABELS[status]}.`;
}

// --- storage --------------------------------------------------------------------------------------------------------

export const storageHealthMessage: Record<'unavailable' | 'write-failed', string> = {
	unavailable:
		'Fremdriften kan ikke lagres i denne nettleseren (lagring er slått av, for eksempel i privat modus). Du kan bruke sjekklisten nå, men det du krysser av, forsvinner når du lukker siden. Last ned fremdriften før du går, så kan du hente den inn igjen senere.',
	'write-failed':
		'Den siste endringen ble ikke lagret i nettleseren, kanskje fordi lagringsplassen er full. Endringen gjelder til du lukker siden. Last ned fremdriften for å ta vare på den.',
};

export const UNREADABLE_MESSAGE =
	'Den lagrede fremdriften i denne nettleseren kan ikke leses. Vi har ikke endret eller slettet den. Last ned den lagrede teksten og ta vare på den. Deretter kan du starte på nytt med en tom sjekkliste.';

// --- kommuner -------------------------------------------------------------------------------------------------------

/** How a kommune is named wherever the checklist shows one: «Bodø (1804)». */
export function kommuneLabel({ nummer, navn }: { readonly nummer: string; readonly navn: string }): string {
	return `${navn} (${nummer})`;
}

/** The short names of the steps per kommune, as the overview table's column headings (by step ID, which is frozen). */
export const KOMMUNE_STEP_LABELS: Readonly<Record<string, string>> = {
	'vkp.kommune.nokkelpar': 'Nøkkelpar',
	'vkp.kommune.altinn-delegering': 'Altinn-delegering',
	'vkp.kommune.bestilling': 'Bestilling sendt',
	'vkp.kommune.codereview': 'Kodegjennomgang',
	'vkp.kommune.klient': 'Klient mottatt',
	'vkp.kommune.tilgangsregister': 'Tilgangsregister',
	'vkp.kommune.scopes': 'Scope bekreftet',
	'vkp.kommune.produksjon': 'I produksjon',
};

/** On the phase map, for a phase of optional steps only (no count to give). */
export const OPTIONAL_PHASE = 'Bare valgfrie steg';

/** Who acts in a phase, on the phase map: the parties of the filter, as names. */
export const PARTY_LABELS: Readonly<Record<Exclude<WhoFilter, 'alle'>, string>> = {
	leverandor: 'leverandør',
	bestiller: 'bestiller',
	kommune: 'kommune',
	nhn: 'NHN',
};

// --- "Bare mine steg" ------------------------------------------------------------------------------------------------

/** The filter's choices: every step, or the steps one party acts in («Leverandørens steg»: say whose steps). */
export const FILTER_LABELS: Readonly<Record<WhoFilter, string>> = {
	alle: 'Alle steg',
	leverandor: 'Leverandørens steg',
	bestiller: 'Bestillerens steg',
	kommune: 'Kommunens steg',
	nhn: 'NHNs steg',
};

const PARTY_NAMES: Readonly<Record<Exclude<WhoFilter, 'alle'>, string>> = {
	leverandor: 'leverandøren',
	bestiller: 'bestilleren',
	kommune: 'kommunen',
	nhn: 'NHN',
};

/** Said under the filter: how many steps are shown, and whose; '' when all are. */
export function filterSummary(shown: number, total: number, filter: WhoFilter): string {
	if (filter === 'alle') return '';
	return `Viser ${shown} av ${total} steg: bare stegene der ${PARTY_NAMES[filter]} gjør noe.`;
}

// The texts only the actions use (see the top of this file).
export * from './messages-lazy';
