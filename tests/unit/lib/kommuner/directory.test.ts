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

	it('finds by kommunenummer prefix and returns nothing for an empty query', () => {
		expect(searchKommuner('030').map((k) => k.nummer)).toContain('0301');
		expect(searchKommuner('   ')).toEqual([]);
	});
});
