/**
 * The key check's "where does this key go" box, shown under a key the check found (src/lib/keys/carry-over.ts): the
 * HelseID client of one of the user's VKP kommuner (kept by the checklist's store), or the Verktøykatalogen API
 * client's mail (kept in the profile). Loaded by key-check-element.ts only after such a check, with the two stores
 * it writes: none of it is needed to read or check a key.
 */
import { defaultKeyUse, KEY_USES, keyUseText, VK_DRAFT_PATH } from '../../lib/keys/carry-over';
import type { KeyCard } from '../../lib/keys/report';
import { $kommuner, setKommuneThumbprint } from '../../stores/kommuner';
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
		const selectId = `key-check-kommune-${card.block}`;
		const select = element('select', undefined, { id: selectId });
		select.append(...offer.options.map((option) => element('option', option.text, { value: option.value })));
		const status = element('p', undefined, { role: 'status' });
		const save = dom.button(offer.saveLabel, () => {
			const saved = setKommuneThumbprint(select.value, card.thumbprint, card.publicJwk);
			status.textContent = report.carryOverStatus(saved.ok, kommuner, select.value);
		});
		const row = element('div', undefined, { class: 'key-check-actions not-content' });
		const field = element('div', undefined, { class: 'key-check-field' });
		field.append(element('label', offer.selectLabel, { for: selectId }), select);
		row.append(field, save);
		vkp.append(row, status);
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
