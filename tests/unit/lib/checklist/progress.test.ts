import { describe, expect, it } from 'vitest';
import {
	countProgress,
	emptyProgress,
	formatDate,
	isDone,
	isStepStatus,
	missingPrerequisites,
	parseProgressKey,
	progressKey,
	readProgress,
	readProgressData,
	setStatus,
	statusOf,
	type ChecklistStep,
} from '~/lib/checklist/progress';
import { progressText } from '~/lib/checklist/messages';

function makeStep(id: string, extra: Partial<ChecklistStep> = {}): ChecklistStep {
	return { id, text: id, phase: 'p', who: ['leverandør'], optional: false, requires: [], perKommune: false, ...extra };
}

const T1 = '2026-01-01T10:00:00.000Z';
const T2 = '2026-02-01T10:00:00.000Z';

describe('statuses', () => {
	it('defaults to ikke startet and records a completion date only while fullført', () => {
		let p = emptyProgress();
		expect(statusOf(p, 'vkp.a.b')).toBe('ikke-startet');
		p = setStatus(p, 'vkp.a.b', 'fullfort', T1);
		expect(p.steps['vkp.a.b']).toEqual({ status: 'fullfort', changedAt: T1, completedAt: T1 });
		expect(setStatus(p, 'vkp.a.b', 'fullfort', T2)).toBe(p);
		p = setStatus(p, 'vkp.a.b', 'venter-nhn', T2);
		expect(p.steps['vkp.a.b']).toEqual({ status: 'venter-nhn', changedAt: T2 });
	});

	it('keys per-kommune steps by ID and kommunenummer', () => {
		expect(progressKey('vkp.kommune.bestilling', '1804')).toBe('vkp.kommune.bestilling@1804');
		expect(parseProgressKey('vkp.kommune.bestilling@1804')).toEqual({
			stepId: 'vkp.kommune.bestilling',
			kommunenummer: '1804',
		});
		expect(parseProgressKey('vkp.a.b')).toEqual({ stepId: 'vkp.a.b' });
	});
});

describe('status values', () => {
	it('knows the five stored statuses and nothing else', () => {
		for (const status of ['ikke-startet', 'pagar', 'venter-nhn', 'fullfort', 'ikke-aktuelt'])
			expect(isStepStatus(status)).toBe(true);
		for (const value of ['ferdig', 'Fullført', '', undefined, 3, null]) expect(isStepStatus(value)).toBe(false);
	});

	it('counts fullført and ikke aktuelt as done, every other status as not', () => {
		expect(isDone('fullfort')).toBe(true);
		expect(isDone('ikke-aktuelt')).toBe(true);
		expect(isDone('ikke-startet')).toBe(false);
		expect(isDone('pagar')).toBe(false);
		expect(isDone('venter-nhn')).toBe(false);
	});
});

describe('prerequisites', () => {
	const first = makeStep('vkp.a.first');
	const optional = makeStep('vkp.a.optional', { optional: true });
	const perKommune = makeStep('vkp.k.key', { perKommune: true });
	const last = makeStep('vkp.a.last', { requires: [first.id, optional.id] });
	const kommuneLast = makeStep('vkp.k.order', { perKommune: true, requires: [perKommune.id, first.id] });
	const all = new Map([first, optional, perKommune, last, kommuneLast].map((s) => [s.id, s]));

	it('blocks a step until its prerequisites are fullført or ikke aktuelt, optional ones too', () => {
		let p = emptyProgress();
		expect(missingPrerequisites(last, all, p).map((s) => s.id)).toEqual([first.id, optional.id]);
		p = setStatus(p, first.id, 'pagar', T1);
		p = setStatus(p, optional.id, 'ikke-aktuelt', T1);
		expect(missingPrerequisites(last, all, p).map((s) => s.id)).toEqual([first.id]);
		p = setStatus(p, first.id, 'ikke-aktuelt', T1);
		expect(missingPrerequisites(last, all, p)).toEqual([]);
	});

	it('ignores a prerequisite that is no longer in the content', () => {
		const orphan = makeStep('vkp.a.orphan', { requires: ['vkp.a.removed', first.id] });
		expect(missingPrerequisites(orphan, all, emptyProgress())).toEqual([first]);
	});

	it('lets an optional prerequisite nobody started block too (issue 20: a skipped approval blocks the order)', () => {
		const p = setStatus(emptyProgress(), first.id, 'fullfort', T1);
		expect(missingPrerequisites(last, all, p).map((s) => s.id)).toEqual([optional.id]);
	});

	it('checks per-kommune prerequisites in the same kommune row', () => {
		let p = setStatus(emptyProgress(), first.id, 'fullfort', T1);
		p = setStatus(p, progressKey(perKommune.id, '0301'), 'fullfort', T1);
		expect(missingPrerequisites(kommuneLast, all, p, '0301')).toEqual([]);
		expect(missingPrerequisites(kommuneLast, all, p, '1804').map((s) => s.id)).toEqual([perKommune.id]);
	});
});

describe('countProgress', () => {
	it('counts required steps, per-kommune steps once per kommune, leaving out optional and ikke aktuelt', () => {
		const steps = [
			makeStep('vkp.a.one'),
			makeStep('vkp.a.two'),
			makeStep('vkp.a.opt', { optional: true }),
			makeStep('vkp.k.x', { perKommune: true }),
		];
		let p = emptyProgress();
		expect(countProgress(steps, p, ['0301', '1804'])).toEqual({
			done: 0,
			total: 4,
			common: 2,
			perKommune: 1,
			kommuner: 2,
			optional: 1,
			notRelevant: 0,
		});
		p = setStatus(p, 'vkp.a.one', 'fullfort', T1);
		p = setStatus(p, 'vkp.a.opt', 'fullfort', T1);
		p = setStatus(p, 'vkp.k.x@1804', 'fullfort', T1);
		p = setStatus(p, 'vkp.a.two', 'ikke-aktuelt', T1);
		const count = countProgress(steps, p, ['0301', '1804']);
		expect(count).toEqual({ done: 2, total: 3, common: 1, perKommune: 1, kommuner: 2, optional: 1, notRelevant: 1 });
		expect(progressText(count)).toBe('2 av 3 steg fullført');
	});

	it('counts a step per kommune marked ikke aktuelt for one kommune as left out there only', () => {
		const steps = [makeStep('vkp.k.x', { perKommune: true }), makeStep('vkp.k.y', { perKommune: true })];
		const p = setStatus(emptyProgress(), 'vkp.k.x@0301', 'ikke-aktuelt', T1);
		expect(countProgress(steps, p, ['0301', '1804'])).toEqual({
			done: 0,
			total: 3,
			common: 0,
			perKommune: 2,
			kommuner: 2,
			optional: 0,
			notRelevant: 1,
		});
		expect(countProgress(steps, p, [])).toEqual({
			done: 0,
			total: 0,
			common: 0,
			perKommune: 2,
			kommuner: 0,
			optional: 0,
			notRelevant: 0,
		});
	});
});

describe('reading stored progress', () => {
	it('accepts valid data and rejects any bad entry as a whole', () => {
		const good = { steps: { 'vkp.a.b': { status: 'fullfort', changedAt: T1, completedAt: T1 } } };
		expect(readProgressData(good)).toEqual(good);
		expect(
			readProgressData({ steps: { ...good.steps, 'vkp.a.c': { status: 'done', changedAt: T1 } } }),
		).toBeUndefined();
		expect(readProgressData({ steps: { 'vkp.a.c': { status: 'pagar', changedAt: 'i går' } } })).toBeUndefined();
		expect(readProgressData([])).toBeUndefined();
		expect(readProgressData(null)).toBeUndefined();
	});

	it('refuses an entry that is no record, or whose dates are not ISO 8601 text', () => {
		const read = (record: unknown) => readProgressData({ steps: { 'vkp.a.b': record } });
		expect(read(null)).toBeUndefined();
		expect(read({ status: 'pagar' })).toBeUndefined();
		expect(read({ status: 'fullfort', changedAt: T1, completedAt: 'i går' })).toBeUndefined();
		// An array holding a date reads as that date when made text: it is still not a date.
		expect(read({ status: 'fullfort', changedAt: T1, completedAt: [T1] })).toBeUndefined();
	});

	it('reads a record without a completion date as having none', () => {
		expect(readProgressData({ steps: { 'vkp.a.b': { status: 'pagar', changedAt: T1 } } })).toStrictEqual({
			steps: { 'vkp.a.b': { status: 'pagar', changedAt: T1 } },
		});
	});

	it('refuses an empty progress key and one longer than 200 characters', () => {
		const record = { status: 'pagar', changedAt: T1 };
		expect(readProgressData({ steps: { '': record } })).toBeUndefined();
		const longest = `vkp.a.${'b'.repeat(194)}`;
		expect(longest).toHaveLength(200);
		expect(readProgressData({ steps: { [longest]: record } })).toEqual({ steps: { [longest]: record } });
		expect(readProgressData({ steps: { [`${longest}c`]: record } })).toBeUndefined();
	});

	it('migrates older versions step by step and refuses unknown ones', () => {
		// A made-up history for the test: v1 stored ticked IDs as a list, v2 a map of booleans, v3 is current.
		const migrations = {
			1: (data: unknown) => Object.fromEntries((data as string[]).map((id) => [id, true])),
			2: (data: unknown) => ({
				steps: Object.fromEntries(
					Object.keys(data as object).map((id) => [id, { status: 'fullfort', changedAt: T1, completedAt: T1 }]),
				),
			}),
		};
		const expected = { steps: { 'vkp.a.b': { status: 'fullfort', changedAt: T1, completedAt: T1 } } };
		expect(readProgress(['vkp.a.b'], 1, migrations, 3)).toEqual(expected);
		expect(readProgress({ 'vkp.a.b': true }, 2, migrations, 3)).toEqual(expected);
		expect(readProgress(expected, 3, migrations, 3)).toEqual(expected);
		expect(readProgress(expected, 4, migrations, 3)).toBeUndefined();
		expect(readProgress(expected, 0, migrations, 3)).toBeUndefined();
		expect(readProgress('not a list', 1, migrations, 3)).toBeUndefined();
		expect(readProgress(expected, 1)).toEqual(expected);
	});

	it('formats completion dates the Norwegian way', () => {
		expect(formatDate('2026-11-23T10:00:00.000Z')).toBe('23.11.2026');
		expect(formatDate('2026-03-01T12:00:00.000Z')).toBe('01.03.2026');
		expect(formatDate('nonsense')).toBe('');
	});
});
