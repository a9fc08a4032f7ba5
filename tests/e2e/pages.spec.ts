import { expect, test } from './fixtures';
import { brokenLinks } from './broken-links';
import { watchCsp, withDeployHeaders } from './csp-watch';
import { fillIslands } from './filled-state';
import { at, DESKTOP, loadDrafts, lookProblems, sitePaths, useTheme, watchPage } from './site';

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

// One test and one page load per page for all its checks (loads and axe dominate the e2e time). The islands are filled
// (a profile for both parties, three kommuner with thumbprints, progress), and the mail drafts, whose code loads near
// the screen, are brought to life, so every island is checked as users see it. The page loads under its <meta> policy
// and the deploy headers (dist/_headers) together, with no CSP violation, console error or off-site request, no wiki
// debris; every link on it leads to a page (and section) of the site; and axe finds no WCAG 2.1 A/AA violation in
// light and dark theme, desktop and phone (the theme switched in place as the picker does: site.ts showAs; that this
// finds faults is shown in a11y.spec.ts), nor does the page scroll sideways.
for (const path of paths) {
	test(`${path} loads cleanly under its CSP, links within the site, and has no WCAG 2.1 A/AA violations in light and dark theme, desktop and mobile`, async ({
		page,
		baseURL,
	}) => {
		// Four axe runs; pages with islands take several seconds each on two cores.
		test.setTimeout(120_000);
		await fillIslands(page);
		const violations = await watchCsp(page);
		const problems = watchPage(page, new URL(baseURL!).origin);
		await withDeployHeaders(page);
		await useTheme(page, 'light');
		await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height });
		const response = await page.goto(at(path), { waitUntil: 'networkidle' });
		expect(response?.ok()).toBe(true);
		await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
		// Starlight's inline theme script ran: it is allowed only by its hash.
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
		const text = await page.locator('body').innerText();
		expect(debris.filter((pattern) => pattern.test(text)).map(String)).toEqual([]);
		if ((await page.locator('veiviser-mail-draft').count()) > 0) {
			await loadDrafts(page);
			await page.waitForLoadState('networkidle');
		}
		expect(await brokenLinks(page, baseURL)).toEqual([]);

		expect(await lookProblems(page)).toEqual([]);
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
