import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

// Pagefind fetches its WebAssembly and index fragments on the first search: on two busy cores that has taken more
// than Playwright's default 5 s (twice, with mutation runs beside the e2e tests).
const FIRST_SEARCH_MS = 15_000;

async function search(page: Page, query: string) {
	await page.goto('/');
	await page.getByRole('button', { name: 'Søk' }).click();
	const dialog = page.getByRole('dialog', { name: 'Søk' });
	await dialog.getByRole('textbox', { name: 'Søk' }).fill(query);
	return dialog;
}

// Norwegian words a supplier or a bestiller would type, and a page that must be among the hits.
const cases: [query: string, expectedPath: string][] = [
	['kommune', '/vkp/sjekkliste/'],
	['kommunenummer', '/vkp/sjekkliste/'],
	['GUID', '/verktoykatalogen/test/'],
	['testrapport', '/verktoykatalogen/test/'],
	['scope', '/vkp/utvikle-og-teste/'],
	['tredjepartsleverandør', '/vkp/tredjepartsleverandor/'],
	['kundesenter', '/kontakt/'],
];

for (const [query, expectedPath] of cases) {
	test(`search for "${query}" finds ${expectedPath}`, async ({ page }) => {
		const dialog = await search(page, query);
		const hit = dialog
			.getByRole('link')
			.and(dialog.locator(`[href^="${expectedPath}"]`))
			.first();
		await expect(hit).toBeVisible({ timeout: FIRST_SEARCH_MS });
	});
}

test('search for "bestillingsskjema" finds the bestiller\'s own page first', async ({ page }) => {
	const dialog = await search(page, 'bestillingsskjema');
	// The first link in the results is the title of the best hit.
	await expect(dialog.getByRole('link').first()).toHaveAttribute('href', /^\/verktoykatalogen\/bestiller\//, {
		timeout: FIRST_SEARCH_MS,
	});
});

test('search says so when nothing matches', async ({ page }) => {
	const dialog = await search(page, 'xylofonkvartett');
	await expect(dialog.getByText('Ingen treff for xylofonkvartett')).toBeVisible({ timeout: FIRST_SEARCH_MS });
});

// What the index holds, read from the built Pagefind fragments (gzip, after a "pagefind_dcd" signature).
function indexedPages(): { url: string; content: string }[] {
	const dir = new URL('../../dist/pagefind/fragment/', import.meta.url);
	return readdirSync(dir).map((file) => {
		const data = gunzipSync(readFileSync(new URL(file, dir))).subarray('pagefind_dcd'.length);
		return JSON.parse(data.toString('utf8')) as { url: string; content: string };
	});
}

test('mail drafts read as text in the search excerpts ("Til VKP@nhn.no Emne …")', () => {
	const contact = indexedPages().find((p) => p.url === '/vkp/ta-kontakt/');
	expect(contact?.content).toContain('Til VKP@nhn.no Emne ');
	expect(
		indexedPages()
			.filter((p) => /TilVKP|nhn\.noEmne/.test(p.content))
			.map((p) => p.url),
	).toEqual([]);
});

test('text shown only after an action (the private-key refusal) is not in the index', () => {
	const keyPage = indexedPages().find((p) => p.url === '/verktoy/nokkelsjekk/');
	expect(keyPage?.content).toContain('Sjekk nøkkelen');
	expect(keyPage?.content).not.toContain('Ikke send denne nøkkelen');
});
