import { describe, expect, it } from 'vitest';
import { MemoryStorage, withStorage } from '~test/helpers/memory-storage';

const OLD = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';
const NEW = 'AAbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';
const KEY = 'veiviser:kommuner:v1';

/** The first kommune as stored. */
function first(storage: MemoryStorage): Record<string, unknown> {
	const envelope = JSON.parse(storage.getItem(KEY)!) as { data: { kommuner: Record<string, unknown>[] } };
	return envelope.data.kommuner[0]!;
}

async function load(storage: MemoryStorage | 'disabled') {
	return withStorage(storage, async () => ({
		...(await import('~/stores/kommuner')),
		...(await import('~/stores/kommune-key')),
	}));
}

/** Askøy with an old key, its dates and a client id, as an earlier visit left it. */
function stored(): MemoryStorage {
	const storage = new MemoryStorage();
	const askoy = {
		nummer: '4627',
		navn: 'Askøy',
		thumbprint: OLD,
		clientIdTest: 'test-klient',
		keyExpires: '2027-01-10',
		keyCreated: '2026-01-10',
	};
	storage.setItem(KEY, JSON.stringify({ v: 1, data: { kommuner: [askoy] } }));
	return storage;
}

describe('setKommuneKey', () => {
	it('replaces the thumbprint and both key dates in one change, and keeps the rest of the register', async () => {
		const storage = stored();
		const store = await load(storage);
		expect(store.setKommuneKey('4627', { thumbprint: NEW }, { keyExpires: '2028-03-01' })).toEqual({ ok: true });
		const saved = first(storage);
		expect(saved).toEqual({
			nummer: '4627',
			navn: 'Askøy',
			thumbprint: NEW,
			clientIdTest: 'test-klient',
			keyExpires: '2028-03-01',
		});
	});

	it('refuses a bad thumbprint and a kommune that is not chosen, changing nothing', async () => {
		const storage = stored();
		const before = storage.getItem(KEY);
		const store = await load(storage);
		expect(store.setKommuneKey('4627', { thumbprint: 'short' }, {})).toEqual({
			ok: false,
			error: { code: 'bad-thumbprint' },
		});
		expect(store.setKommuneKey('0301', { thumbprint: NEW }, {})).toEqual({ ok: false, error: { code: 'not-added' } });
		expect(storage.getItem(KEY)).toBe(before);
	});

	it('says the key was not saved when storage is full, and the stored key survives', async () => {
		const storage = stored();
		const before = storage.getItem(KEY);
		const store = await load(storage);
		storage.full = true;
		expect(store.setKommuneKey('4627', { thumbprint: NEW }, { keyExpires: '2028-03-01' })).toEqual({
			ok: true,
			notSaved: true,
		});
		// This visit sees the new key; the browser's storage still holds the old one.
		expect(store.$kommuner.get()[0]?.thumbprint).toBe(NEW);
		expect(storage.getItem(KEY)).toBe(before);
		// Once storage takes writes again, the next change is saved and says so.
		storage.full = false;
		expect(store.setKommuneKey('4627', { thumbprint: NEW }, { keyExpires: '2028-03-02' })).toEqual({ ok: true });
		expect(first(storage)['keyExpires']).toBe('2028-03-02');
	});

	it('says nothing was saved when storage is blocked', async () => {
		const store = await load('disabled');
		expect(store.addKommune({ nummer: '4627', navn: 'Askøy' })).toEqual({ ok: true, notSaved: true });
		expect(store.setKommuneKey('4627', { thumbprint: NEW }, {})).toEqual({ ok: true, notSaved: true });
	});
});
