/**
 * The phase map on each service's overview page: the phases in order, who acts in each, and how far the user has
 * come in each one. Counts like the checklist's progress (required steps, each step per kommune once per kommune).
 */
import { partiesOf, type Party } from './filter';
import { countProgress, isDone, progressKey, statusOf, type ChecklistStep, type Progress } from './progress';

export type PhaseState = 'ikke-startet' | 'pagar' | 'fullfort';

export interface PhaseSummary {
	readonly phase: string;
	readonly done: number;
	readonly total: number;
	readonly state: PhaseState;
}

/** Every progress key of a phase's steps: a step's ID, or one key per kommune for a step per kommune. */
function keysOf(steps: readonly ChecklistStep[], kommuner: readonly string[]): string[] {
	return steps.flatMap((step) => (step.perKommune ? kommuner.map((k) => progressKey(step.id, k)) : [step.id]));
}

/**
 * Where the user stands in one phase. Fullført when every required step is done (or, in a phase of optional steps
 * only, when every step is fullført or ikke aktuelt); pågår once any step has a status; otherwise ikke startet.
 */
export function phaseSummary(
	phase: string,
	steps: readonly ChecklistStep[],
	progress: Progress,
	kommuner: readonly string[],
): PhaseSummary {
	const inPhase = steps.filter((step) => step.phase === phase);
	const { done, total } = countProgress(inPhase, progress, kommuner);
	const statuses = keysOf(inPhase, kommuner).map((key) => statusOf(progress, key));
	const finished = total > 0 ? done === total : statuses.length > 0 && statuses.every(isDone);
	const state: PhaseState = finished
		? 'fullfort'
		: statuses.some((status) => status !== 'ikke-startet')
			? 'pagar'
			: 'ikke-startet';
	return { phase, done, total, state };
}

/** Who acts in a phase: the parties of its steps, each once. */
export function phaseParties(phase: string, steps: readonly ChecklistStep[]): Party[] {
	return partiesOf(steps.filter((step) => step.phase === phase).flatMap((step) => step.who));
}
