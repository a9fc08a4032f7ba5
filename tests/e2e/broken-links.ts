import type { APIRequestContext, Page } from '@playwright/test';
import { basePath } from './site';

// Whether every site link on a page leads to a page (and section) of the site, under the site's base.

/** Pages already fetched by this worker: path → HTML, so each target is requested once. */
const fetched = new Map<string, string>();

async function htmlOf(request: APIRequestContext, url: URL): Promise<string | undefined> {
	const key = url.pathname;
	if (!fetched.has(key)) {
		const response = await request.get(url.href);
		fetched.set(key, response.ok() ? await response.text() : '');
	}
	return fetched.get(key) || undefined;
}

/** The problems with the site links on the page as it stands now. */
export async function brokenLinks(page: Page, baseURL: string | undefined): Promise<string[]> {
	const origin = new URL(page.url()).origin;
	const base = basePath(baseURL);
	const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
	const problems: string[] = [];
	for (const href of new Set(hrefs)) {
		const url = new URL(href);
		if (url.origin !== origin) continue;
		if (!url.pathname.startsWith(base)) {
			problems.push(`${href} is outside the site's base ${base}`);
			continue;
		}
		const target = new URL(url.pathname, origin);
		const html = await htmlOf(page.request, target);
		if (html === undefined) {
			problems.push(`${href} does not load`);
			continue;
		}
		const hash = decodeURIComponent(url.hash.slice(1));
		if (hash && hash !== '_top' && !html.includes(`id="${hash}"`))
			problems.push(`${href}: no element with id "${hash}"`);
	}
	return problems;
}
