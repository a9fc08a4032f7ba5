import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { checkField, emptyProfile, readProfileV1 } from '../../src/lib/profile';
import { MemoryStorage } from './memory-storage';

const KEY = 'veiviser:profile:v1';

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
		expect(store.setProfileField('company', 'Åsgård AS')).toBe(true);
		expect(store.setProfileField('scopes', ['nhn:vkp/api/user/patient.read'])).toBe(true);
		store = await load(storage);
		expect(store.$profile.get()).toEqual({ ...emptyProfile(), company: 'Åsgård AS', scopes: ['nhn:vkp/api/user/patient.read'] });
		expect(JSON.parse(storage.getItem(KEY)!)).toMatchObject({ v: 1 });
	});

	it('never throws on random or corrupt stored text and never overwrites it', async () => {
		const envelope = fc.record({ v: fc.oneof(fc.integer(), fc.anything()), data: fc.anything() });
		const stored = fc.oneof(
			fc.string(),
			fc.json(),
			envelope.map((value) => JSON.stringify(value)),
			fc.anything().map((data) => JSON.stringify({ v: 1, data })),
		);
		await fc.assert(
			fc.asyncProperty(stored, async (raw) => {
				const storage = new MemoryStorage();
				storage.setItem(KEY, raw);
				const store = await load(storage);
				const loaded = store.profileStore.$loaded.get();
				store.$profile.get();
				const saved = store.setProfileField('company', 'X');
				if (loaded.status === 'unreadable') {
					expect(saved).toBe(false);
					expect(storage.getItem(KEY)).toBe(raw);
				} else {
					expect(store.$profile.get().company).toBe('X');
				}
			}),
			{ numRuns: 60 },
		);
	});

	it('reads only well-typed profile data', () => {
		expect(readProfileV1({ company: 'A' })).toEqual({ ok: true, value: { ...emptyProfile(), company: 'A' } });
		expect(readProfileV1({ company: 1 })).toEqual({ ok: false });
		expect(readProfileV1({ scopes: ['a', 2] })).toEqual({ ok: false });
		expect(readProfileV1([])).toEqual({ ok: false });
		expect(readProfileV1(null)).toEqual({ ok: false });
	});
});

describe('checkField', () => {
	const code = (field: Parameters<typeof checkField>[0], value: string) => {
		const result = checkField(field, value);
		return result.ok ? 'ok' : result.error.code;
	};
	it('checks org.nr, e-mail and scope format, and lets empty fields be', () => {
		expect(code('orgnr', '')).toBe('ok');
		expect(code('orgnr', '994598759')).toBe('ok');
		expect(code('orgnr', '994598758')).toBe('bad-check-digit');
		expect(code('email', 'kari@firma.no')).toBe('ok');
		expect(code('email', 'kari@firma')).toBe('bad-email');
		expect(code('email', 'kari firma.no')).toBe('bad-email');
		expect(code('scopes', 'nhn:vkp/api/user/patient.read\nnhn:vkp/api/user/observation.*')).toBe('ok');
		expect(code('scopes', 'patient.read')).toBe('bad-scope');
		expect(code('company', 'x')).toBe('ok');
	});
});
