/**
 * <veiviser-checklist>, the element of Checklist.astro. What every page load needs: show the user's progress, save
 * a status change, say when storage fails. Everything else (kommuner, export, import, reset, the confirmation
 * dialog) is in actions.ts and loads on first use, with the list of all kommuner, so a phase page carries little
 * script. The decisions are in src/lib/checklist/view.ts; this element copies them into the page.
 */
import { $storageHealth } from '../../stores/durable';
import { $kommuner, kommunerStore } from '../../stores/kommuner';
import { progressStore, setStepStatus } from '../../stores/progress';
import { REFUSED_MESSAGE, kommuneLabel, kommuneRowText, statusChanged } from '../../lib/checklist/messages';
import { parseProgressKey } from '../../lib/checklist/progress';
import {
	chosenStatus,
	kommuneNameOf,
	problemsView,
	progressView,
	readClientSteps,
	stepView,
	type ClientStep,
} from '../../lib/checklist/view';
import { Island } from '../shared/island';
import type { ChecklistHost } from './actions';

type Actions = typeof import('./actions');

class ChecklistElement extends Island implements ChecklistHost {
	steps: ReadonlyMap<string, ClientStep> = new Map();
	replacing: string | undefined;
	#actions: Actions | undefined;

	protected connect(): void {
		this.steps = readClientSteps(this.piece('steps')?.textContent);
		this.piece('js-note')?.setAttribute('hidden', '');
		this.piece('kommune-search')?.removeAttribute('hidden');
		this.piece('file-tools')?.removeAttribute('hidden');
		this.listen(this, 'change', this.#onChange);
		this.listen(this, 'click', this.#onClick);
		this.listen(this, 'input', this.#onInput);
		// Arrow keys move through the kommune search's results, which only the actions write: until they have
		// loaded, there is nothing to move to.
		this.listen<KeyboardEvent>(this, 'keydown', (event) => this.#actions?.onKeydown(this, event));
		this.watch([progressStore.$loaded, kommunerStore.$loaded, $storageHealth], () => this.#render());
	}

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
		return kommuneNameOf(nummer, $kommuner.get());
	}

	async #withActions(run: (actions: Actions) => void | Promise<void>): Promise<void> {
		this.#actions ??= await import('./actions');
		await run(this.#actions);
	}

	// --- rendering -------------------------------------------------------------------------------------------------

	#render(): void {
		this.#renderKommuneRows();
		const progress = progressStore.$value.get();
		for (const item of this.querySelectorAll<HTMLLIElement>('li[data-key]')) {
			const key = item.dataset['key']!;
			if (key.includes('__K__')) continue;
			const view = stepView(this.steps.get(item.dataset['step'] ?? ''), this.steps, progress, key);
			const box = this.piece<HTMLInputElement>('done', item);
			const select = this.piece<HTMLSelectElement>('status', item);
			if (box) box.checked = view.checked;
			if (select) select.value = view.status;
			this.#show(this.piece('status-text', item), view.statusLabel);
			this.#show(this.piece('completed', item), view.completed);
			this.#show(this.piece('blocked', item), view.blocked);
		}
		const shown = [...this.steps.values()].filter((step) => step.shown);
		const bar = progressView(
			shown,
			progress,
			$kommuner.get().map((k) => k.nummer),
		);
		this.#setText('progress-text', bar.text);
		const element = this.piece<HTMLProgressElement>('progress');
		if (element) {
			element.max = bar.max;
			element.value = bar.value;
		}
		this.#renderProblems();
	}

	/** Sets an element's text, hiding it while the text is empty. */
	#show(element: HTMLElement | null, text: string): void {
		if (!element) return;
		element.textContent = text;
		element.hidden = text === '';
	}

	#renderKommuneRows(): void {
		const container = this.piece('kommune-rows');
		const template = this.piece<HTMLTemplateElement>('kommune-row');
		if (!container || !template) return;
		const kommuner = $kommuner.get();
		const rows = container.querySelectorAll<HTMLElement>('[data-kommune]');
		const existing = new Map([...rows].map((row) => [row.dataset['kommune']!, row]));
		for (const [nummer, row] of existing) if (!kommuner.some((k) => k.nummer === nummer)) row.remove();
		for (const kommune of kommuner) {
			const row = existing.get(kommune.nummer) ?? this.#newRow(template, kommune.nummer);
			container.append(row);
			const texts: [string, string][] = [
				['kommune-heading', kommuneLabel(kommune)],
				['kommune-name', kommuneRowText.stepSuffix(kommune.navn)],
				['remove-button', kommuneRowText.remove(kommune.navn)],
				['replace-button', kommuneRowText.replace(kommune.navn)],
			];
			for (const [role, text] of texts) {
				for (const element of row.querySelectorAll(`[data-role="${role}"]`)) element.textContent = text;
			}
		}
		this.piece('no-kommuner')?.toggleAttribute('hidden', kommuner.length > 0);
	}

	/** A row cloned from the template, with the placeholder __K__ in its ids and keys made the kommunenummer. */
	#newRow(template: HTMLTemplateElement, nummer: string): HTMLElement {
		const clone = template.content.cloneNode(true) as DocumentFragment;
		for (const element of clone.querySelectorAll('*')) {
			for (const attribute of element.attributes) {
				if (attribute.value.includes('__K__')) attribute.value = attribute.value.replaceAll('__K__', nummer);
			}
		}
		return clone.firstElementChild as HTMLElement;
	}

	#renderProblems(): void {
		const problems = problemsView(
			$storageHealth.get(),
			progressStore.$loaded.get().status,
			kommunerStore.$loaded.get().status,
		);
		// The alerts themselves stay in place; their boxes are shown and hidden.
		this.piece('storage-problem')?.toggleAttribute('hidden', !problems.storage);
		this.#setText('storage-problem-text', problems.storage);
		this.piece('unreadable')?.toggleAttribute('hidden', !problems.unreadable);
		this.#setText('unreadable-text', problems.unreadable);
		this.#action('download-unreadable-progress')?.toggleAttribute('hidden', !problems.downloadProgress);
		this.#action('download-unreadable-kommuner')?.toggleAttribute('hidden', !problems.downloadKommuner);
	}

	#setText(role: string, text: string): void {
		const element = this.piece(role);
		if (element) element.textContent = text;
	}

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
			this.#render();
			this.announce(REFUSED_MESSAGE);
			return;
		}
		const { kommunenummer } = parseProgressKey(key);
		const text = this.steps.get(item.dataset['step'] ?? '')?.text ?? key;
		this.announce(
			statusChanged(text, status, kommunenummer === undefined ? undefined : this.kommuneName(kommunenummer)),
		);
	};

	#onClick = (event: Event): void => {
		const button = (event.target as HTMLElement).closest<HTMLButtonElement>(
			'button[data-action], button[data-kommunenummer]',
		);
		if (button && this.contains(button)) void this.#withActions((actions) => actions.onButton(this, button));
	};

	#onInput = (event: Event): void => {
		const input = event.target as HTMLInputElement;
		if (input.dataset['role'] === 'kommune-query')
			void this.#withActions((actions) => actions.search(this, input.value));
	};
}

customElements.define('veiviser-checklist', ChecklistElement);
