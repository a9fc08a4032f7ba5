import { describe, expect, it } from 'vitest';
import type { Progress } from '~/lib/checklist/progress';
import {
	kommuneEntries,
	mergeProgress,
	moveKommuneProgress,
	removeKommuneProgress,
	resetService,
} from '~/lib/checklist/progress-changes';

const T1 = '2026-01-01T10:00:00.000Z';
const T2 = '2026-02-01T10:00:00.000Z';

describe('service reset and kommune rows', () => {
	const p: Progress = {
		steps: {
			'vkp.a.b': { status: 'fullfort', changedAt: T1, completedAt: T1 },
			'vkp.k.x@0301': { status: 'pagar', changedAt: T1 },
			'vkp.k.y@1804': { status: 'fullfort', changedAt: T1, completedAt: T1 },
			'verktoykatalogen.a.b': { status: 'fullfort', changedAt: T1, completedAt: T1 },
			'gone.step.kept': { status: 'fullfort', changedAt: T1, completedAt: T1 },
		},
	};

	it('resets one service only', () => {
		expect(Object.keys(resetService(p, 'vkp').steps)).toEqual(['verktoykatalogen.a.b', 'gone.step.kept']);
	});

	it('removes one kommune row only', () => {
		expect(Object.keys(removeKommuneProgress(p, '0301').steps)).not.toContain('vkp.k.x@0301');
		expect(Object.keys(removeKommuneProgress(p, '0301').steps)).toHaveLength(4);
	});

	it('moves a row to another kommune without overwriting what the target has', () => {
		const moved = moveKommuneProgress(p, '0301', '5001');
		expect(moved.steps['vkp.k.x@5001']).toEqual(p.steps['vkp.k.x@0301']);
		expect(moved.steps['vkp.k.x@0301']).toBeUndefined();
		const clash = moveKommuneProgress(
			{ steps: { 'vkp.k.y@0301': { status: 'pagar', changedAt: T2 }, ...p.steps } },
			'0301',
			'1804',
		);
		expect(clash.steps['vkp.k.y@1804']).toEqual(p.steps['vkp.k.y@1804']);
		expect(clash.steps['vkp.k.y@0301']).toEqual({ status: 'pagar', changedAt: T2 });
	});

	it('changes nothing when a row is moved onto itself', () => {
		expect(moveKommuneProgress(p, '0301', '0301')).toBe(p);
	});

	it('lists the entries of one kommune row only', () => {
		expect(kommuneEntries(p, '0301')).toEqual(['vkp.k.x@0301']);
		expect(kommuneEntries(p, '5501')).toEqual([]);
	});
});

describe('mergeProgress', () => {
	const local: Progress = {
		steps: {
			'vkp.a.b': { status: 'pagar', changedAt: T1 },
			'vkp.a.c': { status: 'fullfort', changedAt: T2, completedAt: T2 },
		},
	};

	it('keeps the newer record of each step, and a tie keeps the local one', () => {
		const incoming: Progress = {
			steps: {
				'vkp.a.b': { status: 'fullfort', changedAt: T2, completedAt: T2 },
				'vkp.a.c': { status: 'ikke-startet', changedAt: T2 },
				'vkp.a.d': { status: 'venter-nhn', changedAt: T1 },
			},
		};
		expect(mergeProgress(local, incoming).steps).toEqual({
			'vkp.a.b': incoming.steps['vkp.a.b'],
			'vkp.a.c': local.steps['vkp.a.c'],
			'vkp.a.d': incoming.steps['vkp.a.d'],
		});
	});
});
