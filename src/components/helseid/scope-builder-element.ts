/**
 * <veiviser-scope-builder>: turns the ticked VKP resources into scope strings (src/lib/helseid/scopes.ts), warns
 * about the test-only `nhn:vkp/api/*.*`, and on request puts the scopes into the production order through
 * scope-carry.ts (the one module that touches the stores). Replacing scopes already in the profile is asked first.
 */
import { copyText } from '../shared/browser-output';
import { Island } from '../shared/island';

// The scope rules and texts load on the first tick; the profile store only when the user carries scopes over.
const load = () => Promise.all([import('../../lib/helseid/scopes'), import('../../lib/helseid/messages')]);

export class ScopeBuilderElement extends Island {
	#scopes: string[] = [];

	protected connect(): void {
		this.listen(this, 'change', () => void this.#update());
		this.listen(this.piece('sample')!, 'click', () => void this.#tick((scope, sample) => sample.includes(scope)));
		this.listen(this.piece('none')!, 'click', () => void this.#tick(() => false));
		this.listen(this.piece('copy')!, 'click', () => void this.#copy());
		this.listen(this.piece('use')!, 'click', () => void this.#carryOver());
		// Ticks kept by the browser when the user comes back to the page.
		if (this.#boxes().some((box) => box.checked) || this.piece<HTMLInputElement>('all')!.checked) void this.#update();
	}

	/** Ticks each resource box by `wanted` (given NHN's sample scopes); the test-only box only stays if wanted. */
	async #tick(wanted: (scope: string, sample: readonly string[]) => boolean): Promise<void> {
		const [{ SAMPLE_SCOPES }] = await load();
		for (const box of this.#boxes()) box.checked = wanted(box.value, SAMPLE_SCOPES);
		const all = this.piece<HTMLInputElement>('all')!;
		all.checked = all.checked && wanted(all.value, SAMPLE_SCOPES);
		await this.#update();
	}

	async #copy(): Promise<void> {
		const [, { resultLabels }] = await load();
		const copied = await copyText(this.#scopes.join('\n'));
		this.#say(copied ? resultLabels.copied : resultLabels.copyFailed);
	}

	#boxes(): HTMLInputElement[] {
		return [...this.querySelectorAll<HTMLInputElement>('input[data-scope]')];
	}

	#say(text: string): void {
		this.piece('status')!.textContent = text;
	}

	async #update(): Promise<void> {
		const [{ chosenScopes, VKP_ALL_SCOPES }, { scopeBuilderMessages }] = await load();
		const all = this.piece<HTMLInputElement>('all')!.checked;
		this.#scopes = chosenScopes(
			this.#boxes()
				.filter((box) => box.checked)
				.map((box) => box.value),
			all,
		);
		const result = this.piece<HTMLTextAreaElement>('result')!;
		result.value = this.#scopes.join('\n');
		this.piece('empty')!.textContent = this.#scopes.length === 0 ? scopeBuilderMessages.none : '';
		this.piece('test-only')!.hidden = !this.#scopes.includes(VKP_ALL_SCOPES);
		this.#say('');
	}

	async #carryOver(): Promise<void> {
		const [{ productionScopesText, scopesInText }, { scopeBuilderMessages: texts }] = await load();
		const text = productionScopesText(this.#scopes);
		if (!text) return this.#say(texts.nothingToSave);
		// The kommuner too: the status names the kommuner whose orders get the scopes.
		const { storedScopesText, saveScopesText, orderKommuner } = await import('./scope-carry');
		const existing = scopesInText(storedScopesText());
		if (existing.length > 0 && existing.join('\n') !== text) {
			const { askToConfirm } = await import('../shared/confirm');
			const replace = await askToConfirm(this.piece<HTMLDialogElement>('confirm-dialog'), {
				title: texts.replaceTitle,
				text: texts.replaceText,
				confirmLabel: texts.replaceConfirm,
				preview: existing,
			});
			if (!replace) return;
		}
		const saved = saveScopesText(text);
		this.#say(saved ? texts.saved(scopesInText(text).length, orderKommuner()) : texts.notSaved);
	}
}
