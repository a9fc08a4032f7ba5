/**
 * The checklist's kommune search (VKP overview): the result buttons, what is announced, where the arrow keys move,
 * and what is said when a kommune cannot be added. Loaded with the checklist's actions, on first use.
 */
import type { Kommune } from '../kommuner/directory';
import { REFUSED_MESSAGE, kommuneLabel, kommuneMessages, searchText } from './messages';

export interface KommuneResult {
	readonly kommunenummer: string;
	readonly label: string;
	/** A kommune already on the list is shown, but cannot be chosen again. */
	readonly disabled: boolean;
}

/** The result buttons: "Legg til …" (or "Velg …" while replacing a row), or "… er lagt til" for one already chosen. */
export function kommuneResults(
	found: readonly Kommune[],
	chosen: ReadonlySet<string>,
	replacing: boolean,
): KommuneResult[] {
	return found.map((kommune) => {
		const label = kommuneLabel(kommune);
		if (chosen.has(kommune.nummer))
			return { kommunenummer: kommune.nummer, label: searchText.alreadyAdded(label), disabled: true };
		const text = replacing ? searchText.choose(label, kommune.fylke) : searchText.add(label, kommune.fylke);
		return { kommunenummer: kommune.nummer, label: text, disabled: false };
	});
}

/** What a screen reader hears after typing: how many were found, why none were; nothing for an empty field. */
export function searchAnnouncement(query: string, found: number): string {
	const trimmed = query.trim();
	if (!trimmed) return '';
	return found > 0 ? kommuneMessages.results(found) : kommuneMessages.noResults(trimmed);
}

/**
 * Where a key moves focus between the search field and the result buttons (a list of buttons, not a listbox, so
 * each result is a plain button for every assistive technology): ArrowDown from the field to the first result and
 * on down, ArrowUp back up and into the field, Escape from a result to the field. `from` is the result's index or
 * 'field'; undefined means the key is not ours and keeps its normal meaning.
 */
export function searchFocus(key: string, from: number | 'field', count: number): number | 'field' | undefined {
	if (from === 'field') return key === 'ArrowDown' && count > 0 ? 0 : undefined;
	if (key === 'ArrowDown') return from + 1 < count ? from + 1 : undefined;
	if (key === 'ArrowUp') return from > 0 ? from - 1 : 'field';
	if (key === 'Escape') return 'field';
	return undefined;
}

/** Why a kommune was not added or swapped in: stored data is unreadable, or it is on the list already. */
export function kommuneRefusal(code: string, navn: string): string {
	return code === 'storage-unreadable' ? REFUSED_MESSAGE : kommuneMessages.alreadyAdded(navn);
}
