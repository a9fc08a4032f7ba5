import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { approvalStepIds, markAlreadyApproved } from '~/lib/checklist/already-approved';
import { emptyProgress, missingPrerequisites, setStatus, statusOf, type ChecklistStep } from '~/lib/checklist/progress';

const T1 = '2026-12-01T10:00:00.000Z';
const T2 = '2026-12-07T10:00:00.000Z';

type RawStep = Omit<ChecklistStep, 'optional' | 'requires' | 'perKommune'> &
	Partial<Pick<ChecklistStep, 'optional' | 'requires' | 'perKommune'>>;
const vkp = (
	JSON.parse(readFileSync(join(import.meta.dirname, '../../../../src/content/checklist/vkp.json'), 'utf8')) as RawStep[]
).map((s): ChecklistStep => ({ optional: false, requires: [], perKommune: false, ...s }));
const byId = new Map(vkp.map((s) => [s.id, s]));
const approval = ['vkp.tredjepart.soknad', 'vkp.tredjepart.vurdering', 'vkp.tredjepart.avtale'];

describe('«Vi er allerede godkjent som tredjepartsleverandør»', () => {
	it('finds exactly the three approval steps of the VKP checklist', () => {
		expect(approvalStepIds(vkp)).toEqual(approval);
	});

	it('marks them ikke aktuelt in one change, keeping a step already fullført', () => {
		const before = setStatus(emptyProgress(), 'vkp.tredjepart.soknad', 'fullfort', T1);
		const after = markAlreadyApproved(before, approval, T2);
		expect(approval.map((id) => statusOf(after, id))).toEqual(['fullfort', 'ikke-aktuelt', 'ikke-aktuelt']);
		expect(after.steps['vkp.tredjepart.soknad']).toEqual(before.steps['vkp.tredjepart.soknad']);
	});

	it('opens the production form only once the approval is done or marked not needed', () => {
		const form = byId.get('vkp.produksjon.skjema')!;
		let p = setStatus(emptyProgress(), 'vkp.kontakt.epost', 'fullfort', T1);
		expect(missingPrerequisites(form, byId, p).map((s) => s.id)).toEqual([
			'vkp.tredjepart.vurdering',
			'vkp.tredjepart.avtale',
		]);
		p = markAlreadyApproved(p, approvalStepIds(vkp), T2);
		expect(missingPrerequisites(form, byId, p)).toEqual([]);
	});

	it('leaves no VKP step optional: the approval is required unless already approved', () => {
		expect(vkp.filter((s) => s.optional).map((s) => s.id)).toEqual([]);
	});
});
