/**
 * The kommuner a VKP supplier delivers to, without the list of all kommuner: what the checklist needs on every
 * page load. `stores/kommuner.ts` re-exports all of this and adds `addKommune`, which looks names up in the
 * 2025 list; keeping that list out of this module keeps it out of the checklist's first script load.
 */
import { computed } from 'nanostores';
import { createDurableStore, type ReadResult } from './durable';

export interface ChosenKommune {
	readonly nummer: string;
	readonly navn: string;
	/** RFC 7638 thumbprint of the public key checked for this kommune's HelseID client, if any. */
	readonly thumbprint?: string;
}

export interface KommunerState {
	readonly kommuner: readonly ChosenKommune[];
}

export const THUMBPRINT = /^[A-Za-z0-9_-]{43}$/;

function readKommunerV1(data: unknown): ReadResult<KommunerState> {
	if (typeof data !== 'object' || data === null || !Array.isArray((data as { kommuner?: unknown }).kommuner)) {
		return { ok: false };
	}
	const kommuner: ChosenKommune[] = [];
	for (const entry of (data as { kommuner: unknown[] }).kommuner) {
		if (typeof entry !== 'object' || entry === null) return { ok: false };
		const { nummer, navn, thumbprint } = entry as Record<string, unknown>;
		if (typeof nummer !== 'string' || typeof navn !== 'string') return { ok: false };
		if (thumbprint !== undefined && (typeof thumbprint !== 'string' || !THUMBPRINT.test(thumbprint))) {
			return { ok: false };
		}
		kommuner.push(thumbprint === undefined ? { nummer, navn } : { nummer, navn, thumbprint });
	}
	return { ok: true, value: { kommuner } };
}

export const kommunerStore = createDurableStore<KommunerState>({
	key: 'veiviser:kommuner:v1',
	version: 1,
	empty: () => ({ kommuner: [] }),
	read: (data) => readKommunerV1(data),
});

export const $kommuner = computed(kommunerStore.$value, (state) => state.kommuner);

export type KommuneChange =
	| { ok: true }
	| { ok: false; error: { code: 'unknown-kommune' | 'already-added' | 'not-added' | 'bad-thumbprint' | 'storage-unreadable' } };

const unreadable: KommuneChange = { ok: false, error: { code: 'storage-unreadable' } };

/** Removes a kommune from the list. Callers ask the user first: the kommune's progress goes with it. */
export function removeKommune(nummer: string): KommuneChange {
	if (!$kommuner.get().some((k) => k.nummer === nummer)) return { ok: false, error: { code: 'not-added' } };
	const saved = kommunerStore.update((state) => ({ kommuner: state.kommuner.filter((k) => k.nummer !== nummer) }));
	return saved ? { ok: true } : unreadable;
}

/** Attaches a checked public key's RFC 7638 thumbprint (base64url SHA-256, 43 characters) to a kommune. */
export function setKommuneThumbprint(nummer: string, thumbprint: string): KommuneChange {
	if (!THUMBPRINT.test(thumbprint)) return { ok: false, error: { code: 'bad-thumbprint' } };
	if (!$kommuner.get().some((k) => k.nummer === nummer)) return { ok: false, error: { code: 'not-added' } };
	const saved = kommunerStore.update((state) => ({
		kommuner: state.kommuner.map((k) => (k.nummer === nummer ? { ...k, thumbprint } : k)),
	}));
	return saved ? { ok: true } : unreadable;
}

/**
 * Adds kommuner restored from a progress file, with the names the file gives (a kommune merged away since the
 * export keeps its row). Kommuner already in the list are left as they are.
 */
export function restoreKommuner(kommuner: readonly { nummer: string; navn: string }[]): KommuneChange {
	const saved = kommunerStore.update((state) => {
		const known = new Set(state.kommuner.map((k) => k.nummer));
		const added = kommuner.filter((k) => !known.has(k.nummer) && known.add(k.nummer)).map(({ nummer, navn }) => ({ nummer, navn }));
		return added.length === 0 ? state : { kommuner: [...state.kommuner, ...added] };
	});
	return saved ? { ok: true } : unreadable;
}
