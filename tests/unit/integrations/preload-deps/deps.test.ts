import { describe, expect, it } from 'vitest';
import { preloadList, staticClosure } from '~/integrations/preload-deps/deps';

// A bundle like ours: Starlight's search and an island both import Vite's preload helper; the island also shares
// the store chunk with another chunk it loads on first use.
const imports: Record<string, string[]> = {
	'_astro/Search.js': ['_astro/preload-helper.js'],
	'_astro/ui-core.js': ['_astro/preload-helper.js'],
	'_astro/Island.js': ['_astro/preload-helper.js', '_astro/store.js'],
	'_astro/store.js': ['_astro/record.js'],
	'_astro/builder.js': ['_astro/store.js', '_astro/jose.js', '_astro/messages.js'],
};
const importsOf = (file: string) => imports[file];

describe('staticClosure', () => {
	it('holds the host and every chunk it imports statically, however deep', () => {
		expect([...staticClosure('_astro/Island.js', importsOf)].sort()).toEqual([
			'_astro/Island.js',
			'_astro/preload-helper.js',
			'_astro/record.js',
			'_astro/store.js',
		]);
	});

	it('ends on import circles', () => {
		const circle = (file: string) => ({ a: ['b'], b: ['a'] })[file];
		expect([...staticClosure('a', circle)].sort()).toEqual(['a', 'b']);
	});
});

describe('preloadList', () => {
	it('drops the preload helper the host has loaded, and then a list of only the target', () => {
		expect(
			preloadList(
				'_astro/ui-core.js',
				['_astro/ui-core.js', '_astro/preload-helper.js'],
				'_astro/Search.js',
				importsOf,
			),
		).toEqual([]);
	});

	it('keeps the target beside chunks the host lacks, and drops the ones it has', () => {
		expect(
			preloadList(
				'_astro/builder.js',
				['_astro/builder.js', '_astro/store.js', '_astro/record.js', '_astro/jose.js', '_astro/messages.js'],
				'_astro/Island.js',
				importsOf,
			),
		).toEqual(['_astro/builder.js', '_astro/jose.js', '_astro/messages.js']);
	});

	it('keeps CSS and every chunk when the host is unknown to the bundle', () => {
		expect(
			preloadList('_astro/x.js', ['_astro/x.js', '_astro/y.js', '_astro/x.css'], '_astro/gone.js', importsOf),
		).toEqual(['_astro/x.js', '_astro/y.js', '_astro/x.css']);
	});
});
