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

describe('profile store, version 2', () => {
	it('reads a version 1 profile, writes it back as version 2 on the next change, and keeps the key', async () => {
		const storage = new MemoryStorage();
		storage.setItem(
			'veiviser:profile:v1',
			JSON.stringify({ v: 1, data: { company: 'Gammel AS', orgnr: '994598759' } }),
		);
		const store = await load(storage);
		expect(store.$profile.get()).toMatchObject({
			role: '',
			company: 'Gammel AS',
			orgnr: '994598759',
			bestillerCompany: '',
		});
		expect(store.setProfileRole('bestiller')).toBe(true);
		const written = JSON.parse(storage.getItem('veiviser:profile:v1')!) as { v: number; data: Record<string, string> };
		expect(written.v).toBe(2);
		expect(written.data).toMatchObject({ role: 'bestiller', company: 'Gammel AS' });
	});

	it('remembers the role, and writes nothing when it does not change', async () => {
		const storage = new MemoryStorage();
		let store = await load(storage);
		expect(store.setProfileRole('vkp-leverandor')).toBe(true);
		store = await load(storage);
		expect(store.$profile.get().role).toBe('vkp-leverandor');
		const before = storage.getItem('veiviser:profile:v1');
		const value = store.$profile.get();
		expect(store.setProfileRole('vkp-leverandor')).toBe(true);
		expect(store.$profile.get()).toBe(value);
		expect(storage.getItem('veiviser:profile:v1')).toBe(before);
		expect(store.setProfileRole('')).toBe(true);
		expect(store.$profile.get().role).toBe('');
	});

	it('cuts a field at the longest value a profile holds', async () => {
		const store = await load(new MemoryStorage());
		store.setProfileField('scopes', 'x'.repeat(10_005));
		expect(store.$profile.get().scopes).toHaveLength(10_000);
	});

	it('fills empty fields from an imported profile and leaves filled ones as they are', async () => {
		const store = await load(new MemoryStorage());
		store.setProfileField('company', 'Her AS');
		const incoming = { ...store.$profile.get(), company: 'Der AS', email: 'kari@x.no', role: 'vk-leverandor' as const };
		expect(store.importProfile(incoming)).toBe(true);
		expect(store.$profile.get()).toMatchObject({ company: 'Her AS', email: 'kari@x.no', role: 'vk-leverandor' });
	});

	it('refuses to change an unreadable stored profile', async () => {
		const storage = new MemoryStorage();
		storage.setItem('veiviser:profile:v1', '{"v":2,"data":{"role":"sjef"}}');
		const store = await load(storage);
		expect(store.setProfileRole('bestiller')).toBe(false);
		expect(store.importProfile(store.$profile.get())).toBe(false);
		expect(storage.getItem('veiviser:profile:v1')).toBe('{"v":2,"data":{"role":"sjef"}}');
	});
});

describe('the Verktøykatalogen API client key (issue 20)', () => {
	const KEY = { kty: 'RSA' as const, n: 'sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri', e: 'AQAB' };
	const THUMB = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';

	it('saves the public key with its thumbprint, keeps it across a reload, and drops it when the thumbprint is retyped', async () => {
		const storage = new MemoryStorage();
		let store = await load(storage);
		expect(store.setApiClientKey(THUMB, KEY)).toBe(true);
		store = await load(storage);
		expect(JSON.parse(store.$profile.get().apiClientPublicJwk ?? '')).toEqual(KEY);
		store.setProfileField('apiClientThumbprint', 'Zh6pNlPRbILvVz9rdeZ7TWhYX_dWgbFMj4hfYpBVKW4');
		expect(store.$profile.get().apiClientPublicJwk).toBeUndefined();
	});

	it('never stores a private key, and keeps stored text with one unread', async () => {
		const storage = new MemoryStorage();
		let store = await load(storage);
		expect(store.setApiClientKey(THUMB, { ...KEY, d: 'AQAB' } as typeof KEY)).toBe(false);
		expect(storage.getItem('veiviser:profile:v1') ?? '').not.toContain('"d"');
		const raw = JSON.stringify({ v: 2, data: { apiClientPublicJwk: JSON.stringify({ ...KEY, d: 'AQAB' }) } });
		storage.setItem('veiviser:profile:v1', raw);
		store = await load(storage);
		expect(store.profileStore.$loaded.get().status).toBe('unreadable');
		expect(storage.getItem('veiviser:profile:v1')).toBe(raw);
	});
});
