/**
 * A kommune card's register and the calendar reminders, loaded on first use by actions.ts: checks and saves the
 * card's fields (src/lib/kommuner/register.ts decides; a bad field gets its message and aria-invalid) and downloads
 * the reminders as an iCalendar file (src/lib/kommuner/ics.ts), for all kommuner or the card's own.
 */
import { $kommuner, setKommuneRegister } from '../../stores/kommuner';
import { REFUSED_MESSAGE } from '../../lib/checklist/messages';
import { remindersCalendar } from '../../lib/kommuner/ics';
import { REGISTER_ERRORS, REGISTER_NOTES, icsText, registerSaved } from '../../lib/kommuner/messages';
import { REGISTER_FIELDS } from '../../lib/kommuner/register';
import { checkRegister, type RegisterInput } from '../../lib/kommuner/register-check';
import { isoDay } from '../../lib/shared/dates';
import { downloadText } from '../shared/browser-output';
import type { ChecklistHost } from './actions';
import { fillRegister } from './kommune-rows';

type Field = HTMLInputElement | HTMLTextAreaElement;

export function saveRegister(host: ChecklistHost, nummer: string): void {
	const card = host.querySelector<HTMLElement>(`.kommune-card[data-kommune="${nummer}"]`);
	if (!card) return;
	const fields = new Map([...card.querySelectorAll<Field>('[data-field]')].map((f) => [f.dataset['field']!, f]));
	const input = Object.fromEntries(
		REGISTER_FIELDS.map((name) => [name, fields.get(name)?.value ?? '']),
	) as RegisterInput;
	const result = checkRegister(input, isoDay(new Date()));
	for (const name of REGISTER_FIELDS) {
		const message = card.querySelector<HTMLElement>(`[data-message="${name}"]`);
		const error = result.ok ? undefined : result.errors[name];
		const note = result.ok ? result.notes[name] : undefined;
		if (error) fields.get(name)?.setAttribute('aria-invalid', 'true');
		else fields.get(name)?.removeAttribute('aria-invalid');
		if (!message) continue;
		message.textContent = error ? REGISTER_ERRORS[error] : note ? REGISTER_NOTES[note] : '';
		message.dataset['kind'] = error ? 'error' : 'note';
	}
	if (!result.ok) {
		const first = REGISTER_FIELDS.find((name) => result.errors[name] !== undefined);
		if (first) fields.get(first)?.focus();
		return;
	}
	const saved = setKommuneRegister(nummer, result.register);
	if (!saved.ok) return host.announce(REFUSED_MESSAGE);
	// Storage refused it: the checklist's alert says so too; say it here, not «Lagret». The alert's texts are in the
	// page (Checklist.astro), so no script carries them.
	if (saved.notSaved) return host.announce(host.piece('storage-problem-text')?.dataset['writeFailed'] ?? '');
	const kommune = $kommuner.get().find((k) => k.nummer === nummer);
	if (kommune) fillRegister(card, kommune);
	host.announce(registerSaved(host.kommuneName(nummer)));
}

/** One file for every kommune with an expiry date, or the card's kommune's own. */
export function downloadReminders(host: ChecklistHost, nummer: string | undefined): void {
	const kommuner = $kommuner.get().filter((k) => nummer === undefined || k.nummer === nummer);
	const calendar = remindersCalendar(kommuner, new Date());
	if (!calendar) return host.announce(icsText.none);
	downloadText(calendar, nummer ? icsText.kommuneFileName(nummer) : icsText.fileName, 'text/calendar');
	host.announce(icsText.downloaded(kommuner.filter((k) => k.keyExpires !== undefined).length));
}
