import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryStorage, withStorage } from '~test/helpers/memory-storage';

function load(storage: MemoryStorage) {
	return withStorage(storage, () => import('~/stores/profile'));
}

describe('profile store', () => {
	it('keeps the profile across a reload', async () => {
		const storage = new MemoryStorage();
		let store = await load(storage);
		expect(store.setProfileField('company', 'Trygg Hjemme AS')).toBe(true);
		store = await load(storage);
		expect(store.$profile.get().company).toBe('Trygg Hjemme AS');
		expect(store.$profile.get().orgnr).toBe('');
	});

	it('never throws on stored text, and never overwrites text it cannot read', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.jsonValue().map((data) => JSON.stringify({ v: 1, data })),
					fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer())).map((data) => JSON.stringify({ v: 1, data })),
				),
				async (raw) => {
					const storage = new MemoryStorage();
					storage.setItem('veiviser:profile:v1', raw);
					const store = await load(storage);
					const loaded = store.profileStore.$loaded.get();
					const saved = store.setProfileField('company', 'X');
					if (loaded.status === 'unreadable') {
						expect(saved).toBe(false);
						expect(storage.getItem('veiviser:profile:v1')).toBe(raw);
					} else {
						expect(saved).toBe(true);
					}
				},
			),
			{ numRuns: 60 },
		);
	});
});
