/**
 * VKP scopes: `nhn:vkp/api/user/<FHIR-ressurs>.<read|write|*>` (VKP's HelseID page), the resources NHN's own
 * VKP.Samples asks for (Common/HelseId.json, April 2025), and `nhn:vkp/api/*.*`, which works in test only (VKP's
 * Selvbetjening page). The scope builder offers them; the access-token explainer reads them back.
 */

export const VKP_SCOPE_PREFIX = 'nhn:vkp/api/user/';
/** Every VKP scope at once: "kun mulig å benytte i test". */
export const VKP_ALL_SCOPES = 'nhn:vkp/api/*.*';

export type Access = 'read' | 'write' | '*';
export const ACCESS_KINDS: readonly Access[] = ['read', 'write'];

/** The FHIR resources in NHN's VKP.Samples, in the spelling FHIR uses; the scope has them in lower case. */
export const VKP_RESOURCES = [
	'AllergyIntolerance',
	'Bundle',
	'CarePlan',
	'Communication',
	'Composition',
	'Condition',
	'Encounter',
	'EpisodeOfCare',
	'MedicationDispense',
	'MedicationStatement',
	'Patient',
] as const;
export type VkpResource = (typeof VKP_RESOURCES)[number];

/** The twelve scopes VKP.Samples' HelseId.json lists, as `resource.access`. */
export const SAMPLE_SCOPES: readonly string[] = [
	'bundle.write',
	'careplan.read',
	'composition.read',
	'composition.write',
	'condition.read',
	'episodeofcare.read',
	'medicationdispense.write',
	'patient.read',
	'encounter.write',
	'communication.write',
	'medicationstatement.read',
	'allergyintolerance.read',
].map((scope) => `${VKP_SCOPE_PREFIX}${scope}`);

export function scopeString(resource: string, access: Access): string {
	return `${VKP_SCOPE_PREFIX}${resource.toLowerCase()}.${access}`;
}

/** NHN's newer APIs, DPoP only: JFT (`jft-api`, 26.02.2026) and PIT (`pit-api`, 17.06.2026). Issue 20. */
export const DPOP_API_SCOPES = ['nhn:jft/api', 'nhn:pit/api.read', 'nhn:pit/api.write'] as const;
export type DpopApiScope = (typeof DPOP_API_SCOPES)[number];

export type ParsedScope =
	| { readonly kind: 'all' }
	| { readonly kind: 'dpop-api'; readonly scope: DpopApiScope }
	| { readonly kind: 'vkp'; readonly resource: string; readonly access: Access }
	/** A VKP scope in other capitals: scopes are compared exactly (RFC 6749 §3.3: case-sensitive strings). */
	| { readonly kind: 'wrong-case'; readonly expected: string }
	| { readonly kind: 'other' };

const VKP_SCOPE = /^nhn:vkp\/api\/user\/([a-z]+)\.(read|write|\*)$/;

/** What a scope string is: all of VKP, one VKP resource with its access, a VKP scope in wrong case, or other. */
export function parseScope(scope: string): ParsedScope {
	if (scope === VKP_ALL_SCOPES) return { kind: 'all' };
	const api = DPOP_API_SCOPES.find((known) => known === scope);
	if (api) return { kind: 'dpop-api', scope: api };
	const match = VKP_SCOPE.exec(scope);
	if (!match) {
		const lower = scope.toLowerCase();
		return lower === VKP_ALL_SCOPES || VKP_SCOPE.test(lower)
			? { kind: 'wrong-case', expected: lower }
			: { kind: 'other' };
	}
	const name = match[1]!;
	const resource = VKP_RESOURCES.find((r) => r.toLowerCase() === name) ?? name;
	return { kind: 'vkp', resource, access: match[2] as Access };
}

/** The scopes in a token's `scope` claim: a list (as HelseID writes it) or one space-separated string (RFC 9068). */
export function scopesOf(claim: unknown): string[] {
	if (typeof claim === 'string') return claim.split(/\s+/).filter((s) => s !== '');
	if (Array.isArray(claim)) return claim.filter((s): s is string => typeof s === 'string' && s !== '');
	return [];
}

/** The scopes chosen in the builder, in the order of the list, each once; `all` adds `nhn:vkp/api/*.*` first. */
export function chosenScopes(choices: readonly string[], all: boolean): string[] {
	const valid = new Set(choices);
	const ordered = VKP_RESOURCES.flatMap((resource) =>
		ACCESS_KINDS.map((access) => scopeString(resource, access)).filter((scope) => valid.has(scope)),
	);
	const apis = DPOP_API_SCOPES.filter((scope) => valid.has(scope));
	return all ? [VKP_ALL_SCOPES, ...ordered, ...apis] : [...ordered, ...apis];
}

/** What goes into the profile's `scopes` field for the production drafts: one per line, never the test-only one. */
export function productionScopesText(scopes: readonly string[]): string {
	// Neither the test-only scope nor JFT's and PIT's: those are other APIs' clients, not the VKP order's.
	return scopes.filter((scope) => scope !== VKP_ALL_SCOPES && parseScope(scope).kind !== 'dpop-api').join('\n');
}

/** The scopes a profile's `scopes` text holds (one per line, as the profile form says). */
export function scopesInText(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '');
}
