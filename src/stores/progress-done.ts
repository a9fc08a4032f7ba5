/**
 * Whether a step is done, for the mail draft that asks before marking an order sent (src/components/mail/send-guard.ts).
 * Apart from progress.ts so every checklist page's first script does not carry it.
 */
import { isDone, progressKey, statusOf } from '../lib/checklist/progress';
import { progressStore } from './progress';

// The mail draft's «Merk som sendt» loads this module alone, so the progress store's first chunk carries no module
// object for a dynamic import of its own.
export { progressStore, setStepStatus } from './progress';

/** Whether a step (of one kommune, for a step per kommune) is fullført or ikke aktuelt. */
export function isStepDone(stepId: string, kommunenummer?: string): boolean {
	return isDone(statusOf(progressStore.$value.get(), progressKey(stepId, kommunenummer)));
}
