/**
 * Times in a token (`iat`, `nbf`, `exp`, `auth_time`: NumericDate, seconds since 1970, RFC 7519 §2) as a person
 * reads them: local time, and how long ago or how soon ("utløper om 25 sekunder"). `now` is passed in (seconds),
 * so the islands can tick and the tests can stand still.
 */
import { timeMessages } from './messages';
import { timeValue } from './token';

/** The claims shown with a time; others are shown as they are. */
export const TIME_CLAIMS = ['exp', 'iat', 'nbf', 'auth_time'] as const;
export type TimeClaim = (typeof TIME_CLAIMS)[number];

export function isTimeClaim(name: string): name is TimeClaim {
	return (TIME_CLAIMS as readonly string[]).includes(name);
}

/** A member's time for the clock line: `{ time }` when it is a time claim holding a number or a numeric string. */
export function timeOf(name: string, value: unknown): { time?: { claim: TimeClaim; epoch: number } } {
	if (!isTimeClaim(name)) return {};
	const epoch = timeValue(value);
	return epoch === undefined ? {} : { time: { claim: name, epoch } };
}

/** Dates JavaScript can show: ±100,000,000 days around 1970 (ECMA-262 §21.4.1.22), in seconds. */
const MAX_EPOCH_SECONDS = 8.64e12;

/** A duration in words: "1 sekund", "25 sekunder", "3 minutter", "2 timer", "4 dager". Rounds down. */
export function durationText(seconds: number): string {
	const s = Math.floor(Math.abs(seconds));
	if (s < 90) return s === 1 ? timeMessages.second : timeMessages.seconds(s);
	const minutes = Math.floor(s / 60);
	if (minutes < 90) return timeMessages.minutes(minutes);
	const hours = Math.floor(minutes / 60);
	if (hours < 48) return timeMessages.hours(hours);
	return timeMessages.days(Math.floor(hours / 24));
}

/** Local date and time, or a plain "not a valid time" for a number no calendar holds. */
export function localTime(epochSeconds: number, timeZone?: string): string {
	if (!Number.isFinite(epochSeconds) || Math.abs(epochSeconds) > MAX_EPOCH_SECONDS) return timeMessages.invalid;
	return new Intl.DateTimeFormat('nb-NO', {
		dateStyle: 'medium',
		timeStyle: 'medium',
		...(timeZone === undefined ? {} : { timeZone }),
	}).format(new Date(epochSeconds * 1000));
}

export interface TimeOptions {
	/** After this many seconds, an `iat` in the past gets "sjekk klokka" (a fresh token should be seconds old). */
	readonly staleAfter?: number;
	/** An `iat` more than this many seconds ahead also gets "sjekk klokka". */
	readonly skew?: number;
}

/** How a time claim stands relative to now, in words: "utløper om 25 sekunder", "utstedt for 3 minutter siden". */
export function relativeTime(claim: TimeClaim, epochSeconds: number, now: number, options: TimeOptions = {}): string {
	if (!Number.isFinite(epochSeconds) || Math.abs(epochSeconds) > MAX_EPOCH_SECONDS) return timeMessages.invalid;
	const delta = epochSeconds - now;
	if (Math.abs(delta) < 1) return timeMessages.now[claim];
	const span = durationText(delta);
	const future = delta > 0;
	switch (claim) {
		case 'exp':
			return future ? timeMessages.expiresIn(span) : timeMessages.expiredAgo(span);
		case 'nbf':
			return future ? timeMessages.validIn(span) : timeMessages.validSince(span);
		case 'iat': {
			// A little ahead is clock skew; more than `skew` ahead, one of the clocks is wrong.
			if (future)
				return delta > (options.skew ?? 0) ? timeMessages.issuedAhead(span) : timeMessages.issuedJustAhead(span);
			const stale = options.staleAfter !== undefined && -delta > options.staleAfter;
			return stale ? timeMessages.issuedStale(span) : timeMessages.issuedAgo(span);
		}
		case 'auth_time':
			return future ? timeMessages.inFuture(span) : timeMessages.ago(span);
	}
}
