/**
 * Checklist state: what a user has done, by stable step ID, and what follows from it (blocked steps, progress).
 *
 * Progress is keyed by the step IDs written in the content (`vkp.tredjepart.avtale`), and for VKP's steps per
 * kommune by ID and kommunenummer (`vkp.kommune.bestilling@1804`), never by position or text: editing,
 * reordering or adding steps cannot move or lose a tick. Entries for steps that are no longer in the content are
 * kept, untouched, so a step that comes back finds its tick again.
 */
import { isRecord } from '../shared/record';
import { readVersioned, type Migrations } from '../shared/versioned';

export const STATUSES = ['ikke-startet', 'pagar', 'venter-nhn', 'fullfort', 'ikke-aktuelt'] as const;
export type StepStatus = (typeof STATUSES)[number];

/** The status values are stored in users' browsers and export files: never rename them. Labels: messages.ts. */
export function isStepStatus(value: unknown): value is StepStatus {
	return (STATUSES as readonly unknown[]).includes(value);
}

export interface StepRecord {
	readonly status: StepStatus;
	/** When the user last changed this step (ISO 8601); imports merge by it. */
	readonly changedAt: string;
	/** When the step was marked fullført (ISO 8601), kept while it stays fullført. */
	readonly completedAt?: string;
}

export interface Progress {
	/** By progress key: a step ID, or `<step ID>@<kommunenummer>` for VKP's steps per kommune. */
	readonly steps: Readonly<Record<string, StepRecord>>;
}

export interface ChecklistStep {
	readonly id: string;
	readonly text: string;
	readonly phase: string;
	readonly who: readonly string[];
	readonly optional: boolean;
	readonly requires: readonly string[];
	readonly href?: string | undefined;
	readonly perKommune: boolean;
	readonly note?: string | undefined;
}

export const emptyProgress = (): Progress => ({ steps: {} });

export function progressKey(stepId: string, kommunenummer?: string): string {
	return kommunenummer === undefined ? stepId : `${stepId}@${kommunenummer}`;
}

/** Splits a progress key into its step ID and kommunenummer. */
export function parseProgressKey(key: string): { stepId: string; kommunenummer?: string } {
	const at = key.indexOf('@');
	return at === -1 ? { stepId: key } : { stepId: key.slice(0, at), kommunenummer: key.slice(at + 1) };
}

export function statusOf(progress: Progress, key: string): StepStatus {
	return progress.steps[key]?.status ?? 'ikke-startet';
}

/** Records a new status. A step that stays fullført keeps its first completion date. */
export function setStatus(progress: Progress, key: string, status: StepStatus, now: string): Progress {
	const previous = progress.steps[key];
	if (previous?.status === status) return progress;
	const record: StepRecord =
		status === 'fullfort' ? { status, changedAt: now, completedAt: now } : { status, changedAt: now };
	return { steps: { ...progress.steps, [key]: record } };
}

/** Done means nothing is left to do: fullført, or ikke aktuelt for this supplier. */
export function isDone(status: StepStatus): boolean {
	return status === 'fullfort' || status === 'ikke-aktuelt';
}

/**
 * The prerequisites of a step (for one kommune's row, when the step is per kommune) that are not yet done.
 * A prerequisite is done when fullført or ikke aktuelt, and nothing else: a step the user has not started holds up
 * what depends on it, optional or not (issue 20: a skipped approval must not open the production order). A supplier
 * who need not do a step marks it ikke aktuelt.
 */
export function missingPrerequisites(
	step: ChecklistStep,
	steps: ReadonlyMap<string, ChecklistStep>,
	progress: Progress,
	kommunenummer?: string,
): ChecklistStep[] {
	const missing: ChecklistStep[] = [];
	for (const id of step.requires) {
		const required = steps.get(id);
		if (!required) continue;
		const key = progressKey(id, required.perKommune ? kommunenummer : undefined);
		const status = statusOf(progress, key);
		if (isDone(status)) continue;
		missing.push(required);
	}
	return missing;
}

export interface ProgressCount {
	readonly done: number;
	readonly total: number;
	/** Required steps done once for the whole service, and counted (not ikke aktuelt). */
	readonly common: number;
	/** Required steps done once per kommune (each counted once for every kommune). */
	readonly perKommune: number;
	readonly kommuner: number;
	/** Optional steps, never counted. */
	readonly optional: number;
	/** Entries marked ikke aktuelt (a step, or a step of one kommune), left out of both numbers. */
	readonly notRelevant: number;
}

/**
 * "7 av 15 steg fullført": counts the required steps (each per-kommune step once per kommune). Optional steps
 * and steps marked ikke aktuelt are left out of both numbers, so the total is what is really left to do. The other
 * members say what was counted, so the page can say it too.
 */
export function countProgress(
	steps: readonly ChecklistStep[],
	progress: Progress,
	kommuner: readonly string[],
): ProgressCount {
	let done = 0;
	let total = 0;
	let common = 0;
	let perKommune = 0;
	let optional = 0;
	let notRelevant = 0;
	for (const step of steps) {
		if (step.optional) {
			optional += 1;
			continue;
		}
		if (step.perKommune) perKommune += 1;
		const keys = step.perKommune ? kommuner.map((k) => progressKey(step.id, k)) : [step.id];
		for (const key of keys) {
			const status = statusOf(progress, key);
			if (status === 'ikke-aktuelt') {
				notRelevant += 1;
				continue;
			}
			if (!step.perKommune) common += 1;
			total += 1;
			if (status === 'fullfort') done += 1;
		}
	}
	return { done, total, common, perKommune, kommuner: kommuner.length, optional, notRelevant };
}

/** A completion date as Norwegian readers write it (23.11.2026). */
export function formatDate(iso: string): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return '';
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(date.getDate())}.${pad(date.getMonth() + 1)}.${date.getFullYear()}`;
}

// --- reading stored progress -------------------------------------------------------------------------------------

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/;

function readRecord(value: unknown): StepRecord | undefined {
	if (!isRecord(value)) return undefined;
	const { status, changedAt, completedAt } = value;
	if (!isStepStatus(status)) return undefined;
	if (typeof changedAt !== 'string' || !ISO_DATE.test(changedAt)) return undefined;
	if (completedAt !== undefined && (typeof completedAt !== 'string' || !ISO_DATE.test(completedAt))) return undefined;
	return completedAt === undefined ? { status, changedAt } : { status, changedAt, completedAt };
}

/**
 * Validates progress data of schema version 1 (stored, or inside an export file). All or nothing: one bad entry
 * makes the whole value unreadable, so the caller keeps the original text instead of silently dropping a part.
 */
export function readProgressData(data: unknown): Progress | undefined {
	if (!isRecord(data) || !isRecord(data['steps'])) return undefined;
	const steps: Record<string, StepRecord> = {};
	for (const [key, value] of Object.entries(data['steps'])) {
		const record = readRecord(value);
		if (!record || key.length === 0 || key.length > 200) return undefined;
		steps[key] = record;
	}
	return { steps };
}

/** The current schema version of stored progress (and of the progress inside export files). */
export const PROGRESS_VERSION = 1;

export type { Migrations };
/** Version 1 is the first: no migrations yet. */
export const PROGRESS_MIGRATIONS: Migrations = {};

/**
 * Reads stored progress of any known schema version, migrating older ones step by step up to the current one.
 * Never throws: a failing migration makes the data unreadable (and so kept as it was), not lost.
 */
export function readProgress(
	data: unknown,
	storedVersion: number,
	migrations: Migrations = PROGRESS_MIGRATIONS,
	currentVersion: number = PROGRESS_VERSION,
	readCurrent: (data: unknown) => Progress | undefined = readProgressData,
): Progress | undefined {
	return readVersioned(data, storedVersion, currentVersion, migrations, readCurrent);
}
