/**
 * The question a mail draft asks before a draft that is not complete is copied, downloaded or its order marked sent
 * (src/components/mail/send-guard.ts), and what it says when the user says no. Apart from messages.ts so the texts
 * load with the question, not with every draft.
 */
/** What the user is about to do with a draft that is not complete. */
export type SendAction = 'copy' | 'download' | 'mark-sent';

/** A question for the island's confirm dialog (src/components/shared/confirm.ts has the same shape). */
export interface SendQuestion {
	readonly title: string;
	readonly text: string;
	readonly confirmLabel: string;
	readonly preview?: readonly string[];
}

const fieldCount = (count: number) => (count === 1 ? 'ett felt' : `${count} felt`);

/**
 * The question before copying, downloading or marking sent a draft that lacks `missing` fields, or (marking sent) whose
 * order step waits for `steps`; undefined when there is nothing to ask.
 */
export function sendQuestion(
	action: SendAction,
	missing: number,
	steps: readonly string[] = [],
	navn = '',
): SendQuestion | undefined {
	if (missing === 0 && steps.length === 0) return undefined;
	const lacks =
		missing > 0
			? `Utkastet mangler ${fieldCount(missing)}. De er merket med [mangler: …] eller [ugyldig …]. Fyll dem inn under «Fyll inn det som mangler» først, så kommer de med.`
			: '';
	if (action === 'mark-sent') {
		const waits =
			steps.length > 0
				? `Disse stegene er ikke merket som fullført for ${navn} i sjekklisten. De kommer før bestillingen:`
				: '';
		return {
			title: `Merke bestillingen for ${navn} som sendt?`,
			text: ['Har du sendt bestillingen likevel, kan du merke den som sendt.', lacks, waits].filter(Boolean).join(' '),
			confirmLabel: 'Merk som sendt likevel',
			...(steps.length > 0 ? { preview: steps } : {}),
		};
	}
	return {
		title: `Utkastet mangler ${fieldCount(missing)}`,
		text: lacks,
		confirmLabel: action === 'copy' ? 'Kopier likevel' : 'Last ned likevel',
	};
}

export const SEND_CANCELLED: Readonly<Record<SendAction, string>> = {
	copy: 'Ingenting er kopiert. Fyll inn det som mangler, og kopier igjen.',
	download: 'Ingenting er lastet ned. Fyll inn det som mangler, og last ned igjen.',
	'mark-sent': 'Bestillingen er ikke merket som sendt.',
};
