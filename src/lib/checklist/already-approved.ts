/**
 * «Vi er allerede godkjent som tredjepartsleverandør»: VKP's seed makes the third-party approval required «dersom de
 * ikke allerede er godkjente fra før». A supplier approved before marks the approval steps ikke aktuelt in one action,
 * and nothing else makes them skippable (progress.ts: an undone prerequisite blocks).
 */
// Phase slugs are the guide pages' URLs, ASCII-folded: cspell:ignore tredjepartsleverandor
import { setStatus, statusOf, type ChecklistStep, type Progress } from './progress';

/** The phase whose steps an earlier approval makes unnecessary. */
export const APPROVAL_PHASE = 'tredjepartsleverandor';

/** The approval steps (done once for the whole service, never per kommune). */
export function approvalStepIds(steps: readonly Pick<ChecklistStep, 'id' | 'phase' | 'perKommune'>[]): string[] {
	return steps.filter((step) => step.phase === APPROVAL_PHASE && !step.perKommune).map((step) => step.id);
}

/** Marks every approval step ikke aktuelt; a step already fullført keeps its status and date. */
export function markAlreadyApproved(progress: Progress, stepIds: readonly string[], now: string): Progress {
	return stepIds.reduce(
		(current, id) => (statusOf(current, id) === 'fullfort' ? current : setStatus(current, id, 'ikke-aktuelt', now)),
		progress,
	);
}
