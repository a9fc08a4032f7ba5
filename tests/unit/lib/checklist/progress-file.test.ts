import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUSES, emptyProgress, setStatus, statusOf, type Progress, type StepStatus } from '~/lib/checklist/progress';
import { resetService } from '~/lib/checklist/progress-changes';
import {
	exportProgress,
	importPreview,
	mergeProgress,
	parseProgressFile,
	planImport,
	PROGRESS_FILE_FORMAT,
	type FileKommune,
} from '~/lib/checklist/progress-file';

const time = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
const KEYS = ['vkp.a.one', 'vkp.a.two', 'vkp.k.x@0301', 'vkp.k.x@1804', 'verktoykatalogen.a.one', 'retired.step.id'];
const arbKey = fc.constantFrom(...KEYS);
const arbStatus = fc.constantFrom<StepStatus>(...STATUSES);
const OSLO: FileKommune = { nummer: '0301', navn: 'Oslo' };
const BODO: FileKommune = { nummer: '1804', navn: 'Bodø' };

function parsed(text: string) {
	const result = parseProgressFile(text);
	if (!result.ok) throw new Error(`unexpected ${result.error.code}`);
	return result.file;
}

describe('parseProgressFile', () => {
	it.each([
		['empty', '   '],
		['not-json', '{"format":'],
		['foreign-file', JSON.stringify({ name: 'package', version: '1.0.0' })],
		['foreign-file', JSON.stringify([1, 2, 3])],
		['newer-version', JSON.stringify({ format: PROGRESS_FILE_FORMAT, version: 99, progress: { steps: {} } })],
		[
			'damaged',
			JSON.stringify({ format: PROGRESS_FILE_FORMAT, version: 1, progress: { steps: { a: { status: 'x' } } } }),
		],
		[
			'damaged',
			JSON.stringify({
				format: PROGRESS_FILE_FORMAT,
				version: 1,
				progress: { steps: {} },
				kommuner: [{ nummer: 'Oslo' }],
			}),
		],
		['damaged', JSON.stringify({ format: PROGRESS_FILE_FORMAT, version: 'one', progress: { steps: {} } })],
		['too-large', ' '.repeat(2_000_001) + '{}'],
	])('refuses a bad file with code %s', (code, text) => {
		const result = parseProgressFile(text);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.error.code).toBe(code);
			expect(result.error.message.length).toBeGreaterThan(10);
		}
	});

	it('reads a file with a byte order mark', () => {
		const text = '\uFEFF' + exportProgress(setStatus(emptyProgress(), 'vkp.a.one', 'pagar', time(1)), [OSLO], time(2));
		expect(parsed(text).kommuner).toEqual([OSLO]);
	});
});

describe('planImport', () => {
	it('previews status changes and new kommuner, and changes nothing by itself', () => {
		const local = setStatus(
			setStatus(emptyProgress(), 'vkp.a.one', 'fullfort', time(5)),
			'vkp.a.two',
			'pagar',
			time(1),
		);
		const remote = setStatus(
			setStatus(emptyProgress(), 'vkp.a.one', 'pagar', time(2)),
			'vkp.a.two',
			'fullfort',
			time(3),
		);
		const file = parsed(
			exportProgress(setStatus(remote, 'vkp.k.x@1804', 'venter-nhn', time(4)), [OSLO, BODO, BODO], time(6)),
		);
		const before = JSON.stringify(local);
		const plan = planImport(local, [OSLO], file);
		expect(JSON.stringify(local)).toBe(before);
		expect(plan.changes).toEqual([
			{ key: 'vkp.a.two', stepId: 'vkp.a.two', from: 'pagar', to: 'fullfort' },
			{ key: 'vkp.k.x@1804', stepId: 'vkp.k.x', kommunenummer: '1804', from: undefined, to: 'venter-nhn' },
		]);
		expect(plan.kommunerAdded).toEqual([BODO]);
		expect(plan.kommuner).toEqual([OSLO, BODO]);
		expect(statusOf(plan.progress, 'vkp.a.one')).toBe('fullfort');
	});
});

describe('importPreview', () => {
	it('lists each status change by step text (and kommune), then each new kommune', () => {
		const file = parsed(
			exportProgress(
				setStatus(setStatus(emptyProgress(), 'vkp.a.one', 'fullfort', time(2)), 'vkp.k.x@1804', 'pagar', time(3)),
				[BODO],
				time(4),
			),
		);
		const local = setStatus(emptyProgress(), 'vkp.a.one', 'venter-nhn', time(1));
		const texts = new Map([
			['vkp.a.one', 'Send e-post til VKP'],
			['vkp.k.x', 'Lag nøkkelpar'],
		]);
		expect(importPreview(planImport(local, [], file), (id) => texts.get(id))).toEqual([
			'«Send e-post til VKP»: Venter på NHN → Fullført',
			'«Lag nøkkelpar» (Bodø): Ikke startet → Pågår',
			'Ny kommune: Bodø (1804)',
		]);
	});

	it('names a step no longer in the content by its ID, and a kommune not in the file by its number', () => {
		const file = parsed(exportProgress(setStatus(emptyProgress(), 'vkp.k.x@5501', 'fullfort', time(2)), [], time(3)));
		expect(importPreview(planImport(emptyProgress(), [], file), () => undefined)).toEqual([
			'«vkp.k.x» (5501): Ikke startet → Fullført',
		]);
	});
});

describe('properties: no tick is ever lost', () => {
	const arbProgress = fc
		.array(fc.tuple(arbKey, arbStatus, fc.integer({ min: 0, max: 1000 })), { maxLength: 20 })
		.map((ops) => ops.reduce<Progress>((p, [key, status, t]) => setStatus(p, key, status, time(t)), emptyProgress()));

	it('export then parse gives back exactly the same progress and kommuner', () => {
		fc.assert(
			fc.property(arbProgress, fc.subarray([OSLO, BODO]), (progress, kommuner) => {
				const file = parsed(exportProgress(progress, kommuner, time(0)));
				expect(file.progress).toEqual(progress);
				expect(file.kommuner).toEqual(kommuner);
			}),
		);
	});

	it('a merge keeps every key of both sides, each as the newer of the two records', () => {
		fc.assert(
			fc.property(arbProgress, arbProgress, (local, incoming) => {
				const merged = mergeProgress(local, incoming);
				for (const key of new Set([...Object.keys(local.steps), ...Object.keys(incoming.steps)])) {
					const record = merged.steps[key];
					expect(record).toBeDefined();
					expect([local.steps[key], incoming.steps[key]]).toContainEqual(record);
					for (const side of [local.steps[key], incoming.steps[key]]) {
						if (side) expect(record!.changedAt >= side.changedAt).toBe(true);
					}
				}
				expect(Object.keys(merged.steps).length).toBeLessThanOrEqual(
					Object.keys(local.steps).length + Object.keys(incoming.steps).length,
				);
				// Importing the same file twice changes nothing more.
				expect(mergeProgress(merged, incoming)).toEqual(merged);
			}),
		);
	});

	type Op =
		| { kind: 'set'; machine: 0 | 1; key: string; status: StepStatus }
		| { kind: 'sync'; from: 0 | 1 }
		| { kind: 'reset'; machine: 0 | 1; service: string };

	const arbOp: fc.Arbitrary<Op> = fc.oneof(
		{
			weight: 6,
			arbitrary: fc.record({
				kind: fc.constant('set' as const),
				machine: fc.constantFrom<0 | 1>(0, 1),
				key: arbKey,
				status: arbStatus,
			}),
		},
		{ weight: 3, arbitrary: fc.record({ kind: fc.constant('sync' as const), from: fc.constantFrom<0 | 1>(0, 1) }) },
		{
			weight: 1,
			arbitrary: fc.record({
				kind: fc.constant('reset' as const),
				machine: fc.constantFrom<0 | 1>(0, 1),
				service: fc.constantFrom('vkp', 'verktoykatalogen'),
			}),
		},
	);

	it('two machines that tick, export, import and reset agree on the latest status of every step', () => {
		fc.assert(
			fc.property(fc.array(arbOp, { maxLength: 60 }), (ops) => {
				const machines: [Progress, Progress] = [emptyProgress(), emptyProgress()];
				const kommuner: [FileKommune[], FileKommune[]] = [[OSLO], [BODO]];
				// What each machine must show: its own latest changes, and what it imported.
				type Seen = Map<string, { status: StepStatus; t: number }>;
				const seen: [Seen, Seen] = [new Map() as Seen, new Map() as Seen];
				ops.forEach((op, i) => {
					const t = i + 1;
					if (op.kind === 'set') {
						const before = machines[op.machine];
						machines[op.machine] = setStatus(before, op.key, op.status, time(t));
						if (statusOf(before, op.key) !== op.status || !before.steps[op.key])
							seen[op.machine].set(op.key, { status: op.status, t });
					} else if (op.kind === 'reset') {
						machines[op.machine] = resetService(machines[op.machine], op.service);
						for (const key of [...seen[op.machine].keys()])
							if (key.startsWith(`${op.service}.`)) seen[op.machine].delete(key);
					} else {
						const to = op.from === 0 ? 1 : 0;
						const file = parsed(exportProgress(machines[op.from], kommuner[op.from], time(t)));
						const plan = planImport(machines[to], kommuner[to], file);
						machines[to] = plan.progress;
						kommuner[to] = [...plan.kommuner];
						for (const [key, entry] of seen[op.from]) {
							const mine = seen[to].get(key);
							if (!mine || entry.t > mine.t) seen[to].set(key, entry);
						}
					}
					for (const m of [0, 1] as const) {
						for (const [key, { status }] of seen[m]) expect(statusOf(machines[m], key)).toBe(status);
					}
				});
				// Kommune rows travel with the file, and none is dropped.
				for (const m of [0, 1] as const) expect(kommuner[m].map((k) => k.nummer)).toContain(m === 0 ? '0301' : '1804');
			}),
			{ numRuns: 300 },
		);
	});
});
