/**
 * <veiviser-profile>, the element of Profile.astro: fills the form in from the stored profile, saves as the user
 * types, shows the role's fields and whose they are, and says when nothing can be saved. What it needs only later
 * (the checks and their texts, the kommuner line, the rarer texts) is in ./profile-later.ts, loaded when needed.
 */
import { $storageHealth } from '../../stores/durable';
import { $profile, profileStore, setProfileField, setProfileRole } from '../../stores/profile';
import type { ProfileStatus } from '../../lib/profile/messages';
import { isRole, PROFILE_FIELDS, type Party, type Profile, type ProfileField } from '../../lib/profile/profile';
import { Island } from '../shared/island';

/** The fields validate.ts checks: only a stored value in one of these needs the checks at load. */
const CHECKED_FIELDS: readonly ProfileField[] = [
	'orgnr',
	'email',
	'apiClientThumbprint',
	'bestillerOrgnr',
	'bestillerEmail',
];

let later: Promise<typeof import('./profile-later')> | undefined;
/** The checks, the kommuner and the rarer texts (profile-later.ts): loaded once, when first needed. */
const loadLater = () => (later ??= import('./profile-later'));

class ProfileElement extends Island {
	protected connect() {
		const profile = $profile.get();
		for (const field of PROFILE_FIELDS) {
			const input = this.#input(field);
			input.value = profile[field];
			this.listen(input, 'input', () => {
				const saved = setProfileField(field, input.value);
				if (!saved) void this.#say('not-saved-unreadable');
				// An error shown is cleared as soon as the value is right (the checks are loaded once one is shown).
				if (input.hasAttribute('aria-invalid'))
					void loadLater().then((l) => {
						if (l.errorWhileTyping(field, input.value) === 'clear') this.#showProblem(field, '');
					});
			});
			this.listen(input, 'change', () => void this.#check(field));
		}
		if (CHECKED_FIELDS.some((field) => profile[field].trim() !== ''))
			for (const field of CHECKED_FIELDS) void this.#check(field);
		// Whoever goes into the form will soon leave a field that needs its check.
		this.listen(this, 'focusin', () => void loadLater(), { once: true });
		this.listen(this, 'change', (event) => {
			const target = event.target as HTMLInputElement;
			if (target.name !== 'profile-role' || !isRole(target.value)) return;
			if (!setProfileRole(target.value)) void this.#say('not-saved-unreadable');
		});
		// Another tab (or a draft's "fill in what is missing") changed the profile: show it, unless the user is
		// typing in that very field.
		this.watch([$profile], () => {
			const next = $profile.get();
			for (const field of PROFILE_FIELDS) {
				const input = this.#input(field);
				if (document.activeElement !== input && input.value !== next[field]) {
					input.value = next[field];
					void this.#check(field);
				}
			}
			this.#showRole(next);
		});
		this.#whenNear(this.piece('kommuner')!, async () => {
			const { $kommuner, kommunerText, linkedNodes } = await loadLater();
			this.watch([$kommuner], () =>
				this.piece('kommuner')!.replaceChildren(...linkedNodes(kommunerText($kommuner.get()))),
			);
		});
		this.watch([$storageHealth], () => {
			const health = $storageHealth.get();
			if (health !== 'ok') void this.#say(health);
		});
		this.watch([profileStore.$loaded], () => {
			this.piece('unreadable')!.hidden = profileStore.$loaded.get().status === 'ok';
		});
		this.listen(this.piece('download-unreadable')!, 'click', () => void this.#downloadUnreadable());
		this.listen(this.piece('discard-unreadable')!, 'click', () => void this.#discardUnreadable());
	}

	/** Runs `then` once `target` comes within a screen of the viewport (as the mail drafts load), or before printing. */
	#whenNear(target: Element, then: () => Promise<void>) {
		let done = false;
		const once = () => {
			if (done) return;
			done = true;
			observer?.disconnect();
			void then();
		};
		const observer =
			'IntersectionObserver' in window
				? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && once(), {
						rootMargin: '100% 0px',
					})
				: undefined;
		if (observer) observer.observe(target);
		else once();
		this.listen(window, 'beforeprint', once, { once: true });
	}

	/** The role decides which groups and fields are shown (CSS on data-profile-role) and whose they are. */
	#showRole(profile: Profile) {
		this.dataset['profileRole'] = profile.role;
		const radio = this.querySelector<HTMLInputElement>(`input[name="profile-role"][value="${profile.role}"]`);
		if (radio) radio.checked = true;
		const own = profile.role === '' ? '' : profile.role === 'bestiller' ? 'bestiller' : 'leverandor';
		this.piece('yours-leverandor')!.hidden = own !== 'leverandor';
		this.piece('yours-bestiller')!.hidden = own !== 'bestiller';
		this.#putFirst(own);
	}

	/**
	 * The bestiller's own fields first, the supplier's named as the supplier's (issue 20); and on the drafts page,
	 * the drafts of the user's service first. Moved in the DOM, not by CSS order, so the tab order follows.
	 */
	#putFirst(own: '' | Party) {
		const supplier = this.querySelector('[data-party="leverandor"]')!;
		const bestiller = this.querySelector('[data-party="bestiller"]')!;
		// Only when out of place: moving a group that holds the focused field would take the focus away.
		const bestillerFirst = supplier.previousElementSibling === bestiller;
		if (own === 'bestiller' && !bestillerFirst) supplier.before(bestiller);
		if (own !== 'bestiller' && bestillerFirst) bestiller.before(supplier);
		// Both names of a supplier's field are in the page (data-label, data-bestiller-label): no texts to ship.
		for (const label of this.querySelectorAll<HTMLElement>('label[data-bestiller-label]')) {
			const text = label.dataset[own === 'bestiller' ? 'bestillerLabel' : 'label']!;
			if (label.textContent !== text) label.textContent = text;
		}
		const role = $profile.get().role;
		const service = role === 'vk-leverandor' || role === 'bestiller' ? 'verktoykatalogen' : 'vkp';
		const mine = document.querySelector(`[data-drafts-service="${service}"]`);
		const first = document.querySelector('[data-drafts-service]');
		if (mine && first && mine !== first) first.before(mine);
	}

	async #downloadUnreadable() {
		const loaded = profileStore.$loaded.get();
		if (loaded.status !== 'unreadable') return;
		const { downloadText, UNREADABLE_FILE_NAME } = await loadLater();
		downloadText(loaded.raw, UNREADABLE_FILE_NAME, 'text/plain');
	}

	async #discardUnreadable() {
		// Loaded when needed: an unreadable profile is rare, and the dialog code is not needed until then.
		const [{ askToConfirm }, { DISCARD_QUESTION }] = await Promise.all([import('../shared/confirm'), loadLater()]);
		if (!(await askToConfirm(this.piece<HTMLDialogElement>('confirm-dialog'), DISCARD_QUESTION))) return;
		profileStore.discardUnreadable();
		await this.#say('started-empty');
	}

	#input(field: ProfileField) {
		return this.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${field}"]`)!;
	}

	/** Checks a field's value and shows what is wrong with it (nothing to load for an empty field). */
	async #check(field: ProfileField) {
		const input = this.#input(field);
		if (input.value.trim() === '' && !input.hasAttribute('aria-invalid')) return;
		const { checkProfileField, problemMessage } = await loadLater();
		const problem = checkProfileField(field, input.value);
		this.#showProblem(field, problem ? problemMessage(problem) : '');
	}

	#showProblem(field: ProfileField, message: string) {
		const input = this.#input(field);
		this.piece(`error-${field}`)!.textContent = message;
		if (message) input.setAttribute('aria-invalid', 'true');
		else input.removeAttribute('aria-invalid');
	}

	async #say(status: ProfileStatus) {
		const { STATUS_MESSAGES } = await loadLater();
		this.piece('status')!.textContent = STATUS_MESSAGES[status];
	}
}

customElements.define('veiviser-profile', ProfileElement);
