/**
 * <veiviser-mail-draft>, the element of MailDraft.astro, loaded by mail-draft-loader.ts when a draft comes near the
 * screen. It fills the draft in from the profile and the chosen kommuner, highlights what is missing or invalid,
 * lets the user fill that in right there (written to the profile, or to the kommune list, so every draft and the
 * profile form follow), and offers copy, the mail link and the .eml download. A draft per kommune becomes one
 * section per chosen kommune, cloned from the server's section, with a list of them and a link from each to the next.
 * What to show is decided in src/lib/mail/draft-view.ts.
 */
import { $kommuner, addKommune, setKommuneThumbprint } from '../../stores/kommuner';
import { $profile, setProfileField } from '../../stores/profile';
import { buildDrafts, draftAsText, isDraftId, type DraftId, type MailDraft } from '../../lib/mail/drafts';
import type { Guarded } from './send-guard';
import {
	copyPlan,
	draftNotice,
	emlDownload,
	fixPlan,
	isCopyPart,
	mailLink,
	recipientText,
} from '../../lib/mail/draft-view';
import { element, fixField, marked } from './draft-dom';
import {
	DRAFT_LABELS,
	FIX_TEXT,
	noticeText,
	PER_KOMMUNE_TEXT,
	perKommuneText,
	STATUS_MESSAGES,
	type DraftStatus,
} from '../../lib/mail/messages';
import type { SendAction } from '../../lib/mail/send-messages';
import { PARTY_LABELS, PROFILE_FIELD_LABELS, problemMessage } from '../../lib/profile/messages';
import type { ProfileField } from '../../lib/profile/profile';
import { checkProfileField } from '../../lib/profile/validate';
import { isThumbprint } from '../../lib/shared/thumbprint';
import { copyText, downloadText } from '../shared/browser-output';
import { Island } from '../shared/island';
import { linkedNodes, siteUrl } from '../shared/site-link';

/** The step a sent order ticks in the VKP checklist (step IDs are frozen). */
const ORDER_STEP_ID = 'vkp.kommune.bestilling';
const KEY_CHECK_PATH = '/verktoy/nokkelsjekk/';

class MailDraftElement extends Island {
	#id!: DraftId;
	#prototype!: HTMLElement;
	#sections: HTMLElement[] = [];
	#drafts: MailDraft[] = [];
	/** The kommunenummer of each section, as built (a draft per kommune rebuilds its sections when they change). */
	#layout = '';

	protected connect(): void {
		const id = this.dataset['draft'] ?? '';
		if (!isDraftId(id)) return;
		this.#id = id;
		const first = this.piece('draft')!;
		this.#prototype = first.cloneNode(true) as HTMLElement;
		this.#sections = [first];
		this.listen(this, 'click', (event) => void this.#onClick(event));
		this.listen(this, 'input', (event) => this.#onInput(event));
		this.listen(this, 'change', (event) => this.#onChange(event));
		this.listen<KeyboardEvent>(this, 'keydown', (event) => {
			const target = event.target as HTMLElement;
			if (event.key === 'Enter' && target.dataset['role'] === 'kommune-query') {
				event.preventDefault();
				void this.#addKommune(target.closest('[data-role="draft"]')!);
			}
		});
		// The fill-in fields stay while the user is in them; when she leaves, the box shows what is still missing.
		this.listen<FocusEvent>(this, 'focusout', (event) => {
			const from = event.target as HTMLElement;
			if (from.closest('[data-role="fix-body"]')) setTimeout(() => this.#render());
		});
		this.watch([$profile, $kommuner], () => this.#render());
	}

	#render(): void {
		const drafts = buildDrafts(this.#id, { profile: $profile.get(), kommuner: $kommuner.get() });
		const layout = drafts.map((draft) => draft.kommune?.nummer ?? '').join(',');
		if (layout !== this.#layout) this.#rebuild(drafts, layout);
		this.#drafts = drafts;
		drafts.forEach((draft, index) => this.#renderSection(this.#sections[index]!, draft, index));
		this.#renderNav();
		this.#revealTarget();
	}

	#revealed = false;

	/** The section a link from a kommune's card names exists only now: scroll there and focus its heading, once. */
	#revealTarget(): void {
		if (this.#revealed) return;
		this.#revealed = true;
		// `?kommune=` names the HelseID order (the card's link); the kommune's other mail on the page stays where it is.
		const kommune = new URLSearchParams(location.search).get('kommune');
		const id = kommune ? `mail-vkp-helseid-bestilling-${kommune}` : decodeURIComponent(location.hash.slice(1));
		const section = this.#sections.find((s) => s.id === id);
		if (!section) return;
		const title = this.piece('title', section);
		title?.setAttribute('tabindex', '-1');
		section.scrollIntoView({ block: 'start' });
		title?.focus({ preventScroll: true });
	}

	/** One section per draft, cloned from the server's, each with its own ids (`mail-<id>-<kommunenummer>`). */
	#rebuild(drafts: readonly MailDraft[], layout: string): void {
		const prefix = `mail-${this.#id}`;
		const sections = drafts.map((draft) => {
			const section = this.#prototype.cloneNode(true) as HTMLElement;
			const suffix = draft.kommune ? `${prefix}-${draft.kommune.nummer}` : prefix;
			for (const node of [section, ...section.querySelectorAll('*')]) {
				for (const name of ['id', 'aria-labelledby', 'aria-describedby', 'for']) {
					const value = node.getAttribute(name);
					if (value?.includes(prefix)) node.setAttribute(name, value.replaceAll(prefix, suffix));
				}
			}
			return section;
		});
		const before = this.#sections[0]!;
		before.before(...sections);
		for (const old of this.#sections) old.remove();
		this.#sections = sections;
		this.#layout = layout;
	}

	#renderSection(section: HTMLElement, draft: MailDraft, index: number): void {
		const part = <T extends HTMLElement = HTMLElement>(role: string) => this.piece<T>(role, section);
		part('title')!.textContent = `${DRAFT_LABELS.heading} ${draft.title}`;
		part('mailto-name')!.textContent = `: ${draft.title}`;
		part('to')!.textContent = recipientText(draft);
		part('subject')!.replaceChildren(...marked(draft.subject));
		part('body')!.replaceChildren(...marked(draft.body));
		part('missing')!.replaceChildren(...linkedNodes(noticeText(draftNotice(draft))));
		const href = mailLink(draft);
		const link = part<HTMLAnchorElement>('mailto')!;
		link.hidden = !href;
		if (href) link.href = href;
		else link.removeAttribute('href');
		part('too-long')!.hidden = !!href;
		part('buttons')!.hidden = false;
		this.#renderFix(section, draft);

		const count = part('count');
		const sent = part('mark-sent');
		const next = part<HTMLAnchorElement>('next');
		const following = this.#drafts[index + 1]?.kommune;
		if (count) {
			count.hidden = !draft.kommune;
			count.textContent = perKommuneText(this.#id).count(index + 1, this.#drafts.length);
		}
		if (sent) {
			sent.hidden = !draft.kommune;
			sent.textContent = draft.kommune ? PER_KOMMUNE_TEXT.markSent(draft.kommune.navn) : '';
		}
		if (next) {
			next.hidden = !following;
			if (following) {
				next.href = `#mail-${this.#id}-${following.nummer}`;
				next.textContent = perKommuneText(this.#id).next(`${following.navn} (${following.nummer})`);
			}
		}
	}

	/** The list of a draft per kommune's mails, one link each. */
	#renderNav(): void {
		const nav = this.piece('nav');
		if (!nav) return;
		const kommuner = this.#drafts.flatMap((draft) => (draft.kommune ? [draft.kommune] : []));
		nav.hidden = kommuner.length === 0;
		this.piece('nav-text', nav)!.textContent = perKommuneText(this.#id).intro(kommuner.length);
		this.piece('nav-list', nav)!.replaceChildren(
			...kommuner.map((kommune) => {
				const item = element('li');
				item.append(
					element('a', { href: `#mail-${this.#id}-${kommune.nummer}` }, `${kommune.navn} (${kommune.nummer})`),
				);
				return item;
			}),
		);
	}

	/** "Fyll inn det som mangler": a field per missing or invalid profile field, a kommune search, a thumbprint. */
	#renderFix(section: HTMLElement, draft: MailDraft): void {
		const details = this.piece<HTMLDetailsElement>('fix', section)!;
		const body = this.piece('fix-body', section)!;
		// Never rebuilt under the user's fingers: the box is brought up to date when she leaves it.
		if (body.contains(document.activeElement)) return;
		const plan = fixPlan(draft);
		const profile = $profile.get();
		const rows: HTMLElement[] = plan.groups.map(({ party, fields }) => {
			const group = element('fieldset');
			group.append(element('legend', {}, PARTY_LABELS[party]));
			for (const field of fields) {
				const row = fixField(`${section.id}-fiks-${field}`, PROFILE_FIELD_LABELS[field], profile[field], field);
				this.#showProblem(row, field);
				group.append(row);
			}
			return group;
		});
		if (plan.kommune) rows.push(this.#kommuneRow(section));
		if (plan.thumbprintFor) {
			const { nummer, navn } = plan.thumbprintFor;
			const id = `${section.id}-fiks-tommelavtrykk`;
			const row = fixField(id, FIX_TEXT.thumbprintLabel(navn), '', 'thumbprint');
			const input = row.querySelector('input')!;
			input.dataset['kommune'] = nummer;
			input.spellcheck = false;
			input.setAttribute('aria-describedby', `${id}-hint ${id}-feil`);
			const hint = element('p', { id: `${id}-hint` }, `${FIX_TEXT.thumbprintHint} `);
			hint.append(element('a', { href: siteUrl(KEY_CHECK_PATH) }, FIX_TEXT.keyCheckLink));
			row.querySelector('label')!.after(hint);
			rows.push(row);
		}
		body.replaceChildren(...rows);
		details.hidden = rows.length === 0;
	}

	#kommuneRow(section: HTMLElement): HTMLElement {
		const id = `${section.id}-fiks-kommune`;
		const row = element('div', { 'data-fix': 'kommune' });
		const line = element('div', { class: 'mail-draft-fix-row' });
		line.append(
			element('input', { id, type: 'search', autocomplete: 'off', 'data-role': 'kommune-query' }),
			element(
				'button',
				{ type: 'button', class: 'veiviser-button', 'data-role': 'add-kommune' },
				FIX_TEXT.kommuneButton,
			),
		);
		row.append(
			element('label', { for: id }, FIX_TEXT.kommuneLabel),
			line,
			element('p', { 'data-role': 'kommune-message', role: 'status' }),
			element('ul', { 'data-role': 'kommune-choices' }),
		);
		return row;
	}

	#showProblem(row: Element, field: ProfileField): void {
		const input = row.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
		const problem = checkProfileField(field, input.value);
		row.querySelector('[data-role="fix-error"]')!.textContent = problem ? problemMessage(problem) : '';
		if (problem) input.setAttribute('aria-invalid', 'true');
		else input.removeAttribute('aria-invalid');
	}

	// --- events ------------------------------------------------------------------------------------------------------

	#onInput(event: Event): void {
		const input = event.target as HTMLInputElement;
		const key = input.closest<HTMLElement>('[data-fix]')?.dataset['fix'];
		if (!key || key === 'kommune') return;
		if (key === 'thumbprint') {
			const value = input.value.trim();
			if (isThumbprint(value) && !setKommuneThumbprint(input.dataset['kommune'] ?? '', value).ok) {
				this.#say(input, FIX_TEXT.notSaved);
			}
			return;
		}
		if (!setProfileField(key as ProfileField, input.value)) this.#say(input, FIX_TEXT.notSaved);
	}

	#onChange(event: Event): void {
		const input = event.target as HTMLInputElement;
		const row = input.closest<HTMLElement>('[data-fix]');
		const key = row?.dataset['fix'];
		if (!row || !key || key === 'kommune') return;
		if (key !== 'thumbprint') return this.#showProblem(row, key as ProfileField);
		const invalid = input.value.trim() !== '' && !isThumbprint(input.value.trim());
		row.querySelector('[data-role="fix-error"]')!.textContent = invalid ? FIX_TEXT.thumbprintInvalid : '';
		if (invalid) input.setAttribute('aria-invalid', 'true');
		else input.removeAttribute('aria-invalid');
	}

	async #onClick(event: Event): Promise<void> {
		const button = (event.target as HTMLElement).closest('button');
		const section = button?.closest<HTMLElement>('[data-role="draft"]');
		const draft = section ? this.#drafts[this.#sections.indexOf(section)] : undefined;
		if (!button || !section || !draft) return;
		const role = button.dataset['role'];
		if (role === 'add-kommune') return this.#addKommune(section);
		const chosen = button.dataset['kommunenummer'];
		if (chosen) return this.#chooseKommune(section, chosen);
		if (role === 'mark-sent' && draft.kommune) {
			// The checklist's store loads only when an order is marked sent.
			const { setStepStatus, progressStore, isStepDone } = await import('../../stores/progress-done');
			const { navn, nummer } = draft.kommune;
			const order = { navn, nummer, required: this.dataset['requires'], isDone: isStepDone };
			const refused = await this.#askBefore('mark-sent', { text: draftAsText(draft), order });
			if (refused) return this.#say(section, refused);
			const saved = setStepStatus(`${ORDER_STEP_ID}@${nummer}`, 'fullfort');
			if (!saved) return this.#say(section, FIX_TEXT.notSaved);
			return this.#say(section, progressStore.isSaved() ? PER_KOMMUNE_TEXT.marked(navn) : FIX_TEXT.storageRefused);
		}
		if (role === 'download') {
			const refused = await this.#askBefore('download', { text: `${draft.subject}\n${draft.body}` });
			if (refused) return this.#say(section, refused);
			const { fileName, parts } = emlDownload(draft, $profile.get());
			// The .eml writer loads on the first download: most visitors copy or use the mail link instead.
			const { buildEml } = await import('../../lib/mail/eml');
			downloadText(buildEml(parts), fileName, 'message/rfc822');
			return this.#say(section, STATUS_MESSAGES.downloaded);
		}
		const copied = button.dataset['copy'];
		if (!isCopyPart(copied)) return;
		const plan = copyPlan(draft, copied);
		if (!plan.ok) return this.#say(section, STATUS_MESSAGES[plan.status]);
		const refused = await this.#askBefore('copy', { text: plan.text });
		if (refused) return this.#say(section, refused);
		if (await copyText(plan.text)) return this.#say(section, STATUS_MESSAGES[plan.status]);
		// Copying can be refused (no secure context, no permission): select the text so Ctrl+C works.
		getSelection()?.selectAllChildren(this.piece(plan.selectIfRefused, section)!);
		this.#say(section, STATUS_MESSAGES['copy-refused' satisfies DraftStatus]);
	}

	/** Adds the kommune the user typed: the one that matches, or the choice between several. */
	async #addKommune(section: HTMLElement): Promise<void> {
		const query = this.piece<HTMLInputElement>('kommune-query', section)?.value.trim() ?? '';
		const choices = this.piece('kommune-choices', section);
		const message = this.piece('kommune-message', section);
		if (!query || !choices || !message) return;
		const { findKommune, foldForSearch, searchKommuner } = await import('../../lib/kommuner/directory');
		const found = searchKommuner(query, 6);
		const exact = found.find((k) => k.nummer === query || foldForSearch(k.navn) === foldForSearch(query));
		const only = exact ?? (found.length === 1 ? found[0] : undefined);
		if (only) return this.#chooseKommune(section, only.nummer, findKommune);
		message.textContent = found.length === 0 ? FIX_TEXT.kommuneNotFound(query) : FIX_TEXT.kommuneChoose;
		choices.replaceChildren(
			...found.map((kommune) => {
				const item = element('li');
				item.append(
					element(
						'button',
						{ type: 'button', class: 'veiviser-button', 'data-kommunenummer': kommune.nummer },
						`${kommune.navn} (${kommune.nummer}), ${kommune.fylke}`,
					),
				);
				return item;
			}),
		);
	}

	async #chooseKommune(
		section: HTMLElement,
		nummer: string,
		find?: (nummer: string) => { nummer: string; navn: string } | undefined,
	): Promise<void> {
		const lookup = find ?? (await import('../../lib/kommuner/directory')).findKommune;
		const kommune = lookup(nummer);
		if (!kommune) return;
		// The box goes once the kommune is in (a draft per kommune is rebuilt for it): say so in the draft's status line.
		(document.activeElement as HTMLElement | null)?.blur();
		const saved = addKommune({ nummer: kommune.nummer, navn: kommune.navn });
		this.#render();
		const target = section.isConnected ? section : this.#sections[0]!;
		this.#say(target, saved.ok ? FIX_TEXT.kommuneAdded(kommune.navn) : FIX_TEXT.notSaved);
		this.piece('status', target)?.focus();
	}

	/** Asks first when the draft lacks fields (or, marking sent, prerequisites): send-guard.ts, loaded on first use. */
	async #askBefore(action: SendAction, guarded: Guarded): Promise<string | undefined> {
		const { askBefore } = await import('./send-guard');
		return askBefore(this.piece<HTMLDialogElement>('confirm-dialog'), action, guarded);
	}

	#say(within: Element, text: string): void {
		const section = within.closest<HTMLElement>('[data-role="draft"]');
		const status = section && this.piece('status', section);
		if (status) status.textContent = text;
	}
}

customElements.define('veiviser-mail-draft', MailDraftElement);
