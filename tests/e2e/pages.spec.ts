import { expect, test } from '@playwright/test';
import { sitePaths, watchPage } from './site';

const paths = sitePaths();

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
		expect(problems).toEqual([]);
	});
}
