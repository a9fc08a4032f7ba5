import { describe, expect, it } from 'vitest';
import { MemoryStorage, withStorage } from '~test/helpers/memory-storage';

const load = (storage: MemoryStorage | 'disabled') => withStorage(storage, () => import('~/stores/kommuner-stored'));

describe('kommunerStored (whether the checklist must load the kommune store before its first render)', () => {
	it('says no when nothing is stored, or storage is off', async () => {
		expect((await load(new MemoryStorage())).kommunerStored()).toBe(false);
		expect((await load('disabled')).kommunerStored()).toBe(false);
	});

	it('says no for the empty list the store writes when the last kommune is removed', async () => {
		const storage = new MemoryStorage();
		const { addKommune, removeKommune } = await withStorage(storage, () => import('~/stores/kommuner'));
		addKommune({ nummer: '1804', navn: 'Bodø' });
		removeKommune('1804');
		const { kommunerStored } = await withStorage(storage, () => import('~/stores/kommuner-stored'));
		expect(kommunerStored()).toBe(false);
	});

	it('says yes for a stored list, under the key the kommune store writes', async () => {
		const storage = new MemoryStorage();
		const { addKommune } = await withStorage(storage, () => import('~/stores/kommuner'));
		addKommune({ nummer: '1804', navn: 'Bodø' });
		const { KOMMUNER_KEY, kommunerStored } = await withStorage(storage, () => import('~/stores/kommuner-stored'));
		expect([...storage.items.keys()]).toEqual([KOMMUNER_KEY]);
		expect(kommunerStored()).toBe(true);
	});

	it('says yes for text the decoder may refuse, so the refusal is shown at the first render', async () => {
		for (const text of [
			'',
			'ødelagt',
			'{"v":1,"data":{"kommuner":[{"nummer":3}]}}',
			'{"v":1,"data":{"kommuner":[]}} ',
		]) {
			const storage = new MemoryStorage();
			storage.setItem('veiviser:kommuner:v1', text);
			expect((await load(storage)).kommunerStored()).toBe(true);
		}
	});
});

describe('$madeStores', () => {
	it('lists a store once its module has made it, so an island can pick it up', async () => {
		const storage = new MemoryStorage();
		const durable = await withStorage(storage, () => import('~/stores/durable'));
		const seen: string[][] = [];
		durable.$madeStores.listen((stores) => seen.push(Object.keys(stores)));
		expect(durable.$madeStores.get()['veiviser:kommuner:v1']).toBeUndefined();
		const made = await import('~/stores/kommuner');
		expect(durable.$madeStores.get()['veiviser:kommuner:v1']).toBe(made.kommunerStore);
		expect(seen.at(-1)).toContain('veiviser:kommuner:v1');
	});
});
