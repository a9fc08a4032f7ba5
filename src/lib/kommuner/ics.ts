/**
 * Calendar reminders for key expiry as one iCalendar file (RFC 5545): an all-day event on each key's expiry date,
 * with a display alarm 30 and 7 days before. The `UID` is made from the kommunenummer and the key (its thumbprint,
 * else the date it was made), so importing a newer file updates the event instead of adding a second one
 * (RFC 5545 §3.8.4.7), while a new key gets an event of its own.
 */
import { icsText } from './messages';

export interface KeyReminder {
	readonly nummer: string;
	readonly navn: string;
	readonly keyExpires?: string | undefined;
	readonly keyCreated?: string | undefined;
	readonly thumbprint?: string | undefined;
	readonly clientIdProd?: string | undefined;
}

/** Days before the expiry date when the calendar reminds. */
export const ALARM_DAYS = [30, 7] as const;

const PRODID = '-//Integrasjonsveiviser//HelseID-nøkler//NO';

/** RFC 5545 §3.3.11: backslash, semicolon and comma escaped, a line break written as `\n`. */
export function escapeText(text: string): string {
	return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF and one space; a fold never splits a UTF-8
 * character (a code point is kept whole).
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		// The first line holds 75 octets; a continuation line's leading space counts as one of its 75.
		const limit = parts.length === 0 ? 75 : 74;
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

/** 2027-03-01 → 20270301 (RFC 5545 §3.3.4, DATE). */
const icsDate = (date: string) => date.replaceAll('-', '');

/** The next day, for an all-day event's exclusive DTEND. */
function nextDay(date: string): string {
	const next = new Date(`${date}T00:00:00Z`);
	next.setUTCDate(next.getUTCDate() + 1);
	return next.toISOString().slice(0, 10);
}

/** An instant as UTC DATE-TIME (RFC 5545 §3.3.5, form #2): 20261207T193000Z. */
export function icsStamp(now: Date): string {
	return now
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/** The stable UID of one kommune's key. */
export function reminderUid(reminder: KeyReminder): string {
	const key = reminder.thumbprint ?? (reminder.keyCreated ? `laget-${reminder.keyCreated}` : 'nokkel');
	return `helseid-nokkel-${reminder.nummer}-${key}@integrasjonsveiviser`;
}

function event(reminder: KeyReminder & { keyExpires: string }, stamp: string): string[] {
	const kommune = `${reminder.navn} (${reminder.nummer})`;
	return [
		'BEGIN:VEVENT',
		`UID:${reminderUid(reminder)}`,
		`DTSTAMP:${stamp}`,
		`DTSTART;VALUE=DATE:${icsDate(reminder.keyExpires)}`,
		`DTEND;VALUE=DATE:${icsDate(nextDay(reminder.keyExpires))}`,
		`SUMMARY:${escapeText(icsText.summary(kommune))}`,
		`DESCRIPTION:${escapeText(icsText.description(kommune, reminder.clientIdProd))}`,
		'TRANSP:TRANSPARENT',
		...ALARM_DAYS.flatMap((days) => [
			'BEGIN:VALARM',
			'ACTION:DISPLAY',
			`TRIGGER:-P${days}D`,
			`DESCRIPTION:${escapeText(icsText.alarm(kommune, days))}`,
			'END:VALARM',
		]),
		'END:VEVENT',
	];
}

/** The kommuner with an expiry date, as one calendar; undefined when none has one. */
export function remindersCalendar(reminders: readonly KeyReminder[], now: Date): string | undefined {
	const dated = reminders.filter((r): r is KeyReminder & { keyExpires: string } => r.keyExpires !== undefined);
	if (dated.length === 0) return undefined;
	const stamp = icsStamp(now);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${PRODID}`,
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		...dated.flatMap((reminder) => event(reminder, stamp)),
		'END:VCALENDAR',
	];
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
