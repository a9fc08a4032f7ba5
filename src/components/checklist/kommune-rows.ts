/**
 * The VKP kommune overview and cards of <veiviser-checklist>, loaded once the user has chosen a kommune: one table
 * row and one card per kommune, cloned from KommuneSection.astro's templates and kept in the order the kommuner were
 * chosen. Each card shows the key thumbprint saved for the kommune and offers to mark the key step done, replace or
 * remove it (the buttons' actions are in actions.ts). What each row says is decided in
 * src/lib/checklist/kommune-view.ts.
 */
import type { ChosenKommune } from '../../lib/kommuner/chosen';
import { bannerKommuner } from '../../lib/kommuner/deadlines';
import { bannerText } from '../../lib/kommuner/deadline-messages';
import { registerSummary } from '../../lib/kommuner/messages';
import { registerInput } from '../../lib/kommuner/register-check';
import { isoDay } from '../../lib/shared/dates';
import { kommuneKeyText, kommuneRowText } from '../../lib/checklist/messages';
import { kommuneRows, type KommuneRowView } from '../../lib/checklist/kommune-view';
import type { Progress } from '../../lib/checklist/progress';
import type { ChecklistHost } from './actions';

/** A clone of a template, with the placeholder __K__ in its ids, keys and links made the kommunenummer. */
function clone(template: HTMLTemplateElement, nummer: string): HTMLElement {
	const fragment = template.content.cloneNode(true) as DocumentFragment;
	for (const element of fragment.querySelectorAll('*')) {
		for (const attribute of element.attributes) {
			if (attribute.value.includes('__K__')) attribute.value = attribute.value.replaceAll('__K__', nummer);
		}
	}
	return fragment.firstElementChild as HTMLElement;
}

/** Puts one element per kommune into `container`, reusing existing ones (their open cards, a form being filled). */
function sync(
	container: HTMLElement,
	template: HTMLTemplateElement,
	rows: readonly KommuneRowView[],
	fill: (element: HTMLElement, row: KommuneRowView, created: boolean) => void,
): void {
	const existing = new Map(
		[...container.querySelectorAll<HTMLElement>(':scope > [data-kommune]')].map((el) => [el.dataset['kommune']!, el]),
	);
	for (const [nummer, element] of existing) if (!rows.some((row) => row.nummer === nummer)) element.remove();
	for (const row of rows) {
		const found = existing.get(row.nummer);
		const element = found ?? clone(template, row.nummer);
		container.append(element);
		fill(element, row, !found);
	}
}

function setText(root: ParentNode, role: string, text: string): void {
	for (const element of root.querySelectorAll(`[data-role="${role}"]`)) element.textContent = text;
}

function show(root: ParentNode, role: string, visible: boolean): void {
	root.querySelector(`[data-role="${role}"]`)?.toggleAttribute('hidden', !visible);
}

/** The card's register form, as saved (when the card is made, and after a save). */
export function fillRegister(card: HTMLElement, kommune: ChosenKommune): void {
	const values = registerInput(kommune);
	for (const field of card.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-field]')) {
		field.value = values[field.dataset['field'] as keyof typeof values] ?? '';
	}
}

function setTag(element: HTMLElement | null, text: string, variant: string): void {
	if (!element) return;
	element.textContent = text;
	element.dataset['variant'] = variant;
}

export function renderKommuneRows(host: ChecklistHost, kommuner: readonly ChosenKommune[], progress: Progress): void {
	const today = isoDay(new Date());
	const rows = kommuneRows([...host.steps.values()], progress, kommuner, today, host.urgency);
	host.piece('kommune-overview')?.toggleAttribute('hidden', rows.length === 0);
	const { expired, soon } = bannerKommuner(kommuner, today);
	const banner = expired.length + soon.length > 0;
	host.piece('deadline-banner')?.toggleAttribute('hidden', !banner);
	setText(host, 'deadline-banner-text', banner ? bannerText(expired, soon) : '');
	const table = host.piece('kommune-table');
	const tableRow = host.piece<HTMLTemplateElement>('kommune-table-row');
	if (table && tableRow) {
		sync(table, tableRow, rows, (element, row) => {
			element.hidden = !row.shown;
			setText(element, 'kommune-link', row.label);
			setText(element, 'kommune-waiting', row.waitingLabel);
			setTag(host.piece('key-deadline', element), row.expiryLabel, row.expiryVariant);
			for (const cell of row.cells) {
				const tag = element.querySelector<HTMLElement>(`[data-step="${cell.stepId}"]`);
				if (!tag) continue;
				tag.textContent = cell.label;
				tag.dataset['variant'] = cell.variant;
			}
		});
	}
	const cards = host.piece('kommune-rows');
	const card = host.piece<HTMLTemplateElement>('kommune-row');
	if (!cards || !card) return;
	const kommune = new Map(kommuner.map((k) => [k.nummer, k]));
	sync(cards, card, rows, (element, row, created) => {
		const navn = kommune.get(row.nummer)?.navn ?? row.nummer;
		element.hidden = !row.shown;
		if (created) fillRegister(element, kommune.get(row.nummer)!);
		setTag(host.piece('card-deadline', element), row.expiryLabel, row.expiryVariant);
		setText(element, 'kommune-heading', row.label);
		setText(element, 'kommune-progress', row.progress);
		setText(element, 'kommune-summary', kommuneRowText.steps(navn));
		setText(element, 'register-summary', registerSummary(navn));
		setText(element, 'kommune-name', kommuneRowText.stepSuffix(navn));
		setText(element, 'remove-button', kommuneRowText.remove(navn));
		setText(element, 'replace-button', kommuneRowText.replace(navn));
		setText(element, 'draft-link', kommuneRowText.draft(navn));
		setText(element, 'key-thumbprint', row.thumbprint ?? '');
		setText(element, 'key-done', kommuneKeyText.markKeyDone(navn));
		setText(element, 'key-edit', row.thumbprint ? kommuneKeyText.replace(navn) : kommuneKeyText.paste(navn));
		setText(element, 'key-remove', kommuneKeyText.remove(navn));
		show(element, 'key-saved', row.thumbprint !== undefined);
		show(element, 'key-none', row.thumbprint === undefined);
		show(element, 'key-done', row.offerKeyDone);
		show(element, 'key-remove', row.thumbprint !== undefined);
		// A kommune the user has just added opens, so its steps are at hand; the others stay folded.
		if (created && host.justAdded === row.nummer) {
			const details = element.querySelector<HTMLDetailsElement>('details[data-role="kommune-details"]');
			if (details) details.open = true;
		}
	});
	revealTarget(host);
}

let revealed = false;

/**
 * A link from another page to a kommune's card (the key check's confirmation: `#sjekkliste-vkp-kort-4627`) arrives
 * before the card exists, so the browser cannot scroll to it: once the cards are made, scroll there and put focus on
 * the card's heading, once per page load.
 */
function revealTarget(host: ChecklistHost): void {
	if (revealed || !location.hash.includes('-kort-')) return;
	revealed = true;
	const card = document.getElementById(decodeURIComponent(location.hash.slice(1)));
	if (!card || !host.contains(card) || card.hidden) return;
	const heading = card.querySelector<HTMLElement>('[data-role="kommune-heading"]');
	heading?.setAttribute('tabindex', '-1');
	card.scrollIntoView({ block: 'start' });
	heading?.focus({ preventScroll: true });
}
