/**
 * The kommuner a VKP supplier delivers to (`veiviser:kommuner:v1`), on the same durable layer as the progress.
 * This module holds no list of all kommuner, so the checklist's first script stays small: callers look a kommune
 * up in src/lib/kommuner/directory.ts (loaded on first use) and hand it over.
 */
import type { StoredPublicJwk } from '../lib/shared/public-jwk';
import type { KommuneRegister } from '../lib/kommuner/register';
import { computed } from 'nanostores';
import {
	mergeKommuner,
	readChosenKommuner,
	THUMBPRINT,
	withRegister,
	withThumbprint,
	type ChosenKommune,
	type KommunerState,
} from '../lib/kommuner/chosen';
import { createDurableStore } from './durable';

export type { ChosenKommune, KommunerState } from '../lib/kommuner/chosen';

export const kommunerStore = createDurableStore<KommunerState>({
	// The same key as KOMMUNER_KEY (kommuner-stored.ts, tested): written out so this module does not share a chunk with
	// the checklist's first script.
	key: 'veiviser:kommuner:v1',
	version: 1,
	empty: () => ({ kommuner: [] }),
	read: (data) => readChosenKommuner(data),
});

export const $kommuner = computed(kommunerStore.$value, (state) => state.kommuner);

/**
 * `notSaved`: the change is made for this visit, but the browser refused to store it (storage full or blocked);
 * what was stored before is still there. The island says so.
 */
export type KommuneChange =
	| { ok: true; notSaved?: true }
	| { ok: false; error: { code: 'already-added' | 'not-added' | 'bad-thumbprint' | 'storage-unreadable' } };

const unreadable: KommuneChange = { ok: false, error: { code: 'storage-unreadable' } };
export const saved = (ok: boolean): KommuneChange =>
	ok ? (kommunerStore.isSaved() ? { ok } : { ok, notSaved: ok }) : unreadable;
export const isChosen = (nummer: string) => $kommuner.get().some((k) => k.nummer === nummer);

/** Adds a kommune (looked up by the caller in the list of all kommuner). */
export function addKommune({ nummer, navn }: { nummer: string; navn: string }): KommuneChange {
	if (isChosen(nummer)) return { ok: false, error: { code: 'already-added' } };
	return saved(kommunerStore.update((state) => ({ kommuner: [...state.kommuner, { nummer, navn }] })));
}

/**
 * Makes a row another kommune (the user picked the wrong one), keeping its place in the list. The caller moves
 * the row's progress too, after asking.
 */
export function replaceKommune(from: string, to: { nummer: string; navn: string }): KommuneChange {
	if (!isChosen(from)) return { ok: false, error: { code: 'not-added' } };
	if (isChosen(to.nummer)) return { ok: false, error: { code: 'already-added' } };
	return saved(
		kommunerStore.update((state) => ({
			kommuner: state.kommuner.map((k) => (k.nummer === from ? { nummer: to.nummer, navn: to.navn } : k)),
		})),
	);
}

/** Removes a kommune from the list. Callers ask the user first: the kommune's progress goes with it. */
export function removeKommune(nummer: string): KommuneChange {
	if (!isChosen(nummer)) return { ok: false, error: { code: 'not-added' } };
	return saved(kommunerStore.update((state) => ({ kommuner: state.kommuner.filter((k) => k.nummer !== nummer) })));
}

/** Attaches a checked public key's RFC 7638 thumbprint (base64url SHA-256, 43 characters) to a kommune. */
export function setKommuneThumbprint(nummer: string, thumbprint: string, publicJwk?: StoredPublicJwk): KommuneChange {
	if (!THUMBPRINT.test(thumbprint)) return { ok: false, error: { code: 'bad-thumbprint' } };
	if (!isChosen(nummer)) return { ok: false, error: { code: 'not-added' } };
	return saved(
		kommunerStore.update((state) => ({ kommuner: withThumbprint(state.kommuner, nummer, thumbprint, publicJwk) })),
	);
}

/** Saves a kommune's register (client ids, `vkp-id`, scopes, key dates), checked by the caller (register.ts). */
export function setKommuneRegister(nummer: string, register: KommuneRegister): KommuneChange {
	if (!isChosen(nummer)) return { ok: false, error: { code: 'not-added' } };
	return saved(kommunerStore.update((state) => ({ kommuner: withRegister(state.kommuner, nummer, register) })));
}

/** Forgets a kommune's thumbprint (the user removed it after confirming). */
export function clearKommuneThumbprint(nummer: string): KommuneChange {
	if (!isChosen(nummer)) return { ok: false, error: { code: 'not-added' } };
	return saved(kommunerStore.update((state) => ({ kommuner: withThumbprint(state.kommuner, nummer, undefined) })));
}

/**
 * Adds kommuner restored from an export file, with the names the file gives (a kommune merged away since the
 * export keeps its row) and their thumbprints; a kommune already chosen gets the file's thumbprint only when it has
 * none (src/lib/kommuner/chosen.ts, mergeKommuner). Nothing here is removed or overwritten.
 */
export function restoreKommuner(kommuner: readonly ChosenKommune[]): KommuneChange {
	return saved(
		kommunerStore.update((state) => {
			const merged = mergeKommuner(state.kommuner, kommuner);
			return merged.added.length + merged.thumbprints.length + merged.registers.length === 0
				? state
				: { kommuner: [...merged.kommuner] };
		}),
	);
}
