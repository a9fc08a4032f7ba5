// Mutation testing (`npm run mutation`): Stryker changes src/lib and src/stores one small step at a time and runs
// the unit tests that cover each change (vitest.mutation.config.ts); a change no test notices "survives".
// scripts/mutation-report.ts prints the score of every module and fails below its threshold. Incremental: only
// changed code and tests are run again (reports/mutation/stryker-incremental.json; `-- --force` runs everything).
// One folder while working: `npm run mutation -- --mutate "src/lib/mail/**/*.ts"`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	vitest: { configFile: 'vitest.mutation.config.ts' },
	plugins: ['@stryker-mutator/vitest-runner'],
	mutate: ['src/lib/**/*.ts', 'src/stores/**/*.ts'],
	coverageAnalysis: 'perTest',
	incremental: true,
	incrementalFile: 'reports/mutation/stryker-incremental.json',
	reporters: ['progress', 'html', 'json'],
	htmlReporter: { fileName: 'reports/mutation/index.html' },
	jsonReporter: { fileName: 'reports/mutation/mutation.json' },
	thresholds: { high: 90, low: 80, break: null },
	// Two cores shared with the rest of the machine.
	concurrency: 2,
	timeoutMS: 10_000,
	tempDirName: '.stryker-tmp',
	cleanTempDir: 'always',
};
