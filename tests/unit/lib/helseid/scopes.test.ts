import { describe, expect, it } from 'vitest';
import {
	chosenScopes,
	parseScope,
	productionScopesText,
	SAMPLE_SCOPES,
	scopesInText,
	scopesOf,
	scopeString,
	VKP_ALL_SCOPES,
	VKP_RESOURCES,
} from '~/lib/helseid/scopes';

describe('VKP scopes', () => {
	it("writes a scope in the form VKP's page gives", () => {
		expect(scopeString('Patient', 'read')).toBe('nhn:vkp/api/user/patient.read');
		expect(scopeString('EpisodeOfCare', 'write')).toBe('nhn:vkp/api/user/episodeofcare.write');
		expect(scopeString('CarePlan', '*')).toBe('nhn:vkp/api/user/careplan.*');
	});

	it('has the twelve scopes of NHN’s VKP.Samples, each for a listed resource', () => {
		expect(SAMPLE_SCOPES).toHaveLength(12);
		for (const scope of SAMPLE_SCOPES) {
			const parsed = parseScope(scope);
			expect(parsed.kind).toBe('vkp');
			expect(VKP_RESOURCES as readonly string[]).toContain(parsed.kind === 'vkp' && parsed.resource);
		}
		expect(new Set(VKP_RESOURCES.map((r) => r.toLowerCase()))).toEqual(
			new Set(SAMPLE_SCOPES.map((s) => /user\/(\w+)\./.exec(s)![1])),
		);
	});

	it.each([
		['nhn:vkp/api/*.*', { kind: 'all' }],
		['nhn:vkp/api/user/patient.read', { kind: 'vkp', resource: 'Patient', access: 'read' }],
		['NHN:VKP/API/USER/MEDICATIONDISPENSE.WRITE', { kind: 'vkp', resource: 'MedicationDispense', access: 'write' }],
		['nhn:vkp/api/user/observation.*', { kind: 'vkp', resource: 'observation', access: '*' }],
		['nhn:vkp/api/user/patient.delete', { kind: 'other' }],
		['nhn:vkp/api/user/patient.read ', { kind: 'other' }],
		['xnhn:vkp/api/user/patient.read', { kind: 'other' }],
		['nhn:vkp/api/*.*x', { kind: 'other' }],
		['openid', { kind: 'other' }],
	])('parseScope(%j)', (scope, expected) => {
		expect(parseScope(scope)).toEqual(expected);
	});

	it('reads the scope claim as a list or a space-separated string', () => {
		expect(scopesOf(['a', 2, '', 'b'])).toEqual(['a', 'b']);
		expect(scopesOf(' a  b\tc ')).toEqual(['a', 'b', 'c']);
		expect(scopesOf(undefined)).toEqual([]);
		expect(scopesOf({})).toEqual([]);
	});

	it('orders the chosen scopes as the table, once each, test-only first', () => {
		const choices = [
			'nhn:vkp/api/user/patient.read',
			'nhn:vkp/api/user/bundle.write',
			'nhn:vkp/api/user/patient.read',
			'nhn:vkp/api/user/fake.read',
			'nhn:vkp/api/user/bundle.read',
		];
		expect(chosenScopes(choices, false)).toEqual([
			'nhn:vkp/api/user/bundle.read',
			'nhn:vkp/api/user/bundle.write',
			'nhn:vkp/api/user/patient.read',
		]);
		expect(chosenScopes(choices, true)[0]).toBe(VKP_ALL_SCOPES);
		expect(chosenScopes([], true)).toEqual([VKP_ALL_SCOPES]);
		expect(chosenScopes([], false)).toEqual([]);
	});

	it('never carries the test-only scope into the production order', () => {
		expect(productionScopesText([VKP_ALL_SCOPES, 'a', 'b'])).toBe('a\nb');
		expect(productionScopesText([VKP_ALL_SCOPES])).toBe('');
	});

	it('reads the profile’s scopes, one per line', () => {
		expect(scopesInText(' a \r\n\nb\n  ')).toEqual(['a', 'b']);
		expect(scopesInText('')).toEqual([]);
	});
});

describe("JFT's and PIT's scopes (issue 20)", () => {
	it('knows them, says they take DPoP only, and keeps them after the VKP scopes', async () => {
		const { parseScope, chosenScopes } = await import('~/lib/helseid/scopes');
		const { scopeText } = await import('~/lib/helseid/messages');
		for (const scope of ['nhn:jft/api', 'nhn:pit/api.read', 'nhn:pit/api.write']) {
			const parsed = parseScope(scope);
			expect(parsed).toEqual({ kind: 'dpop-api', scope });
			expect(scopeText(parsed)).toMatch(/Bare med DPoP\.$/);
		}
		expect(parseScope('nhn:pit/api')).toEqual({ kind: 'other' });
		const { productionScopesText } = await import('~/lib/helseid/scopes');
		expect(productionScopesText(['nhn:vkp/api/user/patient.read', 'nhn:jft/api'])).toBe(
			'nhn:vkp/api/user/patient.read',
		);
		expect(chosenScopes(['nhn:pit/api.write', 'nhn:vkp/api/user/patient.read', 'nhn:jft/api'], false)).toEqual([
			'nhn:vkp/api/user/patient.read',
			'nhn:jft/api',
			'nhn:pit/api.write',
		]);
	});
});
