import { describe, expect, it } from 'vitest';
import {
	bannerKommuner,
	byUrgency,
	keyDeadline,
	matchesFilter,
	urgencyRank,
	waitingOn,
	type WaitingStep,
} from '~/lib/kommuner/deadlines';
import { bannerText, expiryLabel } from '~/lib/kommuner/deadline-messages';

const TODAY = '2026-12-07';
const step = (who: string[], status: string, optional = false): WaitingStep => ({ who, status, optional });

describe('keyDeadline', () => {
	it('tells expired, within 30 days, later and unknown apart', () => {
		expect(keyDeadline('2026-12-06', TODAY)).toEqual({ state: 'expired', days: -1 });
		expect(keyDeadline(TODAY, TODAY)).toEqual({ state: 'soon', days: 0 });
		expect(keyDeadline('2026-12-17', TODAY)).toEqual({ state: 'soon', days: 10 });
		expect(keyDeadline('2027-01-06', TODAY)).toEqual({ state: 'soon', days: 30 });
		expect(keyDeadline('2027-01-07', TODAY)).toEqual({ state: 'ok', days: 31 });
		expect(keyDeadline(undefined, TODAY)).toEqual({ state: 'unknown' });
	});

	it('labels the days in Norwegian', () => {
		expect(expiryLabel(12)).toBe('Utløper om 12 dager');
		expect(expiryLabel(1)).toBe('Utløper i morgen');
		expect(expiryLabel(0)).toBe('Utløper i dag');
		expect(expiryLabel(-1)).toBe('Utløpt i går');
		expect(expiryLabel(-5)).toBe('Utløpt for 5 dager siden');
		expect(expiryLabel(30, '2027-01-06')).toBe('Utløper om 30 dager');
		expect(expiryLabel(31, '2027-01-07')).toBe('Utløper 07.01.2027');
	});
});

describe('waitingOn', () => {
	it('follows the first required step not done, and «Venter på NHN» anywhere', () => {
		expect(waitingOn([step(['leverandør'], 'fullfort'), step(['kommune'], 'ikke-startet')])).toBe('kommune');
		expect(waitingOn([step(['leverandør'], 'pagar'), step(['kommune'], 'ikke-startet')])).toBe('leverandor');
		expect(waitingOn([step(['leverandør'], 'pagar'), step(['HelseID'], 'venter-nhn')])).toBe('nhn');
		expect(waitingOn([step(['leverandør'], 'fullfort'), step(['HelseID'], 'ikke-startet')])).toBe('nhn');
		expect(waitingOn([step(['leverandør'], 'fullfort'), step(['kommune'], 'ikke-startet', true)])).toBe('ferdig');
		expect(waitingOn([step(['leverandør'], 'ikke-aktuelt')])).toBe('ferdig');
	});
});

describe('ordering and filtering', () => {
	it('puts expired keys first, then the soonest expiry, then by whom the kommune waits on, stable', () => {
		const row = (name: string, expires: string | undefined, waiting: 'kommune' | 'nhn' | 'leverandor' | 'ferdig') => {
			const deadline = keyDeadline(expires, TODAY);
			return { name, deadline, rank: urgencyRank(deadline, waiting) };
		};
		const rows = [
			row('ferdig', '2027-12-07', 'ferdig'),
			row('leverandør', undefined, 'leverandor'),
			row('om 20', '2026-12-27', 'ferdig'),
			row('nhn', '2027-12-07', 'nhn'),
			row('om 10', '2026-12-17', 'leverandor'),
			row('utløpt', '2026-11-01', 'ferdig'),
			row('kommunen', undefined, 'kommune'),
		];
		expect(byUrgency(rows).map((r) => r.name)).toEqual([
			'utløpt',
			'om 10',
			'om 20',
			'kommunen',
			'nhn',
			'leverandør',
			'ferdig',
		]);
	});

	it('filters by key deadline or by whom the kommune waits on', () => {
		const soon = keyDeadline('2026-12-17', TODAY);
		const later = keyDeadline('2027-12-17', TODAY);
		expect(matchesFilter('alle', later, 'ferdig')).toBe(true);
		expect(matchesFilter('nokkel', soon, 'ferdig')).toBe(true);
		expect(matchesFilter('nokkel', later, 'nhn')).toBe(false);
		expect(matchesFilter('nhn', later, 'nhn')).toBe(true);
		expect(matchesFilter('kommune', later, 'nhn')).toBe(false);
	});
});

describe('the banner', () => {
	it('names the kommuner with an expired key and those expiring within 30 days', () => {
		const kommuner = [
			{ navn: 'Askøy', keyExpires: '2026-12-01' },
			{ navn: 'Bodø', keyExpires: '2026-12-17' },
			{ navn: 'Oslo', keyExpires: '2027-12-07' },
			{ navn: 'Moss' },
			{ navn: 'Bergen', keyExpires: '2026-12-20' },
		];
		const { expired, soon } = bannerKommuner(kommuner, TODAY);
		expect({ expired, soon }).toEqual({ expired: ['Askøy'], soon: ['Bodø', 'Bergen'] });
		expect(bannerText(expired, soon)).toBe(
			'Nøkkelen er utløpt for Askøy. Nøkkelen utløper innen 30 dager for Bodø og Bergen. ' +
				'Lag en ny nøkkel og registrer den før den gamle slutter å virke.',
		);
		const many = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
		expect(bannerText(many, [])).toMatch(/^Nøkkelen er utløpt for A, B, C, D, E og 2 andre kommuner\. /);
	});
});
