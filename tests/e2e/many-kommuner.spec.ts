import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { ChecklistPage } from './checklist-page';
import { manyKommunerStorage } from './many-kommuner';

/**
 * A supplier with 100 kommuner (issue 21 §4). The cards are made a slice at a time and their steps on opening
 * (kommune-rows.ts), so these tests check that nothing a user relies on goes missing on the way: every row and card,
 * the step counts of «Bare mine steg», the print view, the phone layout and the export file. The timings are the
 * bench's (`npm run bench -- --kommuner`), not a test's.
 */
const COUNT = 100;
const stored = manyKommunerStorage(COUNT);

async function seed(page: Page): Promise<void> {
	// Only on the first load: a reload must show what the page saved, not the seed again.
	await page.addInitScript((entries) => {
		if (sessionStorage.getItem('seeded')) return;
		sessionStorage.setItem('seeded', '1');
		for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, JSON.stringify(value));
	}, stored);
}

const rows = (page: Page) => page.locator('[data-role="kommune-table"] > tr');
const cards = (page: Page) => page.locator('.kommune-card[data-kommune]');

/** The two numbers of «Viser N av M steg». */
async function shownOf(page: Page): Promise<[number, number]> {
	const text = (await page.getByText(/^Viser \d+ av \d+ steg:/).textContent()) ?? '';
	const [, shown, total] = /^Viser (\d+) av (\d+)/.exec(text)!;
	return [Number(shown), Number(total)];
}

test('100 kommuner: every row and card, the step counts, the print view, nothing sideways at 390 px', async ({
	page,
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await seed(page);
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	await expect(rows(page)).toHaveCount(COUNT);
	await expect(cards(page)).toHaveCount(COUNT);
	const sideways = () =>
		page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(await sideways()).toBe(0);

	// «Bare mine steg» counts the steps of cards not opened yet as it counts those made.
	await page.getByRole('group', { name: 'Bare mine steg' }).getByRole('radio', { name: 'Kommunens' }).check();
	const before = await shownOf(page);
	expect(before[0]).toBeGreaterThan(0);

	// The last row's link opens its card far down the page, with its steps in their stored states.
	const last = rows(page).last();
	const label = (await last.locator('a').textContent())!;
	await last.getByRole('link').click();
	const card = checklist.kommuneRow(label);
	await expect(card.locator('details[data-role="kommune-details"]')).toHaveAttribute('open', '');
	await expect(card.getByRole('checkbox')).not.toHaveCount(0);
	await expect(card).toBeInViewport();

	// Printing makes every card's steps, and the count is the same as before they were made.
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	const stepsPerCard = await card.locator('li[data-key]').count();
	await expect(page.locator('.kommune-card li[data-key]')).toHaveCount(COUNT * stepsPerCard);
	expect(await shownOf(page)).toEqual(before);
	expect(await sideways()).toBe(0);
});

test('100 kommuner: cards and the table off screen are skipped at their real height, so nothing moves into view', async ({
	page,
}) => {
	await seed(page);
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	await expect(cards(page)).toHaveCount(COUNT);
	// Every card shown and the table region get their measured height and then data-skip (kommune-rows.ts).
	await expect(page.locator('.kommune-card[data-kommune][data-skip]')).toHaveCount(COUNT);
	await expect(page.locator('[data-role="kommune-table-region"][data-skip]')).toHaveCount(1);
	const place = (selector: string) =>
		page.evaluate((selector) => {
			const box = document.querySelector(selector)!.getBoundingClientRect();
			return { top: Math.round(box.top + scrollY), height: Math.round(box.height) };
		}, selector);
	const last = '.kommune-card[data-kommune]:last-child';
	const skipped = await place(last);
	expect(
		await page
			.locator(last)
			.evaluate((card) => card.firstElementChild!.checkVisibility({ contentVisibilityAuto: true })),
	).toBe(false);
	// Brought into view, it is drawn: its place and height are the ones it had while skipped.
	await page.locator(last).evaluate((card) => card.scrollIntoView());
	await expect(page.locator(last)).toBeInViewport();
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
	expect(
		await page
			.locator(last)
			.evaluate((card) => card.firstElementChild!.checkVisibility({ contentVisibilityAuto: true })),
	).toBe(true);
	expect(await place(last)).toEqual(skipped);
	// The table, now far above, is skipped; back at the top it is where it was.
	const table = '[data-role="kommune-table-region"]';
	const tableSkipped = await place(table);
	await page.evaluate(() => scrollTo(0, 0));
	await page.locator(table).scrollIntoViewIfNeeded();
	expect(await place(table)).toEqual(tableSkipped);
});

test('100 kommuner: the export file carries all 100, and another browser gets them all back', async ({
	page,
	browser,
}) => {
	await seed(page);
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	await expect(rows(page)).toHaveCount(COUNT);
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Last ned fremdrift' }).click();
	const file = await (await downloading).path();
	const exported = JSON.parse(await readFile(file, 'utf8')) as { kommuner: { nummer: string }[] };
	const expected = (stored['veiviser:kommuner:v1'] as { data: { kommuner: { nummer: string }[] } }).data.kommuner;
	expect(exported.kommuner.map((k) => k.nummer)).toEqual(expected.map((k) => k.nummer));
	const overview = () => rows(page).evaluateAll((trs) => trs.map((tr) => tr.textContent));
	const before = await overview();

	const fresh = await browser.newContext();
	const other = new ChecklistPage(await fresh.newPage());
	await other.goto();
	await other.page.getByLabel('Hent inn fremdrift fra fil (JSON)').setInputFiles(file);
	await other.dialog().getByRole('button', { name: 'Hent inn' }).click();
	await expect(other.announcement()).toContainText('Fremdriften er hentet inn');
	await expect(rows(other.page)).toHaveCount(COUNT);
	await expect.poll(() => rows(other.page).evaluateAll((trs) => trs.map((tr) => tr.textContent))).toEqual(before);
	await fresh.close();
});
