// `npm run bench [-- --check] [-- --runs N] [-- --lighthouse-runs N]`: our site against a plain Starlight baseline
// with the same content.
// --check: one build of each, byte budgets only (for CI); exits 1 when a byte budget is broken.
// --check --built: measure the dist/ that `npm run build` has just written instead of building ours again (CI runs
// it right after `npm test`, which built it; saves one build). Only the baseline is built.
// --inputs: only the worst times of the readers of outside text (no build, no browser); exits 1 over the target.
// Full run: also build time (median of N builds each), Lighthouse (median of --lighthouse-runs runs per page, 3 by
// default), in-browser timings of the islands, the checklist's first tick (first-tick.ts) and the worst input times.
// Prints a table and writes reports/bench.json. Budgets: bench.budgets.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeBaseline } from './baseline.ts';
import { chunkStem, componentOfChunk, onUseClosure, pageAssets, scriptClosure } from './html-assets.ts';
import { browserTimings, lighthouseRuns, type LighthouseResult, type Timings } from './browser.ts';
import { fuzzTimings, type WorstTime } from './fuzz-timing.ts';
import { KOMMUNE_HEADING, kommuneLines, kommuneTimings, type KommuneTargets } from './kommuner.ts';
import { firstTickTiming, printFirstTick, type FirstTick } from './first-tick.ts';

const root = join(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const useBuilt = check && args.includes('--built');
const runs = Number(args[args.indexOf('--runs') + 1]) || Number(process.env['BENCH_RUNS']) || 3;
const lighthouseRunCount =
	(args.includes('--lighthouse-runs') && Number(args[args.indexOf('--lighthouse-runs') + 1])) ||
	Number(process.env['BENCH_LIGHTHOUSE_RUNS']) ||
	3;

type Budgets = {
	contentPageExtraJsBytes: number;
	worstInputMaxMs: number;
	islands: Record<
		string,
		{ components: string[]; maxGzipBytes: number; maxOnUseGzipBytes?: number; onlyOn?: string[] }
	>;
	lighthouseMinScore: number;
	buildTimeMaxRatio: number;
	/** Where the project wants to be (issues 6, 11, 12), beside the ratchets above; printed while missed. */
	targets: {
		contentPageExtraJsBytes: number;
		islandsMaxGzipBytes: Record<string, number>;
		keyPasteToResultMs: number;
		lighthouseMinScore: number;
		kommuner100: KommuneTargets;
	};
};
const budgets = JSON.parse(readFileSync(join(root, 'bench.budgets.json'), 'utf8')) as Budgets;

const gzip = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

function printWorstTimes(worstTimes: WorstTime[]): void {
	console.log('\nWorst time over the fuzz inputs, the pattern runs and the key corpus (Node, this machine)');
	for (const w of worstTimes)
		console.log(
			`${w.name.padEnd(24)}${`${w.worstMs.toFixed(1)} ms`.padStart(12)}  over ${w.inputs} inputs; worst: ${w.worstInput}`,
		);
}

if (args.includes('--inputs')) {
	const worstTimes = await fuzzTimings(root);
	printWorstTimes(worstTimes);
	const over = worstTimes.filter((w) => w.worstMs > budgets.worstInputMaxMs);
	for (const w of over) console.error(`OVER ${budgets.worstInputMaxMs} ms: ${w.name} ${w.worstMs.toFixed(0)} ms`);
	process.exit(over.length ? 1 : 0);
}
// --kommuner: only the 100-kommune timings (scripts/bench/kommuner.ts) on the dist/ already built.
if (args.includes('--kommuner')) {
	const { lines } = kommuneLines(budgets.targets.kommuner100, await kommuneTimings(root));
	console.log([KOMMUNE_HEADING, ...lines].join('\n'));
	process.exit(0);
}
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function build(dir: string): number {
	const start = performance.now();
	const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (result.status !== 0) {
		process.stderr.write(result.stdout + result.stderr);
		throw new Error(`astro build failed in ${dir}`);
	}
	return performance.now() - start;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type Bytes = { raw: number; gzip: number };
type PageBytes = { js: Bytes; css: Bytes; files: string[]; lazy: string[]; inlineJs: number };

function htmlPages(dist: string): Map<string, string> {
	const pages = new Map<string, string>();
	for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
		const file = relative(dist, join(entry.parentPath, entry.name));
		const path = '/' + file.replace(/(^|\/)index\.html$/, '$1');
		pages.set(path, readFileSync(join(dist, file), 'utf8'));
	}
	return pages;
}

function measurePages(dist: string): Map<string, PageBytes> {
	const read = (path: string) => {
		const file = join(dist, decodeURIComponent(path));
		return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
	};
	const result = new Map<string, PageBytes>();
	for (const [path, html] of htmlPages(dist)) {
		const assets = pageAssets(html);
		const local = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? url : undefined);
		const { loaded, lazy } = scriptClosure(
			assets.scripts.map(local).filter((u): u is string => !!u),
			read,
		);
		const js = { raw: 0, gzip: 0 };
		for (const file of loaded) {
			const code = read(file)!;
			js.raw += Buffer.byteLength(code);
			js.gzip += gzip(code);
		}
		let inlineJs = 0;
		for (const code of assets.inlineScripts) {
			js.raw += Buffer.byteLength(code);
			inlineJs += Buffer.byteLength(code);
			js.gzip += gzip(code);
		}
		const css = { raw: 0, gzip: 0 };
		for (const href of assets.stylesheets) {
			const text = local(href) ? read(href) : undefined;
			if (text === undefined) continue;
			css.raw += Buffer.byteLength(text);
			css.gzip += gzip(text);
		}
		for (const text of assets.inlineStyles) {
			css.raw += Buffer.byteLength(text);
			css.gzip += gzip(text);
		}
		result.set(path, { js, css, files: loaded, lazy, inlineJs });
	}
	return result;
}

function dirBytes(dir: string): number {
	if (!existsSync(dir)) return 0;
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

// 1. Build both.
const baseline = writeBaseline(root);
console.log(`bench: building our site and the baseline (${baseline.dir})${check ? '' : `, ${runs} times each`}…`);
const ourTimes: number[] = [];
const baseTimes: number[] = [];
const ourDist = join(root, 'dist');
if (useBuilt && !existsSync(join(ourDist, 'sitemap-0.xml')))
	throw new Error('bench --built: no dist/ to measure; run `npm run build` first');
for (let i = 0; i < (check ? 1 : runs); i++) {
	if (!useBuilt) ourTimes.push(build(root));
	baseTimes.push(build(baseline.dir));
}
const baseDist = join(baseline.dir, 'dist');

// 2. Bytes per page.
const ours = measurePages(ourDist);
const base = measurePages(baseDist);
const baselineStems = new Set([...base.values()].flatMap((p) => p.files.map(chunkStem)));
const islandOf = new Map<string, string>();
for (const [name, island] of Object.entries(budgets.islands)) for (const c of island.components) islandOf.set(c, name);
// Our own components (src/components/<feature>/*.astro): Starlight's (Search, TableOfContents) are in the baseline too.
const ourComponents = new Set(
	readdirSync(join(root, 'src/components'), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
		.map((entry) => entry.name.slice(0, -'.astro'.length)),
);

/** Whether a page loads one of our components' scripts. */
const hasIsland = (page: PageBytes) => page.files.some((file) => ourComponents.has(componentOfChunk(file) ?? ''));
/**
 * Chunks every page of ours loads anyway: what our content pages (no island) load. Rolldown may move code that
 * Starlight's search shares with an island (Vite's preload helper) into a chunk of its own, which the baseline
 * has inside its search chunk; such a chunk is the site's, not the island's. Content pages themselves are held
 * to the baseline by contentPageExtraJsBytes.
 */
const contentPageChunks = new Set(
	[...ours.values()].filter((page) => !hasIsland(page)).flatMap((page) => page.files.map(chunkStem)),
);

/** Island JS a page loads: entry chunks of our components, plus the chunks they import that a content page lacks. */
function islandFiles(page: PageBytes): Map<string, string[]> {
	const byIsland = new Map<string, string[]>();
	const read = (path: string) => readFileSync(join(ourDist, path), 'utf8');
	for (const file of page.files) {
		const component = componentOfChunk(file);
		if (!component || !ourComponents.has(component)) continue;
		const island = islandOf.get(component) ?? component;
		const closure = scriptClosure([file], read).loaded.filter(
			(f) => !baselineStems.has(chunkStem(f)) && !contentPageChunks.has(chunkStem(f)),
		);
		byIsland.set(island, [...new Set([...(byIsland.get(island) ?? []), ...closure])]);
	}
	return byIsland;
}

/** Island JS a page fetches on first use: what the islands' entry chunks import dynamically, not loaded up front. */
function islandOnUseFiles(page: PageBytes): Map<string, string[]> {
	const byIsland = new Map<string, string[]>();
	const read = (path: string) => readFileSync(join(ourDist, path), 'utf8');
	const loaded = new Set(page.files);
	for (const file of page.files) {
		const component = componentOfChunk(file);
		if (!component || !ourComponents.has(component)) continue;
		const island = islandOf.get(component) ?? component;
		byIsland.set(island, [...new Set([...(byIsland.get(island) ?? []), ...onUseClosure([file], read, loaded)])]);
	}
	return byIsland;
}

const failures: string[] = [];
const pageRows = [...ours.entries()]
	.sort(([a], [b]) => a.localeCompare(b))
	.map(([path, page]) => {
		const b = base.get(path);
		const onUse = islandOnUseFiles(page);
		const gzipOf = (files: string[]) => files.reduce((s, f) => s + gzip(readFileSync(join(ourDist, f))), 0);
		const islands = Object.fromEntries(
			[...islandFiles(page)].map(([island, files]) => [
				island,
				{
					files: files.map(chunkStem),
					gzip: gzipOf(files),
					onUseFiles: (onUse.get(island) ?? []).map(chunkStem),
					onUseGzip: gzipOf(onUse.get(island) ?? []),
				},
			]),
		);
		const isContent = Object.keys(islands).length === 0;
		const extraJs = b ? page.js.raw - b.js.raw : NaN;
		if (isContent && b && extraJs > budgets.contentPageExtraJsBytes) {
			failures.push(
				`${path}: content page loads ${extraJs} bytes of JS more than the baseline (budget ${budgets.contentPageExtraJsBytes})`,
			);
		}
		return {
			path,
			ours: { js: page.js, css: page.css },
			baseline: b ? { js: b.js, css: b.css } : null,
			extraJsBytes: extraJs,
			extraJsGzip: b ? page.js.gzip - b.js.gzip : NaN,
			extraCssGzip: b ? page.css.gzip - b.css.gzip : NaN,
			islands,
			lazy: page.lazy.map(chunkStem),
		};
	});

// 3. Island budgets: the most any one page loads for the island, and where it is loaded.
const islandRows = Object.entries(budgets.islands).map(([name, island]) => {
	const pages = pageRows.filter((r) => r.islands[name]);
	const gzipBytes = Math.max(0, ...pages.map((r) => r.islands[name]!.gzip));
	const onUseGzip = Math.max(0, ...pages.map((r) => r.islands[name]!.onUseGzip));
	const row = {
		island: name,
		components: island.components,
		gzip: gzipBytes,
		budget: island.maxGzipBytes,
		onUseGzip,
		onUseBudget: island.maxOnUseGzipBytes ?? null,
		pages: pages.map((r) => r.path),
		present: pages.length > 0,
	};
	if (row.present && gzipBytes > island.maxGzipBytes)
		failures.push(`${name} island: ${gzipBytes} bytes gzip (budget ${island.maxGzipBytes})`);
	if (row.present && island.maxOnUseGzipBytes !== undefined && onUseGzip > island.maxOnUseGzipBytes)
		failures.push(`${name} island on first use: ${onUseGzip} bytes gzip (budget ${island.maxOnUseGzipBytes})`);
	if (island.onlyOn && pages.some((r) => !island.onlyOn!.includes(r.path))) {
		failures.push(`${name} island loaded outside ${island.onlyOn.join(', ')}: ${row.pages.join(', ')}`);
	}
	return row;
});

// 4. Full run only: build time, Lighthouse, in-browser timings.
// With --built our build was not timed here: the figures are NaN and the line says so.
const buildTime = {
	oursMs: useBuilt ? Number.NaN : median(ourTimes),
	baselineMs: median(baseTimes),
	runs: baseTimes.length,
	ratio: useBuilt ? Number.NaN : median(ourTimes) / median(baseTimes),
};
const pagefindBytes = { ours: dirBytes(join(ourDist, 'pagefind')), baseline: dirBytes(join(baseDist, 'pagefind')) };
let lighthouse: LighthouseResult[] = [];
let timings: Timings | null = null;
const reported: string[] = [];
// Full run only: the worst time of each reader of outside text over the fuzz inputs, reported, never checked.
let worstTimes: WorstTime[] = [];
let kommuner: Awaited<ReturnType<typeof kommuneTimings>> | null = null;
let firstTick: FirstTick | null = null;
if (!check) {
	if (buildTime.ratio > budgets.buildTimeMaxRatio)
		reported.push(`build time ${buildTime.ratio.toFixed(2)}× baseline (budget ${budgets.buildTimeMaxRatio}×)`);
	const islandPages = ['/vkp/sjekkliste/', '/verktoy/e-post/', '/verktoy/nokkelsjekk/'].filter((p) => ours.has(p));
	const guide = ['/vkp/helseid-produksjon/', '/vkp/'].find((p) => ours.has(p))!;
	lighthouse = await lighthouseRuns(root, baseline.dir, ['/', guide, ...islandPages], lighthouseRunCount);
	for (const r of lighthouse) {
		for (const [category, score] of Object.entries(r.ours.scores)) {
			if (score !== null && score < budgets.lighthouseMinScore)
				reported.push(`Lighthouse ${category} ${score} on ${r.path} (budget ${budgets.lighthouseMinScore})`);
		}
	}
	timings = await browserTimings(root).catch((error: unknown) => {
		reported.push(`in-browser timings failed: ${error instanceof Error ? error.message : String(error)}`);
		return null;
	});
	kommuner = await kommuneTimings(root).catch((error: unknown) => {
		reported.push(`100-kommune timings failed: ${error instanceof Error ? error.message : String(error)}`);
		return null;
	});
	firstTick = await firstTickTiming(root).catch((error: unknown) => {
		reported.push(`first tick failed: ${error instanceof Error ? error.message : String(error)}`);
		return null;
	});
	worstTimes = await fuzzTimings(root);
	for (const w of worstTimes) {
		if (w.worstMs > budgets.worstInputMaxMs)
			reported.push(
				`${w.name}: worst input took ${w.worstMs.toFixed(0)} ms (target ${budgets.worstInputMaxMs} ms): ${w.worstInput}`,
			);
	}
}

// Targets: every run says which are still missed (the ratchets above only stop growth).
const missedTargets: string[] = [];
const kommuneReport = kommuner && kommuneLines(budgets.targets.kommuner100, kommuner);
missedTargets.push(...(kommuneReport?.missed ?? []));
const worstContentExtra = Math.max(
	0,
	...pageRows.filter((r) => !Object.keys(r.islands).length).map((r) => r.extraJsBytes),
);
if (worstContentExtra > budgets.targets.contentPageExtraJsBytes)
	missedTargets.push(
		`content pages load up to ${worstContentExtra} bytes of JS more than the baseline (target ${budgets.targets.contentPageExtraJsBytes})`,
	);
for (const row of islandRows) {
	const target = budgets.targets.islandsMaxGzipBytes[row.island];
	if (target !== undefined && row.present && row.gzip > target)
		missedTargets.push(`${row.island} island: ${row.gzip} bytes gzip on page load (target ${target})`);
}
const paste = timings?.['key check: paste 4096-bit key → result'];
if (paste && paste.medianMs > budgets.targets.keyPasteToResultMs)
	missedTargets.push(
		`key check: paste to result ${paste.medianMs.toFixed(0)} ms (target ${budgets.targets.keyPasteToResultMs} ms)`,
	);
for (const r of lighthouse)
	for (const [category, score] of Object.entries(r.ours.scores))
		if (score !== null && score < budgets.targets.lighthouseMinScore)
			missedTargets.push(`Lighthouse ${category} ${score} on ${r.path} (target ${budgets.targets.lighthouseMinScore})`);

// 5. Print and write.
const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log('\nJS and CSS loaded before any interaction (gzip; raw JS in brackets), ours vs baseline');
console.log(
	`${'page'.padEnd(36)}${pad('JS ours', 18)}${pad('JS base', 18)}${pad('Δ JS gz', 10)}${pad('CSS ours', 10)}${pad('CSS base', 10)}${pad('Δ CSS', 9)}  islands`,
);
for (const r of pageRows) {
	const js = (b: Bytes | undefined) => (b ? `${kb(b.gzip)} (${kb(b.raw)})` : '–');
	const islands = Object.entries(r.islands)
		.map(([n, i]) => `${n} ${kb(i.gzip)}`)
		.join(', ');
	console.log(
		`${r.path.padEnd(36)}${pad(js(r.ours.js), 18)}${pad(js(r.baseline?.js), 18)}${pad(Number.isNaN(r.extraJsGzip) ? '–' : kb(r.extraJsGzip), 10)}${pad(kb(r.ours.css.gzip), 10)}${pad(r.baseline ? kb(r.baseline.css.gzip) : '–', 10)}${pad(Number.isNaN(r.extraCssGzip) ? '–' : kb(r.extraCssGzip), 9)}  ${islands}`,
	);
}
console.log(
	'\nIslands (largest per-page load, gzip, JS beyond the baseline; then what the island fetches on first use)',
);
for (const r of islandRows) {
	const onUse =
		r.onUseBudget === null ? '' : `  budget ${kb(r.onUseBudget)}  ${r.onUseGzip > r.onUseBudget ? 'OVER' : 'ok'}`;
	console.log(
		`${r.island.padEnd(18)}${r.present ? pad(kb(r.gzip), 10) : pad('not present', 12)}  budget ${kb(r.budget)}  ${r.gzip > r.budget ? 'OVER' : 'ok'}  on ${r.pages.length} page(s)   on first use ${pad(kb(r.onUseGzip), 9)}${onUse}`,
	);
}
console.log(`\nPagefind index: ours ${kb(pagefindBytes.ours)}, baseline ${kb(pagefindBytes.baseline)}`);
if (useBuilt)
	console.log(`Build time: ours not measured (--built), baseline ${(buildTime.baselineMs / 1000).toFixed(1)} s`);
else
	console.log(
		`Build time (median of ${buildTime.runs}): ours ${(buildTime.oursMs / 1000).toFixed(1)} s, baseline ${(buildTime.baselineMs / 1000).toFixed(1)} s, ratio ${buildTime.ratio.toFixed(2)}×${check ? ' (one run: reported, not checked)' : ''}`,
	);
if (lighthouse.length) {
	console.log(
		`\nLighthouse (mobile${lighthouseRunCount > 1 ? `, median of ${lighthouseRunCount} runs by performance` : ''}): performance / accessibility / best-practices / SEO, LCP, TBT, CLS — ours | baseline`,
	);
	for (const r of lighthouse) {
		const fmt = (x: LighthouseResult['ours']) =>
			`${Object.values(x.scores)
				.map((s) => (s === null ? '–' : s))
				.join(
					'/',
				)}  LCP ${x.lcpMs?.toFixed(0) ?? '–'} ms  TBT ${x.tbtMs?.toFixed(0) ?? '–'} ms  CLS ${x.cls?.toFixed(3) ?? '–'}`;
		const load = `load ${r.loadAverage.map((l) => l.toFixed(1)).join('→')}`;
		console.log(`${r.path.padEnd(28)}${fmt(r.ours)} | ${r.baseline ? fmt(r.baseline) : '–'}  (${load})`);
	}
}
if (worstTimes.length) printWorstTimes(worstTimes);
if (timings) {
	console.log('\nIn-browser timings (median)');
	for (const [name, t] of Object.entries(timings))
		console.log(`${name.padEnd(40)}${t === null ? 'not present' : `${t.medianMs.toFixed(1)} ms (n=${t.runs})`}`);
}
if (kommuneReport) console.log([KOMMUNE_HEADING, ...kommuneReport.lines].join('\n'));
const tickMissed = firstTick ? printFirstTick(firstTick) : undefined;
if (tickMissed) missedTargets.push(tickMissed);
const report = {
	date: new Date().toISOString(),
	mode: check ? 'check' : 'full',
	budgets,
	pages: pageRows,
	islands: islandRows,
	buildTime,
	pagefindBytes,
	lighthouse,
	timings,
	kommuner,
	firstTick,
	worstTimes,
	failures,
	reported,
	missedTargets,
};
mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/bench.json'), JSON.stringify(report, null, '\t') + '\n');
for (const r of reported) console.log(`budget (reported, not checked): ${r}`);
for (const t of missedTargets) console.log(`target missed: ${t}`);
if (!missedTargets.length)
	console.log(`bench: every target met${check ? ' (bytes; the full run also measures timings and Lighthouse)' : ''}`);
for (const f of failures) console.error(`BUDGET BROKEN: ${f}`);
console.log(failures.length ? `bench: ${failures.length} byte budget(s) broken` : 'bench: byte budgets hold');
process.exit(failures.length ? 1 : 0);
