/**
 * The supplier profile: entered once, kept in this browser, used by every mail draft. Same durability rules as the
 * checklist progress (src/stores/durable.ts).
 */
import {
	emptyProfile,
	MAX_FIELD_LENGTH,
	readProfile,
	type ProfileField,
	type SupplierProfile,
} from '../lib/profile/profile';
import { createDurableStore } from './durable';

export const profileStore = createDurableStore<SupplierProfile>({
	key: 'veiviser:profile:v1',
	version: 1,
	empty: emptyProfile,
	read: readProfile,
});

export const $profile = profileStore.$value;

/** Sets one field; false while stored profile text is unreadable (it is kept until the user decides). */
export function setProfileField(field: ProfileField, value: string): boolean {
	return profileStore.update((profile) => ({ ...profile, [field]: value.slice(0, MAX_FIELD_LENGTH) }));
}
