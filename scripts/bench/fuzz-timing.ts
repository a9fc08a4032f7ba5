// How long the places where outside text enters the site take on the worst inputs: the key check, the progress
// import, the stored-profile reader and the error-answer tool, on the fuzz tests' own inputs (tests/unit/helpers/fuzz-inputs.ts), on
// long runs of every character their patterns look at, and (key check) on the outside key corpus
// (tests/fixtures/keys). The unit tests check that each input gets an answer; the time is measured here, where a
// slow machine makes a number late, not a test red.
import { runnerImport } from 'vite';
import { join } from 'node:path';

export type WorstTime = { name: string; inputs: number; worstMs: number; worstInput: string };

/**
 * The characters the readers' patterns care about, each as a run just under the key check's length limit (longer
 * text is refused before any pattern runs), alone and after the words that start a pattern.
 */
const RUN_LENGTH = 199_000;
const run = (start: string, character: string) =>
	(start + character.repeat(Math.ceil(RUN_LENGTH / character.length))).slice(0, RUN_LENGTH);
const PATTERN_RUNS: Record<string, string> = {
	'spaces after BEGIN': run('BEGIN ', ' '),
	'spaces after -----BEGIN': run('-----BEGIN ', ' '),
	'tabs after -----BEGIN': run('-----BEGIN', '\t'),
	hyphens: run('', '-'),
	tabs: run('x', '\t'),
	equals: run('', '='),
	'base64 letters': run('', 'A'),
	'base64 lines': run('', 'QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB\n'),
	'less-than': run('', '<'),
	'private XML element and spaces': run('<ds:D ', ' '),
	braces: run('', '{'),
	brackets: run('', '['),
	quotes: run('', '"'),
	backslashes: run('', '\\'),
	'escaped line breaks': run('', '\\n'),
	'HTML line breaks': run('', '<br>'),
	'quoted reply marks': run('', '> '),
	'"d": repeated': run('', '"d":'),
	'PRIVATE KEY repeated': run('', 'PRIVATE KEY '),
	'-----BEGIN repeated': run('', '-----BEGIN '),
	'ssh-rsa then spaces': run('ssh-rsa ', ' '),
	'ssh-rsa repeated': run('', 'ssh-rsa '),
	'ssh-rsa wrapped lines': run('ssh-rsa AAAA\n', 'AAAA\n'),
	'RSAKeyValue repeated': run('', '<RSAKeyValue>'),
};

function describe(input: string): string {
	const shown =
		input.length > 40 ? `${JSON.stringify(input.slice(0, 40))}… (${input.length} chars)` : JSON.stringify(input);
	return shown;
}

/**
 * The worst time over the inputs: each input is run `repeats` times and counts with its median, so a garbage
 * collection or another process on the machine does not pass for a slow pattern.
 */
async function worst<T>(
	name: string,
	inputs: string[],
	call: (input: string) => T | Promise<T>,
	label: (input: string, index: number) => string = describe,
	repeats = 1,
): Promise<WorstTime> {
	let worstMs = 0;
	let worstInput = '';
	for (const [index, input] of inputs.entries()) {
		const times: number[] = [];
		for (let i = 0; i < repeats; i++) {
			const start = performance.now();
			await call(input);
			times.push(performance.now() - start);
		}
		const ms = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
		if (ms > worstMs) {
			worstMs = ms;
			worstInput = label(input, index);
		}
	}
	return { name, inputs: inputs.length, worstMs, worstInput };
}

export async function fuzzTimings(root: string): Promise<WorstTime[]> {
	const load = async <T>(path: string) =>
		(await runnerImport<T>(join(root, path), { configFile: false, logLevel: 'error' })).module;
	const { checkKey } = await load<typeof import('../../src/lib/keys/check.ts')>('src/lib/keys/check.ts');
	const { parseProgressFile } = await load<typeof import('../../src/lib/checklist/progress-file.ts')>(
		'src/lib/checklist/progress-file.ts',
	);
	const { readProfile } = await load<typeof import('../../src/lib/profile/profile.ts')>('src/lib/profile/profile.ts');
	const { keyCorpus } = await load<typeof import('../../tests/unit/helpers/key-corpus.ts')>(
		'tests/unit/helpers/key-corpus.ts',
	);
	const { interpretErrorAnswer } =
		await load<typeof import('../../src/lib/errors/interpret.ts')>('src/lib/errors/interpret.ts');
	const { errorRuns } = await load<typeof import('../../tests/unit/helpers/error-inputs.ts')>(
		'tests/unit/helpers/error-inputs.ts',
	);
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
	const corpus = keyCorpus();
	// One warm-up each, so the first measurement is not the module's own start-up.
	await checkKey('warm-up');
	parseProgressFile('{}');
	return [
		// Three runs of each input, their median: one run counted a path's first compilation and a collection of the
		// last input's garbage (a run of 199,000 '[' measured 254 ms once and 13 ms after).
		await worst('key check', sample, (input) => checkKey(input), describe, 3),
		await worst(
			'key check, key corpus',
			corpus.map((fixture) => fixture.text),
			(input) => checkKey(input),
			(_, index) => corpus[index]!.file,
			3,
		),
		// The error-answer tool reads up to 200,000 characters (MAX_PASTE); its own runs (a status line, a header,
		// `error=`, `eyJ` before each character) come on top of the shared sample.
		await worst(
			'error answer',
			[...sample, ...Object.values(errorRuns(200_000))],
			(input) => interpretErrorAnswer(input),
			describe,
			3,
		),
		await worst('progress import', sample, (input) => parseProgressFile(input), describe, 3),
		await worst('stored profile', sample, (input) => {
			try {
				return readProfile(JSON.parse(input));
			} catch {
				return undefined;
			}
		}),
	];
}
