import { expect, test } from './fixtures';
import { linkProblems } from './broken-links';
import { at, sitePaths } from './site';

/*
 * Every page of the site served from a sub-path (the "sub-path" project only), read as HTML: each link, script,
 * style sheet, icon and image it names is under the base and loads, and each link to a section finds it. Here no
 * browser is needed: a page's own URLs are in its HTML, the "Neste steg" links and the start page's links among them
 * (journeys.spec.ts and start.spec.ts follow those at the root). What only the browser adds, the links islands
 * write, runs in a browser under the sub-path too: links.spec.ts. At the site's root, pages.spec.ts loads every
 * page in the browser.
 */

/** The URLs an element's `href` or `src` names, in built HTML (Astro writes attributes in double quotes). */
function urlsIn(html: string, page: URL): string[] {
	const found = html.matchAll(/<(?:a|link|script|img|source)\b[^>]*?\s(?:href|src)="([^"]*)"/g);
	return [...found].map((match) => new URL(match[1]!.replaceAll('&amp;', '&'), page).href);
}

for (const path of sitePaths()) {
	test(`${path} under a sub-path names only URLs of the site that load`, async ({ request, baseURL }) => {
		const page = new URL(at(path), baseURL);
		const response = await request.get(page.href);
		expect(response.ok()).toBe(true);
		const urls = urlsIn(await response.text(), page);
		// Every page has its style sheet, its scripts and links to the other pages.
		expect(urls.filter((url) => url.startsWith(new URL('_astro/', baseURL).href)).length).toBeGreaterThan(0);
		expect(await linkProblems(request, urls, page.origin, baseURL)).toEqual([]);
	});
}
