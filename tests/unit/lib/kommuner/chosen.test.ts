import { describe, expect, it } from 'vitest';
import { mergeKommuner, readChosenKommuner, THUMBPRINT, withThumbprint } from '~/lib/kommuner/chosen';

const THUMB = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';
const OTHER = 'Zh6pNlPRbILvVz9rdeZ7TWhYX_dWgbFMj4hfYpBVKW4';

describe('readChosenKommuner', () => {
	it('reads kommuner with and without a thumbprint, all or nothing', () => {
		expect(
			readChosenKommuner({
				kommuner: [
					{ nummer: '0301', navn: 'Oslo', thumbprint: THUMB },
					{ nummer: '1804', navn: 'Bodø' },
				],
			}),
		).toStrictEqual({
			kommuner: [
				{ nummer: '0301', navn: 'Oslo', thumbprint: THUMB },
				{ nummer: '1804', navn: 'Bodø' },
			],
		});
		expect(readChosenKommuner({ kommuner: [{ nummer: '0301', navn: 'Oslo', thumbprint: 'kort' }] })).toBeUndefined();
		expect(readChosenKommuner({ kommuner: [{ nummer: '0301', navn: 'Oslo', thumbprint: 7 }] })).toBeUndefined();
		expect(readChosenKommuner({ kommuner: [{ nummer: '0301', navn: 'Oslo', thumbprint: [THUMB] }] })).toBeUndefined();
		expect(readChosenKommuner({ kommuner: [null] })).toBeUndefined();
		expect(readChosenKommuner({ kommuner: [{ nummer: 301, navn: 'Oslo' }] })).toBeUndefined();
		expect(readChosenKommuner({ kommuner: [{ nummer: '0301' }] })).toBeUndefined();
		expect(readChosenKommuner({ kommuner: ['0301'] })).toBeUndefined();
		expect(readChosenKommuner({ kommuner: {} })).toBeUndefined();
		expect(readChosenKommuner([])).toBeUndefined();
		expect(readChosenKommuner({ kommuner: [] })).toEqual({ kommuner: [] });
		expect(THUMBPRINT.test(THUMB)).toBe(true);
	});
});

describe('withThumbprint', () => {
	it('sets or removes one kommune’s thumbprint and leaves the others as they are', () => {
		const kommuner = [
			{ nummer: '0301', navn: 'Oslo', thumbprint: OTHER },
			{ nummer: '1804', navn: 'Bodø' },
		];
		expect(withThumbprint(kommuner, '1804', THUMB)).toEqual([
			{ nummer: '0301', navn: 'Oslo', thumbprint: OTHER },
			{ nummer: '1804', navn: 'Bodø', thumbprint: THUMB },
		]);
		const cleared = withThumbprint(kommuner, '0301', undefined);
		expect(cleared).toEqual([
			{ nummer: '0301', navn: 'Oslo' },
			{ nummer: '1804', navn: 'Bodø' },
		]);
		expect(cleared[0]).not.toHaveProperty('thumbprint');
		expect(cleared[1]).toBe(kommuner[1]);
		expect(withThumbprint(kommuner, '5001', THUMB)).toEqual(kommuner);
	});
});

describe('mergeKommuner', () => {
	it('adds new kommuner with their thumbprints and fills missing thumbprints, never overwriting', () => {
		const merged = mergeKommuner(
			[
				{ nummer: '0301', navn: 'Oslo' },
				{ nummer: '1804', navn: 'Bodø', thumbprint: THUMB },
			],
			[
				{ nummer: '1804', navn: 'Bodø', thumbprint: OTHER },
				{ nummer: '0301', navn: 'Oslo', thumbprint: OTHER },
				{ nummer: '4601', navn: 'Bergen', thumbprint: THUMB },
				{ nummer: '4601', navn: 'Bergen' },
				{ nummer: '5001', navn: 'Trondheim' },
			],
		);
		expect(merged.thumbprints).toEqual([{ nummer: '0301', navn: 'Oslo', thumbprint: OTHER }]);
		expect(merged.added).toEqual([
			{ nummer: '4601', navn: 'Bergen', thumbprint: THUMB },
			{ nummer: '5001', navn: 'Trondheim' },
		]);
		expect(merged.kommuner).toEqual([
			{ nummer: '0301', navn: 'Oslo', thumbprint: OTHER },
			{ nummer: '1804', navn: 'Bodø', thumbprint: THUMB },
			{ nummer: '4601', navn: 'Bergen', thumbprint: THUMB },
			{ nummer: '5001', navn: 'Trondheim' },
		]);
	});

	it('changes nothing when the file brings nothing new', () => {
		const local = [{ nummer: '0301', navn: 'Oslo' }];
		expect(mergeKommuner(local, [{ nummer: '0301', navn: 'Oslo' }])).toEqual({
			added: [],
			thumbprints: [],
			kommuner: local,
		});
		expect(mergeKommuner(local, []).kommuner[0]).toBe(local[0]);
		expect(mergeKommuner([], [])).toEqual({ added: [], thumbprints: [], kommuner: [] });
	});
});
