/**
 * Changes to many entries of the progress at once, each asked first in the checklist's dialog: reset a service,
 * remove or move a kommune's row, merge an import. Apart from progress.ts (one status at a time, what every
 * checklist page needs) because only the checklist's lazily loaded actions use them.
 */
import { parseProgressKey, progressKey, type Progress, type StepRecord } from './progress';

/** Forgets every entry of one service (an explicit, confirmed reset). Other services are untouched. */
export function resetService(progress: Progress, service: string): Progress {
	const prefix = `${service}.`;
	return { steps: Object.fromEntries(Object.entries(progress.steps).filter(([key]) => !key.startsWith(prefix))) };
}

/** The entries of one kommune's row. */
export function kommuneEntries(progress: Progress, kommunenummer: string): string[] {
	return Object.keys(progress.steps).filter((key) => parseProgressKey(key).kommunenummer === kommunenummer);
}

/** Forgets one kommune's row (after the user confirmed removing the kommune). */
export function removeKommuneProgress(progress: Progress, kommunenummer: string): Progress {
	const gone = new Set(kommuneEntries(progress, kommunenummer));
	return { steps: Object.fromEntries(Object.entries(progress.steps).filter(([key]) => !gone.has(key))) };
}

/**
 * Moves one kommune's row to another kommune (the user picked the wrong one). Entries the target already has
 * are kept as they are, so a move never overwrites a tick.
 */
export function moveKommuneProgress(progress: Progress, from: string, to: string): Progress {
	if (from === to) return progress;
	const steps: Record<string, StepRecord> = {};
	for (const [key, record] of Object.entries(progress.steps)) {
		const { stepId, kommunenummer } = parseProgressKey(key);
		if (kommunenummer !== from) {
			steps[key] = record;
			continue;
		}
		const target = progressKey(stepId, to);
		if (progress.steps[target] === undefined) steps[target] = record;
		else steps[key] = record;
	}
	return { steps };
}

/** The newer of two records for the same step; a tie keeps the local one. */
function newer(local: StepRecord | undefined, incoming: StepRecord): StepRecord {
	if (!local) return incoming;
	return incoming.changedAt > local.changedAt ? incoming : local;
}

/** Merges incoming progress (an import) into local progress. Every local key survives; each keeps the newer record. */
export function mergeProgress(local: Progress, incoming: Progress): Progress {
	const steps: Record<string, StepRecord> = { ...local.steps };
	for (const [key, record] of Object.entries(incoming.steps)) steps[key] = newer(local.steps[key], record);
	return { steps };
}
