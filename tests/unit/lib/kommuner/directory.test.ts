import { describe, expect, it } from 'vitest';
import { findKommune, foldForSearch, kommuner, searchKommuner } from '~/lib/kommuner/directory';

describe('kommuner', () => {
	it('has all 357 kommuner of 2025 with unique four-digit numbers', () => {
		expect(kommuner).toHaveLength(357);
		expect(new Set(kommuner.map((k) => k.nummer)).size).toBe(357);
		for (const k of kommuner) expect(k.nummer).toMatch(/^\d{4}$/);
	});

	it('finds a kommune by number', () => {
		expect(findKommune('0301')?.navn).toBe('Oslo');
		expect(findKommune(' 1804 ')?.navn).toBe('Bodø');
		expect(findKommune('9999')).toBeUndefined();
	});

	it('folds æ, ø and å so plain ASCII finds them', () => {
		expect(foldForSearch('Bærum')).toBe('baerum');
		expect(searchKommuner('tromso')[0]?.navn).toBe('Tromsø');
		expect(searchKommuner('Bodø')[0]?.nummer).toBe('1804');
	});

	it('ranks exact and prefix matches before matches inside a name', () => {
		const names = searchKommuner('os', 50).map((k) => k.navn);
		expect(names[0]).toBe('Os');
		expect(names.indexOf('Oslo')).toBeLessThan(names.findIndex((n) => !foldForSearch(n).startsWith('os')));
	});

	it('puts the kommune whose whole name is the query first, before names that sort earlier', () => {
		// Å comes last in the Norwegian alphabet: Asker sorts before Ås, but "as" is Ås's whole name.
		const names = searchKommuner('as').map((k) => k.navn);
		expect(names[0]).toBe('Ås');
		expect(names).toContain('Asker');
	});

	it('finds only kommuner that match, no more than asked for', () => {
		expect(searchKommuner('xqz')).toEqual([]);
		expect(searchKommuner('a', 3)).toHaveLength(3);
		expect(searchKommuner('0301')).toEqual([findKommune('0301')]);
	});

	it('finds by kommunenummer prefix and returns nothing for an empty query', () => {
		expect(searchKommuner('030').map((k) => k.nummer)).toContain('0301');
		expect(searchKommuner('   ')).toEqual([]);
	});
});
