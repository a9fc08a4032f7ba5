/**
 * The supplier profile, entered once and kept in the browser. Stored through `createDurableStore`, so stored
 * text that cannot be read is never overwritten until the user says so.
 */
import { emptyProfile, readProfileV1, type Profile } from '../lib/profile';
import { createDurableStore } from './durable';

export const profileStore = createDurableStore<Profile>({
	key: 'veiviser:profile:v1',
	version: 1,
	empty: emptyProfile,
	read: (data) => readProfileV1(data),
});

export const $profile = profileStore.$value;

/** Changes one field; false while unreadable stored text waits for the user's decision. */
export function setProfileField<K extends keyof Profile>(field: K, value: Profile[K]): boolean {
	return profileStore.update((current) => ({ ...current, [field]: value }));
}
