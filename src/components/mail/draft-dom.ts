/**
 * The DOM pieces <veiviser-mail-draft> (mail-draft-element.ts) makes: marked text and the fill-in box's fields.
 */
import { markedSegments } from '../../lib/mail/marks';
import { SCOPE_TEXT } from '../../lib/profile/messages';

/** Text with its marks highlighted, without ever parsing it as HTML. */
export const marked = (text: string) =>
	markedSegments(text).map((s) =>
		s.mark ? Object.assign(document.createElement('mark'), { textContent: s.text }) : s.text,
	);

export function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string> = {},
	text?: string,
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	if (text !== undefined) node.textContent = text;
	return node;
}

/** A label, an input and its error line, for one thing the draft lacks. */
export function fixField(id: string, label: string, value: string, key: string): HTMLElement {
	const row = element('div', { 'data-fix': key });
	// Scopes are one per line: a one-line input would join them.
	const input =
		key === 'scopes'
			? element('textarea', { id, rows: '3', spellcheck: 'false', 'aria-describedby': `${id}-hint ${id}-feil` })
			: element('input', { id, type: 'text', autocomplete: 'off', 'aria-describedby': `${id}-feil` });
	input.value = value;
	row.append(
		element('label', { for: id }, label),
		...(key === 'scopes' ? [element('p', { id: `${id}-hint` }, SCOPE_TEXT.hint)] : []),
		input,
		element('p', { class: 'mail-draft-error', id: `${id}-feil`, 'data-role': 'fix-error' }),
	);
	return row;
}
