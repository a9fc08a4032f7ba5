/**
 * Issue 22's usability walk, each finding as a check that failed before its fix: the kommune overview keeps its
 * words whole (headings broke inside «Kodegjennomgang», tags wrapped to «Ikke / startet») without the page scrolling
 * sideways; the «Bare mine steg» legend stands clear of its choices, which say whose steps they show; a field that
 * fails its check gets a red border and `aria-invalid="true"`, not only red text.
 */
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { ChecklistPage } from './checklist-page';
import { fillIslands } from './filled-state';
import { DESKTOP, LOOKS, PHONE, showAs } from './site';

/** Each word in `scope` that does not stay on one line (a word broken across lines has two boxes). */
function brokenWords(scope: Locator): Promise<string[]> {
	return scope.evaluate((root) => {
		const broken: string[] = [];
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent ?? '';
			// A compound may break after its hyphen («Altinn-|delegering»), as Norwegian does; never elsewhere.
			for (const word of text.matchAll(/[^\s-]+-?/g)) {
				const range = document.createRange();
				range.setStart(node, word.index);
				range.setEnd(node, word.index + word[0].length);
				const lines = [...range.getClientRects()].filter((rect) => rect.width > 0);
				if (lines.length > 1) broken.push(word[0]);
			}
		}
		return broken;
	});
}

/** Each status tag in the table whose text takes more than one line. */
function wrappedTags(table: Locator): Promise<string[]> {
	return table.locator('td .veiviser-tag').evaluateAll((tags) =>
		tags.flatMap((tag) => {
			const range = document.createRange();
			range.selectNodeContents(tag);
			const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
			return tops.size > 1 ? [tag.textContent ?? ''] : [];
		}),
	);
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

test('the kommune overview keeps words whole at 1280 and 390 px, in both themes, and the page never scrolls sideways', async ({
	page,
}) => {
	await fillIslands(page);
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	const region = page.getByRole('region', { name: /^Status per kommune/ });
	const table = region.getByRole('table');
	await expect(table.locator('tbody tr')).toHaveCount(3);
	await expect(table.locator('td .veiviser-tag').filter({ hasText: 'Venter på NHN' })).toHaveCount(1);
	for (const [theme, viewport] of LOOKS) {
		await showAs(page, theme, viewport);
		const look = `${theme} ${viewport.width}`;
		expect(await brokenWords(table), look).toEqual([]);
		expect(await wrappedTags(table), look).toEqual([]);
		expect(await sideways(page), look).toBeLessThanOrEqual(0);
	}
});

test('the overview scrolls inside its own region by keyboard, with the kommune column kept in view', async ({
	page,
}) => {
	await fillIslands(page);
	await new ChecklistPage(page).goto();
	await showAs(page, 'light', DESKTOP);
	const region = page.getByRole('region', { name: /^Status per kommune/ });
	await expect(region).toHaveAttribute('tabindex', '0');
	// Off screen the region is skipped at its measured size (content-visibility, kommune-rows.ts), and a skipped
	// box reports no overflow: it is drawn, and measured, from the frame after it comes into view.
	await region.scrollIntoViewIfNeeded();
	const overflow = () => region.evaluate((el) => el.scrollWidth - el.clientWidth);
	// At 1280 px the eight step columns do not fit the text column: the region scrolls, not the page.
	await expect.poll(overflow).toBeGreaterThan(0);
	const bergen = region.getByRole('rowheader', { name: /Bergen/ });
	const before = (await bergen.boundingBox())!.x;
	await region.focus();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
	expect((await bergen.boundingBox())!.x).toBeCloseTo(before, 0);
});

test('«Bare mine steg» stands clear of its choices, and each choice says whose steps', async ({ page }) => {
	await new ChecklistPage(page).goto();
	const filter = page.getByRole('group', { name: 'Bare mine steg' });
	await expect(filter.getByRole('radio')).toHaveCount(4);
	for (const name of ['Alle steg', 'Leverandørens steg', 'Kommunens steg', 'NHNs steg']) {
		await expect(filter.getByRole('radio', { name, exact: true })).toHaveCount(1);
	}
	for (const viewport of [DESKTOP, PHONE]) {
		await showAs(page, 'light', viewport);
		const overlaps = await filter.evaluate((fieldset) => {
			const legend = fieldset.querySelector('legend')!.getBoundingClientRect();
			return [...fieldset.querySelectorAll('label')]
				.filter((label) => label.getBoundingClientRect().top < legend.bottom)
				.map((label) => label.textContent?.trim());
		});
		expect(overlaps, `${viewport.width}`).toEqual([]);
	}
});

test('a field that fails its check gets a red border and aria-invalid="true"', async ({ page }) => {
	await fillIslands(page);
	await new ChecklistPage(page).goto();
	const bodo = page.getByRole('region', { name: 'Bodø (1804)', exact: true });
	await bodo.getByRole('button', { name: 'Lim inn tommelavtrykk for Bodø' }).click();
	const field = bodo.getByRole('textbox', { name: 'Tommelavtrykk (43 tegn)' });
	const border = () => field.evaluate((el) => getComputedStyle(el).borderTopColor);
	const plain = await border();
	await field.fill('ikke et tommelavtrykk');
	await bodo.getByRole('button', { name: 'Lagre tommelavtrykket' }).click();
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	const red = await page.evaluate(() => {
		const probe = document.createElement('div');
		probe.style.color = 'var(--sl-color-red)';
		document.body.append(probe);
		const colour = getComputedStyle(probe).color;
		probe.remove();
		return colour;
	});
	expect(await border()).toBe(red);
	expect(await border()).not.toBe(plain);
	expect(await field.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('2px');
});
