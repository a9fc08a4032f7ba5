/**
 * The key check's "where does this key go" box, shown under a key the check found (src/lib/keys/carry-over.ts): the
 * HelseID client of one of the user's VKP kommuner (kept by the checklist's store), or the Verktøykatalogen API
 * client's mail (kept in the profile). Loaded by key-check-element.ts only after such a check, with the two stores
 * it writes: none of it is needed to read or check a key.
 */
import { defaultKeyUse, KEY_USES, keyUseText, VK_DRAFT_PATH } from '../../lib/keys/carry-over';
import type { KeyCard } from '../../lib/keys/report';
import { $kommuner } from '../../stores/kommuner';
import { setKommuneKey } from '../../stores/kommune-key';
import { carryOverLabels } from '../../lib/keys/messages';
import {
	checkKeyDates,
	keyDatesFor,
	keySaveKind,
	kommuneCardPath,
	kommuneDraftPath,
	ROTATION_PATH,
	type KeyDates,
} from '../../lib/keys/kommune-key';
import { REGISTER_ERRORS, REGISTER_HINTS, REGISTER_LABELS, REGISTER_NOTES } from '../../lib/kommuner/messages';
import { isoDay } from '../../lib/shared/dates';
import { $profile, setApiClientKey } from '../../stores/profile';
import { siteUrl } from '../shared/site-link';

type Report = typeof import('../../lib/keys/report');

/** The element's own ways of making nodes and buttons, so the box looks and behaves like the rest of the result. */
export interface Dom {
	element: <K extends keyof HTMLElementTagNameMap>(
		tag: K,
		text?: string,
		attributes?: Record<string, string>,
	) => HTMLElementTagNameMap[K];
	buttonRow: (...buttons: HTMLElement[]) => HTMLElement;
	button: (label: string, onClick: () => void) => HTMLButtonElement;
}

/**
 * Where the key goes next (src/lib/keys/carry-over.ts): the HelseID client of one of the user's VKP kommuner (kept
 * by the checklist's store), or the Verktøykatalogen API client's mail (kept in the profile). Only the box of the
 * chosen use is shown.
 */
export function offerCarryOver(container: HTMLElement, card: KeyCard, report: Report, dom: Dom): void {
	const { element, buttonRow } = dom;
	const kommuner = $kommuner.get();
	container.append(element('h4', keyUseText.heading));
	const choice = element('fieldset', undefined, { class: 'key-check-use not-content' });
	choice.append(element('legend', `${keyUseText.legend}${card.suffix}`));
	const boxes = new Map<string, HTMLElement>();
	const preselected = defaultKeyUse($profile.get().role, kommuner.length);
	for (const value of KEY_USES) {
		const label = element('label');
		const radio = element('input', undefined, { type: 'radio', name: `key-check-use-${card.block}`, value });
		radio.checked = value === preselected;
		radio.addEventListener('change', () => {
			for (const [name, box] of boxes) box.hidden = name !== value;
		});
		label.append(radio, ` ${keyUseText.uses[value]}`);
		choice.append(label);
	}

	const vkp = element('div', undefined, { class: 'key-check-use-box' });
	const offer = report.carryOverOffer(kommuner, card.thumbprint, card.suffix);
	if (offer.none) {
		const text = element('p', offer.none.text);
		text.append(element('a', offer.none.linkText, { href: siteUrl(offer.none.linkPath) }), offer.none.after);
		vkp.append(text);
	} else {
		vkp.append(kommuneKeyForm(card, report, dom));
	}

	const vk = element('div', undefined, { class: 'key-check-use-box' });
	const vkStatus = element('p', undefined, { role: 'status' });
	const vkSave = dom.button(`${keyUseText.vkSave}${card.suffix}`, () => {
		const saved = setApiClientKey(card.thumbprint, card.publicJwk);
		vkStatus.replaceChildren(saved ? keyUseText.vkSaved : keyUseText.vkNotSaved);
		if (saved) vkStatus.append(' ', element('a', keyUseText.vkDraftLink, { href: siteUrl(VK_DRAFT_PATH) }));
	});
	vk.append(element('p', keyUseText.vkText), buttonRow(vkSave), vkStatus);

	boxes.set('vkp', vkp);
	boxes.set('verktoykatalogen', vk);
	for (const [name, box] of boxes) box.hidden = name !== preselected;
	container.append(choice, vkp, vk);
}

const DATE_FIELDS = ['keyExpires', 'keyCreated'] as const satisfies readonly (keyof KeyDates)[];

/**
 * The VKP box: the kommune, what saving does to the key it has (a key that replaces another links the rotation
 * page), the key's dates checked as the kommune card checks them, and the save. The confirmation appears right under
 * the button and takes focus, with links to the kommune's card and its order draft.
 */
function kommuneKeyForm(card: KeyCard, report: Report, dom: Dom): HTMLElement {
	const { element } = dom;
	const box = element('div');
	const selectId = `key-check-kommune-${card.block}`;
	const offer = report.carryOverOffer($kommuner.get(), card.thumbprint, card.suffix);
	const select = element('select', undefined, { id: selectId });
	select.append(...offer.options.map((option) => element('option', option.text, { value: option.value })));
	const field = element('div', undefined, { class: 'key-check-field' });
	field.append(element('label', offer.selectLabel, { for: selectId }), select);
	const kind = element('p', undefined, { class: 'key-check-kind' });

	const dates = element('div', undefined, { class: 'key-check-actions not-content' });
	const inputs = new Map<keyof KeyDates, HTMLInputElement>();
	const messages = new Map<keyof KeyDates, HTMLElement>();
	for (const name of DATE_FIELDS) {
		const id = `key-check-${name}-${card.block}`;
		const wrap = element('div', undefined, { class: 'key-check-field' });
		const input = element('input', undefined, {
			type: 'date',
			id,
			'aria-describedby': `${id}-hint ${id}-melding`,
		});
		const message = element('p', undefined, { id: `${id}-melding`, class: 'key-check-date-message' });
		wrap.append(
			element('label', `${REGISTER_LABELS[name]}${card.suffix}`, { for: id }),
			element('p', REGISTER_HINTS[name], { id: `${id}-hint`, class: 'key-check-date-hint' }),
			input,
			message,
		);
		inputs.set(name, input);
		messages.set(name, message);
		dates.append(wrap);
	}

	const status = element('p', undefined, { role: 'status', tabindex: '-1', class: 'key-check-saved' });
	const chosen = () => $kommuner.get().find((k) => k.nummer === select.value);
	const showKind = () => {
		const kommune = chosen();
		const navn = kommune?.navn ?? select.value;
		const what = keySaveKind(kommune, card.thumbprint);
		kind.replaceChildren(carryOverLabels.kind[what](navn));
		if (what === 'replaces')
			kind.append(element('a', carryOverLabels.rotationLink, { href: siteUrl(ROTATION_PATH) }), '.');
		const start = keyDatesFor(kommune, card.thumbprint);
		for (const [name, input] of inputs) {
			input.value = start[name];
			input.removeAttribute('aria-invalid');
			messages.get(name)!.textContent = '';
		}
	};
	select.addEventListener('change', () => {
		status.textContent = '';
		showKind();
	});
	showKind();

	const save = dom.button(offer.saveLabel, () => {
		const typed = { keyCreated: inputs.get('keyCreated')!.value, keyExpires: inputs.get('keyExpires')!.value };
		const checked = checkKeyDates(typed, isoDay(new Date()));
		for (const [name, input] of inputs) {
			const error = checked.ok ? undefined : checked.errors[name];
			const note = checked.ok ? checked.notes[name] : undefined;
			if (error) input.setAttribute('aria-invalid', 'true');
			else input.removeAttribute('aria-invalid');
			messages.get(name)!.textContent = error ? REGISTER_ERRORS[error] : note ? REGISTER_NOTES[note] : '';
			messages.get(name)!.dataset['kind'] = error ? 'error' : 'note';
		}
		if (!checked.ok) {
			const first = DATE_FIELDS.find((name) => checked.errors[name] !== undefined);
			if (first) inputs.get(first)!.focus();
			status.textContent = '';
			return;
		}
		const nummer = select.value;
		const navn = chosen()?.navn ?? nummer;
		const result = setKommuneKey(nummer, card, checked.dates);
		if (!result.ok || result.notSaved) {
			status.replaceChildren(result.ok ? carryOverLabels.notSaved : report.carryOverStatus(false, [], nummer));
		} else {
			status.replaceChildren(
				carryOverLabels.saved(navn, checked.dates.keyExpires !== undefined),
				' ',
				element('a', carryOverLabels.cardLink(navn), { href: siteUrl(kommuneCardPath(nummer)) }),
				' · ',
				element('a', carryOverLabels.draftLink(navn), { href: siteUrl(kommuneDraftPath(nummer)) }),
			);
			// The option's «har dette» and the line under the choice follow the saved key.
			const option = [...select.options].find((o) => o.value === nummer);
			if (option) option.textContent = `${carryOverLabels.option(navn, nummer)}${carryOverLabels.hasThis}`;
			kind.replaceChildren(carryOverLabels.kind.same(navn));
		}
		status.focus();
	});
	const row = element('div', undefined, { class: 'key-check-actions not-content' });
	row.append(field);
	box.append(row, kind, dates, dom.buttonRow(save), status);
	return box;
}
