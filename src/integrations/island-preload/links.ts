// Which module preloads a page gets for its islands' scripts, and where they go in its HTML. Pure: the integration
// (index.ts) hands in the bundle's static imports and the page's text.
import { staticClosure, type ChunkImports } from '../preload-deps/deps';

/** The `src` of each `<script type="module" src="…">` in a page. */
export function moduleScripts(html: string): string[] {
	return [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => m[1]!);
}

/**
 * The page with a `<link rel="modulepreload">` at the end of its `<head>` for each chunk of its module scripts, when
 * one of them is an island `wanted` picks (by file name, `_astro/x.js`): the browser then fetches them with the
 * stylesheets instead of once the parser reaches the scripts at the end of a long page, and their imports without a
 * round trip per level. All the page's scripts in its body, Starlight's too: module scripts run in document order, so the island
 * waits for each script before it (Starlight's table of contents imports a chunk of its own). A script's URL gives
 * the prefix (a site served from a sub-path has its base there). Unchanged when no script is wanted.
 */
export function withModulePreloads(
	html: string,
	wanted: (fileName: string) => boolean,
	importsOf: ChunkImports,
): string {
	// Scripts in the <head> are found at once anyway.
	const scripts = moduleScripts(html.slice(html.indexOf('</head>'))).filter((src) => src.includes('_astro/'));
	if (!scripts.some((src) => wanted(src.slice(src.indexOf('_astro/'))))) return html;
	const links: string[] = [];
	for (const src of scripts) {
		const at = src.indexOf('_astro/');
		for (const file of staticClosure(src.slice(at), importsOf)) {
			const href = src.slice(0, at) + file;
			if (!links.includes(href) && !html.includes(`rel="modulepreload" href="${href}"`)) links.push(href);
		}
	}
	if (links.length === 0) return html;
	const tags = links.map((href) => `<link rel="modulepreload" href="${href}">`).join('');
	return html.replace('</head>', `${tags}</head>`);
}
