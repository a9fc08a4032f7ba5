/**
 * Changes to many entries of the stored progress at once (src/stores/progress.ts), each asked first by the
 * checklist's actions. A module of its own so they load with those actions, not on every checklist page. Each
 * returns false, and changes nothing, while the stored progress is unreadable.
 */
import {
	mergeProgress,
	moveKommuneProgress,
	removeKommuneProgress,
	resetService,
} from '../lib/checklist/progress-changes';
import type { Progress } from '../lib/checklist/progress';
import { markAlreadyApproved } from '../lib/checklist/already-approved';
import { progressStore } from './progress';

/** «Vi er allerede godkjent som tredjepartsleverandør»: the approval steps become ikke aktuelt in one change. */
export function markApprovalNotNeeded(stepIds: readonly string[], now = new Date().toISOString()): boolean {
	return progressStore.update((progress) => markAlreadyApproved(progress, stepIds, now));
}

export function resetServiceProgress(service: string): boolean {
	return progressStore.update((progress) => resetService(progress, service));
}

export function forgetKommuneProgress(kommunenummer: string): boolean {
	return progressStore.update((progress) => removeKommuneProgress(progress, kommunenummer));
}

export function moveKommuneRow(from: string, to: string): boolean {
	return progressStore.update((progress) => moveKommuneProgress(progress, from, to));
}

/**
 * Merges imported progress into what is stored now (not into the preview's snapshot), so a change made in
 * another tab since the preview is not lost either.
 */
export function importProgress(incoming: Progress): boolean {
	return progressStore.update((progress) => mergeProgress(progress, incoming));
}
