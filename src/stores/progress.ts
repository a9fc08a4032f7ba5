/**
 * The user's checklist progress, for both services, kept in the browser (`veiviser:progress:v1`).
 * Built on createDurableStore: versioned, migrated on read, never silently overwritten when unreadable, usable
 * in memory when storage is off, and synced across tabs by @nanostores/persistent. The changes the user confirms
 * first (reset, kommune rows, import) are in progress-changes.ts, loaded with the checklist's actions.
 */
import {
	PROGRESS_VERSION,
	emptyProgress,
	readProgress,
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
