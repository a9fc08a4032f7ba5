// The VKP checklist with 100 kommuner (issue 21 §4), in Chromium against `astro preview` of dist/: the overview's
// rows after load (ms after DOMContentLoaded), adding one kommune and removing one (ms from the click to the DOM
// updated), each the median of RUNS. Reported beside the targets in bench.budgets.json, never checked: timing on a
// shared machine. `npm run bench -- --kommuner` runs this part alone (after `npm run build`).
import type { Locator } from '@playwright/test';
import { join } from 'node:path';
import { directoryKommune, manyKommunerStorage } from '../../tests/e2e/many-kommuner.ts';
import { chromiumPath } from '../chromium-path.ts';
import { CHROME_FLAGS, preview } from './browser.ts';

const COUNT = 100;
const RUNS = 5;
const PATH = '/vkp/sjekkliste/';

export type KommuneTimings = {
	/** Median ms after DOMContentLoaded until the overview table shows every kommune's row, filled in. */
	overviewMs: number;
	/** Median ms from the search result's click until the new kommune's row is in the table. */
	addMs: number;
	/** Median ms from the confirm button's click until the kommune's row and card are gone. */
	removeMs: number;
	/** Median ms after DOMContentLoaded until the frame after the overview was filled (style and layout included). */
	overviewFrameMs: number;
	samples: Record<string, number[]>;
};
export type KommuneTargets = { overviewMs: number; addMs: number; removeMs: number };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Installed before the page's own scripts: notes when the overview has all its rows filled in. */
function watchOverview(count: number): void {
	const state = window as unknown as { __overviewAt?: number; __overviewFrameAt?: number };
	const filled = () => {
		const overview = document.querySelector<HTMLElement>('[data-role="kommune-overview"]');
		const rows = document.querySelectorAll('[data-role="kommune-table"] > tr');
		return overview !== null && !overview.hidden && rows.length === count && rows[count - 1]!.textContent !== '';
	};
	const observer = new MutationObserver(() => {
		if (!filled()) return;
		observer.disconnect();
		state.__overviewAt = performance.now();
		requestAnimationFrame(() => setTimeout(() => (state.__overviewFrameAt = performance.now())));
	});
	observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}

export async function kommuneTimings(root: string): Promise<KommuneTimings> {
	const { chromium } = await import('@playwright/test');
	const executablePath = chromiumPath();
	// The port of our site in browser.ts: the timings there have closed their server when this runs.
	const port = Number(process.env['BENCH_PORT']) || 4341;
	const server = await preview(root, root, port);
	const browser = await chromium.launch({
		...(executablePath ? { executablePath } : {}),
		args: CHROME_FLAGS.filter((f) => f !== '--headless=new'),
	});
	const url = `http://127.0.0.1:${port}${PATH}`;
	const stored = manyKommunerStorage(COUNT);
	const samples: Record<string, number[]> = { overview: [], overviewFrame: [], add: [], remove: [] };
	try {
		// 1. Load: a fresh context per run (one warm-up first), the stored 100 kommuner put in before any script.
		for (let run = 0; run <= RUNS; run++) {
			const context = await browser.newContext();
			await context.addInitScript((entries) => {
				for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, JSON.stringify(value));
			}, stored);
			await context.addInitScript(watchOverview, COUNT);
			const page = await context.newPage();
			await page.goto(url);
			await page.waitForFunction(() => (window as { __overviewFrameAt?: number }).__overviewFrameAt !== undefined);
			const [at, frameAt] = await page.evaluate(() => {
				const w = window as unknown as { __overviewAt: number; __overviewFrameAt: number };
				const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
				return [
					w.__overviewAt - navigation.domContentLoadedEventStart,
					w.__overviewFrameAt - navigation.domContentLoadedEventStart,
				];
			});
			if (run > 0) {
				samples['overview']!.push(at);
				samples['overviewFrame']!.push(frameAt);
			}
			if (run < RUNS) {
				await context.close();
				continue;
			}
			// 2. Add and remove, on the last page: the 101st kommune of the directory, added and removed again.
			const extra = directoryKommune(COUNT);
			for (let turn = 0; turn <= RUNS; turn++) {
				await page.getByRole('searchbox').fill(extra.navn);
				const result = page.locator(`button[data-kommunenummer="${extra.nummer}"]`);
				await result.waitFor();
				const addMs = await clickUntil(
					result,
					`[data-role="kommune-table"] > tr[data-kommune="${extra.nummer}"]`,
					true,
				);
				await page.locator(`.kommune-card[data-kommune="${extra.nummer}"] [data-action="remove-kommune"]`).click();
				const confirm = page.locator('dialog[open] [data-role="confirm-ok"]');
				await confirm.waitFor();
				const removeMs = await clickUntil(confirm, `[data-kommune="${extra.nummer}"]`, false);
				if (turn > 0) {
					samples['add']!.push(addMs);
					samples['remove']!.push(removeMs);
				}
			}
			await context.close();
		}
	} finally {
		await browser.close();
		server.kill();
	}
	return {
		overviewMs: median(samples['overview']!),
		overviewFrameMs: median(samples['overviewFrame']!),
		addMs: median(samples['add']!),
		removeMs: median(samples['remove']!),
		samples,
	};
}

/** The lines the bench prints, each beside its target, MISSED when over it; and the missed ones for the summary. */
export function kommuneLines(t: KommuneTargets, timings: KommuneTimings): { lines: string[]; missed: string[] } {
	const rows: [string, number, number][] = [
		[`overview rendered (after DOMContentLoaded)`, timings.overviewMs, t.overviewMs],
		['add one kommune → DOM updated', timings.addMs, t.addMs],
		['remove one kommune → DOM updated', timings.removeMs, t.removeMs],
	];
	const lines = rows.map(
		([name, ms, target]) =>
			`${name.padEnd(44)}${`${ms.toFixed(1)} ms`.padStart(10)}  target ${target} ms  ${ms > target ? 'MISSED' : 'ok'}`,
	);
	lines.push(
		`${'overview: next frame (style, layout)'.padEnd(44)}${`${timings.overviewFrameMs.toFixed(1)} ms`.padStart(10)}  (reported only)`,
	);
	const missed = rows
		.filter(([, ms, target]) => ms > target)
		.map(([name, ms, target]) => `${COUNT} kommuner: ${name} ${ms.toFixed(0)} ms (target ${target} ms)`);
	return { lines, missed };
}

export const KOMMUNE_HEADING = `\n${COUNT} kommuner on ${PATH} (median of ${RUNS}; Chromium, this machine)`;

// Run alone: `node scripts/bench/kommuner.ts` (index.ts's `--kommuner` does the same with the budgets' targets).
if (process.argv[1] === import.meta.filename) {
	const root = join(import.meta.dirname, '../..');
	const timings = await kommuneTimings(root);
	console.log(KOMMUNE_HEADING);
	for (const line of kommuneLines({ overviewMs: 100, addMs: 50, removeMs: 50 }, timings).lines) console.log(line);
	console.log(JSON.stringify(timings.samples));
}

/**
 * Clicks the button in the page and measures, in the page's own clock, how long until an element matching the
 * selector is there (`present`) or gone (not `present`): the DOM update the user waits for.
 */
function clickUntil(button: Locator, selector: string, present: boolean): Promise<number> {
	return button.evaluate(
		(element, [selector, present]) => {
			const start = performance.now();
			(element as HTMLElement).click();
			return new Promise<number>((resolve) => {
				const done = () => (document.querySelector(selector) !== null) === present;
				if (done()) return resolve(performance.now() - start);
				const observer = new MutationObserver(() => {
					if (!done()) return;
					observer.disconnect();
					resolve(performance.now() - start);
				});
				observer.observe(document.body, { childList: true, subtree: true });
			});
		},
		[selector, present] as const,
	);
}
