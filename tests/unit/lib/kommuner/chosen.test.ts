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
			registers: [],
			kommuner: local,
		});
		expect(mergeKommuner(local, []).kommuner[0]).toBe(local[0]);
		expect(mergeKommuner([], [])).toEqual({ added: [], thumbprints: [], registers: [], kommuner: [] });
	});
});

describe('the public key kept with a kommune (issue 20)', () => {
	const KEY = { kty: 'RSA' as const, n: 'sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri', e: 'AQAB' };

	it('reads a public key stored with its thumbprint, and refuses a private one or a key without thumbprint', () => {
		const stored = { nummer: '1804', navn: 'Bodø', thumbprint: THUMB, publicJwk: KEY };
		expect(readChosenKommuner({ kommuner: [stored] })).toStrictEqual({ kommuner: [stored] });
		expect(
			readChosenKommuner({ kommuner: [{ ...stored, publicJwk: { ...KEY, d: 'AQAB' } }] }),
			'a private member makes the list unreadable',
		).toBeUndefined();
		expect(readChosenKommuner({ kommuner: [{ nummer: '1804', navn: 'Bodø', publicJwk: KEY }] })).toBeUndefined();
	});

	it('saves the key with the thumbprint, and drops it when a thumbprint comes without key or is removed', () => {
		const kommuner = [{ nummer: '1804', navn: 'Bodø' }];
		const withKey = withThumbprint(kommuner, '1804', THUMB, KEY);
		expect(withKey).toEqual([{ nummer: '1804', navn: 'Bodø', thumbprint: THUMB, publicJwk: KEY }]);
		expect(withThumbprint(withKey, '1804', OTHER)).toEqual([{ nummer: '1804', navn: 'Bodø', thumbprint: OTHER }]);
		expect(withThumbprint(withKey, '1804', undefined)).toEqual([{ nummer: '1804', navn: 'Bodø' }]);
	});

	it('carries the key in with an imported thumbprint', () => {
		const merged = mergeKommuner(
			[{ nummer: '1804', navn: 'Bodø' }],
			[{ nummer: '1804', navn: 'Bodø', thumbprint: THUMB, publicJwk: KEY }],
		);
		expect(merged.kommuner).toEqual([{ nummer: '1804', navn: 'Bodø', thumbprint: THUMB, publicJwk: KEY }]);
	});
});
