/**
 * The texts and sources as a whole: every finding code has a sentence that never leaks "undefined" and names what it
 * is given; every source is an https link with a title; the finding helpers count and rank.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countBySeverity, finding, worstSeverity } from '~/lib/helseid/findings';
import {
	builderMessages,
	claimTexts,
	decodeMessages,
	environmentNames,
	fieldLabels,
	headerTexts,
	keyReadMessages,
	lifetimeLimits,
	ownEntry,
	resourceGlosses,
	resultLabels,
	scopeBuilderMessages,
	scopeText,
	severityLabels,
	tokenNouns,
} from '~/lib/helseid/messages';
import { findingMessages, type FindingCode } from '~/lib/helseid/finding-messages';
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

	it('invents nothing where a parameter is missing: only the named stand-ins fill the gap', () => {
		const STAND_INS = new Set(['Mottakeren', 'mottakeren', 'Verdien', '0']);
		const words = (text: string) => text.split(/[\s.,:;«»()]+/).filter((w) => w !== '');
		for (const [code, wording] of Object.entries(findingMessages)) {
			const full = new Set(words(wording(ALL_PARAMS)));
			const invented = words(wording({})).filter((w) => !full.has(w) && !STAND_INS.has(w));
			expect(invented, code).toEqual([]);
		}
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

describe('the islands’ own words', () => {
	it('every label, button, heading, hint and status has text to show', () => {
		const texts: [string, unknown][] = [
			...Object.entries(fieldLabels),
			...Object.entries(resultLabels),
			...Object.entries(builderMessages),
			...Object.entries(scopeBuilderMessages),
			...Object.entries(keyReadMessages),
			...Object.entries(environmentNames),
			...Object.entries(severityLabels),
			...Object.entries(tokenNouns),
		];
		for (const [name, text] of texts) {
			if (typeof text !== 'string') continue;
			expect(text.trim().length, name).toBeGreaterThan(1);
			expect(text, name).not.toMatch(/undefined|null|NaN/);
		}
	});

	it('the builder’s status names the environment and how long the assertion lasts', () => {
		expect(builderMessages.built('HelseID test', 30)).toBe(
			'Client assertion er laget for HelseID test. Den gjelder i 30 sekunder: lag en ny rett før du bruker den.',
		);
	});

	it('the scope builder’s note reads as one sentence and links to pages the site has', () => {
		const root = join(import.meta.dirname, '../../../..');
		const links = scopeBuilderMessages.whereUsed.filter((part) => typeof part !== 'string');
		expect(links.length).toBe(2);
		for (const { text, path } of links) {
			expect(text.length).toBeGreaterThan(3);
			const page = path.split('#')[0]!.replace(/^\/|\/$/g, '');
			expect(existsSync(join(root, 'src/content/docs', `${page}.mdx`)), path).toBe(true);
		}
		const sentence = scopeBuilderMessages.whereUsed.map((part) => (typeof part === 'string' ? part : part.text));
		expect(sentence.join('')).toBe(
			'Scopene i profilen brukes i utkastet til bestillingen for produksjon. Du kan også endre dem i profilen.',
		);
	});

	it('the key field says which keys it takes', () => {
		expect(keyReadMessages.unreadable).toMatch(/JWK, JWKS eller PEM/);
		expect(keyReadMessages.notRsaOrEc).toMatch(/P-256, P-384 eller P-521/);
	});
});
