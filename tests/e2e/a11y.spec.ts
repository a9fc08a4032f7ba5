import { expect, test } from './fixtures';
import { axeViolations, DESKTOP, showAs } from './site';

// The accessibility check itself. Every page of the site is checked in pages.spec.ts (on the same load as its other
// checks), the islands in their states in their own specs; all of them through site.ts axeViolations and showAs.
// A page with two known faults gets both reported (axe runs in the page, see site.ts).
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
