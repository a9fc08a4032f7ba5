/**
 * A kommune's register entry beside its steps and key thumbprint: the HelseID client ids (test and production), the
 * `vkp-id`, the scopes granted and the key's dates. Stored as optional members of the kommune
 * (src/lib/kommuner/chosen.ts) and carried by the export file from version 3. The member names are frozen once
 * stored: never rename them.
 *
 * Every field is checked as typed; a check returns codes (messages.ts has the Norwegian text).
 */
import { parseScope } from '../helseid/scopes';
import { daysBetween, isDate } from '../shared/dates';

export { daysBetween, isDate, isoDay } from '../shared/dates';

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

export type RegisterErrorCode =
	| 'client-id-space'
	| 'client-id-long'
	| 'client-id-same'
	| 'vkp-id-form'
	| 'scope-form'
	| 'date-form'
	| 'created-future'
	| 'created-after-expiry';

export type RegisterNoteCode = 'key-expired' | 'scope-test-only';

/** What the form's fields hold, as typed. */
export type RegisterInput = Readonly<Record<RegisterField, string>>;

export type RegisterCheck =
	| {
			readonly ok: true;
			readonly register: KommuneRegister;
			/** Not errors: things to say beside a saved field (an expired key, a test-only scope). */
			readonly notes: Partial<Record<RegisterField, RegisterNoteCode>>;
	  }
	| { readonly ok: false; readonly errors: Partial<Record<RegisterField, RegisterErrorCode>> };

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

/** Scopes as typed: separated by commas, spaces or line breaks, each once, in the order given. */
export function splitScopes(text: string): string[] {
	return [...new Set(text.split(/[\s,]+/).filter((scope) => scope !== ''))];
}

function checkClientId(value: string): RegisterErrorCode | undefined {
	if (value.length > MAX_CLIENT_ID) return 'client-id-long';
	return CLIENT_ID.test(value) ? undefined : 'client-id-space';
}

/** Checks the form's fields; `today` is YYYY-MM-DD. Empty fields are simply not saved. */
export function checkRegister(input: RegisterInput, today: string): RegisterCheck {
	const errors: Partial<Record<RegisterField, RegisterErrorCode>> = {};
	const notes: Partial<Record<RegisterField, RegisterNoteCode>> = {};
	const value = (field: RegisterField) => input[field].trim();
	const register: Record<string, string | readonly string[]> = {};
	for (const field of ['clientIdTest', 'clientIdProd'] as const) {
		const id = value(field);
		if (id === '') continue;
		const error = checkClientId(id);
		if (error) errors[field] = error;
		else register[field] = id;
	}
	if (register['clientIdTest'] !== undefined && register['clientIdTest'] === register['clientIdProd']) {
		errors.clientIdProd = 'client-id-same';
	}
	const vkpId = value('vkpId');
	if (vkpId !== '') {
		if (isVkpId(vkpId)) register['vkpId'] = vkpId;
		else errors.vkpId = 'vkp-id-form';
	}
	const scopes = splitScopes(input.scopes);
	if (scopes.length > 0) {
		if (scopes.some((scope) => !scope.startsWith('nhn:') || scope.length > 200)) errors.scopes = 'scope-form';
		else {
			register['scopes'] = scopes;
			if (scopes.some((scope) => parseScope(scope).kind === 'all')) notes.scopes = 'scope-test-only';
		}
	}
	for (const field of ['keyCreated', 'keyExpires'] as const) {
		const date = value(field);
		if (date === '') continue;
		if (isDate(date)) register[field] = date;
		else errors[field] = 'date-form';
	}
	const created = register['keyCreated'] as string | undefined;
	const expires = register['keyExpires'] as string | undefined;
	if (created !== undefined && daysBetween(today, created) > 0) errors.keyCreated = 'created-future';
	else if (created !== undefined && expires !== undefined && daysBetween(created, expires) <= 0) {
		errors.keyExpires = 'created-after-expiry';
	}
	if (expires !== undefined && daysBetween(today, expires) < 0) notes.keyExpires = 'key-expired';
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return { ok: true, register: register, notes };
}

/** The form's text for a saved register (the scopes one per line). */
export function registerInput(register: KommuneRegister): RegisterInput {
	return {
		clientIdTest: register.clientIdTest ?? '',
		clientIdProd: register.clientIdProd ?? '',
		vkpId: register.vkpId ?? '',
		scopes: (register.scopes ?? []).join('\n'),
		keyCreated: register.keyCreated ?? '',
		keyExpires: register.keyExpires ?? '',
	};
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
		if (typeof id !== 'string' || checkClientId(id) !== undefined) return undefined;
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
