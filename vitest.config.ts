import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	// The same aliases as tsconfig.json: tests import `~/lib/...` (src) and `~test/...` (tests).
	resolve: {
		alias: {
			'~test': fileURLToPath(new URL('./tests/unit', import.meta.url)),
			'~': fileURLToPath(new URL('./src', import.meta.url)),
		},
	},
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
	},
});
