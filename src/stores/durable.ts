/**
 * Durable, versioned stores on top of @nanostores/persistent.
 *
 * Every piece of user data the site keeps (checklist progress, kommuner, the supplier profile) goes through
 * `createDurableStore`, so the rules that protect it live in one place:
 *
 * - Stored text is an envelope `{ "v": <schema version>, "data": ... }`, read through one `decode` that either
 *   returns valid data (migrated from older versions) or marks the stored text as unreadable.
 * - Unreadable stored text (corrupt JSON, a shape we do not know, a version from a newer site) is never
 *   overwritten behind the user's back: writes are refused until the user has had the chance to download the
 *   raw text and has said to discard it (`discardUnreadable`).
 * - Storage that is disabled (private mode, blocked cookies) or full never breaks the page: the store keeps
 *   working in memory for this visit and `$storageHealth` says that saving failed, so the UI can say so.
 * - Changes in another tab arrive through the `storage` event (handled by @nanostores/persistent).
 */
import { atom, type ReadableAtom } from 'nanostores';
import { persistentAtom, setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';
import { isRecord } from '../lib/shared/record';

/** The subset of the Web Storage API the stores use; tests pass an in-memory one. */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** Whether the browser lets us keep data: `unavailable` when storage is off, `write-failed` after a failed save. */
export type StorageHealth = 'ok' | 'unavailable' | 'write-failed';

export type UnreadableReason = 'invalid-json' | 'invalid-shape' | 'newer-version';

export type Loaded<T> =
	| { readonly status: 'ok'; readonly value: T }
	| { readonly status: 'unreadable'; readonly raw: string; readonly reason: UnreadableReason };

export interface DurableStoreOptions<T> {
	/** Namespaced storage key, e.g. `veiviser:progress:v1`. */
	key: string;
	/** Current schema version written into the envelope. */
	version: number;
	/** The value for a first visit (nothing stored yet). */
	empty: () => T;
	/**
	 * Validates (and, for older versions, migrates) the envelope's `data`. Called with the envelope's version,
	 * which is never newer than `version`. Returns undefined for data it cannot use; a throw counts as that too.
	 */
	read: (data: unknown, storedVersion: number) => T | undefined;
}

export interface DurableStore<T> {
	/** The usable value: the stored value, or `empty()` while the stored text is unreadable. */
	readonly $value: ReadableAtom<T>;
	/** The raw load state, including unreadable text the user may want to download. */
	readonly $loaded: ReadableAtom<Loaded<T>>;
	/**
	 * Applies a change. Returns false, and changes nothing, while the stored text is unreadable: the user must
	 * first decide about it (download, then `discardUnreadable`).
	 */
	update(change: (current: T) => T): boolean;
	/** Replaces unreadable stored text with a fresh value. Only call after the user has confirmed. */
	discardUnreadable(): void;
	/** Parses stored text as this store would (used by import previews and tests). */
	decode(raw: string): Loaded<T>;
	/** The text this store writes for a value. */
	encode(value: T): string;
	/**
	 * Whether the value is in the browser's storage: false after storage refused the last write (full, blocked,
	 * off), while the value lives in memory for this visit only. What was stored before stays as it was.
	 */
	isSaved(): boolean;
}

// --- the guarded storage engine -------------------------------------------------------------------------------

const backing: StorageLike | undefined = probeLocalStorage();
const health = atom<StorageHealth>(backing ? 'ok' : 'unavailable');
/** Whether the browser lets the site keep data; the UI explains `unavailable` and `write-failed` in Norwegian. */
export const $storageHealth: ReadableAtom<StorageHealth> = health;

function probeLocalStorage(): StorageLike | undefined {
	try {
		if (typeof localStorage === 'undefined') return undefined;
		const probe = 'veiviser:probe';
		localStorage.setItem(probe, probe);
		localStorage.removeItem(probe);
		return localStorage;
	} catch {
		// Private mode or blocked storage: reading or writing throws.
	}
	return undefined;
}

/** Values kept for this visit when storage refuses them, so the page keeps working. */
const memory = new Map<string, string>();

function readRaw(key: string): string | undefined {
	if (memory.has(key)) return memory.get(key);
	try {
		return backing?.getItem(key) ?? undefined;
	} catch {
		// Storage that throws on reading holds nothing we can use.
	}
	return undefined;
}

function writeRaw(key: string, value: string | undefined): void {
	try {
		if (!backing) throw new Error('no storage');
		if (value === undefined) backing.removeItem(key);
		else backing.setItem(key, value);
		memory.delete(key);
	} catch {
		// Quota exceeded or storage off: keep the value for this visit and tell the user it was not saved.
		if (value === undefined) memory.delete(key);
		else memory.set(key, value);
		health.set(backing ? 'write-failed' : 'unavailable');
	}
}

/**
 * @nanostores/persistent reads and writes its engine as a plain object (`key in engine`, `engine[key]`,
 * `engine[key] = value`, `delete engine[key]`). A proxy routes all of that through the guarded functions above,
 * so no storage exception can reach the stores.
 */
const guardedEngine = new Proxy<Record<string, string>>(
	{},
	{
		get: (_target, key) => (typeof key === 'string' ? readRaw(key) : undefined),
		has: (_target, key) => typeof key === 'string' && readRaw(key) !== undefined,
		set: (_target, key, value) => {
			if (typeof key === 'string') writeRaw(key, String(value));
			return true;
		},
		deleteProperty: (_target, key) => {
			if (typeof key === 'string') writeRaw(key, undefined);
			return true;
		},
	},
);

/**
 * The text stored under a key, through the same guards: undefined when nothing is stored there or storage is off.
 * For an island that loads a store's decoder only when the store holds something (kommuner-stored.ts).
 */
export const storedText = readRaw;

const noEvents = { addEventListener() {}, removeEventListener() {} };
setPersistentEngine(guardedEngine, typeof window === 'undefined' ? noEvents : windowPersistentEvents);

/**
 * The durable stores made so far on this page, by storage key. A store whose module loads on demand (the kommune
 * store) may be made by any island; one that shows its data without loading it learns here when another has.
 */
const made = atom<Readonly<Record<string, DurableStore<unknown>>>>({});
export const $madeStores: ReadableAtom<Readonly<Record<string, DurableStore<unknown>>>> = made;

// --- envelopes --------------------------------------------------------------------------------------------------

/** Creates a store whose stored text is versioned, validated on read and never silently overwritten. */
export function createDurableStore<T>(options: DurableStoreOptions<T>): DurableStore<T> {
	const { key, version, empty, read } = options;

	function decode(raw: string): Loaded<T> {
		let parsed: unknown;
		try {
			parsed = JSON.parse(raw);
		} catch {
			return { status: 'unreadable', raw, reason: 'invalid-json' };
		}
		if (!isRecord(parsed) || !Number.isInteger(parsed['v']) || !('data' in parsed)) {
			return { status: 'unreadable', raw, reason: 'invalid-shape' };
		}
		const storedVersion = parsed['v'] as number;
		if (storedVersion > version) return { status: 'unreadable', raw, reason: 'newer-version' };
		if (storedVersion < 1) return { status: 'unreadable', raw, reason: 'invalid-shape' };
		let value: T | undefined;
		try {
			value = read(parsed['data'], storedVersion);
		} catch {
			// A reader that throws has met data it cannot use: unreadable, like a reader that returns undefined.
		}
		return value === undefined ? { status: 'unreadable', raw, reason: 'invalid-shape' } : { status: 'ok', value };
	}

	function encode(value: T): string {
		return JSON.stringify({ v: version, data: value });
	}

	const loaded = persistentAtom<Loaded<T>>(
		key,
		{ status: 'ok', value: empty() },
		{
			decode,
			// Unreadable text is written back exactly as it was: a write-through can never destroy it.
			encode: (state) => (state.status === 'ok' ? encode(state.value) : state.raw),
		},
	);

	// Derived by hand rather than with nanostores' computed(), which would cost every island with a store 0.2 KB gzip:
	// `$value` follows `$loaded` from the start, which also keeps the store listening for changes in other tabs.
	const usable = (state: Loaded<T>): T => (state.status === 'ok' ? state.value : empty());
	const $value = atom(usable(loaded.get()));
	loaded.listen((state) => $value.set(usable(state)));

	const store: DurableStore<T> = {
		$value,
		$loaded: loaded,
		decode,
		encode,
		// A refused write, and every write without storage, keeps the value in `memory` (writeRaw).
		isSaved: () => !memory.has(key),
		update(change) {
			const current = loaded.get();
			if (current.status !== 'ok') return false;
			loaded.set({ status: 'ok', value: change(current.value) });
			return true;
		},
		discardUnreadable() {
			if (loaded.get().status === 'ok') return;
			loaded.set({ status: 'ok', value: empty() });
		},
	};
	made.set({ ...made.get(), [key]: store });
	return store;
}
