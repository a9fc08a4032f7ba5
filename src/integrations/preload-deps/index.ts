// An Astro integration that keeps Vite's import() preload lists to what the importing chunk lacks.
// Vite lists, for each import(), the target and every chunk it imports, including chunks the importer has already
// loaded. Once our islands use import() too, Rolldown moves Vite's preload helper out of Starlight's search chunk
// into a chunk of its own, and the search chunk's list names it beside Pagefind's UI: every content page then
// ships a `__vite__mapDeps` table plain Starlight does not (about 150 bytes). `build.modulePreload
// .resolveDependencies` (https://vite.dev/config/build-options#build-modulepreload) gets the importer's name, not
// the bundle, so a plugin hands it the bundle's static imports first. After the build, every page also names the
// JS its module scripts load up front in <head> (modulepreload.ts).
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { preloadList } from './deps';
import { withModulePreloads } from './modulepreload';

type Chunk = { type: 'chunk'; imports: string[] } | { type: 'asset' };

export default function preloadDeps(): AstroIntegration {
	let bundle: Record<string, Chunk> = {};
	const importsOf = (file: string) => {
		const chunk = bundle[file];
		return chunk?.type === 'chunk' ? chunk.imports : undefined;
	};
	let base = '/';
	return {
		name: 'veiviser-preload-deps',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			// Every page names the JS its module scripts load up front (modulepreload.ts), so the browser fetches it
			// while parsing instead of chunk by chunk after it.
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const read = (path: string) => {
					if (!path.startsWith(base)) return undefined;
					const file = join(root, decodeURIComponent(path.slice(base.length)));
					return file.endsWith('.js') && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
				};
				let pages = 0;
				for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
					if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
					const file = join(entry.parentPath, entry.name);
					const html = await readFile(file, 'utf8');
					const linked = withModulePreloads(html, read);
					if (linked !== html) {
						await writeFile(file, linked);
						pages++;
					}
				}
				logger.info(`module preload links added on ${pages} pages`);
			},
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
