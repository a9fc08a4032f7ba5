import { expect, test, type Page } from '@playwright/test';

async function search(page: Page, query: string) {
	await page.goto('/');
	await page.getByRole('button', { name: 'Søk' }).click();
	const dialog = page.getByRole('dialog', { name: 'Søk' });
	await dialog.getByRole('textbox', { name: 'Søk' }).fill(query);
	return dialog;
}

// Norwegian words a supplier would type, and a page that must be among the hits.
const cases: [query: string, expectedPath: string][] = [
	['kommune', '/vkp/helseid-produksjon/'],
	['GUID', '/verktoykatalogen/test/'],
	['testrapport', '/verktoykatalogen/test/'],
	['scope', '/vkp/helseid-produksjon/'],
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
		await expect(hit).toBeVisible();
	});
}

test('search says so when nothing matches', async ({ page }) => {
	const dialog = await search(page, 'xylofonkvartett');
	await expect(dialog.getByText('Ingen treff for xylofonkvartett')).toBeVisible();
});
