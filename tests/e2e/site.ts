import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/** Every page of the built site, from the sitemap `astro build` wrote (plus the 404 page, which it leaves out). */
export function sitePaths(): string[] {
	const xml = readFileSync(new URL('../../dist/sitemap-0.xml', import.meta.url), 'utf8');
	const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
	if (paths.length === 0) throw new Error('No URL in dist/sitemap-0.xml: build the site first (npm run build).');
	return [...paths, '/404.html'];
}

/**
 * A site path as a spec opens it: relative to the project's baseURL, so the same spec runs against the site at the
 * root and served from a sub-path (the "sub-path" project in playwright.config.ts). `page.goto(at('/vkp/'))`.
 */
export function at(path: string): string {
	return path.replace(/^\//, '') || './';
}

/** The base path the project serves the site from: `/` or `/veiviser/`. */
export function basePath(baseURL: string | undefined): string {
	return new URL(baseURL ?? 'http://localhost/').pathname;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's browser build, read once per test worker. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe with the WCAG 2.1 A/AA rules (on the whole page, or only `include`) and returns a readable summary of each
 * violation. axe is put into the page once per document and run there directly. We used @axe-core/playwright
 * before: its `analyze()` injects axe twice per call and finishes each run in a new blank page, 6-10 s a run on
 * two busy cores against 1-2 s this way (measured on three of our pages); that extra work is for frames, and our
 * pages have none.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
	if (page.frames().length > 1) throw new Error('axeViolations checks one document: this page has frames');
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const options: RunOptions = { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] };
	const results = await page.evaluate(
		([selector, runOptions]) => {
			const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe;
			return axe.run(selector ? { include: [selector] } : document, runOptions);
		},
		[include, options] as const,
	);
	return results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
	);
}

export type Theme = 'light' | 'dark';

/** Makes Starlight start in the given theme, the way a returning user's saved choice does. */
export async function useTheme(page: Page, theme: Theme): Promise<void> {
	await page.addInitScript((value) => {
		try {
			localStorage.setItem('starlight-theme', value);
		} catch {
			// storage disabled in this test: Starlight falls back to the system theme
		}
	}, theme);
	await page.emulateMedia({ colorScheme: theme });
}

export interface Viewport {
	readonly name: string;
	readonly width: number;
	readonly height: number;
}

export const DESKTOP: Viewport = { name: 'desktop', width: 1280, height: 900 };
export const PHONE: Viewport = { name: 'mobil', width: 390, height: 844 };

/**
 * Shows the loaded page in a theme at a window size, without a reload: what Starlight's theme picker does on a change
 * (the picker's value and `data-theme` on <html>), with the system colour scheme to match, then the window resized
 * and two frames drawn. The layout follows the width by CSS alone, and the colours follow `data-theme`.
 */
export async function showAs(page: Page, theme: Theme, viewport: Viewport): Promise<void> {
	await page.emulateMedia({ colorScheme: theme });
	await page.evaluate((value) => {
		const provider = (window as unknown as { StarlightThemeProvider?: { updatePickers(theme: string): void } })
			.StarlightThemeProvider;
		provider?.updatePickers(value);
		document.documentElement.dataset['theme'] = value;
	}, theme);
	await page.setViewportSize({ width: viewport.width, height: viewport.height });
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Every theme at every size: the four ways the accessibility checks look at a page. */
export const LOOKS: readonly (readonly [Theme, Viewport])[] = [
	['light', DESKTOP],
	['light', PHONE],
	['dark', DESKTOP],
	['dark', PHONE],
];

/**
 * The page as it stands, in every look (LOOKS, switched in place by showAs): each WCAG 2.1 A/AA violation axe finds
 * (on the whole page, or only `include`) and any sideways scrolling, each marked with its look. Empty when all is well.
 */
export async function lookProblems(page: Page, include?: string): Promise<string[]> {
	const found: string[] = [];
	for (const [theme, viewport] of LOOKS) {
		await showAs(page, theme, viewport);
		for (const violation of await axeViolations(page, include)) found.push(`[${theme}, ${viewport.name}] ${violation}`);
		// Nothing scrolls sideways, on a phone least of all (WCAG 1.4.10).
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
		if (overflow > 0) found.push(`[${theme}, ${viewport.name}] scrolls sideways by ${overflow} px`);
	}
	return found;
}

/** Brings the mail drafts near the screen, where their code loads, and waits until it has. */
export async function loadDrafts(page: Page): Promise<void> {
	await page.locator('veiviser-mail-draft').first().scrollIntoViewIfNeeded();
	await page.waitForFunction(() => customElements.get('veiviser-mail-draft') !== undefined);
}

/**
 * Collects what must never happen on a page: console errors, uncaught exceptions, and requests to any host but
 * the site's own.
 */
export function watchPage(page: Page, origin: string) {
	const problems: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (url.origin !== origin) problems.push(`off-site request: ${request.url()}`);
	});
	return problems;
}
