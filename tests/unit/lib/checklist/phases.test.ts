import { describe, expect, it } from 'vitest';
import { OPTIONAL_PHASE, PARTY_LABELS } from '~/lib/checklist/messages';
import { phaseParties, phaseSummary } from '~/lib/checklist/phases';
import { emptyProgress, setStatus, type ChecklistStep, type Progress } from '~/lib/checklist/progress';

function step(id: string, phase: string, extra: Partial<ChecklistStep> = {}): ChecklistStep {
	return { id, text: id, phase, who: ['leverandør'], optional: false, requires: [], perKommune: false, ...extra };
}

const T = '2026-11-23T10:00:00.000Z';
const steps = [
	step('vkp.a.one', 'a'),
	step('vkp.a.two', 'a', { who: ['NHN', 'leverandør'] }),
	step('vkp.b.opt', 'b', { optional: true, who: ['VKP'] }),
	step('vkp.b.opt2', 'b', { optional: true }),
	step('vkp.c.k', 'c', { perKommune: true, who: ['HelseID'] }),
];
const set = (progress: Progress, key: string, status: Parameters<typeof setStatus>[2]) =>
	setStatus(progress, key, status, T);

describe('phaseSummary', () => {
	it('says ikke startet, pågår and fullført by the phase’s required steps', () => {
		let p = emptyProgress();
		expect(phaseSummary('a', steps, p, [])).toEqual({ phase: 'a', done: 0, total: 2, state: 'ikke-startet' });
		p = set(p, 'vkp.a.one', 'venter-nhn');
		expect(phaseSummary('a', steps, p, [])).toEqual({ phase: 'a', done: 0, total: 2, state: 'pagar' });
		p = set(p, 'vkp.a.one', 'fullfort');
		expect(phaseSummary('a', steps, p, [])).toEqual({ phase: 'a', done: 1, total: 2, state: 'pagar' });
		p = set(p, 'vkp.a.two', 'ikke-aktuelt');
		expect(phaseSummary('a', steps, p, [])).toEqual({ phase: 'a', done: 1, total: 1, state: 'fullfort' });
	});

	it('finishes a phase when its required steps are done, whatever its optional steps say', () => {
		const mixed = [step('vkp.d.req', 'd'), step('vkp.d.opt', 'd', { optional: true })];
		const p = set(emptyProgress(), 'vkp.d.req', 'fullfort');
		expect(phaseSummary('d', mixed, p, [])).toEqual({ phase: 'd', done: 1, total: 1, state: 'fullfort' });
	});

	it('finishes a phase of optional steps only when every step is done or not relevant', () => {
		let p = emptyProgress();
		expect(phaseSummary('b', steps, p, [])).toEqual({ phase: 'b', done: 0, total: 0, state: 'ikke-startet' });
		p = set(p, 'vkp.b.opt', 'fullfort');
		expect(phaseSummary('b', steps, p, []).state).toBe('pagar');
		p = set(p, 'vkp.b.opt2', 'ikke-aktuelt');
		expect(phaseSummary('b', steps, p, []).state).toBe('fullfort');
		expect(OPTIONAL_PHASE).toBe('Bare valgfrie steg');
	});

	it('counts a step per kommune once per kommune, and a phase of such steps without kommuner as not started', () => {
		let p = emptyProgress();
		expect(phaseSummary('c', steps, p, [])).toEqual({ phase: 'c', done: 0, total: 0, state: 'ikke-startet' });
		p = set(p, 'vkp.c.k@0301', 'fullfort');
		expect(phaseSummary('c', steps, p, ['0301', '1804'])).toEqual({ phase: 'c', done: 1, total: 2, state: 'pagar' });
		p = set(p, 'vkp.c.k@1804', 'fullfort');
		expect(phaseSummary('c', steps, p, ['0301', '1804'])).toEqual({ phase: 'c', done: 2, total: 2, state: 'fullfort' });
		expect(phaseSummary('ukjent', steps, p, ['0301'])).toEqual({
			phase: 'ukjent',
			done: 0,
			total: 0,
			state: 'ikke-startet',
		});
	});
});

describe('phaseParties', () => {
	it('names who acts in a phase, each once', () => {
		expect(phaseParties('a', steps)).toEqual(['leverandor', 'nhn']);
		expect(phaseParties('b', steps)).toEqual(['leverandor', 'nhn']);
		expect(phaseParties('c', steps)).toEqual(['nhn']);
		expect(phaseParties('ukjent', steps)).toEqual([]);
		expect(PARTY_LABELS).toEqual({ leverandor: 'leverandør', bestiller: 'bestiller', kommune: 'kommune', nhn: 'NHN' });
	});
});
