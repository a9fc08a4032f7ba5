/**
 * Which check runs for which profile field. Only a few fields have a format a program can check: the
 * organisasjonsnummer of either party (MOD11, ./orgnr.ts), the e-mail addresses (./email.ts), the API client's
 * thumbprint (RFC 7638, 43 base64url characters) and the VKP production scopes (the functions below). The others
 * are free text.
 */
import { isThumbprint } from '../shared/thumbprint';
import { checkEmail, type EmailError } from './email';
import { checkOrgnr, type OrgnrError } from './orgnr';
import type { ProfileField } from './profile';

export type FieldProblem =
	| { field: ProfileField; kind: 'orgnr'; code: OrgnrError }
	| { field: ProfileField; kind: 'email'; code: EmailError }
	| { field: ProfileField; kind: 'thumbprint'; code: 'bad-thumbprint' }
	| { field: ProfileField; kind: 'scopes'; code: 'scope-form' | 'scope-test-only' };

/** The kind of check each checked field gets. */
export const FIELD_CHECKS: Partial<Record<ProfileField, FieldProblem['kind']>> = {
	orgnr: 'orgnr',
	bestillerOrgnr: 'orgnr',
	email: 'email',
	bestillerEmail: 'email',
	apiClientThumbprint: 'thumbprint',
	scopes: 'scopes',
};

/**
 * The problem with a field's value, or undefined. An empty field is no problem here: the drafts mark it
 * `[mangler: …]`, and a fresh form must not open full of errors.
 */
export function checkProfileField(field: ProfileField, value: string): FieldProblem | undefined {
	const trimmed = value.trim();
	const kind = FIELD_CHECKS[field];
	if (!trimmed || kind === undefined) return undefined;
	if (kind === 'orgnr') {
		const result = checkOrgnr(trimmed);
		return result.ok ? undefined : { field, kind, code: result.error.code };
	}
	if (kind === 'email') {
		const result = checkEmail(trimmed);
		return result.ok ? undefined : { field, kind, code: result.error.code };
	}
	if (kind === 'scopes') {
		// The profile's scopes go into the production order only: the test-only scope is a problem here.
		const code = scopesProblem(splitScopes(trimmed));
		return code ? { field, kind, code } : undefined;
	}
	return isThumbprint(trimmed) ? undefined : { field, kind, code: 'bad-thumbprint' };
}

/**
 * What a keystroke does to the error shown under a field: it clears the error once the value is right, but never
 * shows a new one (half a number is not a mistake yet). The check runs again when the user leaves the field.
 */
export function errorWhileTyping(field: ProfileField, value: string): 'clear' | 'keep' {
	return checkProfileField(field, value) ? 'keep' : 'clear';
}

// --- scopes, wherever a scopes field is (the profile, every production order draft, the kommune card's register) ---

/** `nhn:vkp/api/*.*`: every VKP scope at once, which VKP's Selvbetjening page says works in test only. */
export const TEST_ONLY_SCOPE = 'nhn:vkp/api/*.*';

/** Scopes as typed: separated by commas, spaces or line breaks, each once, in the order given. */
export function splitScopes(text: string): string[] {
	return [...new Set(text.split(/[\s,]+/).filter((scope) => scope !== ''))];
}

/**
 * What is wrong with scopes for a production client: an entry that is no NHN scope (`nhn:…`, at most 200 characters),
 * or the test-only scope. Undefined when nothing is.
 */
export function scopesProblem(scopes: readonly string[]): 'scope-form' | 'scope-test-only' | undefined {
	if (scopes.some((scope) => !scope.startsWith('nhn:') || scope.length > 200)) return 'scope-form';
	return scopes.includes(TEST_ONLY_SCOPE) ? 'scope-test-only' : undefined;
}
