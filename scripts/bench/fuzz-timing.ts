// How long the places where outside text enters the site take on the worst inputs: the key check, the progress
// import and the stored-profile reader, on the fuzz tests' own inputs (tests/unit/helpers/fuzz-inputs.ts) and on
// long runs of every character their patterns look at. The unit tests check that each input gets an answer;
// the time is measured here, where a slow machine makes a number late, not a test red.
import { runnerImport } from 'vite';
import { join } from 'node:path';

export type WorstTime = { name: string; inputs: number; worstMs: number; worstInput: string };

/** The characters the readers' patterns care about, each as a run long enough to expose a quadratic pattern. */
const RUN_LENGTH = 50_000;
const PATTERN_RUNS: Record<string, string> = {
	'spaces after BEGIN': `-----BEGIN ${' '.repeat(RUN_LENGTH)}`,
	hyphens: '-'.repeat(RUN_LENGTH),
	tabs: '\t'.repeat(RUN_LENGTH),
	equals: '='.repeat(RUN_LENGTH),
	'base64 letters': 'A'.repeat(RUN_LENGTH),
	'less-than': '<'.repeat(RUN_LENGTH),
	braces: '{'.repeat(RUN_LENGTH),
	quotes: '"'.repeat(RUN_LENGTH),
	'ssh-rsa then spaces': `ssh-rsa ${' '.repeat(RUN_LENGTH)}`,
};

function describe(input: string): string {
	const shown =
		input.length > 40 ? `${JSON.stringify(input.slice(0, 40))}… (${input.length} chars)` : JSON.stringify(input);
	return shown;
}

async function worst<T>(name: string, inputs: string[], run: (input: string) => T | Promise<T>): Promise<WorstTime> {
	let worstMs = 0;
	let worstInput = '';
	for (const input of inputs) {
		const start = performance.now();
		await run(input);
		const ms = performance.now() - start;
		if (ms > worstMs) {
			worstMs = ms;
			worstInput = input;
		}
	}
	return { name, inputs: inputs.length, worstMs, worstInput: describe(worstInput) };
}

export async function fuzzTimings(root: string): Promise<WorstTime[]> {
	const load = async <T>(path: string) =>
		(await runnerImport<T>(join(root, path), { configFile: false, logLevel: 'error' })).module;
	const { checkKey } = await load<typeof import('../../src/lib/keys/check.ts')>('src/lib/keys/check.ts');
	const { parseProgressFile } = await load<typeof import('../../src/lib/checklist/progress-file.ts')>(
		'src/lib/checklist/progress-file.ts',
	);
	const { readProfile } = await load<typeof import('../../src/lib/profile/profile.ts')>('src/lib/profile/profile.ts');
	const fc = (await import('fast-check')).default;
	const inputs = await load<typeof import('../../tests/unit/helpers/fuzz-inputs.ts')>(
		'tests/unit/helpers/fuzz-inputs.ts',
	);
	const sample = [
		...fc.sample(inputs.anyText, { numRuns: 500, seed: 1 }),
		...fc.sample(inputs.mutated, { numRuns: 500, seed: 2 }),
		...fc.sample(inputs.deepJson, { numRuns: 10, seed: 3 }),
		...Object.values(PATTERN_RUNS),
		'A'.repeat(5 * 1024 * 1024),
	];
	// One warm-up each, so the first measurement is not the module's own start-up.
	await checkKey('warm-up');
	parseProgressFile('{}');
	return [
		await worst('key check', sample, (input) => checkKey(input)),
		await worst('progress import', sample, (input) => parseProgressFile(input)),
		await worst('stored profile', sample, (input) => {
			try {
				return readProfile(JSON.parse(input));
			} catch {
				return undefined;
			}
		}),
	];
}
