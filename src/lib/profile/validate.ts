/**
 * Which check runs for which profile field. Only two fields have a format a program can check: the
 * organisasjonsnummer (MOD11, ./orgnr.ts) and the e-mail address (./email.ts). The others are free text.
 */
import { checkEmail, type EmailError } from './email';
import { checkOrgnr, type OrgnrError } from './orgnr';
import type { ProfileField } from './profile';

export type FieldProblem = { field: 'orgnr'; code: OrgnrError } | { field: 'email'; code: EmailError };

/**
 * The problem with a field's value, or undefined. An empty field is no problem here: the drafts mark it
 * `[mangler: …]`, and a fresh form must not open full of errors.
 */
export function checkProfileField(field: ProfileField, value: string): FieldProblem | undefined {
	const trimmed = value.trim();
	if (!trimmed) return undefined;
	if (field === 'orgnr') {
		const result = checkOrgnr(trimmed);
		return result.ok ? undefined : { field, code: result.error.code };
	}
	if (field === 'email') {
		const result = checkEmail(trimmed);
		return result.ok ? undefined : { field, code: result.error.code };
	}
	return undefined;
}

/**
 * What a keystroke does to the error shown under a field: it clears the error once the value is right, but never
 * shows a new one (half a number is not a mistake yet). The check runs again when the user leaves the field.
 */
export function errorWhileTyping(field: ProfileField, value: string): 'clear' | 'keep' {
	return checkProfileField(field, value) ? 'keep' : 'clear';
}
