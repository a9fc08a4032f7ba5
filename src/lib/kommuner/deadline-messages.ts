/**
 * The key deadlines' Norwegian text: the overview's labels and filter, and the banner. Apart from messages.ts (the
 * register form's text), so VKP's phase map, which shows the banner, loads only this.
 */

/** 2027-12-07 → 07.12.2027, as the checklist writes dates. */
export const norwegianDate = (date: string) => date.split('-').reverse().join('.');

/** The key's deadline for the overview: days while it is near or passed, the date when it is further away. */
export function expiryLabel(days: number, date?: string): string {
	if (date !== undefined && days > 30) return `Utløper ${norwegianDate(date)}`;
	if (days < 0) return days === -1 ? 'Utløpt i går' : `Utløpt for ${-days} dager siden`;
	if (days === 0) return 'Utløper i dag';
	return days === 1 ? 'Utløper i morgen' : `Utløper om ${days} dager`;
}

export const NO_EXPIRY_LABEL = 'Ingen dato';

export const WAITING_LABELS = {
	kommune: 'Venter på kommunen',
	nhn: 'Venter på NHN',
	leverandor: 'Venter på deg',
	ferdig: 'Ferdig',
} as const;

export const URGENCY_FILTER_LABELS = {
	alle: 'Alle kommuner',
	nokkel: 'Nøkkel utløpt eller utløper snart',
	kommune: WAITING_LABELS.kommune,
	nhn: WAITING_LABELS.nhn,
	leverandor: WAITING_LABELS.leverandor,
} as const;

/** The banner over the overview and the checklist when a key has expired or expires within 30 days. */
export function bannerText(expired: readonly string[], soon: readonly string[]): string {
	const parts: string[] = [];
	if (expired.length > 0) parts.push(`Nøkkelen er utløpt for ${list(expired)}.`);
	if (soon.length > 0) parts.push(`Nøkkelen utløper innen 30 dager for ${list(soon)}.`);
	return `${parts.join(' ')} Lag en ny nøkkel og registrer den før den gamle slutter å virke.`;
}

/** At most this many names in the banner; a supplier with 100 kommuner gets a count for the rest. */
const BANNER_NAMES = 5;

function list(names: readonly string[]): string {
	if (names.length > BANNER_NAMES) {
		return `${names.slice(0, BANNER_NAMES).join(', ')} og ${names.length - BANNER_NAMES} andre kommuner`;
	}
	return names.length > 1 ? `${names.slice(0, -1).join(', ')} og ${names.at(-1)}` : (names[0] ?? '');
}
