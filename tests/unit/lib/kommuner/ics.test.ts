import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsStamp, remindersCalendar, reminderUid, type KeyReminder } from '~/lib/kommuner/ics';
import { readCalendarWithPython } from '~test/helpers/python-ics';

const NOW = new Date('2026-12-07T19:30:05.123Z');
const THUMB = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';
const REMINDERS: KeyReminder[] = [
	{ nummer: '4627', navn: 'Askøy', keyExpires: '2026-11-30', thumbprint: THUMB, clientIdProd: 'a1b2;c3,d4\\e5' },
	{ nummer: '1804', navn: 'Bodø', keyExpires: '2026-12-17', keyCreated: '2025-12-17' },
	{ nummer: '0301', navn: 'Oslo', keyExpires: '2027-12-07' },
	{ nummer: '5501', navn: 'Tromsø' },
];

function parseWithIcal(text: string) {
	const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
	return calendar.getAllSubcomponents('vevent').map((vevent) => {
		const event = new ICAL.Event(vevent);
		return {
			uid: event.uid,
			summary: event.summary,
			description: event.description,
			start: event.startDate.toString(),
			isDate: event.startDate.isDate,
			end: event.endDate.toString(),
			stamp: vevent.getFirstPropertyValue('dtstamp')?.toString(),
			alarms: vevent.getAllSubcomponents('valarm').map((alarm) => ({
				action: alarm.getFirstPropertyValue('action'),
				trigger: alarm.getFirstPropertyValue('trigger')?.toString(),
				description: alarm.getFirstPropertyValue('description'),
			})),
		};
	});
}

describe('remindersCalendar', () => {
	const text = remindersCalendar(REMINDERS, NOW)!;

	it('is read by ical.js: one all-day event per key expiry, two alarms each, Norwegian text', () => {
		const events = parseWithIcal(text);
		expect(events.map((e) => [e.uid, e.start, e.end, e.isDate])).toEqual([
			[`helseid-nokkel-4627-${THUMB}@integrasjonsveiviser`, '2026-11-30', '2026-12-01', true],
			['helseid-nokkel-1804-laget-2025-12-17@integrasjonsveiviser', '2026-12-17', '2026-12-18', true],
			['helseid-nokkel-0301-nokkel@integrasjonsveiviser', '2027-12-07', '2027-12-08', true],
		]);
		for (const event of events) {
			expect(event.stamp).toBe('2026-12-07T19:30:05Z');
			expect(event.alarms.map((a) => [a.action, a.trigger])).toEqual([
				['DISPLAY', '-P30D'],
				['DISPLAY', '-P7D'],
			]);
		}
		expect(events[0]!.summary).toBe('HelseID-nøkkelen for Askøy (4627) utløper');
		expect(events[0]!.description).toContain('(klient-ID a1b2;c3,d4\\e5)');
		expect(events[1]!.alarms[0]!.description).toBe(
			'Om 30 dager utløper HelseID-nøkkelen for Bodø (1804). Bytt nøkkel nå.',
		);
	});

	it('is read by Python’s standard library with no problems: CRLF, 75-octet lines, DATE values', () => {
		const calendar = readCalendarWithPython(text);
		expect(calendar.problems).toEqual([]);
		expect(calendar.events.map((e) => [e.uid, e.start, e.end, e.triggers])).toEqual(
			parseWithIcal(text).map((e) => [e.uid, e.start, e.end, ['-P30D', '-P7D']]),
		);
		expect(calendar.events[0]!.description).toContain('(klient-ID a1b2;c3,d4\\e5)');
		expect(calendar.events[0]!.stamp).toBe('2026-12-07T19:30:05+00:00');
	});

	it('keeps each UID when made again later, and gives a new key its own', () => {
		const later = remindersCalendar(REMINDERS, new Date('2027-01-01T00:00:00Z'))!;
		expect(parseWithIcal(later).map((e) => e.uid)).toEqual(parseWithIcal(text).map((e) => e.uid));
		expect(reminderUid({ ...REMINDERS[0]!, thumbprint: 'Zh6pNlPRbILvVz9rdeZ7TWhYX_dWgbFMj4hfYpBVKW4' })).not.toBe(
			reminderUid(REMINDERS[0]!),
		);
	});

	it('gives one kommune’s file, and nothing without a date', () => {
		const one = remindersCalendar([REMINDERS[1]!], NOW)!;
		expect(parseWithIcal(one)).toHaveLength(1);
		expect(remindersCalendar([REMINDERS[3]!], NOW)).toBeUndefined();
		expect(remindersCalendar([], NOW)).toBeUndefined();
	});
});

describe('RFC 5545 text rules', () => {
	it('escapes backslash, semicolon, comma and line breaks', () => {
		expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
	});

	it('folds at 75 octets without splitting a UTF-8 character', () => {
		const line = `DESCRIPTION:${'æøå'.repeat(40)}`;
		const folded = foldLine(line);
		const lines = folded.split('\r\n');
		expect(lines.length).toBeGreaterThan(1);
		for (const part of lines) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
		expect(lines.slice(1).every((part) => part.startsWith(' '))).toBe(true);
		expect(lines.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
		expect(foldLine('kort')).toBe('kort');
		expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
		expect(foldLine('x'.repeat(76)).split('\r\n')).toEqual(['x'.repeat(75), ' x']);
	});

	it('writes DTSTAMP as UTC date-time', () => {
		expect(icsStamp(NOW)).toBe('20261207T193005Z');
	});
});
