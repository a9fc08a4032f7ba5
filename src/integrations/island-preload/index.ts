// An Astro integration that lets the browser fetch an island's scripts early on the pages that have it: a
// `<link rel="modulepreload">` in the `<head>` for the island's entry chunk and every chunk it imports (links.ts).
// Astro writes an island's `<script type="module">` where the component stands, at the end of a long page; Chromium
// fetches such late, low-priority scripts only after the stylesheets, and each level of imports costs one more round
// trip. Only on the pages of the islands named (by component, as in `Checklist.astro`): content pages
// get nothing. The bundle's static imports come from a client build plugin, as in preload-deps.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withModulePreloads } from './links';

type Chunk = { type: 'chunk'; imports: string[] } | { type: 'asset' };

export default function islandPreload(components: readonly string[]): AstroIntegration {
	const imports = new Map<string, readonly string[]>();
	// Astro names an island's entry chunk `<Component>.astro_astro_type_script_index_0_lang.<hash>.js`.
	const wanted = (fileName: string) =>
		components.some((component) => fileName.startsWith(`_astro/${component}.astro_astro_type_script`));
	return {
		name: 'veiviser-island-preload',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'veiviser-island-preload',
								applyToEnvironment: (environment) => environment.name === 'client',
								generateBundle(_options, output) {
									for (const [file, chunk] of Object.entries(output as Record<string, Chunk>))
										if (chunk.type === 'chunk') imports.set(file, chunk.imports);
								},
							},
						],
					},
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const entries = await readdir(root, { withFileTypes: true, recursive: true });
				let pages = 0;
				for (const entry of entries) {
					if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
					const file = join(entry.parentPath, entry.name);
					const html = await readFile(file, 'utf8');
					const preloaded = withModulePreloads(html, wanted, (name) => imports.get(name));
					if (preloaded === html) continue;
					await writeFile(file, preloaded);
					pages++;
				}
				logger.info(`module preloads for ${components.join(', ')} on ${pages} pages`);
			},
		},
	};
}
