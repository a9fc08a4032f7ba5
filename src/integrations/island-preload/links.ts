// Which module preloads a page gets for its islands' scripts, and where they go in its HTML. Pure: the integration
// (index.ts) hands in the bundle's static imports and the page's text.
import { staticClosure, type ChunkImports } from '../preload-deps/deps';

/** The `src` of each `<script type="module" src="…">` in a page. */
export function moduleScripts(html: string): string[] {
	return [...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => m[1]!);
}

/**
 * The page with a `<link rel="modulepreload">` at the end of its `<head>` for each chunk of the scripts `wanted`
 * picks (by file name, `_astro/x.js`), so the browser fetches them with the stylesheets instead of once the parser
 * reaches the scripts at the end of a long page, and their imports without a round trip per level. A script's URL
 * gives the prefix (a site served from a sub-path has its base there). Unchanged when no script is wanted.
 */
export function withModulePreloads(
	html: string,
	wanted: (fileName: string) => boolean,
	importsOf: ChunkImports,
): string {
	const links: string[] = [];
	for (const src of moduleScripts(html)) {
		const at = src.indexOf('_astro/');
		if (at === -1 || !wanted(src.slice(at))) continue;
		for (const file of staticClosure(src.slice(at), importsOf)) {
			const href = src.slice(0, at) + file;
			if (!links.includes(href) && !html.includes(`rel="modulepreload" href="${href}"`)) links.push(href);
		}
	}
	if (links.length === 0) return html;
	const tags = links.map((href) => `<link rel="modulepreload" href="${href}">`).join('');
	return html.replace('</head>', `${tags}</head>`);
}
