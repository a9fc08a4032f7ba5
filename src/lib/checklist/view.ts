/**
 * What the checklist island (src/components/checklist/) shows for the user's progress, decided here so the island
 * only copies it into the page: each step's state and texts, the progress bar, the storage problems, and the step
 * data the server embeds in the page for the island to read.
 */
import { isRecord } from '../shared/record';
import {
	countProgress,
	isDone,
	isStepStatus,
	missingPrerequisites,
	parseProgressKey,
	statusOf,
	type ChecklistStep,
	type Progress,
	type StepStatus,
} from './progress';
import { STATUS_LABELS, blockedText, completedText, kommuneLabel, progressDetail, progressText } from './messages';

/** A step as the island knows it: `shown` says whether it is on this page (the page may show one phase only). */
export type ClientStep = ChecklistStep & { readonly shown: boolean };

// --- the steps embedded in the page -------------------------------------------------------------------------------

/**
 * The steps as JSON for a `<script type="application/json">` in the page: what the island needs for
 * prerequisites and announcements. `<` is escaped so no step text can close the script element (HTML §4.12.1.3).
 */
export function clientStepsJson(all: readonly ChecklistStep[], shown: readonly ChecklistStep[]): string {
	const onPage = new Set(shown.map((step) => step.id));
	const steps: ClientStep[] = all.map(({ id, text, requires, optional, perKommune, phase }) => ({
		id,
		text,
		requires,
		optional,
		perKommune,
		shown: onPage.has(id),
		phase,
		who: [],
	}));
	return JSON.stringify(steps).replaceAll('<', '\\u003c');
}

/**
 * Reads the embedded steps, by ID. The page's own data, but read without trusting it: text that is not such a list
 * gives no steps (the checklist then shows states without prerequisites) instead of an exception.
 */
export function readClientSteps(json: string | null | undefined): Map<string, ClientStep> {
	const steps = new Map<string, ClientStep>();
	let data: unknown;
	try {
		// No element gives null ('null', no list) or undefined ('undefined', not JSON): no steps either way.
		data = JSON.parse(String(json));
	} catch {
		// Not JSON: no steps.
	}
	if (!Array.isArray(data)) return steps;
	for (const step of data) {
		if (isRecord(step) && typeof step['id'] === 'string' && Array.isArray(step['requires'])) {
			steps.set(step['id'], step as unknown as ClientStep);
		}
	}
	return steps;
}

// --- one step -----------------------------------------------------------------------------------------------------

export interface StepView {
	readonly status: StepStatus;
	/** The checkbox: ticked only when fullført. */
	readonly checked: boolean;
	/** The status as text (shown in print, where the select is hidden). */
	readonly statusLabel: string;
	/** "Fullført 23.11.2026.", or '' (hidden) when the step is not fullført or has no date. */
	readonly completed: string;
	/** "Kan ikke starte ennå. Venter på: …", or '' (hidden) when nothing holds the step up. */
	readonly blocked: string;
}

/**
 * The state of one step on the page. `key` is its progress key (`<ID>@<kommunenummer>` in a kommune's row);
 * `step` is undefined for a step the page does not know, which then shows its status without prerequisites.
 */
export function stepView(
	step: ChecklistStep | undefined,
	steps: ReadonlyMap<string, ChecklistStep>,
	progress: Progress,
	key: string,
): StepView {
	const status = statusOf(progress, key);
	const completedAt = progress.steps[key]?.completedAt;
	// A step that is done is not "waiting" any more, whatever its prerequisites say.
	const missing =
		step === undefined || isDone(status)
			? []
			: missingPrerequisites(step, steps, progress, parseProgressKey(key).kommunenummer);
	return {
		status,
		checked: status === 'fullfort',
		statusLabel: STATUS_LABELS[status],
		completed: status === 'fullfort' && completedAt ? completedText(completedAt) : '',
		blocked: missing.length > 0 ? blockedText(missing.map((required) => required.text)) : '',
	};
}

/** A step's two controls: the checkbox (fullført or not) and the select with every status. */
export type StepControl =
	{ readonly role: 'done'; readonly checked: boolean } | { readonly role: 'status'; readonly value: string };

/** The status the user chose with a control; undefined for a value that is no status (the page was tampered with). */
export function chosenStatus(control: StepControl): StepStatus | undefined {
	if (control.role === 'done') return control.checked ? 'fullfort' : 'ikke-startet';
	return isStepStatus(control.value) ? control.value : undefined;
}

// --- the whole list -----------------------------------------------------------------------------------------------

export interface ProgressView {
	readonly text: string;
	/** What the numbers count: common steps, steps per kommune, and what is left out. */
	readonly detail: string;
	readonly value: number;
	/** Never 0: a <progress> with max 0 shows as full. */
	readonly max: number;
}

/** The progress text and bar for the steps on this page, with each step per kommune counted once per kommune. */
export function progressView(
	steps: readonly ChecklistStep[],
	progress: Progress,
	kommuner: readonly string[],
): ProgressView {
	const count = countProgress(steps, progress, kommuner);
	return {
		text: progressText(count),
		detail: progressDetail(count),
		value: count.done,
		max: Math.max(count.total, 1),
	};
}

/** A chosen kommune by its number, as «Bodø (1804)»; the number alone for one not in the list. */
export function kommuneNameOf(
	nummer: string,
	kommuner: readonly { readonly nummer: string; readonly navn: string }[],
): string {
	const kommune = kommuner.find((k) => k.nummer === nummer);
	return kommune ? kommuneLabel(kommune) : nummer;
}

// --- storage problems ---------------------------------------------------------------------------------------------

export type StorageHealth = 'ok' | 'unavailable' | 'write-failed';
export type LoadStatus = 'ok' | 'unreadable';

/**
 * Which storage problems to show. Their texts (messages.ts: storageHealthMessage, UNREADABLE_MESSAGE) are rendered
 * into the page by Checklist.astro, so the island that shows them does not carry them.
 */
export interface ProblemsView {
	/** Why progress is not being saved, or undefined (hidden). */
	readonly storage: Exclude<StorageHealth, 'ok'> | undefined;
	/** Whether stored data cannot be read. */
	readonly unreadable: boolean;
	/** Which unreadable texts the user can download before starting over. */
	readonly downloadProgress: boolean;
	readonly downloadKommuner: boolean;
}

export function problemsView(health: StorageHealth, progress: LoadStatus, kommuner: LoadStatus): ProblemsView {
	const downloadProgress = progress === 'unreadable';
	const downloadKommuner = kommuner === 'unreadable';
	return {
		storage: health === 'ok' ? undefined : health,
		unreadable: downloadProgress || downloadKommuner,
		downloadProgress,
		downloadKommuner,
	};
}

// --- status tags and links ----------------------------------------------------------------------------------------

/** Starlight's badge variants (its <Badge>), as our status tags use them: one colour per status. */
export type TagVariant = 'default' | 'note' | 'caution' | 'success' | 'neutral' | 'danger';

export const STATUS_VARIANTS: Readonly<Record<StepStatus | 'blocked', TagVariant>> = {
	'ikke-startet': 'default',
	pagar: 'note',
	'venter-nhn': 'caution',
	fullfort: 'success',
	'ikke-aktuelt': 'neutral',
	blocked: 'neutral',
};

/**
 * The "Les mer" link of a step, or undefined where it would lead to the page the step is already on (a phase page's
 * own checklist: the section is above it, and a link to the same page only makes the reader lose her place).
 */
export function stepLink(href: string | undefined, pagePath: string | undefined): string | undefined {
	if (href === undefined) return undefined;
	if (pagePath === undefined) return href;
	const path = (value: string) => value.split('#')[0]!.replace(/\/$/, '');
	return path(href) === path(pagePath) ? undefined : href;
}
