import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATUSES, emptyProgress, setStatus, statusOf, type Progress, type StepStatus } from '~/lib/checklist/progress';
import { resetService } from '~/lib/checklist/progress-changes';
import {
	exportProgress,
	importChangesSomething,
	importPreview,
	mergeProgress,
	parseProgressFile,
	planImport,
	MAX_PROGRESS_FILE_BYTES,
	PROGRESS_FILE_FORMAT,
	PROGRESS_FILE_VERSION,
	type FileKommune,
} from '~/lib/checklist/progress-file';
import { emptyProfile, type Profile } from '~/lib/profile/profile';

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

	it.each([
		['a kommuner member that is no list', {}],
		['a kommune that is no record', [null]],
		['a kommune without a four-digit number', [{ nummer: '301', navn: 'Oslo' }]],
		['a kommune without a name', [{ nummer: '0301' }]],
	])('calls a file with %s damaged', (_name, kommuner) => {
		const text = JSON.stringify({ format: PROGRESS_FILE_FORMAT, version: 2, progress: { steps: {} }, kommuner });
		expect(parseProgressFile(text)).toMatchObject({ ok: false, error: { code: 'damaged' } });
	});

	it('reads a kommune without a thumbprint as having none', () => {
		expect(parsed(exportProgress(emptyProgress(), [OSLO], time(1))).kommuner).toStrictEqual([OSLO]);
	});

	it('reads a file of exactly the largest size it takes', () => {
		const text = exportProgress(emptyProgress(), [OSLO], time(1));
		const padded = text + ' '.repeat(MAX_PROGRESS_FILE_BYTES - text.length);
		expect(padded).toHaveLength(MAX_PROGRESS_FILE_BYTES);
		expect(parsed(padded).kommuner).toEqual([OSLO]);
	});

	it('reads a file with a byte order mark', () => {
		const text = '\uFEFF' + exportProgress(setStatus(emptyProgress(), 'vkp.a.one', 'pagar', time(1)), [OSLO], time(2));
		expect(parsed(text).kommuner).toEqual([OSLO]);
		// Only a mark at the start is taken away: one inside a name is part of it.
		const inside = exportProgress(emptyProgress(), [{ nummer: '0301', navn: 'Os\uFEFFlo' }], time(2));
		expect(parsed(inside).kommuner).toEqual([{ nummer: '0301', navn: 'Os\uFEFFlo' }]);
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
		expect(plan.changes).toStrictEqual([
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

const THUMB = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';
const OTHER = 'Zh6pNlPRbILvVz9rdeZ7TWhYX_dWgbFMj4hfYpBVKW4';
const profile = (overrides: Partial<Profile> = {}): Profile => ({ ...emptyProfile(), ...overrides });

describe('the export file, version 2 and 3', () => {
	it('carries progress, kommuner with their thumbprints, and the profile with its role', () => {
		const work = profile({ role: 'bestiller', company: 'Trygg Hjemme AS', bestillerCompany: 'Askøy kommune' });
		const text = exportProgress(
			setStatus(emptyProgress(), 'vkp.a.one', 'fullfort', time(1)),
			[{ ...OSLO, thumbprint: THUMB }, BODO],
			time(2),
			work,
		);
		expect(PROGRESS_FILE_VERSION).toBe(3);
		expect(JSON.parse(text)).toEqual({
			format: 'veiviser-sjekkliste',
			version: 3,
			exportedAt: time(2),
			progress: { steps: { 'vkp.a.one': { status: 'fullfort', changedAt: time(1), completedAt: time(1) } } },
			kommuner: [
				{ nummer: '0301', navn: 'Oslo', thumbprint: THUMB },
				{ nummer: '1804', navn: 'Bodø' },
			],
			profile: work,
		});
		expect(text.endsWith('}\n')).toBe(true);
		const file = parsed(text);
		expect(file.version).toBe(3);
		expect(file.profile).toEqual(work);
		expect(file.kommuner).toEqual([{ ...OSLO, thumbprint: THUMB }, BODO]);
		expect(JSON.parse(exportProgress(emptyProgress(), [], time(1)))).not.toHaveProperty('profile');
	});

	it('still imports a version 1 file: progress and kommuner, no profile', () => {
		const v1 = JSON.stringify({
			format: PROGRESS_FILE_FORMAT,
			version: 1,
			exportedAt: time(1),
			progress: { steps: { 'vkp.a.one': { status: 'pagar', changedAt: time(1) } } },
			kommuner: [OSLO],
			profile: { company: 'Overses AS' },
		});
		const file = parsed(v1);
		expect(file).toEqual({
			format: PROGRESS_FILE_FORMAT,
			version: 1,
			exportedAt: time(1),
			progress: { steps: { 'vkp.a.one': { status: 'pagar', changedAt: time(1) } } },
			kommuner: [OSLO],
		});
	});

	it('reads a file without kommuner or export date, a v1 profile as migrated, and refuses a damaged part', () => {
		const bare = parsed(JSON.stringify({ format: PROGRESS_FILE_FORMAT, version: 2, progress: { steps: {} } }));
		expect(bare).toEqual({
			format: PROGRESS_FILE_FORMAT,
			version: 2,
			exportedAt: '',
			progress: { steps: {} },
			kommuner: [],
		});
		const file = (extra: Record<string, unknown>) =>
			parseProgressFile(
				JSON.stringify({ format: PROGRESS_FILE_FORMAT, version: 2, progress: { steps: {} }, ...extra }),
			);
		expect(file({ profile: { role: 'sjef' } })).toMatchObject({ ok: false, error: { code: 'damaged' } });
		expect(file({ profile: 'Trygg' })).toMatchObject({ ok: false, error: { code: 'damaged' } });
		expect(file({ kommuner: [{ ...OSLO, thumbprint: 'kort' }] })).toMatchObject({
			ok: false,
			error: { code: 'damaged' },
		});
		expect(file({ kommuner: [{ nummer: '301', navn: 'Oslo' }] })).toMatchObject({
			ok: false,
			error: { code: 'damaged' },
		});
		expect(file({ kommuner: [{ nummer: '0301', navn: 3 }] })).toMatchObject({ ok: false, error: { code: 'damaged' } });
		expect(file({ kommuner: ['0301'] })).toMatchObject({ ok: false, error: { code: 'damaged' } });
		expect(file({ kommuner: 'Oslo' })).toMatchObject({ ok: false, error: { code: 'damaged' } });
		expect(file({ exportedAt: 5 })).toMatchObject({ ok: true, file: { exportedAt: '' } });
		expect(
			parseProgressFile(JSON.stringify({ format: PROGRESS_FILE_FORMAT, version: 4, progress: { steps: {} } })),
		).toMatchObject({
			ok: false,
			error: { code: 'newer-version' },
		});
		expect(
			parseProgressFile(JSON.stringify({ format: PROGRESS_FILE_FORMAT, version: 0, progress: { steps: {} } })),
		).toMatchObject({
			ok: false,
			error: { code: 'damaged' },
		});
		expect(
			parseProgressFile(JSON.stringify({ format: PROGRESS_FILE_FORMAT, version: 1.5, progress: { steps: {} } })),
		).toMatchObject({
			ok: false,
			error: { code: 'damaged' },
		});
	});

	it('plans thumbprints and profile fields that fill what is missing here, and previews them', () => {
		const file = parsed(
			exportProgress(
				emptyProgress(),
				[
					{ ...OSLO, thumbprint: OTHER },
					{ nummer: '4601', navn: 'Bergen', thumbprint: THUMB },
				],
				time(1),
				profile({ role: 'vkp-leverandor', company: 'Trygg Hjemme AS', scopes: 'a.read\nb.write', email: 'x@y.no' }),
			),
		);
		const plan = planImport(emptyProgress(), [OSLO, BODO], file, profile({ email: 'kari@her.no' }));
		expect(plan.changes).toEqual([]);
		expect(plan.kommunerAdded).toEqual([{ nummer: '4601', navn: 'Bergen', thumbprint: THUMB }]);
		expect(plan.thumbprints).toEqual([{ ...OSLO, thumbprint: OTHER }]);
		expect(plan.profileFills).toEqual([
			{ field: 'role', value: 'vkp-leverandor' },
			{ field: 'company', value: 'Trygg Hjemme AS' },
			{ field: 'scopes', value: 'a.read\nb.write' },
		]);
		expect(importChangesSomething(plan)).toBe(true);
		expect(importPreview(plan, () => undefined)).toEqual([
			'Ny kommune: Bergen (4601), med tommelavtrykk',
			'Tommelavtrykk for Oslo (0301)',
			'Profil: Rolle: Leverandør av velferdsteknologi (VKP)',
			'Profil: Virksomhet: Trygg Hjemme AS',
			'Profil: Scope: a.read, b.write',
		]);
		// Without a readable local profile, the profile is left out of the plan.
		expect(planImport(emptyProgress(), [OSLO, BODO], file).profileFills).toEqual([]);
	});

	it('cuts a long profile value in the preview', () => {
		const file = parsed(exportProgress(emptyProgress(), [], time(1), profile({ product: 'x'.repeat(80) })));
		const [line] = importPreview(planImport(emptyProgress(), [], file, emptyProfile()), () => undefined);
		expect(line).toBe(`Profil: Produkt eller system: ${'x'.repeat(59)}…`);
		const exact = parsed(exportProgress(emptyProgress(), [], time(1), profile({ product: 'y'.repeat(60) })));
		expect(importPreview(planImport(emptyProgress(), [], exact, emptyProfile()), () => undefined)).toEqual([
			`Profil: Produkt eller system: ${'y'.repeat(60)}`,
		]);
	});

	it('counts an import that only adds a kommune, or only a thumbprint, as a change', () => {
		const added = parsed(exportProgress(emptyProgress(), [OSLO], time(1)));
		expect(importChangesSomething(planImport(emptyProgress(), [], added))).toBe(true);
		const thumbprint = parsed(exportProgress(emptyProgress(), [{ ...OSLO, thumbprint: THUMB }], time(1)));
		expect(importChangesSomething(planImport(emptyProgress(), [OSLO], thumbprint))).toBe(true);
	});

	it('puts a profile value of several lines on one line, without blank lines or spaces at the ends', () => {
		const file = parsed(exportProgress(emptyProgress(), [], time(1), profile({ scopes: ' a.read \r\n\n  b.write\n' })));
		expect(importPreview(planImport(emptyProgress(), [], file, emptyProfile()), () => undefined)).toEqual([
			'Profil: Scope: a.read, b.write',
		]);
	});

	it('says when a file changes nothing', () => {
		const file = parsed(exportProgress(emptyProgress(), [OSLO], time(1), profile({ company: 'A' })));
		const plan = planImport(emptyProgress(), [OSLO], file, profile({ company: 'B' }));
		expect(importChangesSomething(plan)).toBe(false);
		expect(importPreview(plan, () => undefined)).toEqual([]);
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

describe('the kommune public key in the export file (issue 20)', () => {
	const THUMB = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';
	const KEY = { kty: 'RSA' as const, n: 'sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri', e: 'AQAB' };

	it('carries the public key out and back in, and still imports a file without it', () => {
		const kommuner = [
			{ nummer: '1804', navn: 'Bodø', thumbprint: THUMB, publicJwk: KEY },
			{ nummer: '0301', navn: 'Oslo', thumbprint: THUMB },
		];
		const parsed = parseProgressFile(exportProgress(emptyProgress(), kommuner, '2026-12-07T10:00:00.000Z'));
		expect(parsed.ok && parsed.file.kommuner).toEqual(kommuner);
	});

	it('refuses a file whose kommune carries a private key', () => {
		const text = exportProgress(
			emptyProgress(),
			[{ nummer: '1804', navn: 'Bodø', thumbprint: THUMB, publicJwk: { ...KEY, d: 'AQAB' } as typeof KEY }],
			'2026-12-07T10:00:00.000Z',
		);
		expect(parseProgressFile(text)).toMatchObject({ ok: false, error: { code: 'damaged' } });
	});
});
