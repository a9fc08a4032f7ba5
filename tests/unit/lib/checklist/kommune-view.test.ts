import { describe, expect, it } from 'vitest';
import { KEY_STEP_ID, kommuneRows } from '~/lib/checklist/kommune-view';
import { KOMMUNE_STEP_LABELS } from '~/lib/checklist/messages';
import { emptyProgress, setStatus, type ChecklistStep } from '~/lib/checklist/progress';

function step(id: string, extra: Partial<ChecklistStep> = {}): ChecklistStep {
	return { id, text: id, phase: 'p', who: ['leverandør'], optional: false, requires: [], perKommune: true, ...extra };
}

const T = '2026-11-23T10:00:00.000Z';
const TODAY = '2026-12-07';
const THUMB = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';
const keyPair = step(KEY_STEP_ID);
const order = step('vkp.kommune.bestilling');
const common = step('vkp.produksjon.skjema', { perKommune: false });

describe('kommuneRows', () => {
	it('gives one row per kommune, in order, with a cell per step per kommune', () => {
		let progress = setStatus(emptyProgress(), `${KEY_STEP_ID}@4601`, 'fullfort', T);
		progress = setStatus(progress, 'vkp.kommune.bestilling@4601', 'venter-nhn', T);
		const rows = kommuneRows(
			[common, keyPair, order],
			progress,
			[
				{ nummer: '4601', navn: 'Bergen', thumbprint: THUMB },
				{ nummer: '0301', navn: 'Oslo' },
			],
			TODAY,
		);
		expect(rows).toStrictEqual([
			{
				nummer: '4601',
				label: 'Bergen (4601)',
				cells: [
					{
						key: `${KEY_STEP_ID}@4601`,
						stepId: KEY_STEP_ID,
						status: 'fullfort',
						label: 'Fullført',
						variant: 'success',
					},
					{
						key: 'vkp.kommune.bestilling@4601',
						stepId: 'vkp.kommune.bestilling',
						status: 'venter-nhn',
						label: 'Venter på NHN',
						variant: 'caution',
					},
				],
				progress: '1 av 2 steg fullført',
				thumbprint: THUMB,
				offerKeyDone: false,
				deadline: { state: 'unknown' },
				expiryLabel: 'Ingen dato',
				expiryVariant: 'default',
				waiting: 'nhn',
				waitingLabel: 'Venter på NHN',
				rank: 3,
				shown: true,
			},
			{
				nummer: '0301',
				label: 'Oslo (0301)',
				cells: [
					{
						key: `${KEY_STEP_ID}@0301`,
						stepId: KEY_STEP_ID,
						status: 'ikke-startet',
						label: 'Ikke startet',
						variant: 'default',
					},
					{
						key: 'vkp.kommune.bestilling@0301',
						stepId: 'vkp.kommune.bestilling',
						status: 'ikke-startet',
						label: 'Ikke startet',
						variant: 'default',
					},
				],
				progress: '0 av 2 steg fullført',
				offerKeyDone: false,
				deadline: { state: 'unknown' },
				expiryLabel: 'Ingen dato',
				expiryVariant: 'default',
				waiting: 'leverandor',
				waitingLabel: 'Venter på deg',
				rank: 4,
				shown: true,
			},
		]);
	});

	it('offers to mark the key step done where a thumbprint is saved and the step is not', () => {
		const progress = setStatus(emptyProgress(), `${KEY_STEP_ID}@0301`, 'pagar', T);
		const [oslo] = kommuneRows(
			[keyPair, order],
			progress,
			[{ nummer: '0301', navn: 'Oslo', thumbprint: THUMB }],
			TODAY,
		);
		expect(oslo!.offerKeyDone).toBe(true);
		// Without the key step on the page (another list of steps), there is nothing to offer.
		const [without] = kommuneRows([order], progress, [{ nummer: '0301', navn: 'Oslo', thumbprint: THUMB }], TODAY);
		expect(without!.offerKeyDone).toBe(false);
		expect(kommuneRows([keyPair], progress, [], TODAY)).toEqual([]);
	});

	it('has a short column heading for each of VKP’s steps per kommune', () => {
		expect(Object.keys(KOMMUNE_STEP_LABELS)).toEqual([
			'vkp.kommune.nokkelpar',
			'vkp.kommune.altinn-delegering',
			'vkp.kommune.bestilling',
			'vkp.kommune.codereview',
			'vkp.kommune.klient',
			'vkp.kommune.tilgangsregister',
			'vkp.kommune.scopes',
			'vkp.kommune.produksjon',
		]);
		// The thumbprint belongs to the key pair's step.
		expect(KOMMUNE_STEP_LABELS[KEY_STEP_ID]).toBe('Nøkkelpar');
		const headings = Object.values(KOMMUNE_STEP_LABELS);
		for (const heading of headings) expect(heading).toMatch(/^\p{Lu}\S*( \S+)?$/u);
		expect(new Set(headings).size).toBe(headings.length);
	});
});

describe('kommuneRows: what needs action first', () => {
	const kommuneStep = step('vkp.kommune.altinn-delegering', { who: ['kommune'] });
	const kommuner = [
		{ nummer: '0301', navn: 'Oslo', keyExpires: '2027-12-07' },
		{ nummer: '1804', navn: 'Bodø', keyExpires: '2026-12-17' },
		{ nummer: '4627', navn: 'Askøy', keyExpires: '2026-11-30' },
		{ nummer: '5501', navn: 'Tromsø' },
	];
	const progress = setStatus(emptyProgress(), `${KEY_STEP_ID}@5501`, 'fullfort', T);

	it('orders expired, expiring within 30 days, then by whom the kommune waits on, with labels', () => {
		const rows = kommuneRows([keyPair, kommuneStep], progress, kommuner, TODAY);
		expect(rows.map((row) => [row.label, row.expiryLabel, row.expiryVariant, row.waitingLabel])).toEqual([
			['Askøy (4627)', 'Utløpt for 7 dager siden', 'danger', 'Venter på deg'],
			['Bodø (1804)', 'Utløper om 10 dager', 'caution', 'Venter på deg'],
			['Tromsø (5501)', 'Ingen dato', 'default', 'Venter på kommunen'],
			['Oslo (0301)', 'Utløper 07.12.2027', 'success', 'Venter på deg'],
		]);
	});

	it('filters to the keys that need action, or to whom the kommune waits on', () => {
		const shown = (filter: 'nokkel' | 'kommune') =>
			kommuneRows([keyPair, kommuneStep], progress, kommuner, TODAY, filter)
				.filter((row) => row.shown)
				.map((row) => row.nummer);
		expect(shown('nokkel')).toEqual(['4627', '1804']);
		expect(shown('kommune')).toEqual(['5501']);
	});
});
