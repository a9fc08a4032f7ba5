import { describe, expect, it } from 'vitest';
import {
	defaultPreferences,
	filterOptions,
	isWhoFilter,
	matchesFilter,
	partiesOf,
	readPreferences,
	WHO_FILTERS,
} from '~/lib/checklist/filter';
import { filterSummary, FILTER_LABELS } from '~/lib/checklist/messages';

describe('"Bare mine steg"', () => {
	it('knows each party a step names, NHN’s services counted as NHN, in a fixed order', () => {
		expect(partiesOf(['leverandør'])).toEqual(['leverandor']);
		expect(partiesOf(['NHN', 'bestiller', 'leverandør'])).toEqual(['leverandor', 'bestiller', 'nhn']);
		expect(partiesOf(['VKP'])).toEqual(['nhn']);
		expect(partiesOf(['HelseID', 'NHN'])).toEqual(['nhn']);
		expect(partiesOf(['ukjent'])).toEqual([]);
		expect(partiesOf([])).toEqual([]);
	});

	it('shows a step under every filter that names one of its parties, and under "alle"', () => {
		expect(matchesFilter(['leverandor', 'nhn'], 'nhn')).toBe(true);
		expect(matchesFilter(['leverandor', 'nhn'], 'leverandor')).toBe(true);
		expect(matchesFilter(['leverandor', 'nhn'], 'bestiller')).toBe(false);
		expect(matchesFilter([], 'alle')).toBe(true);
		expect(matchesFilter([''], 'nhn')).toBe(false);
	});

	it('offers all steps and each party that acts in the list', () => {
		expect(filterOptions([{ who: ['leverandør'] }, { who: ['VKP'] }])).toEqual(['alle', 'leverandor', 'nhn']);
		expect(filterOptions([{ who: ['bestiller', 'NHN'] }, { who: ['leverandør'] }])).toEqual([
			'alle',
			'leverandor',
			'bestiller',
			'nhn',
		]);
		expect(filterOptions([])).toEqual(['alle']);
	});

	it('names each choice and says how many steps are shown, and whose', () => {
		expect(Object.keys(FILTER_LABELS)).toEqual([...WHO_FILTERS]);
		const labels = Object.values(FILTER_LABELS);
		for (const label of labels) expect(label).toMatch(/^\p{Lu}/u);
		// Each choice says whose steps it shows, not a bare genitive («Leverandørens / NHNs», issue 22).
		for (const label of labels) expect(label).toMatch(/^\p{Lu}\S* steg$/u);
		expect(new Set(labels).size).toBe(labels.length);
		expect(filterSummary(5, 12, 'alle')).toBe('');
		expect(filterSummary(5, 12, 'leverandor')).toBe('Viser 5 av 12 steg: bare stegene der leverandøren gjør noe.');
		expect(filterSummary(1, 12, 'bestiller')).toBe('Viser 1 av 12 steg: bare stegene der bestilleren gjør noe.');
		expect(filterSummary(3, 12, 'nhn')).toBe('Viser 3 av 12 steg: bare stegene der NHN gjør noe.');
	});
});

describe('preferences', () => {
	it('reads a stored filter, all steps when none is stored, and refuses an unknown one', () => {
		expect(defaultPreferences()).toEqual({ who: 'alle' });
		expect(readPreferences({ who: 'nhn' })).toEqual({ who: 'nhn' });
		expect(readPreferences({})).toEqual({ who: 'alle' });
		expect(readPreferences({ who: 'NHN' })).toBeUndefined();
		expect(readPreferences({ who: 1 })).toBeUndefined();
		expect(readPreferences([])).toBeUndefined();
		expect(readPreferences(null)).toBeUndefined();
		for (const filter of WHO_FILTERS) expect(isWhoFilter(filter)).toBe(true);
		expect(isWhoFilter(undefined)).toBe(false);
	});
});
