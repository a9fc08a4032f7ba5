/**
 * The VKP kommune overview: one row per chosen kommune with the status of each step per kommune (a table a
 * supplier with ten kommuner reads at a glance), and each kommune's card with its saved key thumbprint. Loaded
 * with the kommune rows, only where they are shown.
 */
import type { ChosenKommune } from '../kommuner/chosen';
import {
	byUrgency,
	keyDeadline,
	matchesFilter,
	urgencyRank,
	waitingOn,
	type KeyDeadline,
	type UrgencyFilter,
	type Waiting,
} from '../kommuner/deadlines';
import { NO_EXPIRY_LABEL, WAITING_LABELS, expiryLabel } from '../kommuner/deadline-messages';
import { kommuneLabel, progressText, STATUS_LABELS } from './messages';
import { countProgress, progressKey, statusOf, type ChecklistStep, type Progress, type StepStatus } from './progress';
import { STATUS_VARIANTS, type TagVariant } from './view';

/** The step the key thumbprint belongs to: the kommune's RSA key pair. Step IDs are frozen. */
export const KEY_STEP_ID = 'vkp.kommune.nokkelpar';

export interface KommuneCell {
	readonly key: string;
	readonly stepId: string;
	readonly status: StepStatus;
	readonly label: string;
	readonly variant: TagVariant;
}

export interface KommuneRowView {
	readonly nummer: string;
	/** «Bodø (1804)». */
	readonly label: string;
	readonly cells: readonly KommuneCell[];
	/** "2 av 6 steg fullført", for this kommune's required steps. */
	readonly progress: string;
	readonly thumbprint?: string;
	/** A thumbprint is saved but the key step is not fullført: offer to mark it. */
	readonly offerKeyDone: boolean;
	readonly deadline: KeyDeadline;
	/** «Utløper om 12 dager», «Utløpt for 3 dager siden», «Ingen dato». */
	readonly expiryLabel: string;
	readonly expiryVariant: TagVariant;
	readonly waiting: Waiting;
	/** «Venter på kommunen». */
	readonly waitingLabel: string;
	/** Sort rank: expired keys, keys expiring within 30 days, then by whom the kommune waits on. */
	readonly rank: number;
	/** Whether the overview's filter shows this kommune. */
	readonly shown: boolean;
}

const EXPIRY_VARIANTS: Readonly<Record<KeyDeadline['state'], TagVariant>> = {
	expired: 'danger',
	soon: 'caution',
	ok: 'success',
	unknown: 'default',
};

/**
 * The rows of the overview table and the cards, most urgent first (deadlines.ts; kommuner alike keep the order they
 * were chosen in). `today` is YYYY-MM-DD; `filter` hides the rows that do not need that action.
 */
export function kommuneRows(
	steps: readonly ChecklistStep[],
	progress: Progress,
	kommuner: readonly ChosenKommune[],
	today: string,
	filter: UrgencyFilter = 'alle',
): KommuneRowView[] {
	const perKommune = steps.filter((step) => step.perKommune);
	const hasKeyStep = perKommune.some((step) => step.id === KEY_STEP_ID);
	const rows = kommuner.map((kommune) => {
		const cells = perKommune.map((step) => {
			const key = progressKey(step.id, kommune.nummer);
			const status = statusOf(progress, key);
			return { key, stepId: step.id, status, label: STATUS_LABELS[status], variant: STATUS_VARIANTS[status] };
		});
		const keyDone = statusOf(progress, progressKey(KEY_STEP_ID, kommune.nummer)) === 'fullfort';
		const deadline = keyDeadline(kommune.keyExpires, today);
		const waiting = waitingOn(perKommune.map((step, i) => ({ ...step, status: cells[i]!.status })));
		return {
			nummer: kommune.nummer,
			label: kommuneLabel(kommune),
			cells,
			progress: progressText(countProgress(perKommune, progress, [kommune.nummer])),
			...(kommune.thumbprint === undefined ? {} : { thumbprint: kommune.thumbprint }),
			offerKeyDone: hasKeyStep && kommune.thumbprint !== undefined && !keyDone,
			deadline,
			expiryLabel: deadline.days === undefined ? NO_EXPIRY_LABEL : expiryLabel(deadline.days, kommune.keyExpires),
			expiryVariant: EXPIRY_VARIANTS[deadline.state],
			waiting,
			waitingLabel: WAITING_LABELS[waiting],
			rank: urgencyRank(deadline, waiting),
			shown: matchesFilter(filter, deadline, waiting),
		};
	});
	return byUrgency(rows);
}
