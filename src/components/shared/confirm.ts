/** Asks a question in the island's ConfirmDialog.astro. */

export interface Question {
	readonly title: string;
	readonly text: string;
	/** The confirm button's text: says what will happen ("Fjern Oslo"), never just "OK". */
	readonly confirmLabel: string;
	/** Lines listed under the text (what an import would change). */
	readonly preview?: readonly string[];
}

/**
 * The question each dialog is asking now, settled by its `close` event. A browser fires `close` in a task of its
 * own after the dialog has closed, and a key press may be handled before that task: Escape, then Enter on "Fjern"
 * at once reopens the dialog before the first `close` arrives. Without this, that late event answered the second
 * question too (with an empty returnValue: "no"), and the user's "Fjern" in the reopened dialog went unheard.
 */
const asking = new WeakMap<HTMLDialogElement, () => void>();

/**
 * Opens the modal dialog and resolves true only when the user chose the confirm button; Escape, the cancel button
 * and a missing dialog all resolve false. Focus starts on "Avbryt" (Enter on an unread dialog must not delete
 * anything) and returns to the element that opened it.
 */
export function askToConfirm(dialog: HTMLDialogElement | null, question: Question): Promise<boolean> {
	if (!dialog) return Promise.resolve(false);
	// The last question is answered (its dialog is closed) but its `close` event has not arrived: settle it now,
	// with the answer it was given, before returnValue is cleared for this one.
	asking.get(dialog)?.();
	const part = (role: string) => dialog.querySelector<HTMLElement>(`[data-role="${role}"]`);
	part('confirm-title')!.textContent = question.title;
	part('confirm-text')!.textContent = question.text;
	part('confirm-ok')!.textContent = question.confirmLabel;
	const list = part('confirm-preview')!;
	const preview = question.preview ?? [];
	list.replaceChildren(
		...preview.map((line) => {
			const item = document.createElement('li');
			item.textContent = line;
			return item;
		}),
	);
	list.hidden = preview.length === 0;
	const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
	dialog.returnValue = '';
	return new Promise((resolve) => {
		const settle = () => {
			dialog.removeEventListener('close', onClose);
			asking.delete(dialog);
			resolve(dialog.returnValue === 'confirm');
		};
		const onClose = () => {
			// A late `close` of the last question, while this one is open: not this question's answer.
			if (dialog.open) return;
			if (opener?.isConnected) opener.focus();
			settle();
		};
		asking.set(dialog, settle);
		dialog.addEventListener('close', onClose);
		dialog.showModal();
		part('confirm-cancel')?.focus();
	});
}
