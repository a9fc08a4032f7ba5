import { describe, expect, it } from 'vitest';
import { findKommune } from '~/lib/kommuner/directory';
import { MemoryStorage, withStorage } from '~test/helpers/memory-storage';

function load(storage: MemoryStorage) {
	return withStorage(storage, () => import('~/stores/kommuner'));
}

/** A kommune from the 2025 list, as the checklist looks it up before adding it. */
const kommune = (nummer: string) => findKommune(nummer)!;

const THUMB = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';

describe('kommuner store', () => {
	it('adds a kommune once, with its name from the 2025 list', async () => {
		const store = await load(new MemoryStorage());
		expect(store.addKommune(kommune('1804'))).toEqual({ ok: true });
		expect(store.addKommune(kommune('1804'))).toEqual({ ok: false, error: { code: 'already-added' } });
		expect(store.$kommuner.get()).toEqual([{ nummer: '1804', navn: 'Bodø' }]);
	});

	it('keeps the list across a reload and attaches a thumbprint', async () => {
		const storage = new MemoryStorage();
		let store = await load(storage);
		store.addKommune(kommune('0301'));
		expect(store.setKommuneThumbprint('0301', 'too-short')).toEqual({ ok: false, error: { code: 'bad-thumbprint' } });
		expect(store.setKommuneThumbprint('0301', THUMB)).toEqual({ ok: true });
		store = await load(storage);
		expect(store.$kommuner.get()).toEqual([{ nummer: '0301', navn: 'Oslo', thumbprint: THUMB }]);
		expect(store.removeKommune('0301')).toEqual({ ok: true });
		expect(store.$kommuner.get()).toEqual([]);
	});

	it('refuses changes while the stored list is unreadable, leaving it as it was', async () => {
		const storage = new MemoryStorage();
		storage.setItem('veiviser:kommuner:v1', '{"v":1,"data":{"kommuner":[{"nummer":3}]}}');
		const store = await load(storage);
		expect(store.addKommune(kommune('0301'))).toEqual({ ok: false, error: { code: 'storage-unreadable' } });
		expect(storage.getItem('veiviser:kommuner:v1')).toBe('{"v":1,"data":{"kommuner":[{"nummer":3}]}}');
	});
});

describe('kommuner store: replacing a row', () => {
	it('makes a row another kommune, keeping its place, and refuses a kommune already in the list', async () => {
		const store = await load(new MemoryStorage());
		store.addKommune(kommune('0301'));
		store.addKommune(kommune('1804'));
		expect(store.replaceKommune('0301', kommune('1804'))).toEqual({ ok: false, error: { code: 'already-added' } });
		expect(store.replaceKommune('9999', kommune('5001'))).toEqual({ ok: false, error: { code: 'not-added' } });
		expect(store.replaceKommune('0301', kommune('5001'))).toEqual({ ok: true });
		expect(store.$kommuner.get().map((k) => k.nummer)).toEqual(['5001', '1804']);
	});
});
