// Measures the key check page: the gzip size of the JavaScript it loads beyond a plain content page (from the
// built dist/), and the time from pasting a 4096-bit key to its result in Chromium (median of 5, after one warm-up).
//
// Usage: npm run build, then `npx astro preview --port 4331` in another shell, then
//   node scripts/bench-key-check.mjs [http://localhost:4331]
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const dist = new URL('../dist/', import.meta.url);

/** Every JS file a page loads up front: its module scripts and, recursively, their static imports. */
function scriptsOf(page) {
	const html = readFileSync(new URL(page, dist), 'utf8');
	const queue = [...html.matchAll(/<script[^>]*\ssrc="\/(_astro\/[^"]+\.js)"/g)].map((m) => m[1]);
	const seen = new Set();
	while (queue.length > 0) {
		const file = queue.shift();
		if (seen.has(file)) continue;
		seen.add(file);
		const code = readFileSync(new URL(file, dist), 'utf8');
		for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},\s*]+from\s*)?["']\.\/([^"']+\.js)["']/g)) queue.push(`_astro/${m[1]}`);
	}
	return seen;
}

/** Chunks only loaded on demand (dynamic import) from the given files. */
function lazyChunksOf(files) {
	const lazy = new Set();
	for (const file of files) {
		const code = readFileSync(new URL(file, dist), 'utf8');
		for (const m of code.matchAll(/import\(["'`]\.\/([^"'`]+\.js)["'`]\)/g)) lazy.add(`_astro/${m[1]}`);
	}
	return lazy;
}

const gzip = (file) => gzipSync(readFileSync(new URL(file, dist))).length;
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

const keyPage = scriptsOf('verktoy/nokkelsjekk/index.html');
const plainPage = scriptsOf('om/index.html');
const extra = [...keyPage].filter((file) => !plainPage.has(file));
let total = 0;
console.log('JS the key page loads beyond a plain content page (gzip):');
for (const file of extra) {
	total += gzip(file);
	console.log(`  ${file}: ${kib(gzip(file))}`);
}
console.log(`  total: ${kib(total)}`);
for (const file of lazyChunksOf(extra)) {
	if (!keyPage.has(file)) console.log(`  loaded later, on the first usable key: ${file}: ${kib(gzip(file))}`);
}

const base = process.argv[2] ?? 'http://localhost:4331';
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(`${base}/verktoy/nokkelsjekk/`);
await page.waitForLoadState('networkidle');
const pem = generateKeyPairSync('rsa', { modulusLength: 4096 }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
const times = [];
for (let run = 0; run < 6; run++) {
	const ms = await page.evaluate(async (text) => {
		const field = document.querySelector('veiviser-key-check textarea');
		const results = document.querySelector('veiviser-key-check [data-key-results]');
		results.replaceChildren();
		const start = performance.now();
		const done = new Promise((resolve) => {
			const observer = new MutationObserver(() => {
				if (results.textContent.includes('RSA 4096 bit')) {
					observer.disconnect();
					resolve(performance.now() - start);
				}
			});
			observer.observe(results, { childList: true, subtree: true, characterData: true });
		});
		field.value = text;
		field.dispatchEvent(new Event('paste'));
		return done;
	}, pem);
	if (run > 0) times.push(ms);
}
await browser.close();
times.sort((a, b) => a - b);
console.log(`4096-bit key, paste to result: median ${times[2].toFixed(1)} ms (runs: ${times.map((t) => t.toFixed(1)).join(', ')})`);
