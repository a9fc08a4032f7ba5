/**
 * The kommuner a VKP supplier delivers to. One HelseID client per kommune, so the VKP checklist keeps a row per
 * kommune, the order mail lists them, and a checked key's thumbprint can be attached to one.
 *
 * The store itself lives in `chosen-kommuner.ts` (no list of all kommuner, so the checklist's first script stays
 * small); this module adds the functions that look kommuner up in the 2025 list.
 */
import { findKommune } from '../lib/kommuner';
import { $kommuner, kommunerStore, type KommuneChange } from './chosen-kommuner';

export {
	$kommuner,
	kommunerStore,
	removeKommune,
	restoreKommuner,
	setKommuneThumbprint,
	type ChosenKommune,
	type KommuneChange,
	type KommunerState,
} from './chosen-kommuner';

/** Adds a kommune by kommunenummer (from the 2025 list). */
export function addKommune(nummer: string): KommuneChange {
	const kommune = findKommune(nummer);
	if (!kommune) return { ok: false, error: { code: 'unknown-kommune' } };
	if ($kommuner.get().some((k) => k.nummer === kommune.nummer)) return { ok: false, error: { code: 'already-added' } };
	const saved = kommunerStore.update((state) => ({
		kommuner: [...state.kommuner, { nummer: kommune.nummer, navn: kommune.navn }],
	}));
	return saved ? { ok: true } : { ok: false, error: { code: 'storage-unreadable' } };
}

/**
 * Makes a row another kommune (the user picked the wrong one), keeping its place in the list. The caller moves
 * the row's progress too, after asking.
 */
export function replaceKommune(from: string, to: string): KommuneChange {
	const kommune = findKommune(to);
	if (!kommune) return { ok: false, error: { code: 'unknown-kommune' } };
	const list = $kommuner.get();
	if (!list.some((k) => k.nummer === from)) return { ok: false, error: { code: 'not-added' } };
	if (list.some((k) => k.nummer === kommune.nummer)) return { ok: false, error: { code: 'already-added' } };
	const saved = kommunerStore.update((state) => ({
		kommuner: state.kommuner.map((k) => (k.nummer === from ? { nummer: kommune.nummer, navn: kommune.navn } : k)),
	}));
	return saved ? { ok: true } : { ok: false, error: { code: 'storage-unreadable' } };
}
