/**
 * The texts and sources as a whole: every finding code has a sentence that never leaks "undefined" and names what it
 * is given; every source is an https link with a title; the finding helpers count and rank.
 */
import { describe, expect, it } from 'vitest';
import { countBySeverity, finding, worstSeverity } from '~/lib/helseid/findings';
import {
	claimTexts,
	decodeMessages,
	findingMessages,
	headerTexts,
	lifetimeLimits,
	ownEntry,
	resourceGlosses,
	scopeText,
	tokenNouns,
	type FindingCode,
} from '~/lib/helseid/messages';
import { VKP_RESOURCES } from '~/lib/helseid/scopes';
import { SOURCES } from '~/lib/helseid/sources';

const ALL_PARAMS = {
	claim: 'CLAIM',
	expected: 'EXPECTED',
	environment: 'ENVIRONMENT',
	seconds: 4242,
	limit: 'LIMIT',
	value: 'VALUE',
};

describe('finding messages', () => {
	it('every code has a sentence, with or without parameters, never showing "undefined"', () => {
		for (const [code, wording] of Object.entries(findingMessages)) {
			for (const text of [wording({}), wording(ALL_PARAMS)]) {
				expect(text.length, code).toBeGreaterThan(8);
				expect(text, code).not.toMatch(/undefined|null|NaN|\[object/);
			}
			const full = wording(ALL_PARAMS);
			expect(full.trim(), code).toBe(full);
			expect(full, code).toMatch(/[.!]$/);
		}
	});

	it('uses the parameters it is given', () => {
		const uses = (code: FindingCode, ...names: (keyof typeof ALL_PARAMS)[]) => {
			const text = findingMessages[code](ALL_PARAMS);
			for (const name of names) expect(text, `${code} ${name}`).toContain(String(ALL_PARAMS[name]));
		};
		uses('alg-symmetric', 'expected');
		uses('alg-unknown', 'expected', 'environment');
		uses('alg-not-rs256', 'value');
		uses('alg-ok', 'value', 'environment');
		uses('typ-ok', 'expected');
		uses('typ-missing', 'expected', 'environment');
		uses('typ-other', 'expected', 'environment');
		uses('claim-not-string', 'claim');
		uses('aud-missing', 'expected');
		uses('aud-ok', 'expected', 'environment');
		uses('aud-array', 'expected');
		uses('aud-not-string', 'expected');
		uses('aud-trailing-slash', 'expected');
		uses('aud-token-endpoint', 'expected');
		uses('aud-other-environment', 'expected', 'environment');
		uses('aud-wrong', 'expected', 'environment');
		uses('aud-helsenorge-issuer', 'expected');
		uses('time-missing', 'claim', 'environment');
		uses('time-not-number', 'claim');
		uses('lifetime-ok', 'seconds', 'limit', 'environment');
		uses('lifetime-too-long', 'seconds', 'limit', 'environment');
		uses('issued-ahead', 'seconds');
		uses('dpop-iat-old', 'value');
		uses('dpop-jwk-ok', 'value');
		uses('htm-ok', 'expected');
		uses('htm-mismatch', 'expected');
		uses('htu-mismatch', 'expected');
		uses('at-valid', 'value');
	});

	it('finding() carries code, part, claim, source and severity', () => {
		expect(finding('aud-missing', 'payload', 'aud', 'rfc7638', 'error', { expected: 'X' })).toEqual({
			code: 'aud-missing',
			severity: 'error',
			part: 'payload',
			claim: 'aud',
			source: 'rfc7638',
			message: 'aud mangler. Sett aud til «X».',
		});
		expect('claim' in finding('signature-ok', 'signature', undefined, 'rfc7638', 'ok')).toBe(false);
	});

	it('ranks and counts severities', () => {
		const at = (severity: 'error' | 'warning' | 'ok' | 'info') =>
			finding('jti-ok', 'payload', 'jti', 'rfc7638', severity);
		expect(worstSeverity([])).toBe('ok');
		expect(worstSeverity([at('ok'), at('info')])).toBe('info');
		expect(worstSeverity([at('info'), at('warning'), at('ok')])).toBe('warning');
		expect(worstSeverity([at('warning'), at('error'), at('info')])).toBe('error');
		expect(countBySeverity([at('ok'), at('error'), at('error'), at('info')])).toEqual({
			error: 2,
			warning: 0,
			info: 1,
			ok: 1,
		});
	});
});

describe('decode messages', () => {
	it('name what the tool wants', () => {
		for (const noun of Object.values(tokenNouns)) {
			expect(decodeMessages['not-jwt'](noun)).toContain(`Dette er ikke ${noun}.`);
			expect(decodeMessages['too-long'](noun)).toContain(noun);
			expect(decodeMessages.jwe(noun)).toMatch(/^Dette er et kryptert token/);
		}
		expect(decodeMessages.jwe(tokenNouns.assertion)).toContain('En client assertion er et signert JWT');
	});
});

describe('sources', () => {
	it('are https links with a Norwegian title', () => {
		for (const [id, source] of Object.entries(SOURCES)) {
			expect(source.url, id).toMatch(/^https:\/\/[^\s]+$/);
			expect(new URL(source.url).protocol, id).toBe('https:');
			expect(source.title.length, id).toBeGreaterThan(5);
		}
	});
	it('every claim text points at a known source', () => {
		for (const text of [...Object.values(claimTexts.known), ...Object.values(headerTexts)]) {
			expect(Object.keys(SOURCES)).toContain(text.source);
			expect(text.text.length).toBeGreaterThan(10);
		}
	});
});

describe('scope texts', () => {
	it('gloss every VKP resource', () => {
		for (const resource of VKP_RESOURCES) expect(resourceGlosses[resource]).toBeTruthy();
	});
	it('say what each kind of scope gives', () => {
		expect(scopeText({ kind: 'vkp', resource: 'Patient', access: 'read' })).toBe('Lese Patient (pasienten).');
		expect(scopeText({ kind: 'vkp', resource: 'Observation', access: 'write' })).toBe('Skrive Observation.');
		expect(scopeText({ kind: 'vkp', resource: 'constructor', access: '*' })).toBe('Lese og skrive constructor.');
	});
	it('lifetime limits in words', () => {
		expect(lifetimeLimits(60, true)).toBe('høyst 60 sekunder');
		expect(lifetimeLimits(120, false)).toBe('under 120 sekunder');
	});
	it('ownEntry never returns what Object inherits', () => {
		expect(ownEntry({ a: 1 }, 'a')).toBe(1);
		expect(ownEntry({ a: 1 }, 'toString')).toBeUndefined();
		expect(ownEntry({ a: 1 }, 'constructor')).toBeUndefined();
	});
});

describe('lists in words', () => {
	it('joins with commas and «og»', async () => {
		const { listText, scopeBuilderMessages } = await import('~/lib/helseid/messages');
		expect(listText([])).toBe('');
		expect(listText(['Bergen'])).toBe('Bergen');
		expect(listText(['Bergen', 'Oslo'])).toBe('Bergen og Oslo');
		expect(listText(['Bergen', 'Oslo', 'Bodø'])).toBe('Bergen, Oslo og Bodø');
		expect(scopeBuilderMessages.saved(1, ['Bergen'])).toBe(
			'1 scope er lagt inn i profilen din og brukes i bestillingene for produksjon, én per kommune: Bergen.',
		);
		expect(scopeBuilderMessages.saved(2, [])).toMatch(/^2 scope er lagt inn .* Legg til kommunene i sjekklisten/);
	});
});
