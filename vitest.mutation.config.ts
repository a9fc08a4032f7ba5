// The unit tests Stryker runs against each mutant (stryker.config.mjs): those of src/lib and src/stores, without
// the fuzz and long-run property tests, whose thousands of inputs would run once per mutant. What those catch
// (crashes, slow patterns) is not a changed line of logic; the outside key corpus stays in, it is the readers'
// best test.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

export default mergeConfig(
	base,
	defineConfig({
		test: {
			include: ['tests/unit/lib/**/*.test.ts', 'tests/unit/stores/**/*.test.ts'],
			exclude: ['**/*.fuzz.test.ts', '**/patterns.property.test.ts', '**/node_modules/**'],
			reporters: ['default'],
			// Each file on its own module cache, as the scores were first measured (vitest.config.ts shares one).
			isolate: true,
		},
	}),
);
