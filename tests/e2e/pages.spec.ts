import { expect, test } from '@playwright/test';
import { brokenLinks } from './broken-links';
import { watchCsp, withDeployHeaders } from './csp-watch';
import { at, sitePaths, watchPage } from './site';

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
	// One page load per page for all its checks (page loads dominate the e2e time): it loads under its <meta> policy
	// and the deploy headers (dist/_headers) together, with no CSP violation, console error or off-site request, no
	// wiki debris, and every link on it leads to a page (and section) of the site.
	test(`${path} loads cleanly under its CSP and every link on it leads to a page of the site`, async ({
		page,
		baseURL,
	}) => {
		const violations = await watchCsp(page);
		const problems = watchPage(page, new URL(baseURL!).origin);
		await withDeployHeaders(page);
		const response = await page.goto(at(path), { waitUntil: 'networkidle' });
		expect(response?.ok()).toBe(true);
		await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
		// Starlight's inline theme script ran: it is allowed only by its hash.
		await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
		const text = await page.locator('body').innerText();
		expect(debris.filter((pattern) => pattern.test(text)).map(String)).toEqual([]);
		expect(await brokenLinks(page, baseURL)).toEqual([]);
		expect(problems).toEqual([]);
		expect(violations).toEqual([]);
	});
}

test('an unknown stored theme value does not break the page', async ({ page, baseURL }) => {
	await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark mode'));
	await page.emulateMedia({ colorScheme: 'light' });
	const problems = watchPage(page, new URL(baseURL!).origin);
	await page.goto(at('/vkp/'), { waitUntil: 'networkidle' });
	expect(problems).toEqual([]);
	// The unknown value is treated as no choice: the system theme, and the picker shows "auto".
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
	await expect(page.locator('starlight-theme-select select').first()).toHaveValue('auto');
});

test('the theme picker still switches and remembers the theme', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(at('/om/'));
	await page.getByRole('combobox', { name: /tema/i }).first().selectOption('dark');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('combobox', { name: /tema/i }).first()).toHaveValue('dark');
});
