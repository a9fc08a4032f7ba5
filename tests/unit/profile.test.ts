import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { MemoryStorage } from './memory-storage';

async function load(storage: MemoryStorage) {
	vi.resetModules();
	const durable = await import('../../src/stores/durable');
	durable.setDurableBackingForTests(storage);
	return import('../../src/stores/profile');
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

	it('reads only string fields', async () => {
		const { readProfileV1 } = await load(new MemoryStorage());
		expect(readProfileV1({ company: 'A', orgnr: 9 }).ok).toBe(false);
		expect(readProfileV1({ company: 'A', unknown: 1 })).toMatchObject({ ok: true, value: { company: 'A' } });
		expect(readProfileV1([]).ok).toBe(false);
	});
});
