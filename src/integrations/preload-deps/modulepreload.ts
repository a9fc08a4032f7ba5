// Module preload links for a built page: every JS file its module scripts load before they run, named in <head>.
// The browser finds an island's entry script only near the end of the page, and each chunk's imports only once the
// chunk has arrived: a chain of round trips before the island can run. With the links it fetches them all at once
// while it parses the page (https://html.spec.whatwg.org/multipage/links.html#link-type-modulepreload).

/** Relative specifiers of a bundled chunk's static imports and re-exports (`import{t as e}from"./a.js"`). */
export function staticImports(code: string): string[] {
	const found = new Set<string>();
	for (const m of code.matchAll(/(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'`])([^"'`]+)\1/g)) {
		const specifier = m[2] ?? '';
		if (specifier.startsWith('.') || specifier.startsWith('/')) found.add(specifier);
	}
	return [...found];
}

const attribute = (tag: string, name: string) =>
	new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1] ??
	new RegExp(`\\s${name}=([^\\s"'>]+)`, 'i').exec(tag)?.[1];

/**
 * The page with one `<link rel="modulepreload">` per same-site JS file its module scripts load up front (the scripts
 * themselves and their static imports, recursively), put at the end of <head>. `read` gives a file's code by its
 * URL path, or undefined when it is not a file of the build (that script is then left alone). Files the page
 * already preloads are not named twice.
 */
export function withModulePreloads(html: string, read: (path: string) => string | undefined): string {
	const present = new Set<string>();
	for (const m of html.matchAll(/<link\b[^>]*>/gi))
		if (/\brel\s*=\s*"?modulepreload/i.test(m[0])) present.add(attribute(m[0], 'href') ?? '');
	const queue: string[] = [];
	for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
		const src = attribute(m[1] ?? '', 'src');
		if (/\btype\s*=\s*"?module/i.test(m[1] ?? '') && src?.startsWith('/') && !src.startsWith('//')) queue.push(src);
	}
	const files: string[] = [];
	const seen = new Set<string>();
	while (queue.length > 0) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		const code = read(path);
		if (code === undefined) continue;
		files.push(path);
		for (const specifier of staticImports(code)) queue.push(new URL(specifier, `http://site${path}`).pathname);
	}
	const links = files
		.filter((path) => !present.has(path))
		.map((path) => `<link rel="modulepreload" href="${path}">`)
		.join('');
	return links ? html.replace(/<\/head>/i, `${links}</head>`) : html;
}
