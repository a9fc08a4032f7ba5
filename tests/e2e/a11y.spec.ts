import { expect, test } from '@playwright/test';
import { FILLED_STORAGE } from './filled-state';
import { axeViolations, DESKTOP, LOOKS, showAs, sitePaths, useTheme } from './site';

// Four axe runs per page; pages with islands take several seconds each on two cores.
test.describe.configure({ timeout: 120_000 });

// One test per page runs the four combinations on one page load, switching the theme as the theme picker does (site.ts
// showAs): axe and the loads dominate. The islands are filled (a profile for both parties, three kommuner with thumbprints, progress), and the mail drafts,
// whose code loads near the screen, are brought to life first, so every island is checked as users see it.
// The check itself: a page with two known faults gets both reported (axe runs in the page, see site.ts).
test('the accessibility check reports a missing alt text and too little contrast', async ({ page }) => {
	await page.setContent(
		'<!doctype html><html lang="nb"><head><title>Feil</title></head><body><main><h1>Feil</h1>' +
			'<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">' +
			'<p style="color:#999;background:#fff">Lys grå tekst</p></main></body></html>',
	);
	const found = await axeViolations(page);
	expect(found.map((v) => v.split(' ')[0])).toEqual(['color-contrast', 'image-alt']);
	expect(await axeViolations(page, 'h1')).toEqual([]);
});

// The theme is switched in place (showAs), not by a reload: a fault in the dark theme alone is found that way too.
test('a contrast fault in the dark theme alone is found after the theme is switched in place', async ({ page }) => {
	await page.goto('/ordliste/');
	await page.evaluate(() => {
		// A style sheet made in script: the page's CSP refuses a <style> element it has no hash for.
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(":root[data-theme='dark'] main p { color: #333 !important; }");
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	});
	await showAs(page, 'light', DESKTOP);
	expect(await axeViolations(page)).toEqual([]);
	await showAs(page, 'dark', DESKTOP);
	expect((await axeViolations(page)).map((v) => v.split(' ')[0])).toEqual(['color-contrast']);
});

for (const path of sitePaths()) {
	test(`${path} has no WCAG 2.1 A/AA violations in light and dark theme, desktop and mobile, islands filled`, async ({
		page,
	}) => {
		await page.addInitScript((stored) => {
			for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, JSON.stringify(value));
		}, FILLED_STORAGE);
		const found: string[] = [];
		await useTheme(page, 'light');
		await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height });
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		if ((await page.locator('veiviser-mail-draft').count()) > 0) {
			await page.locator('veiviser-mail-draft').first().scrollIntoViewIfNeeded();
			await page.waitForFunction(() => customElements.get('veiviser-mail-draft') !== undefined);
		}
		for (const [theme, viewport] of LOOKS) {
			await showAs(page, theme, viewport);
			for (const violation of await axeViolations(page)) found.push(`[${theme}, ${viewport.name}] ${violation}`);
			// Nothing scrolls sideways, on a phone least of all.
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
			if (overflow > 0) found.push(`[${theme}, ${viewport.name}] scrolls sideways by ${overflow} px`);
		}
		expect(found).toEqual([]);
	});
}
