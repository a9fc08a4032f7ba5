import { generateKeyPairSync } from 'node:crypto';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { at, basePath, sitePaths } from './site';

/*
 * Every link a reader can follow goes somewhere real: the links in the guides (which the build also checks) and
 * the ones the islands write while the page runs. Run at the root and under a sub-path ("sub-path" project), where
 * a link written as `/vkp/` instead of through the base would leave the site.
 */

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
async function brokenLinks(page: Page, baseURL: string | undefined): Promise<string[]> {
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

for (const path of sitePaths()) {
	test(`every link on ${path} leads to a page (and section) of the site`, async ({ page, baseURL }) => {
		await page.goto(at(path), { waitUntil: 'networkidle' });
		expect(await brokenLinks(page, baseURL)).toEqual([]);
	});
}

test('links the key check writes after a check lead to pages of the site', async ({ page, baseURL }) => {
	await page.goto(at('/verktoy/nokkelsjekk/'));
	const key = generateKeyPairSync('rsa', { modulusLength: 2048 })
		.publicKey.export({ type: 'spki', format: 'pem' })
		.toString();
	await page.getByLabel('Offentlig nøkkel', { exact: true }).fill(key);
	await expect(page.getByRole('heading', { name: /RSA 2048 bit/ })).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(await brokenLinks(page, baseURL)).toEqual([]);
});
