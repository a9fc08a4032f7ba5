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
import { matchesFilter, type WhoFilter } from '../../lib/checklist/filter';
import type { ChecklistHost } from './actions';

/** Per source (a template's content, or the card's list of steps): which elements have the placeholder __K__. */
const placeholders = new WeakMap<Node, (readonly [number, readonly string[]])[]>();

const elementsOf = (node: ParentNode) =>
	node instanceof Element ? [node, ...node.querySelectorAll('*')] : [...node.querySelectorAll('*')];

/**
 * A clone of a template's content (or of an element), with the placeholder __K__ in its ids, keys and links made the
 * kommunenummer. Where the placeholder sits is read once per source: reading every attribute of every clone cost
 * more than the clone.
 */
function clone(source: DocumentFragment | Element, nummer: string): HTMLElement {
	let plan = placeholders.get(source);
	if (!plan) {
		plan = [];
		for (const [index, element] of elementsOf(source).entries()) {
			const names = [...element.attributes].filter((a) => a.value.includes('__K__')).map((a) => a.name);
			if (names.length > 0) plan.push([index, names]);
		}
		placeholders.set(source, plan);
	}
	const copy = source.cloneNode(true) as DocumentFragment | Element;
	const elements = elementsOf(copy);
	for (const [index, names] of plan) {
		const element = elements[index]!;
		for (const name of names) element.setAttribute(name, element.getAttribute(name)!.replaceAll('__K__', nummer));
	}
	return (copy instanceof Element ? copy : copy.firstElementChild) as HTMLElement;
}

/**
 * A card's list of steps is made when the card is opened (or printed): with 100 kommuner the steps were three
 * quarters of the page's elements, and every change of the page's state (a dialog closing) restyled them all.
 */
const cardParts = new WeakMap<HTMLTemplateElement, { card: DocumentFragment; steps: Element | null }>();
const STEPS = '[data-role="kommune-details"] > ul';

function partsOf(template: HTMLTemplateElement): { card: DocumentFragment; steps: Element | null } {
	let parts = cardParts.get(template);
	if (!parts) {
		const card = template.content.cloneNode(true) as DocumentFragment;
		card.querySelector(STEPS)?.remove();
		parts = { card, steps: template.content.querySelector(STEPS) };
		cardParts.set(template, parts);
	}
	return parts;
}

/**
 * Makes a card's steps if they are not made yet, for a card, its steps' folder or its summary (a click or a toggle
 * there); true when it made them (the caller then fills them in).
 */
export function makeCardSteps(host: ChecklistHost, target: Element): boolean {
	const card = target.closest<HTMLElement>('.kommune-card');
	if (!card || !(target === card || target.closest('[data-role="kommune-details"]'))) return false;
	const template = host.piece<HTMLTemplateElement>('kommune-row');
	const details = card.querySelector('[data-role="kommune-details"]');
	const steps = template && partsOf(template).steps;
	if (!steps || !details || details.querySelector(':scope > ul')) return false;
	details.append(clone(steps, card.dataset['kommune']!));
	return true;
}

/** «Bare mine steg» on the kommune cards: [shown, all] steps, counted on cards whose steps are not made yet too. */
export function cardStepCounts(host: ChecklistHost, filter: WhoFilter): [number, number] {
	const template = host.piece<HTMLTemplateElement>('kommune-row');
	const steps = template && partsOf(template).steps;
	const cards = host.querySelectorAll('.kommune-card[data-kommune]').length;
	const parties = [...(steps?.querySelectorAll<HTMLElement>('li[data-who]') ?? [])].map((li) =>
		(li.dataset['who'] ?? '').split(' '),
	);
	return [parties.filter((who) => matchesFilter(who, filter)).length * cards, parties.length * cards];
}

/** What each row and card was last filled with: an element whose view has not changed is left alone. */
const filledWith = new WeakMap<HTMLElement, string>();

/**
 * Puts one element per kommune into `container` in the rows' order, reusing the existing ones (their open cards, a
 * form being filled) and moving only those out of place. Fills an element only when its view changed. Makes at
 * most until `deadline` (performance.now()) new elements, at least one; returns how many rows still have none.
 */
function sync(
	container: HTMLElement,
	rows: readonly KommuneRowView[],
	source: DocumentFragment,
	view: (row: KommuneRowView) => string,
	fill: (element: HTMLElement, row: KommuneRowView, created: boolean) => void,
	deadline = Infinity,
): number {
	const existing = new Map(
		[...container.querySelectorAll<HTMLElement>(':scope > [data-kommune]')].map((el) => [el.dataset['kommune']!, el]),
	);
	const wanted = new Set(rows.map((row) => row.nummer));
	for (const [nummer, element] of existing) if (!wanted.has(nummer)) element.remove();
	let next = container.firstElementChild;
	let made = 0;
	let missing = 0;
	for (const row of rows) {
		let element = existing.get(row.nummer);
		const created = element === undefined;
		if (!element) {
			if (made > 0 && performance.now() > deadline) {
				missing += 1;
				continue;
			}
			element = clone(source, row.nummer);
			made += 1;
		}
		if (element === next) next = element.nextElementSibling;
		else container.insertBefore(element, next);
		const filled = view(row);
		if (created || filledWith.get(element) !== filled) {
			fill(element, row, created);
			filledWith.set(element, filled);
		}
	}
	return missing;
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

/**
 * With 100 kommuner, every change of the page's state (a dialog closing makes the whole page usable again) restyled
 * 4,000 elements in the cards and the overview table, most of them far off screen. Once an element has been laid
 * out, its height is kept as its `contain-intrinsic-size` and it gets `data-skip`, whose `content-visibility: auto`
 * (KommuneSection.astro, KommuneOverview.astro) lets the browser skip it while off screen at the size it really has,
 * so nothing moves when it comes into view. Measured in the frame after it was made: before that it has no height.
 */
const toMeasure = new Set<HTMLElement>();

function skipWhenOffScreen(element: HTMLElement): void {
	if (element.dataset['skip'] !== undefined) return;
	if (toMeasure.size === 0)
		requestAnimationFrame(() => {
			const items = [...toMeasure];
			toMeasure.clear();
			// Every height is read before any is written: a write between two reads would lay the page out again.
			const sizes = items.map(contentHeight);
			for (const [index, item] of items.entries()) {
				if (sizes[index] === 0) continue;
				item.style.containIntrinsicSize = `auto ${sizes[index]}px`;
				item.dataset['skip'] = '';
			}
		});
	toMeasure.add(element);
}

const EDGES = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'] as const;

/** The height of an element's content as laid out (the intrinsic size leaves padding and border out); 0 if none. */
function contentHeight(item: HTMLElement): number {
	const height = item.isConnected && !item.hidden ? item.getBoundingClientRect().height : 0;
	if (height === 0) return 0;
	const box = getComputedStyle(item);
	return EDGES.reduce((left, edge) => left - parseFloat(box[edge]), height);
}

/** The card lists whose first render was left to the task after the overview table's. */
const tableFirst = new WeakSet<HTMLElement>();

/** A pass of card building: cards beyond it are made in the tasks after it, so the page answers meanwhile. */
const CARD_SLICE_MS = 8;
let laterCards: ReturnType<typeof setTimeout> | undefined;

/**
 * Fills the overview table and the kommune cards. The table is made whole at once; the cards, each a form and a
 * list of steps, are made a slice at a time (`again` asks the element for the next pass), unless `allCards` (print,
 * a link to a card) or a card is the page's target.
 */
export function renderKommuneRows(
	host: ChecklistHost,
	kommuner: readonly ChosenKommune[],
	progress: Progress,
	again: () => void,
	allCards = false,
	print = false,
): void {
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
		sync(
			table,
			rows,
			tableRow.content,
			(row) => JSON.stringify(row),
			(element, row) => {
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
			},
		);
	}
	const region = host.piece('kommune-table-region');
	if (region && rows.length > 0) skipWhenOffScreen(region);
	const cards = host.piece('kommune-rows');
	const card = host.piece<HTMLTemplateElement>('kommune-row');
	if (!cards || !card) return;
	const kommune = new Map(kommuner.map((k) => [k.nummer, k]));
	const target = /-kort-(\d{4})$/.exec(location.hash)?.[1];
	const whole =
		allCards || (target !== undefined && kommune.has(target) && !cards.querySelector(`[data-kommune="${target}"]`));
	// On load the overview table comes first, in a task of its own: the cards start in the task after it.
	const firstPass = !whole && !tableFirst.has(cards);
	tableFirst.add(cards);
	const left = firstPass
		? rows.length
		: sync(
				cards,
				rows,
				partsOf(card).card,
				(row) => JSON.stringify([row, kommune.get(row.nummer)]),
				(element, row, created) => fillCard(host, element, row, kommune.get(row.nummer)!, created),
				whole ? Infinity : performance.now() + CARD_SLICE_MS,
			);
	if (print)
		for (const element of cards.querySelectorAll<HTMLElement>(':scope > [data-kommune]')) makeCardSteps(host, element);
	if (target) revealTarget(host);
	clearTimeout(laterCards);
	laterCards = left > 0 ? setTimeout(again) : undefined;
}

function fillCard(
	host: ChecklistHost,
	element: HTMLElement,
	row: KommuneRowView,
	kommune: ChosenKommune,
	created: boolean,
): void {
	const navn = kommune.navn;
	element.hidden = !row.shown;
	if (row.shown) skipWhenOffScreen(element);
	if (created) fillRegister(element, kommune);
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
		makeCardSteps(host, element);
		if (details) details.open = true;
	}
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
