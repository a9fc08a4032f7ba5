/**
 * Every Norwegian sentence the checklist island says about the user's data, in one place. Plain functions of
 * plain values, so the island stays small and tests can check the wording where it matters.
 */
import { STATUS_LABELS, type StepStatus } from './checklist';

export const storageHealthMessage: Record<'unavailable' | 'write-failed', string> = {
	unavailable:
		'Fremdriften kan ikke lagres i denne nettleseren (lagring er slått av, for eksempel i privat modus). Du kan bruke sjekklisten nå, men det du krysser av, forsvinner når du lukker siden. Last ned fremdriften før du går, så kan du hente den inn igjen senere.',
	'write-failed':
		'Den siste endringen ble ikke lagret i nettleseren, kanskje fordi lagringsplassen er full. Endringen gjelder til du lukker siden. Last ned fremdriften for å ta vare på den.',
};

export const UNREADABLE_MESSAGE =
	'Den lagrede fremdriften i denne nettleseren kan ikke leses. Vi har ikke endret eller slettet den. Last ned den lagrede teksten og ta vare på den. Deretter kan du starte på nytt med en tom sjekkliste.';

export const REFUSED_MESSAGE =
	'Endringen ble ikke lagret fordi den lagrede fremdriften ikke kan leses. Last ned den lagrede teksten eller start på nytt først.';

export function statusChanged(stepText: string, status: StepStatus, kommune?: string): string {
	const where = kommune ? ` (${kommune})` : '';
	return `«${stepText}»${where}: ${STATUS_LABELS[status]}.`;
}

export function blockedText(missing: readonly string[]): string {
	return `Kan ikke starte ennå. Venter på: ${missing.map((t) => `«${t}»`).join(', ')}.`;
}

export const kommuneMessages = {
	added: (navn: string) => `${navn} er lagt til.`,
	removed: (navn: string) => `${navn} og fremdriften for kommunen er fjernet.`,
	replaced: (from: string, to: string) => `${from} er byttet med ${to}. Fremdriften er flyttet.`,
	alreadyAdded: (navn: string) => `${navn} er allerede lagt til.`,
	noResults: (query: string) => `Fant ingen kommune som passer «${query}». Skriv navn eller firesifret kommunenummer.`,
	results: (count: number) => (count === 1 ? '1 kommune funnet.' : `${count} kommuner funnet.`),
	confirmRemove: (navn: string, steps: number) =>
		steps > 0
			? `Vil du fjerne ${navn}? Fremdriften for kommunen (${steps} steg) blir slettet fra denne nettleseren. Last ned fremdriften først hvis du vil ta vare på den.`
			: `Vil du fjerne ${navn}? Det er ingen fremdrift registrert for kommunen.`,
	confirmReplace: (from: string, to: string) =>
		`Vil du bytte ${from} med ${to}? Fremdriften for ${from} blir flyttet til ${to}.`,
};

export const fileMessages = {
	exported: 'Fremdriften er lastet ned som en JSON-fil.',
	imported: (changes: number, kommuner: number) =>
		`Fremdriften er hentet inn: ${changes} steg endret, ${kommuner} ${kommuner === 1 ? 'kommune' : 'kommuner'} lagt til.`,
	nothingToImport: 'Filen inneholder ikke noe nytt. Ingenting er endret.',
	cancelled: 'Ingenting er endret.',
	reset: (service: string) => `Sjekklisten for ${service} er nullstilt.`,
	confirmReset: (service: string) =>
		`Vil du nullstille sjekklisten for ${service}? All fremdrift for ${service} blir slettet fra denne nettleseren. Last ned fremdriften først hvis du vil ta vare på den.`,
	startedOver: 'Sjekklisten er tom, og ny fremdrift blir lagret.',
	confirmStartOver:
		'Vil du starte på nytt? Den lagrede teksten som ikke kan leses, blir slettet fra nettleseren. Har du lastet den ned, har du fortsatt kopien.',
};
