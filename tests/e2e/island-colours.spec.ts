/**
 * No link or control in an island keeps the browser's default colours: each is held against the same element
 * unstyled, rendered by the browser in the page's own colour scheme (inside a shadow root with `all: initial`, where
 * no page style reaches). The islands are filled first, so their dynamic parts (kommune cards and table, draft boxes,
 * key results) are checked too.
 */
import { generateKeyPairSync } from 'node:crypto';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { spkiPem } from '~test/helpers/key-fixtures';
import { fillIslands } from './filled-state';
import { loadDrafts, useTheme, type Theme } from './site';

const ISLANDS =
	'veiviser-checklist, veiviser-mail-draft, veiviser-profile, veiviser-key-check, veiviser-key-generate, veiviser-phase-map';

/** Every visible link and control in the islands whose colours are the browser's own. */
function defaultColoured(page: Page): Promise<string[]> {
	return page.evaluate((islands) => {
		const host = document.createElement('div');
		host.style.cssText = `all: initial; color-scheme: ${getComputedStyle(document.documentElement).colorScheme}`;
		const root = host.attachShadow({ mode: 'open' });
		document.body.append(host);
		const reference = new Map<string, CSSStyleDeclaration>();
		const defaults = (element: Element) => {
			const key = `${element.localName}[${element.getAttribute('type') ?? ''}]`;
			let style = reference.get(key);
			if (!style) {
				const copy = document.createElement(element.localName);
				const type = element.getAttribute('type');
				if (type) copy.setAttribute('type', type);
				if (element.localName === 'a') copy.setAttribute('href', '#');
				root.append(copy);
				style = getComputedStyle(copy);
				reference.set(key, style);
			}
			return style;
		};
		const found: string[] = [];
		const name = (element: Element) =>
			`${element.localName}${element.getAttribute('type') ? `[type=${element.getAttribute('type')}]` : ''} «${(element.textContent || element.getAttribute('aria-label') || element.id).trim().slice(0, 40)}» in ${element.closest(islands)!.localName}`;
		for (const element of document.querySelectorAll(`:is(${islands}) :is(a[href], button, select, input, textarea)`)) {
			if (element.getClientRects().length === 0) continue;
			const own = getComputedStyle(element);
			const base = defaults(element);
			const type = element.getAttribute('type');
			if (element.localName === 'a') {
				if (own.color === base.color) found.push(`${name(element)}: link colour ${own.color}`);
			} else if (type === 'checkbox' || type === 'radio') {
				if (own.accentColor === 'auto') found.push(`${name(element)}: accent-color auto`);
			} else if (type === 'file') {
				const button = getComputedStyle(element, '::file-selector-button');
				const baseButton = getComputedStyle(root.querySelector('input[type=file]')!, '::file-selector-button');
				if (button.backgroundColor === baseButton.backgroundColor)
					found.push(`${name(element)}: file button ${button.backgroundColor}`);
			} else if (own.color === base.color && own.backgroundColor === base.backgroundColor) {
				found.push(`${name(element)}: ${own.color} on ${own.backgroundColor}`);
			}
		}
		host.remove();
		return found;
	}, ISLANDS);
}

for (const theme of ['light', 'dark'] as Theme[]) {
	test(`links and controls in the islands use the site's colours, not the browser's (${theme})`, async ({ page }) => {
		test.slow(); // four pages with their islands filled and opened
		await useTheme(page, theme);
		await fillIslands(page);
		const found: string[] = [];

		await page.goto('/vkp/sjekkliste/');
		await expect(page.getByRole('region', { name: 'Oslo (0301)' })).toBeVisible();
		await page.getByRole('region', { name: 'Oslo (0301)' }).getByText('Stegene for Oslo').click();
		await page.getByRole('button', { name: 'Bytt tommelavtrykket for Oslo' }).click();
		// The field for the new thumbprint takes the focus: wait for it, or the search text below may land in it.
		await expect(page.getByRole('textbox', { name: 'Tommelavtrykk (43 tegn)' })).toBeFocused();
		await page.getByRole('searchbox', { name: 'Legg til kommune' }).fill('tro');
		// The search loads the list of all kommuner on first use: give a busy machine time.
		await expect(page.getByRole('button', { name: /Legg til Tromsø/ })).toBeVisible({ timeout: 15_000 });
		found.push(...(await defaultColoured(page)));

		await page.goto('/verktoy/e-post/');
		await loadDrafts(page);
		await page.getByRole('textbox', { name: 'Virksomhet', exact: true }).fill('');
		const draft = page.getByRole('region', { name: 'E-postutkast: Første kontakt med VKP' });
		await draft.getByText('Fyll inn det som mangler').click();
		await expect(draft.getByRole('textbox', { name: 'Virksomhet' })).toBeVisible();
		found.push(...(await defaultColoured(page)));

		await page.goto('/verktoy/nokkelsjekk/');
		await page
			.getByRole('textbox', { name: 'Offentlig nøkkel' })
			.fill(spkiPem(generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey));
		await expect(page.getByRole('combobox', { name: /Bruk dette tommelavtrykket for kommune/ })).toBeVisible();
		found.push(...(await defaultColoured(page)));

		await page.goto('/vkp/');
		await expect(page.getByRole('link', { name: 'Ta kontakt med VKP' }).last()).toBeVisible();
		found.push(...(await defaultColoured(page)));
		expect(found).toEqual([]);
	});
}
