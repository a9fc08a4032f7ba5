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
 * Opens the modal dialog and resolves true only when the user chose the confirm button; Escape, the cancel button
 * and a missing dialog all resolve false. Focus starts on "Avbryt" (Enter on an unread dialog must not delete
 * anything) and returns to the element that opened it.
 */
export function askToConfirm(dialog: HTMLDialogElement | null, question: Question): Promise<boolean> {
	if (!dialog) return Promise.resolve(false);
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
		dialog.addEventListener(
			'close',
			() => {
				if (opener?.isConnected) opener.focus();
				resolve(dialog.returnValue === 'confirm');
			},
			{ once: true },
		);
		dialog.showModal();
		part('confirm-cancel')?.focus();
	});
}
