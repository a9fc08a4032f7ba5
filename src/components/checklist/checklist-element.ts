/**
 * <veiviser-checklist>, the element of Checklist.astro. What every page load needs: show the user's progress with
 * each step's status tag, apply "Bare mine steg", save a status change, say when storage fails. The kommune overview
 * and cards (kommune-rows.ts) load only where kommuner are chosen; everything else (kommune search, thumbprints,
 * export, import, reset, the confirmation dialog) is in actions.ts and loads on first use. The decisions are in
 * src/lib/checklist/; this element copies them into the page.
 */
import { $madeStores, $storageHealth, type DurableStore } from '../../stores/durable';
import type { KommunerState } from '../../stores/kommuner';
import { KOMMUNER_KEY, kommunerStored } from '../../stores/kommuner-stored';
import { $preferences, setWhoFilter } from '../../stores/preferences';
import { progressStore, setStepStatus } from '../../stores/progress';
import { isWhoFilter, matchesFilter } from '../../lib/checklist/filter';
import { filterSummary, statusChanged } from '../../lib/checklist/messages';
import { parseProgressKey } from '../../lib/checklist/progress';
import {
	STATUS_VARIANTS,
	chosenStatus,
	kommuneNameOf,
	problemsView,
	progressView,
	readClientSteps,
	stepView,
	type ClientStep,
} from '../../lib/checklist/view';
import type { UrgencyFilter } from '../../lib/kommuner/deadlines';
import { Island } from '../shared/island';
import type { ChecklistHost } from './actions';

type Actions = typeof import('./actions');
type KommuneRows = typeof import('./kommune-rows');
const later = () => import('./checklist-later');

class ChecklistElement extends Island implements ChecklistHost {
	steps: ReadonlyMap<string, ClientStep> = new Map();
	replacing: string | undefined;
	justAdded: string | undefined;
	urgency: UrgencyFilter = 'alle';
	#actions: Actions | undefined;
	#loading: Promise<Actions> | undefined;
	#rows: KommuneRows | undefined;

	protected connect(): void {
		this.steps = readClientSteps(this.piece('steps')?.textContent);
		this.piece('js-note')?.setAttribute('hidden', '');
		for (const role of ['kommune-search', 'file-tools', 'filter', 'already-approved'])
			this.piece(role)?.removeAttribute('hidden');
		this.listen(this, 'change', this.#onChange);
		this.listen(this, 'click', this.#onClick);
		this.listen(this, 'input', this.#onInput);
		// Arrow keys move through the kommune search's results, which only the actions write. A key pressed while
		// they load (the user typed a name and pressed ArrowDown at once) waits for them, after the search it follows.
		this.listen<KeyboardEvent>(this, 'keydown', (event) => {
			if (this.#actions) this.#actions.onKeydown(this, event);
			else if (this.#loading)
				void this.#withActions((actions) => {
					if (document.activeElement === event.target) actions.onKeydown(this, event);
				});
		});
		// Folded kommune cards would print without their steps; cards still to be made are made first.
		this.listen(window, 'beforeprint', () => {
			this.#render(true, true);
			for (const details of this.querySelectorAll('details')) details.open = true;
		});
		// A kommune card's steps are made when it opens (kommune-rows.ts): by a click on its summary, before the
		// browser opens it, or else when it has opened (find in page, a script).
		this.listen(this, 'toggle', (event) => this.#makeSteps(event.target as HTMLElement), { capture: true });
		// The kommune store and its decoder load only when kommuner are stored, and then before the first render (no
		// counter or «ingen kommuner» drawn without them); else when an island makes the store (adding a kommune) or
		// another tab stores kommuner.
		const loadKommuner = () => void import('../../stores/kommuner');
		const waiting = kommunerStored();
		if (waiting) loadKommuner();
		this.listen<StorageEvent>(window, 'storage', (event) => event.key === KOMMUNER_KEY && loadKommuner());
		this.watch([progressStore.$loaded, $storageHealth, $preferences, $madeStores], () => {
			const store = this.#kommunerStore();
			if (store && !this.#kommunerWatched) {
				this.#kommunerWatched = true;
				this.watch([store.$loaded], this.#renderSoon);
			} else if (store || !waiting) this.#renderSoon();
		});
	}

	#kommunerWatched = false;
	#kommunerStore(): DurableStore<KommunerState> | undefined {
		return $madeStores.get()[KOMMUNER_KEY] as DurableStore<KommunerState> | undefined;
	}

	#kommuner(): KommunerState['kommuner'] {
		return this.#kommunerStore()?.$value.get().kommuner ?? [];
	}

	#renderQueued = false;
	/**
	 * One render for all the store changes of one task: removing a kommune changes its progress and the list, and
	 * each render goes over every row and card.
	 */
	#renderSoon = (): void => {
		if (this.#renderQueued) return;
		this.#renderQueued = true;
		queueMicrotask(() => {
			this.#renderQueued = false;
			if (this.isConnected) this.#render();
		});
	};

	// Public for the actions module, which works on the element through ChecklistHost.
	override piece<T extends HTMLElement = HTMLElement>(role: string, root?: ParentNode): T | null {
		return super.piece<T>(role, root);
	}

	announce(text: string): void {
		const region = this.piece('announce');
		if (!region) return;
		// Clearing first makes screen readers repeat a message that is the same as the last one.
		region.textContent = '';
		requestAnimationFrame(() => (region.textContent = text));
	}

	kommuneName(nummer: string): string {
		return kommuneNameOf(nummer, this.#kommuner());
	}

	/**
	 * Runs `run` with the actions: at once when they are loaded, else when they arrive. One import for all callers,
	 * so what waits for it runs in one task, in the order of its events. (Each `import()` settles in a task of its
	 * own: a search typed while loading was drawn again later, under a result the user had already moved to.)
	 * A failed load is tried again at the next use.
	 */
	async #withActions(run: (actions: Actions) => void | Promise<void>): Promise<void> {
		this.#actions ??= await (this.#loading ??= later()
			.then((module) => module.loadActions())
			.catch((error: unknown) => {
				this.#loading = undefined;
				throw error;
			}));
		await run(this.#actions);
	}

	// --- rendering -------------------------------------------------------------------------------------------------

	#rowsAsked = false;
	/**
	 * Loads the kommune overview and cards, once: each render before they arrived asked again, and each answer
	 * rendered every row once more.
	 */
	#loadRows(): void {
		if (this.#rowsAsked) return;
		this.#rowsAsked = true;
		void later()
			.then((modules) => modules.loadKommuneRows())
			.then((rows) => ((this.#rows = rows), this.#render()))
			// A failed load is asked again at the next render, as before.
			.catch((error: unknown) => {
				this.#rowsAsked = false;
				throw error;
			});
	}

	#makeSteps(target: HTMLElement): void {
		if (this.#rows?.makeCardSteps(this, target)) this.#render();
	}

	/** `allCards`: make every kommune card now (a link to a card), not a slice per task; `print`: their steps too. */
	#render(allCards = false, print = false): void {
		const kommuner = this.#kommuner();
		if (this.piece('kommune-rows')) {
			// The overview and cards load with the first kommune; until then the page says there are none.
			if (this.#rows)
				this.#rows.renderKommuneRows(this, kommuner, progressStore.$value.get(), this.#renderSoon, allCards, print);
			else if (kommuner.length > 0) this.#loadRows();
			this.piece('no-kommuner')?.toggleAttribute('hidden', kommuner.length > 0);
		}
		const progress = progressStore.$value.get();
		for (const item of this.querySelectorAll<HTMLLIElement>('li[data-key]')) {
			const key = item.dataset['key']!;
			if (key.includes('__K__')) continue;
			const view = stepView(this.steps.get(item.dataset['step'] ?? ''), this.steps, progress, key);
			// With 100 kommuner this loop goes over hundreds of steps on every change: a step drawn as it is stays.
			const drawn = `${view.status}|${view.completed}|${view.blocked}`;
			if (this.#drawn.get(item) === drawn) continue;
			this.#drawn.set(item, drawn);
			const box = this.piece<HTMLInputElement>('done', item);
			const select = this.piece<HTMLSelectElement>('status', item);
			if (box && box.checked !== view.checked) box.checked = view.checked;
			if (select && select.value !== view.status) select.value = view.status;
			const tag = this.piece('tag', item);
			if (tag && tag.dataset['variant'] !== STATUS_VARIANTS[view.status])
				tag.dataset['variant'] = STATUS_VARIANTS[view.status];
			this.#show(this.piece('status-text', item), view.statusLabel);
			this.#show(this.piece('completed', item), view.completed);
			this.#show(this.piece('blocked', item), view.blocked);
		}
		const shown = [...this.steps.values()].filter((step) => step.shown);
		const bar = progressView(
			shown,
			progress,
			kommuner.map((k) => k.nummer),
		);
		this.#setText('progress-text', bar.text);
		this.#setText('progress-detail', bar.detail);
		const element = this.piece<HTMLProgressElement>('progress');
		if (element) {
			element.max = bar.max;
			element.value = bar.value;
		}
		this.#renderFilter();
		this.#renderProblems();
	}

	/** "Bare mine steg": hides the steps the chosen party has no part in, and phases left empty. */
	#renderFilter(): void {
		const fieldset = this.piece('filter');
		if (!fieldset) return;
		const filter = $preferences.get().who;
		const radio = fieldset.querySelector<HTMLInputElement>(`input[value="${filter}"]`);
		// A filter this list does not offer (remembered from the other service's list) shows everything.
		const active = radio ? filter : 'alle';
		if (radio) radio.checked = true;
		let total = 0;
		let visible = 0;
		for (const phase of this.querySelectorAll<HTMLElement>('.checklist-phase')) {
			let inPhase = 0;
			for (const item of phase.querySelectorAll<HTMLLIElement>('li[data-who]')) {
				const show = matchesFilter((item.dataset['who'] ?? '').split(' '), active);
				if (item.hidden !== !show) item.hidden = !show;
				total += 1;
				if (show) inPhase += 1;
			}
			phase.hidden = inPhase === 0;
			visible += inPhase;
		}
		// The kommune cards' steps too (the kommune's own steps are only there), counted also on cards whose steps
		// are not made yet (a card makes them when opened).
		for (const item of this.querySelectorAll<HTMLLIElement>('.checklist-kommuner li[data-who]')) {
			const show = matchesFilter((item.dataset['who'] ?? '').split(' '), active);
			if (item.hidden !== !show) item.hidden = !show;
		}
		const [cardsVisible, cardsTotal] = this.#rows?.cardStepCounts(this, active) ?? [0, 0];
		visible += cardsVisible;
		total += cardsTotal;
		this.#show(this.piece('filter-summary'), filterSummary(visible, total, active));
	}

	/** Sets an element's text, hiding it while the text is empty. */
	#show(element: HTMLElement | null, text: string): void {
		if (!element) return;
		if (element.textContent !== text) element.textContent = text;
		if (element.hidden !== (text === '')) element.hidden = text === '';
	}

	#renderProblems(): void {
		const problems = problemsView(
			$storageHealth.get(),
			progressStore.$loaded.get().status,
			this.#kommunerStore()?.$loaded.get().status ?? 'ok',
		);
		// The alerts themselves stay in place; their boxes are shown and hidden. Their texts are in the page
		// (Checklist.astro), each copied in when shown so that screen readers announce it.
		this.piece('storage-problem')?.toggleAttribute('hidden', !problems.storage);
		const storage = this.piece('storage-problem-text');
		const key = problems.storage === 'write-failed' ? 'writeFailed' : problems.storage;
		this.#setText('storage-problem-text', key ? (storage?.dataset[key] ?? '') : '');
		this.piece('unreadable')?.toggleAttribute('hidden', !problems.unreadable);
		const unreadable = this.piece('unreadable-text');
		this.#setText('unreadable-text', problems.unreadable ? (unreadable?.dataset['text'] ?? '') : '');
		this.#action('download-unreadable-progress')?.toggleAttribute('hidden', !problems.downloadProgress);
		this.#action('download-unreadable-kommuner')?.toggleAttribute('hidden', !problems.downloadKommuner);
	}

	#setText(role: string, text: string): void {
		const element = this.piece(role);
		if (element && element.textContent !== text) element.textContent = text;
	}

	/** What each step was last drawn with; a control the user changed without a saved change is drawn again. */
	#drawn = new WeakMap<HTMLLIElement, string>();

	#action(name: string): HTMLElement | null {
		return this.querySelector(`[data-action="${name}"]`);
	}

	// --- events ----------------------------------------------------------------------------------------------------

	#onChange = (event: Event): void => {
		const target = event.target as HTMLElement;
		if (target instanceof HTMLInputElement && target.dataset['role'] === 'import') {
			void this.#withActions((actions) => actions.importFile(this, target));
			return;
		}
		if (target instanceof HTMLSelectElement && target.dataset['role'] === 'urgency-filter') {
			this.urgency = target.value as UrgencyFilter;
			this.#render();
			return;
		}
		if (target instanceof HTMLInputElement && target.type === 'radio' && isWhoFilter(target.value)) {
			setWhoFilter(target.value);
			return;
		}
		const item = target.closest<HTMLLIElement>('li[data-key]');
		const role = target.dataset['role'];
		if (!item || (role !== 'done' && role !== 'status')) return;
		const status = chosenStatus(
			role === 'done'
				? { role, checked: (target as HTMLInputElement).checked }
				: { role, value: (target as HTMLSelectElement).value },
		);
		if (!status) return;
		const key = item.dataset['key']!;
		if (!setStepStatus(key, status)) {
			this.#drawn.delete(item);
			this.#render();
			// The text is in the page (Checklist.astro), as the storage problems' are.
			this.announce(this.piece('announce')?.dataset['refused'] ?? '');
			return;
		}
		const { kommunenummer } = parseProgressKey(key);
		const text = this.steps.get(item.dataset['step'] ?? '')?.text ?? key;
		this.announce(
			statusChanged(text, status, kommunenummer === undefined ? undefined : this.kommuneName(kommunenummer)),
		);
	};

	#onClick = (event: Event): void => {
		const target = event.target as HTMLElement;
		// A kommune in the overview table opens its card (the link itself scrolls there).
		const link = target.closest<HTMLAnchorElement>('a[data-role="kommune-link"]');
		if (link) {
			this.#render(true);
			const details = this.querySelector<HTMLDetailsElement>(`${link.hash} details[data-role="kommune-details"]`);
			if (details) {
				this.#makeSteps(details);
				details.open = true;
			}
			return;
		}
		// A kommune card's summary: its steps are made before the browser opens it.
		this.#makeSteps(target);
		const button = target.closest<HTMLButtonElement>('button[data-action], button[data-kommunenummer]');
		if (button && this.contains(button)) void this.#withActions((actions) => actions.onButton(this, button));
	};

	#onInput = (event: Event): void => {
		const input = event.target as HTMLInputElement;
		if (input.dataset['role'] === 'kommune-query')
			void this.#withActions((actions) => actions.search(this, input.value));
	};
}

customElements.define('veiviser-checklist', ChecklistElement);
