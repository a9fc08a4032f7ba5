/**
 * The check of a kommune card's register form, as typed (loaded on first use with the card's actions): each field
 * gets a code for what is wrong, or a note beside a saved value (an expired key, a test-only scope). The Norwegian
 * text is in messages.ts.
 */
import { VKP_ALL_SCOPES } from '../helseid/scopes';
import { daysBetween, isDate } from '../shared/dates';
import { clientIdProblem, isVkpId, type KommuneRegister, type RegisterField } from './register';

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
 * Scopes as typed: separated by commas, spaces or line breaks, each once, in the order given. The profile's check
 * (../profile/validate.ts) splits the same way; a test holds the two equal. Kept apart so the checklist's register
 * does not load the profile's checks.
 */
export function splitScopes(text: string): string[] {
	return [...new Set(text.split(/[\s,]+/).filter((scope) => scope !== ''))];
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
		const error = clientIdProblem(id);
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
		// The register keeps the test-only scope (a card may record a test client's scopes), with a note beside it.
		if (scopes.some((scope) => !scope.startsWith('nhn:') || scope.length > 200)) errors.scopes = 'scope-form';
		else {
			register['scopes'] = scopes;
			if (scopes.includes(VKP_ALL_SCOPES)) notes.scopes = 'scope-test-only';
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
