import { describe, expect, it } from 'vitest';
import { exportProgress, parseProgressFile } from '~/lib/checklist/progress-file';
import { MemoryStorage, withStorage } from '~test/helpers/memory-storage';

function load(storage: MemoryStorage | 'disabled') {
	return withStorage(storage, async () => ({
		durable: await import('~/stores/durable'),
		store: await import('~/stores/progress'),
		changes: await import('~/stores/progress-changes'),
		kommuner: await import('~/stores/kommuner'),
	}));
}

const KEY = 'veiviser:progress:v1';
const T1 = '2026-03-01T08:00:00.000Z';
const T2 = '2026-03-02T08:00:00.000Z';

describe('progress store', () => {
	it('keeps ticks across a reload, by step ID, in a versioned envelope', async () => {
		const storage = new MemoryStorage();
		let { store } = await load(storage);
		expect(store.setStepStatus('vkp.kontakt.epost', 'fullfort', T1)).toBe(true);
		expect(JSON.parse(storage.getItem(KEY)!)).toEqual({
			v: 1,
			data: { steps: { 'vkp.kontakt.epost': { status: 'fullfort', changedAt: T1, completedAt: T1 } } },
		});
		({ store } = await load(storage));
		expect(store.$progress.get().steps['vkp.kontakt.epost']?.status).toBe('fullfort');
	});

	it('keeps entries for steps that are no longer in the content', async () => {
		const storage = new MemoryStorage();
		storage.setItem(
			KEY,
			JSON.stringify({ v: 1, data: { steps: { 'vkp.retired.step': { status: 'fullfort', changedAt: T1 } } } }),
		);
		const { store } = await load(storage);
		store.setStepStatus('vkp.kontakt.epost', 'pagar', T2);
		const stored = JSON.parse(storage.getItem(KEY)!) as { data: { steps: Record<string, unknown> } };
		expect(Object.keys(stored.data.steps)).toEqual(['vkp.retired.step', 'vkp.kontakt.epost']);
	});

	it('never overwrites unreadable stored progress until told to', async () => {
		const storage = new MemoryStorage();
		storage.setItem(KEY, '{"v":1,"data":{"steps":{"vkp.a.b":{"status":"ferdig"}}}}');
		const { store, changes } = await load(storage);
		expect(store.progressStore.$loaded.get().status).toBe('unreadable');
		expect(store.setStepStatus('vkp.a.b', 'fullfort', T1)).toBe(false);
		expect(changes.resetServiceProgress('vkp')).toBe(false);
		expect(storage.getItem(KEY)).toBe('{"v":1,"data":{"steps":{"vkp.a.b":{"status":"ferdig"}}}}');
		store.progressStore.discardUnreadable();
		expect(store.setStepStatus('vkp.a.b', 'fullfort', T1)).toBe(true);
	});

	it('resets one service, and forgets or moves one kommune row', async () => {
		const { store, changes } = await load(new MemoryStorage());
		store.setStepStatus('vkp.a.b', 'fullfort', T1);
		store.setStepStatus('verktoykatalogen.a.b', 'fullfort', T1);
		store.setStepStatus('vkp.kommune.nokkelpar@0301', 'fullfort', T1);
		store.setStepStatus('vkp.kommune.bestilling@0301', 'pagar', T1);
		changes.moveKommuneRow('0301', '1804');
		expect(Object.keys(store.$progress.get().steps).sort()).toEqual([
			'verktoykatalogen.a.b',
			'vkp.a.b',
			'vkp.kommune.bestilling@1804',
			'vkp.kommune.nokkelpar@1804',
		]);
		expect(changes.forgetKommuneProgress('1804')).toBe(true);
		expect(Object.keys(store.$progress.get().steps).sort()).toEqual(['verktoykatalogen.a.b', 'vkp.a.b']);
		changes.resetServiceProgress('vkp');
		expect(Object.keys(store.$progress.get().steps)).toEqual(['verktoykatalogen.a.b']);
	});

	it('merges an import into what is stored now, and restores kommune rows', async () => {
		const storage = new MemoryStorage();
		const { store, changes, kommuner } = await load(storage);
		store.setStepStatus('vkp.a.b', 'fullfort', T2);
		kommuner.addKommune({ nummer: '0301', navn: 'Oslo' });
		const other = {
			steps: {
				'vkp.a.b': { status: 'pagar' as const, changedAt: T1 },
				'vkp.c.d': { status: 'fullfort' as const, changedAt: T1, completedAt: T1 },
			},
		};
		const parsed = parseProgressFile(
			exportProgress(
				other,
				[
					{ nummer: '1804', navn: 'Bodø' },
					{ nummer: '0301', navn: 'Oslo' },
				],
				T2,
			),
		);
		if (!parsed.ok) throw new Error(parsed.error.code);
		expect(changes.importProgress(parsed.file.progress)).toBe(true);
		expect(kommuner.restoreKommuner(parsed.file.kommuner)).toEqual({ ok: true });
		expect(store.$progress.get().steps['vkp.a.b']?.status).toBe('fullfort');
		expect(store.$progress.get().steps['vkp.c.d']?.status).toBe('fullfort');
		expect(kommuner.$kommuner.get().map((k) => k.nummer)).toEqual(['0301', '1804']);
	});

	it('keeps working in memory when storage is off, and says so', async () => {
		const { store, durable } = await load('disabled');
		expect(store.setStepStatus('vkp.a.b', 'fullfort', T1)).toBe(true);
		expect(store.$progress.get().steps['vkp.a.b']?.status).toBe('fullfort');
		expect(durable.$storageHealth.get()).toBe('unavailable');
	});
});
