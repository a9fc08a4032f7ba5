import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

// Pagefind fetches its WebAssembly and index fragments on the first search: on two busy cores that has taken more
// than Playwright's default 5 s (twice, with mutation runs beside the e2e tests).
const FIRST_SEARCH_MS = 15_000;

async function openSearch(page: Page) {
	await page.goto('/');
	await page.getByRole('button', { name: 'Søk' }).click();
	return page.getByRole('dialog', { name: 'Søk' });
}

/**
 * Types a query into the open search, as a reader does one after another, and waits for the message that counts
 * its own hits ("3 treff for kommune"), so the results are never the previous query's.
 */
async function searchFor(dialog: Locator, query: string) {
	await dialog.getByRole('textbox', { name: 'Søk' }).fill(query);
	await expect(dialog.getByText(new RegExp(`^(\\d+|Ingen) treff for\\W*${query}\\W*$`))).toBeVisible({
		timeout: FIRST_SEARCH_MS,
	});
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
	['invalid_client', '/verktoy/feilsvar/'],
	['use_dpop_nonce', '/verktoy/feilsvar/'],
	['401', '/verktoy/feilsvar/'],
	['feilmelding fra HelseID', '/verktoy/feilsvar/'],
	// Issue 20: the new page and the kommune's part.
	['JFT', '/vkp/vkp-i-2026/'],
	['PIT', '/vkp/vkp-i-2026/'],
	['Altinn', '/vkp/helseid-produksjon/'],
	['delegering', '/vkp/helseid-produksjon/'],
];

// One reader's search session: the page is loaded and Pagefind started once (each of its loads took 4-6 s on two busy
// cores), and every query is a step of its own in the report.
test('search finds the page for each word a reader would type, the best hit first, and says when nothing matches', async ({
	page,
}) => {
	const dialog = await openSearch(page);
	for (const [query, expectedPath] of cases) {
		await test.step(`"${query}" finds ${expectedPath}`, async () => {
			await searchFor(dialog, query);
			const hit = dialog.getByRole('link').and(dialog.locator(`[href^="${expectedPath}"]`));
			await expect(hit.first()).toBeVisible();
		});
	}
	await test.step('"bestillingsskjema" finds the bestiller\'s own page first', async () => {
		await searchFor(dialog, 'bestillingsskjema');
		// The first link in the results is the title of the best hit.
		await expect(dialog.getByRole('link').first()).toHaveAttribute('href', /^\/verktoykatalogen\/bestiller\//);
	});
	for (const query of ['kodegjennomgang', 'code review']) {
		await test.step(`"${query}" finds the production order page first (issue 20)`, async () => {
			await searchFor(dialog, query);
			await expect(dialog.getByRole('link').first()).toHaveAttribute('href', /^\/vkp\/helseid-produksjon\//);
		});
	}
	await test.step('"xylofonkvartett" finds nothing, and says so', async () => {
		await searchFor(dialog, 'xylofonkvartett');
		await expect(dialog.getByText('Ingen treff for xylofonkvartett')).toBeVisible();
		await expect(dialog.getByRole('link', { name: /./ }).and(dialog.locator('[href^="/"]'))).toHaveCount(0);
	});
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
