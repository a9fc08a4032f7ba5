import { describe, expect, it } from 'vitest';
import { MemoryStorage, withStorage } from '~test/helpers/memory-storage';

function load(storage: MemoryStorage) {
	return withStorage(storage, () => import('~/stores/preferences'));
}

describe('preferences store', () => {
	it('remembers the "Bare mine steg" filter across a reload, all steps until chosen', async () => {
		const storage = new MemoryStorage();
		let store = await load(storage);
		expect(store.$preferences.get()).toEqual({ who: 'alle' });
		expect(store.setWhoFilter('bestiller')).toBe(true);
		expect(storage.getItem('veiviser:preferences:v1')).toBe('{"v":1,"data":{"who":"bestiller"}}');
		store = await load(storage);
		expect(store.$preferences.get()).toEqual({ who: 'bestiller' });
		const written = storage.getItem('veiviser:preferences:v1');
		expect(store.setWhoFilter('bestiller')).toBe(true);
		expect(storage.getItem('veiviser:preferences:v1')).toBe(written);
	});

	it('leaves the preferences as they are when the same filter is chosen again', async () => {
		const store = await load(new MemoryStorage());
		store.setWhoFilter('nhn');
		const before = store.$preferences.get();
		const changed: unknown[] = [];
		const stop = store.$preferences.listen((value) => changed.push(value));
		expect(store.setWhoFilter('nhn')).toBe(true);
		stop();
		expect(changed).toEqual([]);
		expect(store.$preferences.get()).toBe(before);
	});

	it('keeps stored preferences it cannot read, and changes nothing', async () => {
		const storage = new MemoryStorage();
		storage.setItem('veiviser:preferences:v1', '{"v":1,"data":{"who":"alle-sammen"}}');
		const store = await load(storage);
		expect(store.$preferences.get()).toEqual({ who: 'alle' });
		expect(store.setWhoFilter('nhn')).toBe(false);
		expect(storage.getItem('veiviser:preferences:v1')).toBe('{"v":1,"data":{"who":"alle-sammen"}}');
	});
});
