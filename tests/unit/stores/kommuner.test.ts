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

describe('kommuner store: removing a row', () => {
	it('removes only the kommune asked for, and refuses one that is not on the list', async () => {
		const store = await load(new MemoryStorage());
		store.addKommune(kommune('0301'));
		store.addKommune(kommune('1804'));
		store.addKommune(kommune('5001'));
		expect(store.removeKommune('9999')).toEqual({ ok: false, error: { code: 'not-added' } });
		expect(store.removeKommune('1804')).toEqual({ ok: true });
		expect(store.$kommuner.get().map((k) => k.nummer)).toEqual(['0301', '5001']);
	});

	it('leaves the list as it is when a restore brings nothing new, so nothing shown is redrawn', async () => {
		const store = await load(new MemoryStorage());
		store.addKommune(kommune('0301'));
		const before = store.$kommuner.get();
		const changed: unknown[] = [];
		const stop = store.$kommuner.listen((value) => changed.push(value));
		expect(store.restoreKommuner([{ nummer: '0301', navn: 'Oslo' }])).toEqual({ ok: true });
		stop();
		expect(changed).toEqual([]);
		expect(store.$kommuner.get()).toBe(before);
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

describe('kommuner store: thumbprints', () => {
	it('sets, replaces and clears a kommune’s thumbprint, and only for a chosen kommune', async () => {
		const OTHER = 'Zh6pNlPRbILvVz9rdeZ7TWhYX_dWgbFMj4hfYpBVKW4';
		const store = await load(new MemoryStorage());
		store.addKommune(kommune('0301'));
		store.addKommune(kommune('1804'));
		expect(store.setKommuneThumbprint('5001', THUMB)).toEqual({ ok: false, error: { code: 'not-added' } });
		expect(store.setKommuneThumbprint('0301', THUMB)).toEqual({ ok: true });
		expect(store.setKommuneThumbprint('0301', OTHER)).toEqual({ ok: true });
		expect(store.$kommuner.get()).toEqual([
			{ nummer: '0301', navn: 'Oslo', thumbprint: OTHER },
			{ nummer: '1804', navn: 'Bodø' },
		]);
		expect(store.clearKommuneThumbprint('5001')).toEqual({ ok: false, error: { code: 'not-added' } });
		expect(store.clearKommuneThumbprint('0301')).toEqual({ ok: true });
		expect(store.$kommuner.get()).toEqual([
			{ nummer: '0301', navn: 'Oslo' },
			{ nummer: '1804', navn: 'Bodø' },
		]);
	});

	it('restores kommuner from a file: new ones with their thumbprints, missing thumbprints filled, nothing overwritten', async () => {
		const OTHER = 'Zh6pNlPRbILvVz9rdeZ7TWhYX_dWgbFMj4hfYpBVKW4';
		const storage = new MemoryStorage();
		const store = await load(storage);
		store.addKommune(kommune('0301'));
		store.addKommune(kommune('1804'));
		store.setKommuneThumbprint('1804', THUMB);
		const before = storage.getItem('veiviser:kommuner:v1');
		expect(store.restoreKommuner([{ nummer: '1804', navn: 'Bodø', thumbprint: OTHER }])).toEqual({ ok: true });
		expect(storage.getItem('veiviser:kommuner:v1')).toBe(before);
		expect(
			store.restoreKommuner([
				{ nummer: '0301', navn: 'Oslo', thumbprint: OTHER },
				{ nummer: '1804', navn: 'Bodø', thumbprint: OTHER },
				{ nummer: '1505', navn: 'Kristiansund', thumbprint: THUMB },
				{ nummer: '1505', navn: 'Kristiansund' },
			]),
		).toEqual({ ok: true });
		expect(store.$kommuner.get()).toEqual([
			{ nummer: '0301', navn: 'Oslo', thumbprint: OTHER },
			{ nummer: '1804', navn: 'Bodø', thumbprint: THUMB },
			{ nummer: '1505', navn: 'Kristiansund', thumbprint: THUMB },
		]);
	});

	it('refuses to restore or clear while the stored list is unreadable', async () => {
		const storage = new MemoryStorage();
		storage.setItem('veiviser:kommuner:v1', 'ødelagt');
		const store = await load(storage);
		expect(store.restoreKommuner([{ nummer: '0301', navn: 'Oslo' }])).toEqual({
			ok: false,
			error: { code: 'storage-unreadable' },
		});
		expect(storage.getItem('veiviser:kommuner:v1')).toBe('ødelagt');
	});
});
