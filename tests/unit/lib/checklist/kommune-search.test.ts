import { describe, expect, it } from 'vitest';
import { kommuneRefusal, kommuneResults, searchAnnouncement, searchFocus } from '~/lib/checklist/kommune-search';
import { REFUSED_MESSAGE } from '~/lib/checklist/messages';
import { findKommune } from '~/lib/kommuner/directory';

const bodo = findKommune('1804')!;
const oslo = findKommune('0301')!;

describe('kommuneResults', () => {
	it('offers to add each kommune found, naming its number and fylke', () => {
		expect(kommuneResults([bodo], new Set(), false)).toEqual([
			{ kommunenummer: '1804', label: `Legg til Bodø (1804), ${bodo.fylke}`, disabled: false },
		]);
	});

	it('offers to choose instead while a row is being replaced', () => {
		expect(kommuneResults([bodo], new Set(), true)[0]?.label).toBe(`Velg Bodø (1804), ${bodo.fylke}`);
	});

	it('shows a kommune already on the list, but not as a choice', () => {
		expect(kommuneResults([oslo, bodo], new Set(['0301']), false)).toEqual([
			{ kommunenummer: '0301', label: 'Oslo (0301) er lagt til', disabled: true },
			{ kommunenummer: '1804', label: `Legg til Bodø (1804), ${bodo.fylke}`, disabled: false },
		]);
	});
});

describe('searchAnnouncement', () => {
	it('says how many were found, or that none match the trimmed query', () => {
		expect(searchAnnouncement('bo', 1)).toBe('1 kommune funnet.');
		expect(searchAnnouncement('bo', 3)).toBe('3 kommuner funnet.');
		expect(searchAnnouncement('  xyz ', 0)).toContain('«xyz»');
	});

	it('says nothing for an empty field', () => {
		expect(searchAnnouncement('   ', 0)).toBe('');
	});
});

describe('searchFocus', () => {
	it('goes down from the field into the results and on, and stops at the last', () => {
		expect(searchFocus('ArrowDown', 'field', 3)).toBe(0);
		expect(searchFocus('ArrowDown', 0, 3)).toBe(1);
		expect(searchFocus('ArrowDown', 2, 3)).toBeUndefined();
		expect(searchFocus('ArrowDown', 'field', 0)).toBeUndefined();
	});

	it('goes up to the field, and Escape returns there from any result', () => {
		expect(searchFocus('ArrowUp', 2, 3)).toBe(1);
		expect(searchFocus('ArrowUp', 0, 3)).toBe('field');
		expect(searchFocus('Escape', 1, 3)).toBe('field');
	});

	it('leaves other keys, and keys in the field other than ArrowDown, alone', () => {
		expect(searchFocus('ArrowUp', 'field', 3)).toBeUndefined();
		expect(searchFocus('Escape', 'field', 3)).toBeUndefined();
		expect(searchFocus('Enter', 1, 3)).toBeUndefined();
	});
});

describe('kommuneRefusal', () => {
	it('tells unreadable storage apart from a kommune that is already on the list', () => {
		expect(kommuneRefusal('storage-unreadable', 'Bodø')).toBe(REFUSED_MESSAGE);
		expect(REFUSED_MESSAGE).toMatch(/^Endringen ble ikke lagret fordi .*ikke kan leses/);
		expect(kommuneRefusal('already-added', 'Bodø')).toBe('Bodø er allerede lagt til.');
	});
});
