/**
 * The profile: who sends the mails, for each party. The supplier (leverandør) fills in its own fields; a bestiller
 * (the public health actor that orders a Verktøykatalogen integration) has sender fields of her own, and the user
 * says which role is hers. Entered once, kept in this browser (src/stores/profile.ts), used by every mail draft and
 * carried in the export file. The field names are stored in users' browsers and export files: never rename one.
 */
import { readStoredPublicJwk } from '../shared/public-jwk';
import { isRecord } from '../shared/record';
import { readVersioned, type Migrations } from '../shared/versioned';

/** The three roles of the start page. Stored: never rename one. */
export const ROLES = ['vkp-leverandor', 'vk-leverandor', 'bestiller'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
	return (ROLES as readonly unknown[]).includes(value);
}

export interface Profile {
	/** Which role the user has; '' until chosen. */
	role: Role | '';
	// The supplier (leverandør): the VKP supplier or the veiledningsleverandør.
	company: string;
	orgnr: string;
	contactName: string;
	email: string;
	phone: string;
	product: string;
	/** Scopes wanted for the HelseID clients (VKP), one per line. */
	scopes: string;
	/** The veiledningstjenester concerned (Verktøykatalogen), one per line. */
	veiledningstjenester: string;
	/** RFC 7638 thumbprint of the public key for the Verktøykatalogen API client, from the key check (or typed). */
	apiClientThumbprint: string;
	// The bestiller: the public health actor that orders a Verktøykatalogen integration.
	bestillerCompany: string;
	bestillerOrgnr: string;
	bestillerContactName: string;
	bestillerEmail: string;
	bestillerPhone: string;
	/**
	 * The public key checked for the Verktøykatalogen API client, as JSON of kty, n and e (keys/public-jwk.ts). Set by
	 * the key check with the thumbprint, never typed: not a form field. Public only: anything else is unreadable.
	 */
	apiClientPublicJwk?: string;
}

/** The name the drafts were written against before profiles had roles; the same shape. */
export type SupplierProfile = Profile;

/** The text fields of the profile (every member but the role). */
export type ProfileField = Exclude<keyof Profile, 'role' | 'apiClientPublicJwk'>;

/** Who a field belongs to: the supplier or the bestiller. */
export type Party = 'leverandor' | 'bestiller';

/** The supplier's fields, in the order the form shows them. */
export const SUPPLIER_FIELDS: readonly ProfileField[] = [
	'company',
	'orgnr',
	'contactName',
	'email',
	'phone',
	'product',
	'scopes',
	'veiledningstjenester',
	'apiClientThumbprint',
];

/** The bestiller's own sender fields, in the order the form shows them. */
export const BESTILLER_FIELDS: readonly ProfileField[] = [
	'bestillerCompany',
	'bestillerOrgnr',
	'bestillerContactName',
	'bestillerEmail',
	'bestillerPhone',
];

/** Every text field: the order a draft lists what it is missing. Labels: ./messages.ts. */
export const PROFILE_FIELDS: readonly ProfileField[] = [...SUPPLIER_FIELDS, ...BESTILLER_FIELDS];

export function partyOf(field: ProfileField): Party {
	return BESTILLER_FIELDS.includes(field) ? 'bestiller' : 'leverandor';
}

/**
 * The fields the form asks for as "Må fylles ut." for their party: the drafts use them. The phone numbers are left
 * out of a draft when empty; scopes (VKP), veiledningstjenester and the thumbprint (Verktøykatalogen) concern one
 * service each.
 */
export const REQUIRED_FIELDS: ReadonlySet<ProfileField> = new Set<ProfileField>([
	'company',
	'orgnr',
	'contactName',
	'email',
	'product',
	'bestillerCompany',
	'bestillerOrgnr',
	'bestillerContactName',
	'bestillerEmail',
]);

/** Which service's drafts use a field, where only one does: the form shows it only to the roles that need it. */
export const FIELD_SERVICE: Partial<Record<ProfileField, 'vkp' | 'verktoykatalogen'>> = {
	scopes: 'vkp',
	veiledningstjenester: 'verktoykatalogen',
	apiClientThumbprint: 'verktoykatalogen',
};

export function emptyProfile(): Profile {
	return {
		role: '',
		company: '',
		orgnr: '',
		contactName: '',
		email: '',
		phone: '',
		product: '',
		scopes: '',
		veiledningstjenester: '',
		apiClientThumbprint: '',
		bestillerCompany: '',
		bestillerOrgnr: '',
		bestillerContactName: '',
		bestillerEmail: '',
		bestillerPhone: '',
	};
}

/** Longer than any real value: a bigger one is not a profile this site wrote. */
export const MAX_FIELD_LENGTH = 10_000;

/**
 * Fields that become mail headers (`From:`, `Reply-To:`): never a line break or other control character. The form
 * cannot type one, but stored data can be anything, and `kari@x.no\r\nBcc: …` would add a header to every draft.
 */
export const ADDRESS_FIELDS: ReadonlySet<ProfileField> = new Set<ProfileField>(['email', 'bestillerEmail']);

/**
 * The current schema version of the stored profile (and of the profile in export files). Version 1 held the
 * supplier's fields only; version 2 added the role, the bestiller's fields and the API client's thumbprint.
 */
export const PROFILE_VERSION = 2;

/** Version 1 data is the supplier's fields: it becomes version 2 with no role chosen yet. */
export const PROFILE_MIGRATIONS: Migrations = {
	1: (data) => (isRecord(data) ? { ...data, role: '' } : data),
};

/**
 * Reads profile data of the current version: every field a string of sensible length (absent ones empty), address
 * fields on one line, the role one of ROLES or ''. The thumbprint is text the user may still be typing: the drafts
 * check it before use, as they check the organisasjonsnummer. Unknown members are ignored; anything else makes the
 * whole value unreadable, so the caller keeps the text instead of silently dropping a part.
 */
export function readProfileData(data: unknown): Profile | undefined {
	if (!isRecord(data)) return undefined;
	const profile = emptyProfile();
	const role = data['role'] ?? '';
	if (role !== '' && !isRole(role)) return undefined;
	profile.role = role;
	for (const field of PROFILE_FIELDS) {
		const value = data[field];
		if (value === undefined) continue;
		if (typeof value !== 'string' || value.length > MAX_FIELD_LENGTH) return undefined;
		// eslint-disable-next-line no-control-regex -- control characters are what this refuses
		if (ADDRESS_FIELDS.has(field) && /[\x00-\x1f\x7f\u2028\u2029]/.test(value)) return undefined;
		profile[field] = value;
	}
	const key = data['apiClientPublicJwk'];
	if (key !== undefined) {
		if (typeof key !== 'string' || !readStoredPublicJwk(parseJson(key))) return undefined;
		profile.apiClientPublicJwk = key;
	}
	return profile;
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

/** Reads a stored profile of any known version (1 or 2), migrated to the current one. Never throws. */
export function readProfile(data: unknown, storedVersion: number = PROFILE_VERSION): Profile | undefined {
	return readVersioned(data, storedVersion, PROFILE_VERSION, PROFILE_MIGRATIONS, readProfileData);
}

/** One change a merge of an imported profile makes: an empty field filled, or the role chosen. */
export interface ProfileFill {
	readonly field: ProfileField | 'role';
	readonly value: string;
}

/**
 * What importing a profile adds to the local one: each field that is empty here and filled in the file, and the
 * role when none is chosen here. A field filled in here is never overwritten: the import only adds.
 */
export function profileFills(local: Profile, incoming: Profile): ProfileFill[] {
	const fills: ProfileFill[] = [];
	if (local.role === '' && incoming.role !== '') fills.push({ field: 'role', value: incoming.role });
	for (const field of PROFILE_FIELDS) {
		if (local[field].trim() === '' && incoming[field].trim() !== '') fills.push({ field, value: incoming[field] });
	}
	return fills;
}

/** The local profile with the fills of `profileFills` applied. */
export function mergeProfile(local: Profile, incoming: Profile): Profile {
	const merged: Profile = { ...local };
	for (const { field, value } of profileFills(local, incoming))
		(merged as unknown as Record<string, string>)[field] = value;
	// The API client's key comes with its thumbprint, when that was filled from the file.
	if (
		merged.apiClientThumbprint === incoming.apiClientThumbprint &&
		!local.apiClientPublicJwk &&
		incoming.apiClientPublicJwk
	)
		merged.apiClientPublicJwk = incoming.apiClientPublicJwk;
	return merged;
}

/** Whether the profile holds anything at all (an export leaves an empty profile out of its preview). */
export function isEmptyProfile(profile: Profile): boolean {
	return profile.role === '' && PROFILE_FIELDS.every((field) => profile[field].trim() === '');
}
