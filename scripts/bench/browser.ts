// The benchmark's browser part: Lighthouse scores of our pages and the baseline's, and in-browser timings of the
// islands' work, both in the system Chromium against `astro preview` on loopback.
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromiumPath } from '../chromium-path.ts';

/** BENCH_PORT moves both servers (ours, and the baseline on the next port) when two checkouts run the bench. */
export const OUR_PORT = Number(process.env['BENCH_PORT']) || 4341;
const BASELINE_PORT = OUR_PORT + 1;
const RUNS = Number(process.env['BENCH_TIMING_RUNS']) || 7;

/** Flags for a headless Chromium that stays off the (closed) network, as in playwright.config.ts. */
export const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export async function preview(root: string, dir: string, port: number): Promise<ChildProcess> {
	const child = spawn(
		process.execPath,
		[join(root, 'node_modules/astro/bin/astro.mjs'), 'preview', '--port', String(port), '--host', '127.0.0.1'],
		{
			cwd: dir,
			stdio: 'ignore',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		},
	);
	for (let i = 0; i < 120; i++) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	child.kill();
	throw new Error(`astro preview did not start on port ${port} in ${dir}`);
}

export type LighthouseScores = {
	performance: number | null;
	accessibility: number | null;
	'best-practices': number | null;
	seo: number | null;
};
export type LighthouseRun = {
	scores: LighthouseScores;
	lcpMs: number | null;
	tbtMs: number | null;
	cls: number | null;
};
export type LighthouseResult = {
	path: string;
	ours: LighthouseRun;
	baseline: LighthouseRun | null;
	/** Performance scores of every run, when there were several: `ours` and `baseline` are the median runs. */
	performanceRuns?: { ours: (number | null)[]; baseline: (number | null)[] };
	/** The machine's 1-minute load average before and after this page's runs: a busy machine lowers the scores. */
	loadAverage: [number, number];
};

async function lighthouseOnce(url: string, port: number): Promise<LighthouseRun> {
	const { default: lighthouse } = await import('lighthouse');
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
	});
	const lhr = result?.lhr;
	if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
	const score = (id: string) => {
		const s = lhr.categories[id]?.score;
		return s === null || s === undefined ? null : Math.round(s * 100);
	};
	const value = (id: string) => lhr.audits[id]?.numericValue ?? null;
	return {
		scores: {
			performance: score('performance'),
			accessibility: score('accessibility'),
			'best-practices': score('best-practices'),
			seo: score('seo'),
		},
		lcpMs: value('largest-contentful-paint'),
		tbtMs: value('total-blocking-time'),
		cls: value('cumulative-layout-shift'),
	};
}

/** The run with the median performance score (the lower middle one for an even count). */
function medianRun(runs: LighthouseRun[]): LighthouseRun {
	const sorted = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
	return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** Lighthouse (mobile emulation, its default) on each path of our site and of the baseline, `count` times each. */
export async function lighthouseRuns(
	root: string,
	baselineDir: string,
	paths: string[],
	count = 1,
): Promise<LighthouseResult[]> {
	const chromePath = chromiumPath();
	const { launch } = await import('chrome-launcher');
	const servers = [await preview(root, root, OUR_PORT), await preview(root, baselineDir, BASELINE_PORT)];
	const chrome = await launch({ ...(chromePath ? { chromePath } : {}), chromeFlags: CHROME_FLAGS });
	const results: LighthouseResult[] = [];
	try {
		for (const path of paths) {
			console.log(`bench: Lighthouse ${path}`);
			const exists = (await fetch(`http://127.0.0.1:${BASELINE_PORT}${path}`)).ok;
			const ours: LighthouseRun[] = [];
			const baseline: LighthouseRun[] = [];
			const loadBefore = loadavg()[0]!;
			// Alternating, so a busy moment of the machine falls on both sites alike.
			for (let run = 0; run < count; run++) {
				ours.push(await lighthouseOnce(`http://127.0.0.1:${OUR_PORT}${path}`, chrome.port));
				if (exists) baseline.push(await lighthouseOnce(`http://127.0.0.1:${BASELINE_PORT}${path}`, chrome.port));
			}
			results.push({
				path,
				ours: medianRun(ours),
				baseline: exists ? medianRun(baseline) : null,
				loadAverage: [loadBefore, loadavg()[0]!],
				...(count > 1
					? {
							performanceRuns: {
								ours: ours.map((r) => r.scores.performance),
								baseline: baseline.map((r) => r.scores.performance),
							},
						}
					: {}),
			});
		}
	} finally {
		chrome.kill();
		for (const server of servers) server.kill();
	}
	return results;
}

export type Timing = { medianMs: number; runs: number; samples: number[] } | null;
export type Timings = Record<string, Timing>;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Timings of the islands' own work, measured inside the page with performance.now() (median of RUNS after one
 * warm-up): key check from paste to result (4096-bit key), checklist from navigation start to interactive, mail
 * preview update after one keystroke. An island that is not built is reported as null ("not present").
 */
export async function browserTimings(root: string): Promise<Timings> {
	const { chromium } = await import('@playwright/test');
	const executablePath = chromiumPath();
	const server = await preview(root, root, OUR_PORT);
	const browser = await chromium.launch({
		...(executablePath ? { executablePath } : {}),
		args: CHROME_FLAGS.filter((f) => f !== '--headless=new'),
	});
	const base = `http://127.0.0.1:${OUR_PORT}`;
	const has = async (path: string) => (await fetch(base + path)).ok;
	const timings: Timings = {};
	try {
		const page = await browser.newPage();

		timings['key check: paste 4096-bit key → result'] = null;
		if (await has('/verktoy/nokkelsjekk/')) {
			await page.goto(`${base}/verktoy/nokkelsjekk/`, { waitUntil: 'networkidle' });
			const field = page.getByRole('textbox', { name: /nøkkel/i });
			const pem = generateKeyPairSync('rsa', { modulusLength: 4096 })
				.publicKey.export({ type: 'spki', format: 'pem' })
				.toString();
			const samples: number[] = [];
			for (let run = 0; run <= RUNS; run++) {
				await field.fill('');
				await page.getByRole('heading', { name: /RSA 4096 bit/ }).waitFor({ state: 'detached' });
				const ms = await field.evaluate(
					(input, text) =>
						new Promise<number>((resolve, reject) => {
							const start = performance.now();
							const observer = new MutationObserver(() => {
								if (document.querySelector('main')?.textContent?.includes('RSA 4096 bit')) {
									observer.disconnect();
									resolve(performance.now() - start);
								}
							});
							// Never wait forever: a page that no longer answers fails the timing, not the whole bench.
							setTimeout(() => {
								observer.disconnect();
								reject(new Error('key check: no result within 10 s'));
							}, 10_000);
							observer.observe(document.body, { childList: true, subtree: true, characterData: true });
							(input as HTMLTextAreaElement).value = text;
							input.dispatchEvent(new Event('paste', { bubbles: true }));
							input.dispatchEvent(new Event('input', { bubbles: true }));
						}),
					pem,
				);
				if (run > 0) samples.push(ms);
			}
			timings['key check: paste 4096-bit key → result'] = { medianMs: median(samples), runs: samples.length, samples };
		}

		timings['checklist: navigation → interactive'] = null;
		if (await has('/vkp/sjekkliste/')) {
			const samples: number[] = [];
			for (let run = 0; run <= RUNS; run++) {
				const context = await browser.newContext();
				const fresh = await context.newPage();
				await fresh.addInitScript(() => {
					// Interactive = the custom element has upgraded and hidden its no-JavaScript note.
					const tick = () => {
						const note = [...document.querySelectorAll('p, div, span')].find(
							(e) => e.children.length === 0 && e.textContent?.includes('Uten JavaScript kan du lese stegene'),
						);
						const box = document.querySelector('input[type="checkbox"]');
						if (note && box && (note as HTMLElement).offsetParent === null)
							(window as unknown as { __interactiveAt: number }).__interactiveAt = performance.now();
						else requestAnimationFrame(tick);
					};
					requestAnimationFrame(tick);
				});
				await fresh.goto(`${base}/vkp/sjekkliste/`);
				await fresh.waitForFunction(
					() => (window as unknown as { __interactiveAt?: number }).__interactiveAt !== undefined,
					null,
					{ timeout: 15_000 },
				);
				const ms = await fresh.evaluate(() => (window as unknown as { __interactiveAt: number }).__interactiveAt);
				if (run > 0) samples.push(ms);
				await context.close();
			}
			timings['checklist: navigation → interactive'] = { medianMs: median(samples), runs: samples.length, samples };
		}

		timings['mail: keystroke → preview updated'] = null;
		if (await has('/verktoy/e-post/')) {
			await page.goto(`${base}/verktoy/e-post/`, { waitUntil: 'networkidle' });
			const field = page.getByRole('textbox', { name: 'Virksomhet', exact: true });
			await field.fill('Trygg Hjemme AS');
			// The drafts come to life when they come near the screen (issue 11): bring the first one there first.
			await page.locator('veiviser-mail-draft').first().scrollIntoViewIfNeeded();
			await page.waitForFunction(() => customElements.get('veiviser-mail-draft') !== undefined);
			await page
				.locator('veiviser-mail-draft')
				.first()
				.getByText(/Trygg Hjemme AS/)
				.first()
				.waitFor();
			const samples: number[] = [];
			for (let run = 0; run <= RUNS; run++) {
				const ms = await field.evaluate(
					(input, letter) =>
						new Promise<number>((resolve, reject) => {
							const field = input as HTMLInputElement;
							const expected = field.value + letter;
							const drafts = [...document.querySelectorAll('[aria-label^="E-postutkast:"], [aria-labelledby]')];
							const start = performance.now();
							const observer = new MutationObserver(() => {
								if (
									drafts.some((d) => d.textContent?.includes(expected)) ||
									document.querySelector('main')?.textContent?.includes(`Virksomhet: ${expected}`)
								) {
									observer.disconnect();
									resolve(performance.now() - start);
								}
							});
							setTimeout(() => {
								observer.disconnect();
								reject(new Error('mail: no preview update within 10 s'));
							}, 10_000);
							observer.observe(document.body, { childList: true, subtree: true, characterData: true });
							field.value = expected;
							field.dispatchEvent(new Event('input', { bubbles: true }));
						}),
					String.fromCharCode(97 + (run % 26)),
				);
				if (run > 0) samples.push(ms);
			}
			timings['mail: keystroke → preview updated'] = { medianMs: median(samples), runs: samples.length, samples };
		}
	} finally {
		await browser.close();
		server.kill();
	}
	return timings;
}
