#!/usr/bin/env node
// Measures what an island adds to a page, in gzip bytes, on the built site (run `npm run build` first):
// the JavaScript a page loads at once beyond a plain content page, and what its lazy imports add on first use.
//
//   node scripts/island-size.mjs [page-with-island] [plain-page]
//   node scripts/island-size.mjs vkp/sjekkliste om
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const [islandPage = 'vkp/sjekkliste', plainPage = 'om'] = process.argv.slice(2);

const read = (file) => readFileSync(join(dist, file), 'utf8');
const entries = (page) =>
	[...read(`${page}/index.html`).matchAll(/<script[^>]+src="\/(_astro\/[^"]+\.js)"/g)].map((m) => m[1]);

/** A chunk's static imports (loaded with it) and dynamic imports (loaded on first use). */
function imports(file) {
	const code = read(file);
	const dir = file.slice(0, file.lastIndexOf('/') + 1);
	const dynamic = new Set([...code.matchAll(/import\("\.\/([^"]+\.js)"\)/g)].map((m) => dir + m[1]));
	// Vite lists a lazy chunk together with its dependencies for preloading (`m.f=[...]`).
	for (const m of code.matchAll(/m\.f=\[([^\]]*)\]/g)) for (const f of m[1].matchAll(/"([^"]+)"/g)) dynamic.add(f[1]);
	const staticDeps = [...code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => dir + m[1]);
	return { staticDeps, dynamicDeps: [...dynamic].filter((f) => !staticDeps.includes(f)) };
}

function closure(files) {
	const seen = new Set();
	const lazy = new Set();
	const stack = [...files];
	while (stack.length) {
		const file = stack.pop();
		if (seen.has(file)) continue;
		seen.add(file);
		const { staticDeps, dynamicDeps } = imports(file);
		stack.push(...staticDeps);
		for (const f of dynamicDeps) lazy.add(f);
	}
	return { seen, lazy };
}

const gz = (files) => [...files].reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);

const plainClosure = closure(entries(plainPage));
const plain = new Set([...plainClosure.seen, ...closure([...plainClosure.lazy]).seen]);
const island = closure(entries(islandPage));
const extra = [...island.seen].filter((f) => !plain.has(f));
const lazy = closure([...island.lazy].filter((f) => !island.seen.has(f))).seen;
const lazyExtra = [...lazy].filter((f) => !plain.has(f) && !island.seen.has(f));

console.log(`${islandPage} loads beyond ${plainPage}: ${gz(extra)} bytes gzip (${extra.join(', ')})`);
console.log(`and on first use: ${gz(lazyExtra)} bytes gzip (${lazyExtra.join(', ')})`);
