/**
 * The checklist's less frequent actions, loaded on first use by <veiviser-checklist> (checklist-element.ts):
 * adding, replacing and removing kommuner (with the list of all kommuner) and moving through the search results,
 * a kommune's key thumbprint (mark the key step done, paste or replace it, remove it), export, import with
 * preview, reset and starting over after unreadable storage, each asked first in the shared confirmation dialog.
 * Decisions are made in src/lib; this file only wires them to the page.
 */
import {
	$kommuner,
	addKommune,
	clearKommuneThumbprint,
	kommunerStore,
	removeKommune,
	replaceKommune,
	restoreKommuner,
	setKommuneThumbprint,
} from '../../stores/kommuner';
import { importProfile, profileStore } from '../../stores/profile';
import { progressStore, setStepStatus } from '../../stores/progress';
import {
	forgetKommuneProgress,
	markApprovalNotNeeded,
	importProgress,
	moveKommuneRow,
	resetServiceProgress,
} from '../../stores/progress-changes';
import { kommuneEntries } from '../../lib/checklist/progress-changes';
import { approvalStepIds } from '../../lib/checklist/already-approved';
import {
	ALREADY_APPROVED_DONE,
	REFUSED_MESSAGE,
	fileMessages,
	kommuneKeyText,
	kommuneLabel,
	kommuneMessages,
	questions,
	searchText,
	type ConfirmQuestion,
} from '../../lib/checklist/messages';
import { KEY_STEP_ID } from '../../lib/checklist/kommune-view';
import { progressKey } from '../../lib/checklist/progress';
import { isThumbprint } from '../../lib/shared/thumbprint';
import { kommuneRefusal, kommuneResults, searchAnnouncement, searchFocus } from '../../lib/checklist/kommune-search';
import {
	exportProgress,
	importChangesSomething,
	importPreview,
	parseProgressFile,
	planImport,
} from '../../lib/checklist/progress-file';
import type { ClientStep } from '../../lib/checklist/view';
import { findKommune, searchKommuner } from '../../lib/kommuner/directory';
import type { UrgencyFilter } from '../../lib/kommuner/deadlines';
import { downloadText } from '../shared/browser-output';
import { askToConfirm } from '../shared/confirm';

/** What the custom element offers the actions. */
export interface ChecklistHost extends HTMLElement {
	readonly steps: ReadonlyMap<string, ClientStep>;
	/** The kommunenummer of the row being replaced, while the search picks its replacement. */
	replacing: string | undefined;
	/** The kommune the user has just added: its card opens when it is first shown. */
	justAdded: string | undefined;
	/** The overview's filter by what needs action. */
	urgency: UrgencyFilter;
	piece<T extends HTMLElement = HTMLElement>(role: string, root?: ParentNode): T | null;
	announce(text: string): void;
	kommuneName(nummer: string): string;
}

const today = () => new Date().toISOString().slice(0, 10);

function ask(host: ChecklistHost, question: ConfirmQuestion, preview?: readonly string[]): Promise<boolean> {
	return askToConfirm(host.piece<HTMLDialogElement>('confirm-dialog'), {
		...question,
		...(preview ? { preview } : {}),
	});
}

/** Both stores must be readable before a change that touches both (nothing is half done). */
const bothReadable = () => progressStore.$loaded.get().status === 'ok' && kommunerStore.$loaded.get().status === 'ok';

export async function onButton(host: ChecklistHost, button: HTMLButtonElement): Promise<void> {
	const chosen = button.dataset['kommunenummer'];
	if (chosen) return chooseKommune(host, chosen);
	const row = button.closest<HTMLElement>('[data-kommune]')?.dataset['kommune'];
	switch (button.dataset['action']) {
		case 'remove-kommune':
			if (row) await removeRow(host, row);
			return;
		case 'replace-kommune':
			if (row) startReplace(host, row);
			return;
		case 'cancel-replace':
			endReplace(host);
			host.announce(fileMessages.cancelled);
			return;
		case 'already-approved':
			host.announce(
				markApprovalNotNeeded(approvalStepIds([...host.steps.values()])) ? ALREADY_APPROVED_DONE : REFUSED_MESSAGE,
			);
			return;
		case 'mark-key-done':
			if (row) markKeyDone(host, row);
			return;
		case 'edit-thumbprint':
			if (row) openThumbprintForm(host, row, true);
			return;
		case 'cancel-thumbprint':
			if (row) openThumbprintForm(host, row, false);
			return;
		case 'save-thumbprint':
			if (row) saveThumbprint(host, row);
			return;
		case 'remove-thumbprint':
			if (row) await removeThumbprint(host, row);
			return;
		case 'save-register':
			if (row) (await import('./register-actions')).saveRegister(host, row);
			return;
		case 'download-kommune-reminder':
		case 'download-reminders':
			(await import('./register-actions')).downloadReminders(host, row);
			return;
		case 'export': {
			// A profile that cannot be read stays out of the file; the profile page offers it for download.
			const profile = profileStore.$loaded.get();
			downloadText(
				exportProgress(
					progressStore.$value.get(),
					$kommuner.get(),
					new Date().toISOString(),
					profile.status === 'ok' ? profile.value : undefined,
				),
				`veiviser-fremdrift-${today()}.json`,
				'application/json',
			);
			host.announce(fileMessages.exported);
			return;
		}
		case 'print':
			window.print();
			return;
		case 'reset':
			return reset(host);
		case 'download-unreadable-progress':
		case 'download-unreadable-kommuner': {
			const isProgress = button.dataset['action'] === 'download-unreadable-progress';
			const loaded = (isProgress ? progressStore : kommunerStore).$loaded.get();
			const name = `veiviser-lagret-${isProgress ? 'fremdrift' : 'kommuner'}-${today()}.txt`;
			if (loaded.status === 'unreadable') downloadText(loaded.raw, name, 'text/plain');
			return;
		}
		case 'start-over':
			return startOver(host);
	}
}

// --- kommuner ------------------------------------------------------------------------------------------------------

export function search(host: ChecklistHost, query: string): void {
	const results = host.piece('kommune-results');
	if (!results) return;
	const found = query.trim() ? searchKommuner(query, 8) : [];
	const chosen = new Set($kommuner.get().map((k) => k.nummer));
	results.replaceChildren(
		...kommuneResults(found, chosen, host.replacing !== undefined).map((result) => {
			const item = document.createElement('li');
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'veiviser-button';
			button.dataset['kommunenummer'] = result.kommunenummer;
			button.textContent = result.label;
			button.disabled = result.disabled;
			item.append(button);
			return item;
		}),
	);
	const announcement = searchAnnouncement(query, found.length);
	if (announcement) host.announce(announcement);
}

/** Arrow keys between the search field and its result buttons, Escape back to the field. */
export function onKeydown(host: ChecklistHost, event: KeyboardEvent): void {
	const field = host.piece<HTMLInputElement>('kommune-query');
	const results = host.piece('kommune-results');
	if (!field || !results) return;
	const buttons = [...results.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
	const index = buttons.indexOf(event.target as HTMLButtonElement);
	if (event.target !== field && index < 0) return;
	const next = searchFocus(event.key, index < 0 ? 'field' : index, buttons.length);
	if (next === undefined) return;
	event.preventDefault();
	(next === 'field' ? field : buttons[next])?.focus();
}

async function chooseKommune(host: ChecklistHost, kommunenummer: string): Promise<void> {
	const kommune = findKommune(kommunenummer);
	if (!kommune) return;
	const from = host.replacing;
	if (from === undefined) {
		host.justAdded = kommune.nummer;
		const result = addKommune(kommune);
		if (!result.ok) return host.announce(kommuneRefusal(result.error.code, kommune.navn));
		const field = host.piece<HTMLInputElement>('kommune-query');
		if (field) {
			field.value = '';
			field.focus();
		}
		host.piece('kommune-results')?.replaceChildren();
		host.announce(kommuneMessages.added(kommune.navn));
		return;
	}
	const fromName = host.kommuneName(from);
	const toName = kommuneLabel(kommune);
	if (!(await ask(host, questions.replaceKommune(fromName, toName, kommune.navn)))) {
		return host.announce(fileMessages.cancelled);
	}
	if (!moveKommuneRow(from, kommunenummer)) return host.announce(REFUSED_MESSAGE);
	const result = replaceKommune(from, kommune);
	if (!result.ok) return host.announce(kommuneRefusal(result.error.code, kommune.navn));
	endReplace(host);
	host.announce(kommuneMessages.replaced(fromName, toName));
}

async function removeRow(host: ChecklistHost, kommunenummer: string): Promise<void> {
	const name = host.kommuneName(kommunenummer);
	const entries = kommuneEntries(progressStore.$value.get(), kommunenummer).length;
	if (!(await ask(host, questions.removeKommune(name, entries)))) return host.announce(fileMessages.cancelled);
	if (!bothReadable()) return host.announce(REFUSED_MESSAGE);
	forgetKommuneProgress(kommunenummer);
	removeKommune(kommunenummer);
	host.announce(kommuneMessages.removed(name));
	host.piece<HTMLInputElement>('kommune-query')?.focus();
}

function startReplace(host: ChecklistHost, kommunenummer: string): void {
	host.replacing = kommunenummer;
	setSearchMode(host, searchText.replaceLabel(host.kommuneName(kommunenummer)), true);
	const field = host.piece<HTMLInputElement>('kommune-query');
	field?.focus();
	if (field?.value) search(host, field.value);
}

function endReplace(host: ChecklistHost): void {
	host.replacing = undefined;
	setSearchMode(host, searchText.label, false);
	const field = host.piece<HTMLInputElement>('kommune-query');
	if (field) {
		field.value = '';
		field.focus();
	}
	host.piece('kommune-results')?.replaceChildren();
}

function setSearchMode(host: ChecklistHost, label: string, replacing: boolean): void {
	const element = host.piece('search-label');
	if (element) element.textContent = label;
	host.querySelector('[data-action="cancel-replace"]')?.toggleAttribute('hidden', !replacing);
}

// --- a kommune's key thumbprint --------------------------------------------------------------------------------------

const card = (host: ChecklistHost, nummer: string) =>
	host.querySelector<HTMLElement>(`.kommune-card[data-kommune="${nummer}"]`);
const navnOf = (nummer: string) => $kommuner.get().find((k) => k.nummer === nummer)?.navn ?? nummer;

function markKeyDone(host: ChecklistHost, nummer: string): void {
	if (!setStepStatus(progressKey(KEY_STEP_ID, nummer), 'fullfort')) return host.announce(REFUSED_MESSAGE);
	const text = host.steps.get(KEY_STEP_ID)?.text ?? KEY_STEP_ID;
	host.announce(`«${text}» (${host.kommuneName(nummer)}): Fullført.`);
}

function openThumbprintForm(host: ChecklistHost, nummer: string, open: boolean): void {
	const element = card(host, nummer);
	const form = element && host.piece('key-form', element);
	if (!element || !form) return;
	form.hidden = !open;
	const input = host.piece<HTMLInputElement>('key-input', element);
	const error = host.piece('key-error', element);
	if (error) error.textContent = '';
	input?.removeAttribute('aria-invalid');
	if (open && input) {
		input.value = $kommuner.get().find((k) => k.nummer === nummer)?.thumbprint ?? '';
		input.focus();
	} else host.piece('key-edit', element)?.focus();
}

function saveThumbprint(host: ChecklistHost, nummer: string): void {
	const element = card(host, nummer);
	const input = element && host.piece<HTMLInputElement>('key-input', element);
	if (!element || !input) return;
	const value = input.value.trim();
	if (!isThumbprint(value)) {
		const error = host.piece('key-error', element);
		if (error) error.textContent = kommuneKeyText.invalid;
		input.setAttribute('aria-invalid', 'true');
		input.focus();
		return;
	}
	if (!setKommuneThumbprint(nummer, value).ok) return host.announce(REFUSED_MESSAGE);
	openThumbprintForm(host, nummer, false);
	host.announce(kommuneKeyText.saved(navnOf(nummer)));
}

async function removeThumbprint(host: ChecklistHost, nummer: string): Promise<void> {
	if (!(await ask(host, questions.removeThumbprint(host.kommuneName(nummer))))) {
		return host.announce(fileMessages.cancelled);
	}
	if (!clearKommuneThumbprint(nummer).ok) return host.announce(REFUSED_MESSAGE);
	host.announce(kommuneKeyText.removed(navnOf(nummer)));
	const element = card(host, nummer);
	if (element) host.piece('key-edit', element)?.focus();
}

// --- import, reset, start over ---------------------------------------------------------------------------------------

export async function importFile(host: ChecklistHost, input: HTMLInputElement): Promise<void> {
	const chosen = input.files?.[0];
	if (!chosen) return;
	const parsed = parseProgressFile(await chosen.text());
	input.value = '';
	if (!parsed.ok) return host.announce(parsed.error.message);
	if (!bothReadable()) return host.announce(REFUSED_MESSAGE);
	// An unreadable stored profile is left as it is (the profile page offers it for download): only the rest imports.
	const profile = profileStore.$loaded.get();
	const localProfile = profile.status === 'ok' ? profile.value : undefined;
	const plan = planImport(progressStore.$value.get(), $kommuner.get(), parsed.file, localProfile);
	if (!importChangesSomething(plan)) return host.announce(fileMessages.nothingToImport);
	const preview = importPreview(plan, (stepId) => host.steps.get(stepId)?.text);
	if (!(await ask(host, questions.importProgress(), preview))) return host.announce(fileMessages.cancelled);
	if (!importProgress(parsed.file.progress) || !restoreKommuner(parsed.file.kommuner).ok) {
		return host.announce(REFUSED_MESSAGE);
	}
	if (parsed.file.profile && plan.profileFills.length > 0) importProfile(parsed.file.profile);
	host.announce(
		fileMessages.imported(
			plan.changes.length,
			plan.kommunerAdded.length,
			plan.thumbprints.length + plan.kommunerAdded.filter((k) => k.thumbprint !== undefined).length,
			plan.profileFills.length,
		),
	);
}

async function reset(host: ChecklistHost): Promise<void> {
	const name = host.dataset['serviceName'] ?? '';
	if (!(await ask(host, questions.reset(name)))) return host.announce(fileMessages.cancelled);
	host.announce(resetServiceProgress(host.dataset['service'] ?? '') ? fileMessages.reset(name) : REFUSED_MESSAGE);
}

async function startOver(host: ChecklistHost): Promise<void> {
	if (!(await ask(host, questions.startOver()))) return host.announce(fileMessages.cancelled);
	progressStore.discardUnreadable();
	kommunerStore.discardUnreadable();
	host.announce(fileMessages.startedOver);
}
