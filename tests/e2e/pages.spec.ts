import { expect, test } from '@playwright/test';
import { sitePaths, watchPage } from './site';

const paths = sitePaths();

// Debris from the exported wiki pages and the seed's typos: none of it may reach a page.
const debris = [
	/Skip to end of metadata/i,
	/Go to start of metadata/i,
	/You are viewing an old version/i,
	/View Page History/i,
	/Previous Version/i,
	/\[MS7\]/,
	/No labels/i,
	/\(lenke[^)]*\)/i,
	/fortiden/i,
	/prossensen/i,
];

test('the sitemap lists the guides of both services', () => {
	expect(paths).toEqual(expect.arrayContaining(['/', '/vkp/', '/verktoykatalogen/', '/ordliste/', '/kontakt/']));
});

for (const path of paths) {
	test(`${path} loads with no console error and no off-site request`, async ({ page, baseURL }) => {
		const problems = watchPage(page, new URL(baseURL!).origin);
		const response = await page.goto(path, { waitUntil: 'networkidle' });
		expect(response?.ok()).toBe(true);
		await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
		const text = await page.locator('body').innerText();
		expect(debris.filter((pattern) => pattern.test(text)).map(String)).toEqual([]);
		expect(problems).toEqual([]);
	});
}
