import { describe, expect, it } from 'vitest';
import { finding, type Finding } from '~/lib/helseid/findings';
import { SOURCES } from '~/lib/helseid/sources';
import { findingLines, keyStatusLines, partRows, summaryText, timeText } from '~/lib/helseid/view';

const f = (severity: Finding['severity'], claim?: string): Finding =>
	finding('jti-ok', 'payload', claim, 'rfc7638', severity);

describe('findingLines', () => {
	it('says the severity in words, links the source, and puts errors first', () => {
		const text = f('error').message;
		expect(findingLines([f('ok', 'jti'), f('info'), f('warning'), f('error', 'aud'), f('error', 'iss')])).toEqual([
			{ severity: 'error', label: 'Feil', claim: 'aud', text, source: SOURCES.rfc7638 },
			{ severity: 'error', label: 'Feil', claim: 'iss', text, source: SOURCES.rfc7638 },
			{ severity: 'warning', label: 'Advarsel', text, source: SOURCES.rfc7638 },
			{ severity: 'info', label: 'Merk', text, source: SOURCES.rfc7638 },
			{ severity: 'ok', label: 'OK', claim: 'jti', text, source: SOURCES.rfc7638 },
		]);
	});
});

describe('partRows', () => {
	it('lists members in order with text values, times marked', () => {
		expect(partRows({ alg: 'RS256', exp: 100, iat: '100', aud: ['a'], nbf: Infinity })).toEqual([
			{ name: 'alg', value: 'RS256' },
			{ name: 'exp', value: '100', time: { claim: 'exp', epoch: 100 } },
			{ name: 'iat', value: '100', time: { claim: 'iat', epoch: 100 } },
			{ name: 'aud', value: '["a"]' },
			{ name: 'nbf', value: 'null' },
		]);
	});
});

describe('partRows: what a pasted token cannot hide', () => {
	it('marks control, zero-width and bidi characters in member names and values', () => {
		expect(partRows({ 'ty\u202ep': 'JWT\u2066', kid: '\u0000\u00ad' })).toEqual([
			{ name: 'ty[U+202E]p', value: 'JWT[U+2066]' },
			{ name: 'kid', value: '[U+0000][U+00AD]' },
		]);
	});
	it('cuts a long value, counting the characters pasted', () => {
		const value = partRows({ x: 'a'.repeat(200_000) })[0]!.value;
		expect(value.length).toBeLessThan(2100);
		expect(value).toContain('(200000 tegn)');
	});
});

describe('timeText', () => {
	it('gives local time and relative time', () => {
		expect(timeText({ claim: 'exp', epoch: 1_700_000_025 }, 1_700_000_000, {}, 'UTC')).toBe(
			'14. nov. 2023, 22:13:45 – utløper om 25 sekunder',
		);
		expect(timeText({ claim: 'iat', epoch: 1_700_000_000 - 180 }, 1_700_000_000, { staleAfter: 60 }, 'UTC')).toMatch(
			/sjekk klokka/,
		);
	});
});

describe('summaryText', () => {
	it('counts errors and warnings and says what to do', () => {
		expect(summaryText('assertion', [f('error'), f('error'), f('warning'), f('ok')], 'HelseID test')).toBe(
			'Client assertion har 2 feil og 1 advarsel. Rett feilene før du bruker den mot HelseID test.',
		);
		expect(summaryText('assertion', [f('error')], 'HelseID test')).toBe(
			'Client assertion har 1 feil. Rett feilene før du bruker den mot HelseID test.',
		);
		expect(summaryText('assertion', [f('warning'), f('warning'), f('info')])).toBe(
			'Ingen feil, men 2 advarsler: les dem under.',
		);
		expect(summaryText('dpop', [f('warning')])).toBe('Ingen feil, men 1 advarsel: les den under.');
		expect(summaryText('assertion', [f('ok'), f('info')], 'Helsenorge')).toBe(
			'Client assertion følger reglene for Helsenorge som vi kan sjekke her.',
		);
		expect(summaryText('dpop', [f('error'), f('warning'), f('warning')])).toBe(
			'DPoP-beviset har 1 feil og 2 advarsler. Rett feilene, og lag et nytt bevis.',
		);
		expect(summaryText('dpop', [])).toBe('DPoP-beviset følger reglene vi kan sjekke her.');
		expect(summaryText('token', [f('warning')])).toBe('Tokenet er lest. Se 1 advarsel under.');
		expect(summaryText('token', [f('info')])).toBe('Tokenet er lest. Hvert claim er forklart under.');
		expect(summaryText('token', [f('error')])).toBe('Tokenet har 1 feil.');
	});
});

describe('keyStatusLines', () => {
	it('names each key read, or says why none could be used', () => {
		expect(keyStatusLines({ status: 'empty' })).toEqual([]);
		expect(
			keyStatusLines({
				status: 'ok',
				keys: [
					{ jwk: {}, thumbprint: 'tp', kid: 'k', label: 'RSA 2048 bit' },
					{ jwk: {}, thumbprint: 'tp2', label: 'EC P-256' },
				],
			}),
		).toEqual(['Nøkkel lest: RSA 2048 bit, tommelavtrykk tp, kid k.', 'Nøkkel lest: EC P-256, tommelavtrykk tp2.']);
		expect(
			keyStatusLines({ status: 'ok', keys: [{ jwk: {}, thumbprint: 'tp', kid: 'tp', label: 'EC P-256' }] }),
		).toEqual(['Nøkkel lest: EC P-256, tommelavtrykk tp.']);
		expect(keyStatusLines({ status: 'error', messages: ['a', 'b'] })).toEqual(['a', 'b']);
		expect(keyStatusLines({ status: 'private-key', messages: ['c'] })).toEqual(['c']);
	});
});
