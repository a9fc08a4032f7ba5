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

/** The problems with the site's own URLs among `hrefs` (absolute): outside the base, not loading, no such section. */
export async function linkProblems(
	request: APIRequestContext,
	hrefs: Iterable<string>,
	origin: string,
	baseURL: string | undefined,
): Promise<string[]> {
	const base = basePath(baseURL);
	const problems: string[] = [];
	for (const href of new Set(hrefs)) {
		const url = new URL(href);
		if (url.origin !== origin) continue;
		if (!url.pathname.startsWith(base)) {
			problems.push(`${href} is outside the site's base ${base}`);
			continue;
		}
		const html = await htmlOf(request, new URL(url.pathname, origin));
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

/**
 * The problems with the site links on the page as it stands now, leaving out links that are `hidden` or inside a
 * hidden element: no reader can follow them (a draft per kommune hides its "next" link when there is no next). A
 * link to a section of this same page is held against the page as it is (an island may have written that section),
 * every other one against its page as served.
 */
export async function brokenLinks(page: Page, baseURL: string | undefined): Promise<string[]> {
	const links = await page.locator('a[href]').evaluateAll((anchors) =>
		anchors
			.filter((a) => a.closest('[hidden]') === null)
			.map((a) => {
				const url = new URL((a as HTMLAnchorElement).href);
				const here = url.origin === location.origin && url.pathname === location.pathname && url.hash.length > 1;
				return {
					href: url.href,
					here,
					found: here && document.getElementById(decodeURIComponent(url.hash.slice(1))) !== null,
				};
			}),
	);
	const here = links.filter((link) => link.here);
	const missingHere = here
		.filter((link) => !link.found && !link.href.endsWith('#_top'))
		.map((link) => `${link.href}: no element with that id on the page`);
	const elsewhere = links.filter((link) => !link.here).map((link) => link.href);
	return [
		...new Set(missingHere),
		...(await linkProblems(page.request, elsewhere, new URL(page.url()).origin, baseURL)),
	];
}
