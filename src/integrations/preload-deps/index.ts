// An Astro integration that keeps Vite's import() preload lists to what the importing chunk lacks.
// Vite lists, for each import(), the target and every chunk it imports, including chunks the importer has already
// loaded. Once our islands use import() too, Rolldown moves Vite's preload helper out of Starlight's search chunk
// into a chunk of its own, and the search chunk's list names it beside Pagefind's UI: every content page then
// ships a `__vite__mapDeps` table plain Starlight does not (about 150 bytes). `build.modulePreload
// .resolveDependencies` (https://vite.dev/config/build-options#build-modulepreload) gets the importer's name, not
// the bundle, so a plugin hands it the bundle's static imports first.
import type { AstroIntegration } from 'astro';
import { preloadList } from './deps';

type Chunk = { type: 'chunk'; imports: string[] } | { type: 'asset' };

export default function preloadDeps(): AstroIntegration {
	let bundle: Record<string, Chunk> = {};
	const importsOf = (file: string) => {
		const chunk = bundle[file];
		return chunk?.type === 'chunk' ? chunk.imports : undefined;
	};
	return {
		name: 'veiviser-preload-deps',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'veiviser-preload-deps',
								// Astro sets the build's modulePreload itself (polyfill off) over the user's config, so this
								// sets it per environment, where Vite merges it in.
								configEnvironment: (name) =>
									name === 'client'
										? {
												build: {
													modulePreload: {
														polyfill: false,
														resolveDependencies: (target, deps, { hostId }) =>
															preloadList(target, deps, hostId, importsOf),
													},
												},
											}
										: undefined,
								// Before Vite's import analysis, which calls resolveDependencies in its generateBundle.
								generateBundle: {
									order: 'pre',
									handler(_options, output) {
										bundle = output;
									},
								},
							},
						],
					},
				});
			},
		},
	};
}
