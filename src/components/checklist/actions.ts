/**
 * The checklist's less frequent actions, loaded on first use by <veiviser-checklist> (Checklist.astro):
 * the confirmation dialog, adding, replacing and removing kommuner (with the list of all kommuner), export,
 * import with preview, reset and starting over after unreadable storage. Decisions are made in src/lib; this
 * file only wires them to the page.
 */
import { $kommuner, addKommune, kommunerStore, removeKommune, replaceKommune, restoreKommuner } from '../../stores/kommuner';
import { forgetKommuneProgress, importProgress, moveKommuneRow, progressStore, resetServiceProgress } from '../../stores/progress';
import { STATUS_LABELS, kommuneEntries, type ChecklistStep } from '../../lib/checklist/progress';
import { REFUSED_MESSAGE } from '../../lib/checklist/messages';
import { fileMessages, kommuneMessages } from '../../lib/checklist/action-messages';
import { findKommune, searchKommuner } from '../../lib/kommuner/directory';
import { exportProgress, parseProgressFile, planImport } from '../../lib/checklist/progress-file';
import { downloadText } from '../shared/browser-output';

export type ClientStep = ChecklistStep & { readonly shown: boolean };

/** What the custom element offers the actions. */
export interface ChecklistHost extends HTMLElement {
	readonly steps: ReadonlyMap<string, ClientStep>;
	replacing: string | undefined;
	piece<T extends HTMLElement = HTMLElement>(role: string, root?: ParentNode): T | null;
	announce(text: string): void;
	kommuneName(nummer: string | undefined): string | undefined;
}

const today = () => new Date().toISOString().slice(0, 10);


/** Asks in the native modal <dialog>; resolves true only for the confirm button. Focus returns to the opener. */
function confirmInDialog(host: ChecklistHost, title: string, text: string, confirmLabel: string, preview: string[] = []): Promise<boolean> {
	const dialog = host.piece<HTMLDialogElement>('dialog');
	if (!dialog) return Promise.resolve(false);
	host.piece('dialog-title', dialog)!.textContent = title;
	host.piece('dialog-text', dialog)!.textContent = text;
	host.piece('dialog-confirm', dialog)!.textContent = confirmLabel;
	const list = host.piece('dialog-preview', dialog)!;
	list.replaceChildren(
		...preview.map((line) => {
			const item = document.createElement('li');
			item.textContent = line;
			return item;
		}),
	);
	list.hidden = preview.length === 0;
	const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
	dialog.returnValue = '';
	return new Promise((resolve) => {
		dialog.addEventListener(
			'close',
			() => {
				if (opener?.isConnected) opener.focus();
				resolve(dialog.returnValue === 'confirm');
			},
			{ once: true },
		);
		dialog.showModal();
		// Start on the safe choice: Enter on an unread dialog must not delete anything.
		host.piece('dialog-cancel', dialog)?.focus();
	});
}

export async function onButton(host: ChecklistHost, button: HTMLButtonElement): Promise<void> {
	if (button.dataset['nummer']) return chooseKommune(host, button.dataset['nummer']);
	const row = button.closest<HTMLElement>('[data-kommune]');
	switch (button.dataset['action']) {
		case 'remove-kommune':
			if (row) await removeRow(host, row.dataset['kommune']!);
			return;
		case 'replace-kommune':
			if (row) startReplace(host, row.dataset['kommune']!);
			return;
		case 'cancel-replace':
			endReplace(host);
			host.announce(fileMessages.cancelled);
			return;
		case 'export':
			downloadText(exportProgress(progressStore.$value.get(), $kommuner.get(), new Date().toISOString()), `veiviser-fremdrift-${today()}.json`, 'application/json');
			host.announce(fileMessages.exported);
			return;
		case 'print':
			window.print();
			return;
		case 'reset':
			return reset(host);
		case 'download-unreadable-progress':
		case 'download-unreadable-kommuner': {
			const isProgress = button.dataset['action'] === 'download-unreadable-progress';
			const loaded = (isProgress ? progressStore : kommunerStore).$loaded.get();
			if (loaded.status === 'unreadable') downloadText(loaded.raw, `veiviser-lagret-${isProgress ? 'fremdrift' : 'kommuner'}-${today()}.txt`, 'text/plain');
			return;
		}
		case 'start-over':
			return startOver(host);
	}
}

// --- kommuner ------------------------------------------------------------------------------------------------------

let searchRun = 0;

export function search(host: ChecklistHost, query: string): void {
	const run = ++searchRun;
	const results = host.piece('kommune-results');
	if (!results || run !== searchRun) return;
	const found = query.trim() ? searchKommuner(query, 8) : [];
	const chosen = new Set($kommuner.get().map((k) => k.nummer));
	results.replaceChildren(
		...found.map((kommune) => {
			const item = document.createElement('li');
			const button = document.createElement('button');
			button.type = 'button';
			button.dataset['nummer'] = kommune.nummer;
			button.textContent = `${host.replacing ? 'Velg' : 'Legg til'} ${kommune.navn} (${kommune.nummer}), ${kommune.fylke}`;
			if (chosen.has(kommune.nummer)) {
				button.disabled = true;
				button.textContent = `${kommune.navn} (${kommune.nummer}) er lagt til`;
			}
			item.append(button);
			return item;
		}),
	);
	if (query.trim()) host.announce(found.length ? kommuneMessages.results(found.length) : kommuneMessages.noResults(query.trim()));
}

async function chooseKommune(host: ChecklistHost, nummer: string): Promise<void> {
	const kommune = findKommune(nummer);
	if (!kommune) return;
	const refused = (code: string) => host.announce(code === 'storage-unreadable' ? REFUSED_MESSAGE : kommuneMessages.alreadyAdded(kommune.navn));
	if (host.replacing) {
		const from = host.replacing;
		const fromName = host.kommuneName(from) ?? from;
		const toName = `${kommune.navn} (${kommune.nummer})`;
		if (!(await confirmInDialog(host, 'Bytte kommune?', kommuneMessages.confirmReplace(fromName, toName), `Bytt til ${kommune.navn}`))) {
			host.announce(fileMessages.cancelled);
			return;
		}
		if (!moveKommuneRow(from, nummer)) return host.announce(REFUSED_MESSAGE);
		const result = replaceKommune(from, kommune);
		if (!result.ok) return refused(result.error.code);
		endReplace(host);
		host.announce(kommuneMessages.replaced(fromName, toName));
		return;
	}
	const result = addKommune(kommune);
	if (!result.ok) return refused(result.error.code);
	const input = host.piece<HTMLInputElement>('kommune-query');
	if (input) {
		input.value = '';
		input.focus();
	}
	host.piece('kommune-results')?.replaceChildren();
	host.announce(kommuneMessages.added(kommune.navn));
}

async function removeRow(host: ChecklistHost, nummer: string): Promise<void> {
	const name = host.kommuneName(nummer) ?? nummer;
	const entries = kommuneEntries(progressStore.$value.get(), nummer).length;
	if (!(await confirmInDialog(host, 'Fjerne kommunen?', kommuneMessages.confirmRemove(name, entries), `Fjern ${name}`))) {
		host.announce(fileMessages.cancelled);
		return;
	}
	// Refused while either store is unreadable: nothing is removed unless both can be changed.
	if (progressStore.$loaded.get().status !== 'ok' || kommunerStore.$loaded.get().status !== 'ok') return host.announce(REFUSED_MESSAGE);
	forgetKommuneProgress(nummer);
	removeKommune(nummer);
	host.announce(kommuneMessages.removed(name));
	host.piece<HTMLInputElement>('kommune-query')?.focus();
}

function startReplace(host: ChecklistHost, nummer: string): void {
	host.replacing = nummer;
	const label = host.piece('search-label');
	if (label) label.textContent = `Bytt ${host.kommuneName(nummer)} med`;
	host.querySelector('[data-action="cancel-replace"]')?.removeAttribute('hidden');
	const input = host.piece<HTMLInputElement>('kommune-query');
	input?.focus();
	if (input?.value) search(host, input.value);
}

function endReplace(host: ChecklistHost): void {
	host.replacing = undefined;
	const label = host.piece('search-label');
	if (label) label.textContent = 'Legg til kommune';
	host.querySelector('[data-action="cancel-replace"]')?.setAttribute('hidden', '');
	const input = host.piece<HTMLInputElement>('kommune-query');
	if (input) {
		input.value = '';
		input.focus();
	}
	host.piece('kommune-results')?.replaceChildren();
}

// --- import, reset, start over ---------------------------------------------------------------------------------------

export async function importFile(host: ChecklistHost, input: HTMLInputElement): Promise<void> {
	const chosen = input.files?.[0];
	if (!chosen) return;
	const parsed = parseProgressFile(await chosen.text());
	input.value = '';
	if (!parsed.ok) return host.announce(parsed.error.message);
	if (progressStore.$loaded.get().status !== 'ok' || kommunerStore.$loaded.get().status !== 'ok') return host.announce(REFUSED_MESSAGE);
	const plan = planImport(progressStore.$value.get(), $kommuner.get(), parsed.file);
	if (plan.changes.length === 0 && plan.kommunerAdded.length === 0) return host.announce(fileMessages.nothingToImport);
	const names = new Map(plan.kommuner.map((k) => [k.nummer, k.navn]));
	const preview = [
		...plan.changes.map((change) => {
			const text = host.steps.get(change.stepId)?.text ?? change.stepId;
			const where = change.kommunenummer ? ` (${names.get(change.kommunenummer) ?? change.kommunenummer})` : '';
			return `«${text}»${where}: ${STATUS_LABELS[change.from ?? 'ikke-startet']} → ${STATUS_LABELS[change.to]}`;
		}),
		...plan.kommunerAdded.map((k) => `Ny kommune: ${k.navn} (${k.nummer})`),
	];
	const confirmed = await confirmInDialog(host, 'Hente inn fremdrift?', fileMessages.importPreview, 'Hent inn', preview);
	if (!confirmed) return host.announce(fileMessages.cancelled);
	if (!importProgress(parsed.file.progress) || !restoreKommuner(parsed.file.kommuner).ok) return host.announce(REFUSED_MESSAGE);
	host.announce(fileMessages.imported(plan.changes.length, plan.kommunerAdded.length));
}

async function reset(host: ChecklistHost): Promise<void> {
	const name = host.dataset['serviceName'] ?? '';
	if (!(await confirmInDialog(host, `Nullstille sjekklisten for ${name}?`, fileMessages.confirmReset(name), 'Nullstill'))) {
		return host.announce(fileMessages.cancelled);
	}
	host.announce(resetServiceProgress(host.dataset['service'] ?? '') ? fileMessages.reset(name) : REFUSED_MESSAGE);
}

async function startOver(host: ChecklistHost): Promise<void> {
	if (!(await confirmInDialog(host, 'Starte på nytt?', fileMessages.confirmStartOver, 'Start på nytt'))) {
		return host.announce(fileMessages.cancelled);
	}
	progressStore.discardUnreadable();
	kommunerStore.discardUnreadable();
	host.announce(fileMessages.startedOver);
}
