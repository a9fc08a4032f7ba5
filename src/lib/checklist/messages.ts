/**
 * Every Norwegian sentence the checklist island says about the user's data, in one place. Plain functions of
 * plain values, so the island stays small and tests can check the wording where it matters.
 */
import { STATUS_LABELS, type StepStatus } from './progress';

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
