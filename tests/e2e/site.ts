import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

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

/** Runs axe with the WCAG 2.1 A/AA rules (on the whole page, or only `include`) and returns a readable summary of each violation. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
	const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
	const results = await (include ? builder.include(include) : builder).analyze();
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
