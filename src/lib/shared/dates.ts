/**
 * Calendar dates as YYYY-MM-DD (RFC 3339 full-date, the value of an <input type="date">), for the key dates of the
 * kommune register and the deadlines read from them. No time zones: a date is a day where the user is.
 */

/** A calendar date as the date field gives it (RFC 3339 full-date), and a real one (no 31 February). */
export function isDate(value: unknown): value is string {
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A moment's calendar date where the user is, as YYYY-MM-DD (the date field's form). */
export function isoDay(moment: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD): negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
