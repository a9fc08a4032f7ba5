import { describe, expect, it } from 'vitest';
import { durationText, isTimeClaim, localTime, relativeTime } from '~/lib/helseid/times';

describe('durationText', () => {
	it.each([
		[0, '0 sekunder'],
		[1, '1 sekund'],
		[-1, '1 sekund'],
		[1.9, '1 sekund'],
		[25, '25 sekunder'],
		[89, '89 sekunder'],
		[90, '1 minutt'],
		[180, '3 minutter'],
		[-180, '3 minutter'],
		[90 * 60 - 1, '89 minutter'],
		[89 * 60 + 59, '89 minutter'],
		[90 * 60, '1 time'],
		[47 * 3600, '47 timer'],
		[48 * 3600, '2 døgn'],
	])('%d s → %s', (seconds, text) => {
		expect(durationText(seconds)).toBe(text);
	});
	it('counts hours up to two days, then days', () => {
		expect(durationText(24 * 3600)).toBe('24 timer');
		expect(durationText(72 * 3600)).toBe('3 døgn');
	});
});

describe('localTime', () => {
	it('shows a NumericDate as Norwegian local time', () => {
		expect(localTime(1_700_000_000, 'Europe/Oslo')).toBe('14. nov. 2023, 23:13:20');
		expect(localTime(1_700_000_000, 'UTC')).toBe('14. nov. 2023, 22:13:20');
	});
	it('says when a number is no time', () => {
		expect(localTime(Number.NaN)).toBe('ikke et gyldig tidspunkt');
		expect(localTime(9e12)).toBe('ikke et gyldig tidspunkt');
		expect(localTime(-9e12)).toBe('ikke et gyldig tidspunkt');
		expect(localTime(8.64e12, 'UTC')).not.toBe('ikke et gyldig tidspunkt');
	});
});

describe('relativeTime', () => {
	const T = 1_000_000;
	it.each([
		['exp', T + 25, 'utløper om 25 sekunder'],
		['exp', T - 180, 'utløpt for 3 minutter siden'],
		['exp', T, 'utløper nå'],
		['exp', T + 0.5, 'utløper nå'],
		['exp', T + 1, 'utløper om 1 sekund'],
		['exp', T - 1, 'utløpt for 1 sekund siden'],
		['nbf', T + 60, 'gyldig først om 60 sekunder'],
		['nbf', T - 60, 'gyldig fra for 60 sekunder siden'],
		['nbf', T, 'gyldig fra nå'],
		['iat', T - 30, 'utstedt for 30 sekunder siden'],
		['iat', T, 'utstedt nå'],
		['auth_time', T - 7200, 'for 2 timer siden'],
		['auth_time', T + 7200, 'om 2 timer'],
		['auth_time', T, 'nå'],
	] as const)('%s at %d', (claim, epoch, text) => {
		expect(relativeTime(claim, epoch, T)).toBe(text);
	});

	it('asks to check the clock for an old or a future iat', () => {
		expect(relativeTime('iat', T - 180, T, { staleAfter: 60 })).toBe(
			'utstedt for 3 minutter siden: sjekk klokka hvis du nettopp laget det',
		);
		expect(relativeTime('iat', T - 60, T, { staleAfter: 60 })).toBe('utstedt for 60 sekunder siden');
		expect(relativeTime('iat', T + 120, T)).toBe('utstedt 2 minutter frem i tid: sjekk klokka');
		expect(relativeTime('iat', T + 5, T, { skew: 5 })).toBe('utstedt 5 sekunder frem i tid');
		expect(relativeTime('iat', T + 6, T, { skew: 5 })).toBe('utstedt 6 sekunder frem i tid: sjekk klokka');
	});

	it('says when a number is no time', () => {
		expect(relativeTime('exp', Number.POSITIVE_INFINITY, T)).toBe('ikke et gyldig tidspunkt');
		expect(relativeTime('exp', 1e13, T)).toBe('ikke et gyldig tidspunkt');
	});

	it('knows which claims are times', () => {
		expect(['exp', 'iat', 'nbf', 'auth_time', 'jti', 'expires'].map(isTimeClaim)).toEqual([
			true,
			true,
			true,
			true,
			false,
			false,
		]);
	});
});
