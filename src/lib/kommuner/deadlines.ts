/**
 * What needs action across a supplier's kommuner: a key that has expired or expires within 30 days comes first,
 * then the kommuner waiting on the kommune, on NHN, on the supplier. An expired key stops token requests (domain
 * notes, "Keys expire": FHIDev/Fhi.HelseId #582). Dates are YYYY-MM-DD; `today` is passed in, so tests fix it.
 */
import { daysBetween } from '../shared/dates';

/** Within this many days a key counts as expiring soon, and the banner shows. */
export const SOON_DAYS = 30;

export type KeyState = 'expired' | 'soon' | 'ok' | 'unknown';

export interface KeyDeadline {
	readonly state: KeyState;
	/** Days from today to the expiry date (negative once passed); absent without a date. */
	readonly days?: number;
}

export function keyDeadline(keyExpires: string | undefined, today: string): KeyDeadline {
	if (keyExpires === undefined) return { state: 'unknown' };
	const days = daysBetween(today, keyExpires);
	// The key still works on its expiry date; the day after, it does not.
	const state: KeyState = days < 0 ? 'expired' : days <= SOON_DAYS ? 'soon' : 'ok';
	return { state, days };
}

/** Whom a kommune's next step waits on. */
export type Waiting = 'kommune' | 'nhn' | 'leverandor' | 'ferdig';

export interface WaitingStep {
	readonly who: readonly string[];
	readonly status: string;
	readonly optional: boolean;
}

/**
 * Whom the kommune waits on: a step marked «Venter på NHN» waits on NHN; otherwise the first required step that is
 * not done decides by who acts in it (the kommune itself; NHN, HelseID or VKP; else the supplier).
 */
export function waitingOn(steps: readonly WaitingStep[]): Waiting {
	const open = steps.filter((step) => !step.optional && step.status !== 'fullfort' && step.status !== 'ikke-aktuelt');
	if (open.some((step) => step.status === 'venter-nhn')) return 'nhn';
	const next = open[0];
	if (!next) return 'ferdig';
	if (next.who.includes('kommune')) return 'kommune';
	if (next.who.some((who) => who === 'NHN' || who === 'HelseID' || who === 'VKP')) return 'nhn';
	return 'leverandor';
}

const WAITING_RANK: Readonly<Record<Waiting, number>> = { kommune: 2, nhn: 3, leverandor: 4, ferdig: 5 };

/** The sort rank: expired keys (0), keys expiring soon (1), then by whom the kommune waits on. */
export function urgencyRank(deadline: KeyDeadline, waiting: Waiting): number {
	if (deadline.state === 'expired') return 0;
	if (deadline.state === 'soon') return 1;
	return WAITING_RANK[waiting];
}

export type UrgencyFilter = 'alle' | 'nokkel' | 'kommune' | 'nhn' | 'leverandor';

export function matchesFilter(filter: UrgencyFilter, deadline: KeyDeadline, waiting: Waiting): boolean {
	if (filter === 'alle') return true;
	if (filter === 'nokkel') return deadline.state === 'expired' || deadline.state === 'soon';
	return waiting === filter;
}

/**
 * Sorts by urgency (ties: the sooner expiry first, then the order the kommuner were chosen). Stable, so a list
 * with nothing urgent keeps its order.
 */
export function byUrgency<T extends { readonly rank: number; readonly deadline: KeyDeadline }>(
	rows: readonly T[],
): T[] {
	return rows
		.map((row, index) => ({ row, index }))
		.sort(
			(a, b) =>
				a.row.rank - b.row.rank ||
				(a.row.rank <= 1 ? (a.row.deadline.days ?? 0) - (b.row.deadline.days ?? 0) : 0) ||
				a.index - b.index,
		)
		.map(({ row }) => row);
}

/** The kommuner the banner names: expired keys and keys expiring within 30 days, by name. */
export function bannerKommuner(
	kommuner: readonly { readonly navn: string; readonly keyExpires?: string }[],
	today: string,
): { expired: string[]; soon: string[] } {
	const expired: string[] = [];
	const soon: string[] = [];
	for (const kommune of kommuner) {
		const { state } = keyDeadline(kommune.keyExpires, today);
		if (state === 'expired') expired.push(kommune.navn);
		if (state === 'soon') soon.push(kommune.navn);
	}
	return { expired, soon };
}
