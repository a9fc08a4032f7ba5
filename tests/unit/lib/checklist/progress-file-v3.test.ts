import { describe, expect, it } from 'vitest';
import { emptyProgress } from '~/lib/checklist/progress';
import {
	exportProgress,
	importChangesSomething,
	importPreview,
	parseProgressFile,
	planImport,
	PROGRESS_FILE_FORMAT,
	type FileKommune,
} from '~/lib/checklist/progress-file';

const THUMB = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';
const ASKOY: FileKommune = {
	nummer: '4627',
	navn: 'Askøy',
	thumbprint: THUMB,
	clientIdTest: 'a1b2c3d4-0000-4000-8000-000000000001',
	clientIdProd: 'a1b2c3d4-0000-4000-8000-000000000002',
	vkpId: 'trygghjemme-askoy',
	scopes: ['nhn:vkp/api/user/patient.read', 'nhn:vkp/api/user/bundle.write'],
	keyCreated: '2026-01-15',
	keyExpires: '2027-01-15',
};

function parsed(text: string) {
	const result = parseProgressFile(text);
	if (!result.ok) throw new Error(`unexpected ${result.error.code}`);
	return result.file;
}

describe('the export file, version 3: the kommune register', () => {
	it('round-trips every register field', () => {
		const text = exportProgress(emptyProgress(), [ASKOY, { nummer: '1804', navn: 'Bodø' }], '2026-12-07T00:00:00Z');
		expect((JSON.parse(text) as { version: number }).version).toBe(3);
		expect(parsed(text).kommuner).toEqual([ASKOY, { nummer: '1804', navn: 'Bodø' }]);
	});

	it('refuses a version 3 file whose register is damaged', () => {
		const file = (kommune: Record<string, unknown>) =>
			parseProgressFile(
				JSON.stringify({ format: PROGRESS_FILE_FORMAT, version: 3, progress: { steps: {} }, kommuner: [kommune] }),
			);
		expect(file({ nummer: '4627', navn: 'Askøy', keyExpires: '2027-02-30' })).toMatchObject({
			error: { code: 'damaged' },
		});
		expect(file({ nummer: '4627', navn: 'Askøy', vkpId: 'med mellomrom' })).toMatchObject({
			error: { code: 'damaged' },
		});
		expect(file({ nummer: '4627', navn: 'Askøy', scopes: 'nhn:vkp/api/*.*' })).toMatchObject({
			error: { code: 'damaged' },
		});
		expect(file({ nummer: '4627', navn: 'Askøy', keyExpires: '2027-02-28' })).toMatchObject({ ok: true });
	});

	it('reads version 1 and 2 files as before: nothing dropped, no register invented', () => {
		const v2 = JSON.stringify({
			format: PROGRESS_FILE_FORMAT,
			version: 2,
			progress: { steps: {} },
			kommuner: [{ nummer: '4627', navn: 'Askøy', thumbprint: THUMB, keyExpires: '2027-01-15' }],
		});
		expect(parsed(v2).kommuner).toEqual([{ nummer: '4627', navn: 'Askøy', thumbprint: THUMB }]);
		const v1 = JSON.stringify({
			format: PROGRESS_FILE_FORMAT,
			version: 1,
			progress: { steps: {} },
			kommuner: [{ nummer: '4627', navn: 'Askøy' }],
		});
		expect(parsed(v1).kommuner).toEqual([{ nummer: '4627', navn: 'Askøy' }]);
	});

	it('fills only empty register fields and lists each one in the preview', () => {
		const file = parsed(exportProgress(emptyProgress(), [ASKOY], '2026-12-07T00:00:00Z'));
		const local: FileKommune[] = [{ nummer: '4627', navn: 'Askøy', vkpId: 'annen-askoy', keyExpires: '2026-12-24' }];
		const plan = planImport(emptyProgress(), local, file);
		expect(importChangesSomething(plan)).toBe(true);
		expect(plan.kommuner[0]).toMatchObject({
			vkpId: 'annen-askoy',
			keyExpires: '2026-12-24',
			clientIdProd: ASKOY.clientIdProd,
			keyCreated: '2026-01-15',
		});
		expect(importPreview(plan, () => undefined)).toEqual([
			'Tommelavtrykk for Askøy (4627)',
			`Askøy (4627): Klient-ID i test: ${ASKOY.clientIdTest}`,
			`Askøy (4627): Klient-ID i produksjon: ${ASKOY.clientIdProd}`,
			'Askøy (4627): Scope: nhn:vkp/api/user/patient.read, nhn:vkp/api/user/bundle.write',
			'Askøy (4627): Nøkkelen ble laget: 2026-01-15',
		]);
		const again = planImport(emptyProgress(), plan.kommuner, file);
		expect(importChangesSomething(again)).toBe(false);
	});

	it('shows a new kommune’s register fields in the preview', () => {
		const file = parsed(exportProgress(emptyProgress(), [ASKOY], '2026-12-07T00:00:00Z'));
		const lines = importPreview(planImport(emptyProgress(), [], file), () => undefined);
		expect(lines[0]).toBe('Ny kommune: Askøy (4627), med tommelavtrykk');
		expect(lines).toContain('Askøy (4627): Nøkkelen utløper: 2027-01-15');
		expect(lines).toContain('Askøy (4627): vkp-id: trygghjemme-askoy');
	});
});

describe('a supplier with 100 kommuner', () => {
	it('round-trips all 100 with their registers, and a second import changes nothing', () => {
		const kommuner: FileKommune[] = Array.from({ length: 100 }, (_, i) => ({
			nummer: String(1000 + i),
			navn: `Kommune ${i}`,
			...(i % 2 === 0 ? { thumbprint: THUMB } : {}),
			vkpId: `trygghjemme-kommune${i}`,
			keyExpires: `2027-${String((i % 12) + 1).padStart(2, '0')}-15`,
		}));
		const file = parsed(exportProgress(emptyProgress(), kommuner, '2026-12-07T00:00:00Z'));
		expect(file.kommuner).toEqual(kommuner);
		const plan = planImport(emptyProgress(), [], file);
		expect(plan.kommunerAdded).toHaveLength(100);
		expect(importChangesSomething(planImport(emptyProgress(), plan.kommuner, file))).toBe(false);
	});
});
