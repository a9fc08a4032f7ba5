/**
 * "Bare mine steg": the overview lists only the steps one party acts in (GOV.UK groups tasks; public onboarding
 * guides give each step an "Ansvarlig"). The steps name who acts (`who` in src/content/checklist/*.json); VKP and
 * HelseID are NHN's services, so a filter on NHN shows their steps too. The choice is remembered
 * (src/stores/preferences.ts).
 */
import { isRecord } from '../shared/record';

export const WHO_FILTERS = ['alle', 'leverandor', 'bestiller', 'kommune', 'nhn'] as const;
export type WhoFilter = (typeof WHO_FILTERS)[number];
export type Party = Exclude<WhoFilter, 'alle'>;

const PARTY_OF: Readonly<Record<string, Party>> = {
	leverandør: 'leverandor',
	bestiller: 'bestiller',
	kommune: 'kommune',
	NHN: 'nhn',
	VKP: 'nhn',
	HelseID: 'nhn',
};

export function isWhoFilter(value: unknown): value is WhoFilter {
	return (WHO_FILTERS as readonly unknown[]).includes(value);
}

/** The parties a step's `who` names, each once, in the order of WHO_FILTERS (the server writes them on the step). */
export function partiesOf(who: readonly string[]): Party[] {
	const parties = new Set(who.map((name) => PARTY_OF[name]));
	return WHO_FILTERS.filter((filter): filter is Party => parties.has(filter as Party));
}

/** Whether a step with these parties is shown under the filter. */
export function matchesFilter(parties: readonly string[], filter: WhoFilter): boolean {
	return filter === 'alle' || parties.includes(filter);
}

/** The choices a list offers: all steps, then each party that acts in one of its steps. */
export function filterOptions(steps: readonly { readonly who: readonly string[] }[]): WhoFilter[] {
	const present = new Set(steps.flatMap((step) => partiesOf(step.who)));
	return WHO_FILTERS.filter((filter) => filter === 'alle' || present.has(filter));
}

export interface Preferences {
	readonly who: WhoFilter;
}

export const defaultPreferences = (): Preferences => ({ who: 'alle' });

/** Reads stored preferences (schema version 1); an unknown filter makes them unreadable, as any bad stored data. */
export function readPreferences(data: unknown): Preferences | undefined {
	if (!isRecord(data)) return undefined;
	const who = data['who'] ?? 'alle';
	return isWhoFilter(who) ? { who } : undefined;
}
