/**
 * Asks before a draft that is not complete leaves the page or is marked sent (src/lib/mail/send-check.ts decides,
 * src/lib/mail/messages.ts words it). Loaded by mail-draft-element.ts on the first copy, download or mark, with the
 * confirm dialog's code: most drafts are complete by then, and the page's first script stays as it was.
 */
import { missingFields, readRequiredSteps, stepsNotDone } from '../../lib/mail/send-check';
import { SEND_CANCELLED, sendQuestion, type SendAction } from '../../lib/mail/send-messages';
import { askToConfirm } from '../shared/confirm';

export interface Guarded {
	/** The text that would leave the page (for marking sent: the whole draft). */
	readonly text: string;
	/** For marking sent: the kommune, the order step's prerequisites (JSON from the page) and the progress. */
	readonly order?: {
		readonly navn: string;
		readonly nummer: string;
		readonly required?: string | undefined;
		readonly isDone: (stepId: string, kommunenummer?: string) => boolean;
	};
}

/** Resolves to undefined when the user may go on, else to the sentence that says nothing was done. */
export async function askBefore(
	dialog: HTMLDialogElement | null,
	action: SendAction,
	{ text, order }: Guarded,
): Promise<string | undefined> {
	const steps = order ? stepsNotDone(readRequiredSteps(order.required), order.isDone, order.nummer) : [];
	const question = sendQuestion(action, missingFields(text), steps, order?.navn);
	if (!question) return undefined;
	return (await askToConfirm(dialog, question)) ? undefined : SEND_CANCELLED[action];
}
