/**
 * The supplier profile: who sends the mails. Entered once, kept in this browser (src/stores/profile.ts), used by
 * every mail draft. The field names are stored in users' browsers and export files: never rename one.
 */
import { isRecord } from '../shared/record';

export interface SupplierProfile {
	company: string;
	orgnr: string;
	contactName: string;
	email: string;
	phone: string;
	product: string;
	/** Scopes wanted for the HelseID clients, one per line. */
	scopes: string;
	/** The veiledningstjenester concerned (Verktøykatalogen), one per line. */
	veiledningstjenester: string;
}

export type ProfileField = keyof SupplierProfile;

/** Every field, in the order the form shows them and a draft lists what it is missing. Labels: ./messages.ts. */
export const PROFILE_FIELDS: readonly ProfileField[] = [
	'company',
	'orgnr',
	'contactName',
	'email',
	'phone',
	'product',
	'scopes',
	'veiledningstjenester',
];

/**
 * The fields the form asks for as "Må fylles ut.": the drafts of both services use them. The phone number is left
 * out of a draft when empty; scopes (VKP) and veiledningstjenester (Verktøykatalogen) concern one service each.
 */
export const REQUIRED_FIELDS: ReadonlySet<ProfileField> = new Set([
	'company',
	'orgnr',
	'contactName',
	'email',
	'product',
]);

export function emptyProfile(): SupplierProfile {
	return {
		company: '',
		orgnr: '',
		contactName: '',
		email: '',
		phone: '',
		product: '',
		scopes: '',
		veiledningstjenester: '',
	};
}

/** Longer than any real value: a bigger one is not a profile this site wrote. */
export const MAX_FIELD_LENGTH = 10_000;

/**
 * Fields that become mail headers (`From:`): never a line break or other control character. The form cannot type
 * one, but stored data can be anything, and `kari@x.no\r\nBcc: …` would add a header to every draft.
 */
export const ADDRESS_FIELDS: ReadonlySet<ProfileField> = new Set(['email']);

/**
 * Reads stored profile data (schema version 1): every field a string of sensible length, address fields on one
 * line, unknown members ignored.
 */
export function readProfile(data: unknown): SupplierProfile | undefined {
	if (!isRecord(data)) return undefined;
	const profile = emptyProfile();
	for (const field of PROFILE_FIELDS) {
		const value = data[field];
		if (value === undefined) continue;
		if (typeof value !== 'string' || value.length > MAX_FIELD_LENGTH) return undefined;
		// eslint-disable-next-line no-control-regex -- control characters are what this refuses
		if (ADDRESS_FIELDS.has(field) && /[\x00-\x1f\x7f\u2028\u2029]/.test(value)) return undefined;
		profile[field] = value;
	}
	return profile;
}
