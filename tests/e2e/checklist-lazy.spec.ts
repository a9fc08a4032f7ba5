// The checklist loads the kommune store and its decoder (the `kommuner` chunk) only when kommuner are stored, and
// then before the first render that shows them (checklist-element.ts, src/stores/kommuner-stored.ts): these tests
// watch the chunks the page fetches and every text the island writes, as a returning user's browser would.
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { ChecklistPage, KOMMUNER_KEY, PROGRESS_KEY } from './checklist-page';
import { loadDrafts } from './site';

const CONTACT = 'Send e-post til VKP@nhn.no for å ta kontakt med VKP';
/** The kommune store's chunk, as Rolldown names it after src/stores/kommuner.ts. */
const KOMMUNE_CHUNK = /\/_astro\/kommuner\.[\w-]+\.js$/;
const BODO = JSON.stringify({ v: 1, data: { kommuner: [{ nummer: '1804', navn: 'Bodø' }] } });

/** Every script URL the page requests. */
function scriptRequests(page: Page): string[] {
	const urls: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') urls.push(request.url());
	});
	return urls;
}

/** Stores `text` under `key` before the page's own scripts run, as an earlier visit left it. */
async function stored(page: Page, key: string, text: string): Promise<void> {
	await page.addInitScript(([k, v]) => localStorage.setItem(k!, v!), [key, text]);
}

/** Records each text the island gives the counter's detail line and whether «Ingen kommuner» is hidden. */
async function recordRenders(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __renders: string[] }).__renders = seen;
		document.addEventListener('DOMContentLoaded', () => {
			const detail = document.querySelector('[data-role="progress-detail"]');
			const none = document.querySelector('[data-role="no-kommuner"]');
			new MutationObserver(() => {
				seen.push(
					`${detail?.textContent?.trim()} | ingen kommuner ${none?.hasAttribute('hidden') ? 'hidden' : 'shown'}`,
				);
			}).observe(document.querySelector('veiviser-checklist')!, {
				subtree: true,
				childList: true,
				characterData: true,
				attributes: true,
				attributeFilter: ['hidden'],
			});
		});
	});
}

const renders = (page: Page) => page.evaluate(() => (window as unknown as { __renders: string[] }).__renders);

test('with no kommuner stored, the kommune store is never fetched, and a tick is saved', async ({ page }) => {
	const requests = scriptRequests(page);
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	await checklist.step(CONTACT).check();
	await expect(checklist.progressText()).toHaveText('1 av 7 steg fullført');
	expect(await checklist.stored(PROGRESS_KEY)).toContain('fullfort');
	// The same after the last kommune was removed: the store writes an empty list, which needs no decoder.
	await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"data":{"kommuner":[]}}'), KOMMUNER_KEY);
	await checklist.goto();
	await expect(page.getByText('Ingen kommuner er lagt til ennå.')).toBeVisible();
	expect(requests.filter((url) => KOMMUNE_CHUNK.test(url))).toEqual([]);
	expect(requests.some((url) => url.includes('/_astro/Checklist.astro'))).toBe(true);
});

test('stored kommuner are decoded before the first render: no counter or «ingen kommuner» without them', async ({
	page,
}) => {
	const requests = scriptRequests(page);
	await stored(page, KOMMUNER_KEY, BODO);
	await recordRenders(page);
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	await expect(checklist.kommuneRow('Bodø (1804)')).toBeVisible();
	await expect(page.getByText(/^Telt med: 7 felles steg og 8 steg for 1 kommune\./)).toBeVisible();
	await expect(page.getByText('Ingen kommuner er lagt til ennå.')).toBeHidden();
	expect(requests.filter((url) => KOMMUNE_CHUNK.test(url))).toHaveLength(1);
	// Every state the island drew counted Bodø and hid «Ingen kommuner».
	const drawn = await renders(page);
	expect(drawn.length).toBeGreaterThan(0);
	for (const state of drawn) {
		expect(state).not.toContain('telles når du har lagt til kommuner');
		expect(state).toContain('ingen kommuner hidden');
	}
});

test('stored kommuner the decoder refuses are kept and named in the refusal, with the download offered', async ({
	page,
}) => {
	const bad = '{"v":1,"data":{"kommuner":[{"nummer":3}]}}';
	await stored(page, KOMMUNER_KEY, bad);
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	await expect(
		page.getByRole('alert').filter({ hasText: 'Den lagrede fremdriften i denne nettleseren kan ikke leses' }),
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Last ned den lagrede kommunelisten' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Last ned den lagrede fremdriften' })).toBeHidden();
	expect(await checklist.stored(KOMMUNER_KEY)).toBe(bad);
});

test('kommuner another tab stores show up without a reload', async ({ context }) => {
	const page = await context.newPage();
	const other = await context.newPage();
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	await expect(page.getByText('Ingen kommuner er lagt til ennå.')).toBeVisible();
	await other.goto('/vkp/sjekkliste/');
	await other.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KOMMUNER_KEY, BODO]);
	await expect(checklist.kommuneRow('Bodø (1804)')).toBeVisible();
	await expect(page.getByText('Ingen kommuner er lagt til ennå.')).toBeHidden();
});

test('a kommune added in a mail draft shows in the checklist on the same page at once', async ({ page }) => {
	const checklist = new ChecklistPage(page);
	await checklist.goto('/vkp/helseid-produksjon/');
	await expect(page.getByText('Ingen kommuner er lagt til ennå.')).toBeVisible();
	await loadDrafts(page);
	const draft = page.getByRole('region', { name: 'E-postutkast: Bestilling av HelseID-klient for produksjon' });
	await draft.getByText('Fyll inn det som mangler').click();
	await draft.getByRole('searchbox', { name: 'Legg til kommune (navn eller kommunenummer)' }).fill('1804');
	await draft.getByRole('button', { name: 'Legg til', exact: true }).click();
	await expect(draft.getByRole('status')).toHaveText('Bodø er lagt til i sjekklisten for VKP.');
	// The draft made the kommune store; the checklist, which had not loaded it, follows.
	await expect(checklist.kommuneRow('Bodø (1804)')).toBeVisible();
	await expect(page.getByText('Ingen kommuner er lagt til ennå.')).toBeHidden();
});
