/**
 * A kommune's register entry beside its steps and key thumbprint: the HelseID client ids (test and production), the
 * `vkp-id`, the scopes granted and the key's dates. Stored as optional members of the kommune
 * (src/lib/kommuner/chosen.ts) and carried by the export file from version 3. The member names are frozen once
 * stored: never rename them.
 *
 * This module reads and merges what is stored; it loads with the stores on every checklist page, so the form's
 * check (loaded on first use) is in register-check.ts.
 */
import { isDate } from '../shared/dates';

export const REGISTER_FIELDS = ['clientIdTest', 'clientIdProd', 'vkpId', 'scopes', 'keyCreated', 'keyExpires'] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

export interface KommuneRegister {
	/** The HelseID client id in the test environment. */
	readonly clientIdTest?: string;
	/** The HelseID client id in production. */
	readonly clientIdProd?: string;
	/** VKP's id for the client (`nhn:vkp/client/claims/vkp-id`). */
	readonly vkpId?: string;
	/** The scopes granted, one entry per scope. */
	readonly scopes?: readonly string[];
	/** The date the key pair was made (YYYY-MM-DD). */
	readonly keyCreated?: string;
	/** The date the key expires (YYYY-MM-DD): «Nøkkelen utløper». */
	readonly keyExpires?: string;
}

/**
 * NHN gives no form for a HelseID client id on the pages this site uses; a client id is one token in the
 * assertion's `iss` and `sub`, so the check only refuses what cannot be one: spaces and control characters.
 */
const CLIENT_ID = /^[\x21-\x7e]+$/;
const MAX_CLIENT_ID = 200;

/**
 * The `vkp-id` in either form VKP's pages give: «leverandørnavn-kommunenavn» (and «leverandørnavn-test» in test),
 * or `Leverandør_System_Kommune` on another page (domain notes, "VKP's page on NHN's self-service portal").
 */
const VKP_ID_HYPHEN = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u;
const VKP_ID_UNDERSCORE = /^[\p{L}\p{N}-]+_[\p{L}\p{N}-]+_[\p{L}\p{N}-]+$/u;

export function isVkpId(value: string): boolean {
	return VKP_ID_HYPHEN.test(value) || VKP_ID_UNDERSCORE.test(value);
}

/** What is wrong with a client id, if anything: too long, or spaces and control characters. */
export function clientIdProblem(value: string): 'client-id-long' | 'client-id-space' | undefined {
	if (value.length > MAX_CLIENT_ID) return 'client-id-long';
	return CLIENT_ID.test(value) ? undefined : 'client-id-space';
}

/**
 * The register members of a stored or imported kommune entry, or undefined when one is there but not valid (the
 * caller treats the whole value as unreadable, as it does a bad thumbprint). Absent members are fine: data from
 * before version 3 has none.
 */
export function readRegister(entry: Readonly<Record<string, unknown>>): KommuneRegister | undefined {
	const register: Record<string, string | readonly string[]> = {};
	for (const field of ['clientIdTest', 'clientIdProd'] as const) {
		const id = entry[field];
		if (id === undefined) continue;
		if (typeof id !== 'string' || clientIdProblem(id) !== undefined) return undefined;
		register[field] = id;
	}
	const { vkpId, scopes, keyCreated, keyExpires } = entry;
	if (vkpId !== undefined) {
		if (typeof vkpId !== 'string' || !isVkpId(vkpId)) return undefined;
		register['vkpId'] = vkpId;
	}
	if (scopes !== undefined) {
		if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string' && s.startsWith('nhn:'))) return undefined;
		register['scopes'] = [...(scopes as string[])];
	}
	for (const [field, date] of [
		['keyCreated', keyCreated],
		['keyExpires', keyExpires],
	] as const) {
		if (date === undefined) continue;
		if (!isDate(date)) return undefined;
		register[field] = date;
	}
	return register;
}

/** The register members of a kommune (for copying it without its other members). */
export function registerOf(kommune: KommuneRegister): KommuneRegister {
	const register: Record<string, unknown> = {};
	for (const field of REGISTER_FIELDS) if (kommune[field] !== undefined) register[field] = kommune[field];
	return register;
}

/** The fields `incoming` fills that are empty in `local` (an import never overwrites). */
export function registerFills(local: KommuneRegister, incoming: KommuneRegister): RegisterField[] {
	return REGISTER_FIELDS.filter((field) => local[field] === undefined && incoming[field] !== undefined);
}
