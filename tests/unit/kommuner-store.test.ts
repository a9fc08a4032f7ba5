import { describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from './memory-storage';

async function load(storage: MemoryStorage) {
	vi.resetModules();
	const durable = await import('../../src/stores/durable');
	durable.setDurableBackingForTests(storage);
	return import('../../src/stores/kommuner');
}

const THUMB = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';

describe('kommuner store', () => {
	it('adds a kommune once, by number, with its name from the 2025 list', async () => {
		const store = await load(new MemoryStorage());
		expect(store.addKommune('1804')).toEqual({ ok: true });
		expect(store.addKommune('1804')).toEqual({ ok: false, error: { code: 'already-added' } });
		expect(store.addKommune('0000')).toEqual({ ok: false, error: { code: 'unknown-kommune' } });
		expect(store.$kommuner.get()).toEqual([{ nummer: '1804', navn: 'Bodø' }]);
	});

	it('keeps the list across a reload and attaches a thumbprint', async () => {
		const storage = new MemoryStorage();
		let store = await load(storage);
		store.addKommune('0301');
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
		expect(store.addKommune('0301')).toEqual({ ok: false, error: { code: 'storage-unreadable' } });
		expect(storage.getItem('veiviser:kommuner:v1')).toBe('{"v":1,"data":{"kommuner":[{"nummer":3}]}}');
	});
});

describe('kommuner store: replacing a row', () => {
	it('makes a row another kommune, keeping its place, and refuses unknown or duplicate targets', async () => {
		const store = await load(new MemoryStorage());
		store.addKommune('0301');
		store.addKommune('1804');
		expect(store.replaceKommune('0301', '0000')).toEqual({ ok: false, error: { code: 'unknown-kommune' } });
		expect(store.replaceKommune('0301', '1804')).toEqual({ ok: false, error: { code: 'already-added' } });
		expect(store.replaceKommune('9999', '5001')).toEqual({ ok: false, error: { code: 'not-added' } });
		expect(store.replaceKommune('0301', '5001')).toEqual({ ok: true });
		expect(store.$kommuner.get().map((k) => k.nummer)).toEqual(['5001', '1804']);
	});
});
