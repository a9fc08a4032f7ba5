// ESLint flat config, as Starlight's own: typescript-eslint's recommended rules (type-aware for .ts),
// eslint-plugin-astro for .astro, and the layer rule below. `npm run lint` runs it with --max-warnings 0.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Imports only point down: components → stores → lib. Each layer lists what it may not import. */
const layer = (files, forbidden, message) => ({
	files,
	rules: {
		'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
	},
});

export default defineConfig(
	{
		ignores: [
			'dist/',
			'dist-subpath/',
			'.astro/',
			'.bench/',
			'reports/',
			'.stryker-tmp/',
			'test-results/',
			'playwright-report/',
			'node_modules/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		// Type-aware rules where types exist (floating promises, unsafe any) for our TypeScript.
		files: ['**/*.ts'],
		extends: [tseslint.configs.recommendedTypeCheckedOnly],
		languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
	},
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// `_name` marks a value destructured only to leave it out (key-generate drops WebCrypto's key_ops, ext).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
			],
			'no-console': ['error', { allow: ['error', 'warn'] }],
			eqeqeq: ['error', 'always'],
		},
	},
	{
		// Scripts and tests report to the console on purpose.
		files: ['scripts/**', 'tests/**', '*.config.*'],
		rules: { 'no-console': 'off' },
	},
	layer(
		['src/lib/**'],
		['**/stores/**', '**/components/**', 'astro:*', 'nanostores', '@nanostores/*'],
		'src/lib is pure TypeScript: no stores, components, Astro or DOM state.',
	),
	layer(
		['src/stores/**'],
		['**/components/**'],
		'Stores sit below the components: they may use src/lib, never a component.',
	),
);
