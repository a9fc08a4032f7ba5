/**
 * The user's checklist progress, for both services, kept in the browser (`veiviser:progress:v1`).
 * Built on createDurableStore: versioned, migrated on read, never silently overwritten when unreadable, usable
 * in memory when storage is off, and synced across tabs by @nanostores/persistent.
 */
import {
	PROGRESS_VERSION,
	emptyProgress,
	mergeProgress,
	moveKommuneProgress,
	readProgress,
	removeKommuneProgress,
	resetService,
	setStatus,
	type Progress,
	type StepStatus,
} from '../lib/checklist/progress';
import { createDurableStore } from './durable';

export const progressStore = createDurableStore<Progress>({
	key: 'veiviser:progress:v1',
	version: PROGRESS_VERSION,
	empty: emptyProgress,
	read: (data, storedVersion) => readProgress(data, storedVersion),
});

export const $progress = progressStore.$value;

/** Each change returns false, and changes nothing, while the stored progress is unreadable. */
export function setStepStatus(key: string, status: StepStatus, now = new Date().toISOString()): boolean {
	return progressStore.update((progress) => setStatus(progress, key, status, now));
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
