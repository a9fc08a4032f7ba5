/**
 * The profile: the supplier's and the bestiller's sender fields and the user's role, entered once, kept in this
 * browser, used by every mail draft. Same durability rules as the checklist progress (src/stores/durable.ts). The
 * storage key stays `veiviser:profile:v1`; the envelope's version (2) says the shape, and version 1 profiles are
 * migrated on read (src/lib/profile/profile.ts).
 */
import { readStoredPublicJwk, type StoredPublicJwk } from '../lib/shared/public-jwk';
import {
	emptyProfile,
	MAX_FIELD_LENGTH,
	mergeProfile,
	PROFILE_VERSION,
	readProfile,
	type Profile,
	type ProfileField,
	type Role,
} from '../lib/profile/profile';
import { createDurableStore } from './durable';

export const profileStore = createDurableStore<Profile>({
	key: 'veiviser:profile:v1',
	version: PROFILE_VERSION,
	empty: emptyProfile,
	read: (data, storedVersion) => readProfile(data, storedVersion),
});

export const $profile = profileStore.$value;

/**
 * Sets one field; false while stored profile text is unreadable (it is kept until the user decides). Other tools
 * write through this too (the key check's thumbprint, a scope builder's scopes).
 */
export function setProfileField(field: ProfileField, value: string): boolean {
	return profileStore.update((profile) => {
		const next: Profile = { ...profile, [field]: value.slice(0, MAX_FIELD_LENGTH) };
		// A thumbprint typed by hand no longer matches the saved key: the key goes, and the draft says it is missing.
		if (field === 'apiClientThumbprint' && value.trim() !== profile.apiClientThumbprint.trim())
			delete next.apiClientPublicJwk;
		return next;
	});
}

/** The key check's result for the Verktøykatalogen API client: its thumbprint and public key, saved together. */
export function setApiClientKey(thumbprint: string, publicJwk: StoredPublicJwk): boolean {
	const key = readStoredPublicJwk(publicJwk);
	if (!key) return false;
	return profileStore.update((profile) => ({
		...profile,
		apiClientThumbprint: thumbprint,
		apiClientPublicJwk: JSON.stringify(key),
	}));
}

/** Remembers the user's role ('' forgets it). */
export function setProfileRole(role: Role | ''): boolean {
	return profileStore.update((profile) => (profile.role === role ? profile : { ...profile, role }));
}

/** Fills empty fields (and an unchosen role) from an imported profile; never overwrites what is filled in here. */
export function importProfile(incoming: Profile): boolean {
	return profileStore.update((profile) => mergeProfile(profile, incoming));
}
