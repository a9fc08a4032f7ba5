/**
 * The supplier profile the mail drafts are filled from: its shape, how stored data is checked (by hand, so no
 * schema library ships to the browser), and the field checks the profile form shows.
 */
import { checkOrgnr } from './orgnr';

export interface Profile {
	readonly company: string;
	readonly orgnr: string;
	readonly contactName: string;
	readonly email: string;
	readonly phone: string;
	readonly product: string;
	/** HelseID scopes wanted for VKP, one per entry, e.g. `nhn:vkp/api/user/patient.read`. */
	readonly scopes: readonly string[];
	/** The veiledningstjenester in Verktøykatalogen the supplier will administer. */
	readonly veiledningstjenester: readonly string[];
}

export type TextField = 'company' | 'orgnr' | 'contactName' | 'email' | 'phone' | 'product';
export type ListField = 'scopes' | 'veiledningstjenester';
export type ProfileField = TextField | ListField;

export const TEXT_FIELDS: readonly TextField[] = ['company', 'orgnr', 'contactName', 'email', 'phone', 'product'];
export const LIST_FIELDS: readonly ListField[] = ['scopes', 'veiledningstjenester'];

/** Field names as the user sees them (in the form and in "missing" notes). */
export const FIELD_LABELS: Record<ProfileField | 'kommuner', string> = {
	company: 'Firmanavn',
	orgnr: 'Organisasjonsnummer',
	contactName: 'Kontaktperson',
	email: 'E-post',
	phone: 'Telefon',
	product: 'Produkt eller system',
	scopes: 'Scopes',
	veiledningstjenester: 'Veiledningstjenester',
	kommuner: 'Kommuner',
};

export function emptyProfile(): Profile {
	return {
		company: '',
		orgnr: '',
		contactName: '',
		email: '',
		phone: '',
		product: '',
		scopes: [],
		veiledningstjenester: [],
	};
}

/** Validates stored profile data (schema version 1). Unknown extra keys are ignored; wrong types are refused. */
export function readProfileV1(data: unknown): { ok: true; value: Profile } | { ok: false } {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false };
	const record = data as Record<string, unknown>;
	const profile: Record<string, unknown> = { ...emptyProfile() };
	for (const field of TEXT_FIELDS) {
		const value = record[field];
		if (value === undefined) continue;
		if (typeof value !== 'string') return { ok: false };
		profile[field] = value;
	}
	for (const field of LIST_FIELDS) {
		const value = record[field];
		if (value === undefined) continue;
		if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) return { ok: false };
		profile[field] = [...value];
	}
	return { ok: true, value: profile as unknown as Profile };
}

/** Splits a textarea's text into its non-empty lines. */
export function splitLines(text: string): string[] {
	return text
		.split(/\r\n|\r|\n/)
		.map((line) => line.trim())
		.filter((line) => line !== '');
}

export type FieldCheck = { ok: true } | { ok: false; error: { code: string; message: string } };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;
const SCOPE = /^nhn:vkp\/api\/user\/[A-Za-z][A-Za-z0-9]*\.(read|write|\*)$/;

/** The inline check the form shows for a field; empty optional fields are fine (drafts mark them as missing). */
export function checkField(field: ProfileField, value: string): FieldCheck {
	const text = value.trim();
	if (text === '') return { ok: true };
	if (field === 'orgnr') {
		const result = checkOrgnr(text);
		return result.ok ? { ok: true } : result;
	}
	if (field === 'email' && !EMAIL.test(text)) {
		return {
			ok: false,
			error: { code: 'bad-email', message: 'E-postadressen ser ikke riktig ut. Den skal ha formen navn@firma.no.' },
		};
	}
	if (field === 'scopes') {
		const wrong = splitLines(value).filter((line) => !SCOPE.test(line));
		if (wrong.length > 0) {
			return {
				ok: false,
				error: {
					code: 'bad-scope',
					message: `Disse linjene har ikke formen nhn:vkp/api/user/<FHIR-ressurs>.<read|write|*>: ${wrong.join(', ')}`,
				},
			};
		}
	}
	return { ok: true };
}
