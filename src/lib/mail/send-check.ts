/**
 * Before a draft leaves the page (copied, downloaded as .eml) or its order is marked sent: how many fields it still
 * lacks (`[mangler: …]` and `[ugyldig …: …]` marks; `[fyll inn: …]` is what only the user can know, filled in the
 * mail program) and which of the order step's prerequisites are not done for the kommune. When either is not
 * nothing, the island asks first (messages.ts, sendQuestion).
 */
import { markedSegments } from './marks';

/** The fields a text lacks: each distinct `[mangler: …]` or `[ugyldig …: …]` mark once. */
export function missingFields(text: string): number {
	const marks = markedSegments(text)
		.filter((segment) => segment.mark && !segment.text.startsWith('[fyll inn'))
		.map((segment) => segment.text);
	return new Set(marks).size;
}

/** A prerequisite of the step a sent order ticks, as the page gives it (MailDraft.astro, from the checklist's data). */
export interface RequiredStep {
	readonly id: string;
	readonly text: string;
	readonly perKommune: boolean;
}

/**
 * The texts of the prerequisites not done for this kommune, in the order given. `isDone` is the checklist's own
 * answer (src/stores/progress-done.ts, isStepDone: fullført or ikke aktuelt), so this module loads none of its code.
 */
export function stepsNotDone(
	required: readonly RequiredStep[],
	isDone: (stepId: string, kommunenummer?: string) => boolean,
	nummer: string,
): string[] {
	return required.filter((step) => !isDone(step.id, step.perKommune ? nummer : undefined)).map((step) => step.text);
}

/** Reads the page's list of prerequisites; anything else is no list. */
export function readRequiredSteps(json: string | undefined): RequiredStep[] {
	try {
		const parsed: unknown = JSON.parse(json ?? '[]');
		if (!Array.isArray(parsed)) return [];
		return parsed.filter(
			(step): step is RequiredStep =>
				typeof step === 'object' &&
				step !== null &&
				typeof (step as RequiredStep).id === 'string' &&
				typeof (step as RequiredStep).text === 'string' &&
				typeof (step as RequiredStep).perKommune === 'boolean',
		);
	} catch {
		return [];
	}
}
