import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStorage, withStorage } from '~test/helpers/memory-storage';

type Durable = typeof import('~/stores/durable');

interface Counter {
	count: number;
}

function load(storage: MemoryStorage | 'disabled'): Promise<Durable> {
	return withStorage(storage, () => import('~/stores/durable'));
}

function counterStore(durable: Durable) {
	return durable.createDurableStore<Counter>({
		key: 'veiviser:test:v1',
		version: 2,
		empty: () => ({ count: 0 }),
		read: (data, storedVersion) => {
			// v1 stored a bare number; v2 wraps it.
			if (storedVersion === 1) return typeof data === 'number' ? { count: data } : undefined;
			const count = (data as { count?: unknown } | null)?.count;
			return typeof count === 'number' ? { count } : undefined;
		},
	});
}

type StorageListener = (event: { key: string | null; newValue: string | null }) => void;

/** A window whose storage and pageshow listeners the test calls itself, as the browser would. */
function stubWindow(): { listeners: Map<string, StorageListener>; restore: () => void } {
	const listeners = new Map<string, StorageListener>();
	vi.stubGlobal('window', {
		addEventListener: (type: string, listener: StorageListener) => listeners.set(type, listener),
		removeEventListener: (type: string) => listeners.delete(type),
	});
	return { listeners, restore: () => vi.unstubAllGlobals() };
}

describe('createDurableStore', () => {
	let storage: MemoryStorage;
	beforeEach(() => {
		storage = new MemoryStorage();
	});

	it('starts empty and saves changes in a versioned envelope', async () => {
		const store = counterStore(await load(storage));
		expect(store.$value.get()).toEqual({ count: 0 });
		expect(store.update((c) => ({ count: c.count + 1 }))).toBe(true);
		expect(JSON.parse(storage.getItem('veiviser:test:v1')!)).toEqual({ v: 2, data: { count: 1 } });
	});

	it('reads what an earlier visit saved', async () => {
		storage.setItem('veiviser:test:v1', JSON.stringify({ v: 2, data: { count: 7 } }));
		const store = counterStore(await load(storage));
		expect(store.$value.get()).toEqual({ count: 7 });
	});

	it('migrates an older version and writes the new one on the next change', async () => {
		storage.setItem('veiviser:test:v1', JSON.stringify({ v: 1, data: 5 }));
		const store = counterStore(await load(storage));
		expect(store.$value.get()).toEqual({ count: 5 });
		store.update((c) => ({ count: c.count + 1 }));
		expect(JSON.parse(storage.getItem('veiviser:test:v1')!)).toEqual({ v: 2, data: { count: 6 } });
	});

	it.each([
		['invalid-json', '{"v":2,"data":'],
		['invalid-shape', JSON.stringify({ something: 'else' })],
		['invalid-shape', JSON.stringify({ v: 2, data: { count: 'many' } })],
		['newer-version', JSON.stringify({ v: 3, data: { count: 1 } })],
	])('keeps unreadable stored text (%s) and refuses to overwrite it', async (reason, raw) => {
		storage.setItem('veiviser:test:v1', raw);
		const store = counterStore(await load(storage));
		expect(store.$loaded.get()).toEqual({ status: 'unreadable', raw, reason });
		expect(store.$value.get()).toEqual({ count: 0 });
		expect(store.update(() => ({ count: 99 }))).toBe(false);
		expect(storage.getItem('veiviser:test:v1')).toBe(raw);
	});

	it('replaces unreadable text only when told to', async () => {
		storage.setItem('veiviser:test:v1', 'not json');
		const store = counterStore(await load(storage));
		store.discardUnreadable();
		expect(store.$loaded.get().status).toBe('ok');
		expect(store.update(() => ({ count: 2 }))).toBe(true);
		expect(JSON.parse(storage.getItem('veiviser:test:v1')!)).toEqual({ v: 2, data: { count: 2 } });
	});

	it('keeps working in memory and reports it when storage is full', async () => {
		const durable = await load(storage);
		const store = counterStore(durable);
		storage.full = true;
		expect(store.update(() => ({ count: 3 }))).toBe(true);
		expect(store.$value.get()).toEqual({ count: 3 });
		expect(durable.$storageHealth.get()).toBe('write-failed');
		expect(storage.getItem('veiviser:test:v1')).toBeNull();
	});

	it('says a refused write was not saved and leaves what was stored before as it was', async () => {
		storage.setItem('veiviser:test:v1', JSON.stringify({ v: 2, data: { count: 1 } }));
		const store = counterStore(await load(storage));
		expect(store.update(() => ({ count: 2 }))).toBe(true);
		expect(store.isSaved()).toBe(true);
		storage.full = true;
		store.update(() => ({ count: 3 }));
		expect(store.isSaved()).toBe(false);
		expect(JSON.parse(storage.getItem('veiviser:test:v1')!)).toEqual({ v: 2, data: { count: 2 } });
		storage.full = false;
		store.update(() => ({ count: 4 }));
		expect(store.isSaved()).toBe(true);
	});

	it('never calls a value saved when storage is disabled', async () => {
		const store = counterStore(await load('disabled'));
		store.update(() => ({ count: 1 }));
		expect(store.isSaved()).toBe(false);
	});

	it('keeps working in memory when storage is disabled', async () => {
		const durable = await load('disabled');
		const store = counterStore(durable);
		expect(durable.$storageHealth.get()).toBe('unavailable');
		store.update(() => ({ count: 4 }));
		expect(store.$value.get()).toEqual({ count: 4 });
	});

	it('never lets a schema reader exception escape', async () => {
		const durable = await load(storage);
		storage.setItem('veiviser:test:v1', JSON.stringify({ v: 1, data: 1 }));
		const store = durable.createDurableStore<Counter>({
			key: 'veiviser:test:v1',
			version: 1,
			empty: () => ({ count: 0 }),
			read: () => {
				throw new Error('bug in a reader');
			},
		});
		expect(store.$loaded.get().status).toBe('unreadable');
	});

	it('finds storage ok and leaves no trace of its probe', async () => {
		const durable = await load(storage);
		expect(durable.$storageHealth.get()).toBe('ok');
		expect([...storage.items.keys()]).toEqual([]);
	});

	it('keeps a value refused by full storage for the rest of the visit, until storage takes a newer one', async () => {
		const durable = await load(storage);
		const store = counterStore(durable);
		storage.full = true;
		store.update(() => ({ count: 3 }));
		// Another store on the same key in the same visit (another island) sees the kept value.
		expect(counterStore(durable).$value.get()).toEqual({ count: 3 });
		storage.full = false;
		store.update(() => ({ count: 4 }));
		expect(JSON.parse(storage.getItem('veiviser:test:v1')!)).toEqual({ v: 2, data: { count: 4 } });
		storage.items.set('veiviser:test:v1', JSON.stringify({ v: 2, data: { count: 5 } }));
		expect(counterStore(durable).$value.get()).toEqual({ count: 5 });
	});

	it.each([
		['a version that is not a whole number', { v: '2', data: { count: 1 } }],
		['version 0', { v: 0, data: { count: 1 } }],
		['a negative version', { v: -1, data: { count: 1 } }],
		['no data', { v: 2 }],
	])('calls %s unreadable, whatever the data', async (_name, envelope) => {
		const store = counterStore(await load(storage));
		expect(store.decode(JSON.stringify(envelope))).toMatchObject({ status: 'unreadable', reason: 'invalid-shape' });
	});

	it('keeps text it cannot read that another tab wrote meanwhile, writing it back unchanged', async () => {
		const { listeners, restore } = stubWindow();
		try {
			const store = counterStore(await load(storage));
			storage.setItem('veiviser:test:v1', 'not json');
			// The browser says so with a storage event (another tab), or with pageshow (back from the back/forward cache).
			listeners.get('pageshow')?.({ key: null, newValue: null });
			expect(store.$loaded.get()).toEqual({ status: 'unreadable', raw: 'not json', reason: 'invalid-json' });
			expect(store.$value.get()).toEqual({ count: 0 });
			expect(store.update((counter) => ({ count: counter.count + 1 }))).toBe(false);
			expect(storage.getItem('veiviser:test:v1')).toBe('not json');
		} finally {
			restore();
		}
	});

	it('follows the stored value without anyone watching it', async () => {
		const { listeners, restore } = stubWindow();
		try {
			const store = counterStore(await load(storage));
			const raw = JSON.stringify({ v: 2, data: { count: 3 } });
			storage.setItem('veiviser:test:v1', raw);
			listeners.get('storage')?.({ key: 'veiviser:test:v1', newValue: raw });
			expect(store.$value.get()).toEqual({ count: 3 });
		} finally {
			restore();
		}
	});

	it('probes storage under its own namespace, so no other data on the page’s origin is touched', async () => {
		const keys: string[] = [];
		const spy = new MemoryStorage();
		const setItem = spy.setItem.bind(spy);
		spy.setItem = (key, value) => {
			keys.push(key);
			setItem(key, value);
		};
		spy.items.set('', 'another script’s value');
		await load(spy);
		expect(keys.length).toBeGreaterThan(0);
		for (const key of keys) expect(key).toMatch(/^veiviser:/);
		expect(spy.items.get('')).toBe('another script’s value');
	});

	it('removes a value from storage, and from what it kept for the visit, without ever throwing', async () => {
		await load(storage);
		const { persistentAtom } = await import('@nanostores/persistent');
		const atomOf = () => persistentAtom<string | undefined>('veiviser:test:v1', undefined);
		storage.full = true;
		atomOf().set('kept for the visit');
		expect(atomOf().get()).toBe('kept for the visit');
		storage.full = false;
		atomOf().set('saved');
		atomOf().set(undefined);
		expect(storage.items.has('veiviser:test:v1')).toBe(false);
		expect(atomOf().get()).toBeUndefined();

		await load('disabled');
		const disabled = await import('@nanostores/persistent');
		const stored = disabled.persistentAtom<string | undefined>('veiviser:test:v1', undefined);
		stored.set('for this visit');
		expect(() => stored.set(undefined)).not.toThrow();
		expect(disabled.persistentAtom('veiviser:test:v1', 'nothing').get()).toBe('nothing');
	});

	it('follows a change another tab saves', async () => {
		const listeners = new Map<string, (event: { key: string | null; newValue: string | null }) => void>();
		vi.stubGlobal('window', {
			addEventListener: (type: string, listener: (event: { key: string | null; newValue: string | null }) => void) =>
				listeners.set(type, listener),
			removeEventListener: (type: string) => listeners.delete(type),
		});
		try {
			const store = counterStore(await load(storage));
			const stop = store.$value.listen(() => {});
			const raw = JSON.stringify({ v: 2, data: { count: 9 } });
			storage.setItem('veiviser:test:v1', raw);
			listeners.get('storage')?.({ key: 'veiviser:test:v1', newValue: raw });
			expect(store.$value.get()).toEqual({ count: 9 });
			stop();
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('never discards a readable value', async () => {
		storage.setItem('veiviser:test:v1', JSON.stringify({ v: 2, data: { count: 5 } }));
		const store = counterStore(await load(storage));
		store.discardUnreadable();
		expect(store.$value.get()).toEqual({ count: 5 });
		expect(JSON.parse(storage.getItem('veiviser:test:v1')!)).toEqual({ v: 2, data: { count: 5 } });
	});
});
