import { describe, expect, it } from 'vitest';
import { isThumbprint, THUMBPRINT } from '~/lib/shared/thumbprint';
import { readVersioned } from '~/lib/shared/versioned';

const readNumber = (data: unknown) => (typeof data === 'number' ? data : undefined);

describe('readVersioned', () => {
	const migrations = { 1: (d: unknown) => (d as number) * 10, 2: (d: unknown) => (d as number) + 1 };

	it('migrates older data one version at a time, then reads it', () => {
		expect(readVersioned(2, 1, 3, migrations, readNumber)).toBe(21);
		expect(readVersioned(2, 2, 3, migrations, readNumber)).toBe(3);
		expect(readVersioned(2, 3, 3, migrations, readNumber)).toBe(2);
	});

	it('refuses versions it does not know and a missing migration', () => {
		expect(readVersioned(2, 4, 3, migrations, readNumber)).toBeUndefined();
		expect(readVersioned(2, 0, 3, migrations, readNumber)).toBeUndefined();
		expect(readVersioned(2, 1.5, 3, migrations, readNumber)).toBeUndefined();
		expect(readVersioned(2, 1, 3, { 2: migrations[2] }, readNumber)).toBeUndefined();
	});

	it('refuses a version that is no number, even where no migration would be asked for', () => {
		// NaN passes every comparison: only the whole-number check stops it from being read as current data.
		expect(readVersioned(2, Number.NaN, 3, migrations, readNumber)).toBeUndefined();
	});

	it('refuses version 0 and below even when a migration from there is given', () => {
		const fromZero = { 0: (d: unknown) => (d as number) * 100, ...migrations };
		expect(readVersioned(2, 0, 3, fromZero, readNumber)).toBeUndefined();
		expect(readVersioned(2, 1, 3, fromZero, readNumber)).toBe(21);
	});

	it('never throws: a failing migration or reader makes the data unreadable', () => {
		const throwing = () => {
			throw new Error('nei');
		};
		expect(readVersioned(2, 1, 2, { 1: throwing }, readNumber)).toBeUndefined();
		expect(readVersioned(2, 2, 2, {}, throwing)).toBeUndefined();
		expect(readVersioned('tekst', 2, 2, {}, readNumber)).toBeUndefined();
	});
});

describe('thumbprint', () => {
	it('is 43 base64url characters, nothing else', () => {
		const good = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';
		expect(isThumbprint(good)).toBe(true);
		expect(THUMBPRINT.test(good)).toBe(true);
		for (const bad of [
			good.slice(1),
			`${good}A`,
			`${good.slice(1)}+`,
			`${good.slice(1)}/`,
			` ${good.slice(1)}`,
			43,
			undefined,
		])
			expect(isThumbprint(bad)).toBe(false);
	});
});
