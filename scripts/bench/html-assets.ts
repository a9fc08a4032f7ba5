// Pure helpers of the benchmark: what a built page loads before any interaction, read from its HTML and from the
// static imports of its JS chunks. No file system here (tests/unit/html-assets.test.ts tests these).

export type PageAssets = {
	/** Same-site script URLs (`<script src>`) and module preloads (`<link rel="modulepreload">`), in order. */
	scripts: string[];
	/** Stylesheet URLs (`<link rel="stylesheet">`). */
	stylesheets: string[];
	/** Text of inline scripts the browser runs (not JSON or other data blocks). */
	inlineScripts: string[];
	/** Text of inline `<style>` elements. */
	inlineStyles: string[];
};

const attribute = (tag: string, name: string): string | undefined =>
	new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i')
		.exec(tag)
		?.slice(1)
		.find((v) => v !== undefined);

const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

export function pageAssets(html: string): PageAssets {
	const assets: PageAssets = { scripts: [], stylesheets: [], inlineScripts: [], inlineStyles: [] };
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
		const tag = m[1] ?? '';
		const type = (attribute(tag, 'type') ?? '').toLowerCase();
		if (!EXECUTABLE.has(type)) continue;
		const src = attribute(tag, 'src');
		if (src !== undefined) assets.scripts.push(src);
		else assets.inlineScripts.push(m[2] ?? '');
	}
	for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
		const rel = (attribute(m[0], 'rel') ?? '').toLowerCase().split(/\s+/);
		const href = attribute(m[0], 'href');
		if (href === undefined) continue;
		if (rel.includes('modulepreload')) assets.scripts.push(href);
		else if (rel.includes('stylesheet')) assets.stylesheets.push(href);
	}
	for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) assets.inlineStyles.push(m[1] ?? '');
	assets.scripts = [...new Set(assets.scripts)];
	assets.stylesheets = [...new Set(assets.stylesheets)];
	return assets;
}

/**
 * Relative specifiers of a module's static imports and re-exports (`import x from "./a.js"`, `import "./b.js"`,
 * `export * from "./c.js"`), which the browser loads before running it; and of its dynamic `import("./d.js")`,
 * which load later, on demand. Bundled (minified) output only: specifiers are string literals.
 */
export function moduleImports(code: string): { static: string[]; dynamic: string[] } {
	const staticImports = new Set<string>();
	const dynamicImports = new Set<string>();
	for (const m of code.matchAll(/(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'`])([^"'`]+)\1/g)) {
		const specifier = m[2] ?? '';
		if (specifier.startsWith('.') || specifier.startsWith('/')) staticImports.add(specifier);
	}
	for (const m of code.matchAll(/\bimport\s*\(\s*(["'`])([^"'`]+)\1\s*\)/g)) {
		const specifier = m[2] ?? '';
		if (specifier.startsWith('.') || specifier.startsWith('/')) dynamicImports.add(specifier);
	}
	return { static: [...staticImports], dynamic: [...dynamicImports].filter((s) => !staticImports.has(s)) };
}

/** Resolves an import specifier or URL path against the importing file's path (both site-absolute). */
export function resolvePath(from: string, specifier: string): string {
	return new URL(specifier, `http://site${from}`).pathname;
}

/**
 * Every JS file a page loads up front: its scripts and, recursively, their static imports. `read` returns a file's
 * code by site path, or undefined for a file that is not there (it is then left out).
 */
export function scriptClosure(
	entries: string[],
	read: (path: string) => string | undefined,
): { loaded: string[]; lazy: string[] } {
	const loaded = new Set<string>();
	const lazy = new Set<string>();
	const queue = [...entries];
	while (queue.length > 0) {
		const path = queue.shift()!;
		if (loaded.has(path)) continue;
		const code = read(path);
		if (code === undefined) continue;
		loaded.add(path);
		const imports = moduleImports(code);
		for (const s of imports.static) queue.push(resolvePath(path, s));
		for (const s of imports.dynamic) lazy.add(resolvePath(path, s));
	}
	return { loaded: [...loaded], lazy: [...lazy].filter((p) => !loaded.has(p)) };
}

/**
 * Every JS file that entries can load later, on demand: their dynamic imports, those chunks' static imports, and
 * the dynamic imports in turn, leaving out what `alreadyLoaded` has (the page loaded it up front). What an island
 * fetches on first use.
 */
export function onUseClosure(
	entries: string[],
	read: (path: string) => string | undefined,
	alreadyLoaded: ReadonlySet<string> = new Set(),
): string[] {
	const found = new Set<string>();
	let queue = scriptClosure(entries, read).lazy;
	while (queue.length > 0) {
		const next = scriptClosure(queue, read);
		for (const file of next.loaded) found.add(file);
		queue = next.lazy.filter((file) => !found.has(file));
	}
	return [...found].filter((file) => !alreadyLoaded.has(file));
}

/** A bundled file's name without its content hash: `/_astro/page.cNngjUgL.js` → `page.js`. */
export function chunkStem(path: string): string {
	const name = path.slice(path.lastIndexOf('/') + 1);
	return name.replace(/\.[A-Za-z0-9_-]{6,10}(\.(?:js|css))$/, '$1');
}

/** The component an Astro-bundled island script belongs to: `KeyCheck.astro_astro_type_script_index_0_lang.X.js` → `KeyCheck`. */
export function componentOfChunk(path: string): string | undefined {
	return /^([A-Za-z0-9_-]+)\.astro_astro_type_script/.exec(path.slice(path.lastIndexOf('/') + 1))?.[1];
}

/**
 * An MDX page with our own components taken out, for the baseline: drops `import X from '…/components/…'` lines
 * and every `<X …/>` or `<X …>…</X>` of those components (nested ones included). Starlight's own components stay.
 */
export function stripComponents(mdx: string): { text: string; components: string[] } {
	const components: string[] = [];
	let text = mdx.replace(
		/^import\s+(\w+)\s+from\s+['"]([^'"]+)['"];?[ \t]*\r?\n/gm,
		(line, name: string, from: string) => {
			if (from.startsWith('@astrojs/starlight')) return line;
			components.push(name);
			return '';
		},
	);
	for (const name of components) {
		// Paired tags first (innermost content may hold other tags), then self-closing ones.
		const paired = new RegExp(`<${name}\\b[^>]*?(?<!/)>[\\s\\S]*?</${name}\\s*>`, 'g');
		const selfClosing = new RegExp(`<${name}\\b[^>]*?/>`, 'g');
		let previous;
		do {
			previous = text;
			text = text.replace(paired, '').replace(selfClosing, '');
		} while (text !== previous);
	}
	return { text, components };
}
