/**
 * The supplier profile: entered once, kept in this browser, used by every mail draft. Same durability rules as the
 * checklist progress (src/stores/durable.ts).
 */
import { emptyProfile, PROFILE_FIELD_LABELS, type ProfileField, type SupplierProfile } from '../lib/mail-drafts';
import { createDurableStore, type ReadResult } from './durable';

const FIELDS = Object.keys(PROFILE_FIELD_LABELS) as ProfileField[];
/** Longer than any real value: a bigger one is not a profile this site wrote. */
const MAX_FIELD_LENGTH = 10_000;

export function readProfileV1(data: unknown): ReadResult<SupplierProfile> {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false };
	const profile = emptyProfile();
	for (const field of FIELDS) {
		const value = (data as Record<string, unknown>)[field];
		if (value === undefined) continue;
		if (typeof value !== 'string' || value.length > MAX_FIELD_LENGTH) return { ok: false };
		profile[field] = value;
	}
	return { ok: true, value: profile };
}

export const profileStore = createDurableStore<SupplierProfile>({
	key: 'veiviser:profile:v1',
	version: 1,
	empty: emptyProfile,
	read: (data) => readProfileV1(data),
});

export const $profile = profileStore.$value;

/** Sets one field; false while stored profile text is unreadable (it is kept until the user decides). */
export function setProfileField(field: ProfileField, value: string): boolean {
	return profileStore.update((profile) => ({ ...profile, [field]: value.slice(0, MAX_FIELD_LENGTH) }));
}
