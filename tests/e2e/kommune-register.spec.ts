import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import ICAL from 'ical.js';
import { ChecklistPage } from './checklist-page';
import { lookProblems } from './site';

/** A date `days` from today where the browser is (the same machine and time zone as this test). */
function dayFromNow(days: number): string {
	const date = new Date();
	date.setDate(date.getDate() + days);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const KOMMUNER = [
	{ query: 'oslo', button: /Legg til Oslo \(0301\)/, label: 'Oslo (0301)', expires: dayFromNow(365) },
	{ query: 'bodø', button: /Legg til Bodø \(1804\)/, label: 'Bodø (1804)', expires: dayFromNow(10) },
	{ query: 'askøy', button: /Legg til Askøy \(4627\)/, label: 'Askøy (4627)', expires: dayFromNow(-5) },
];

async function openRegister(checklist: ChecklistPage, label: string): Promise<Locator> {
	const card = checklist.kommuneRow(label);
	const details = card.locator('details[data-role="register-details"]');
	if ((await details.getAttribute('open')) === null) await card.getByText(/^Klient og nøkkel for /).click();
	await expect(details).toHaveAttribute('open', '');
	return card;
}

/** The overview table's row headers, top to bottom, with the key column's tag. */
async function overviewRows(page: Page): Promise<string[]> {
	const rows = page.locator('[data-role="kommune-table"] tr:not([hidden])');
	return rows.evaluateAll((trs) =>
		trs.map(
			(tr) => `${tr.querySelector('a')?.textContent} | ${tr.querySelector('[data-role="key-deadline"]')?.textContent}`,
		),
	);
}

async function downloadCalendar(page: Page, button: Locator): Promise<ICAL.Component> {
	const downloading = page.waitForEvent('download');
	await button.click();
	const download = await downloading;
	const text = await readFile(await download.path(), 'utf8');
	expect(text).toContain('\r\n');
	return new ICAL.Component(ICAL.parse(text) as unknown[]);
}

const uidsAndAlarms = (calendar: ICAL.Component) =>
	calendar.getAllSubcomponents('vevent').map((vevent) => ({
		uid: String(vevent.getFirstPropertyValue('uid')),
		start: String(vevent.getFirstPropertyValue('dtstart')),
		alarms: vevent.getAllSubcomponents('valarm').map((alarm) => String(alarm.getFirstPropertyValue('trigger'))),
	}));

async function registerThree(checklist: ChecklistPage): Promise<void> {
	await checklist.goto();
	for (const kommune of KOMMUNER) await checklist.addKommune(kommune.query, kommune.button);
	for (const kommune of KOMMUNER) {
		const card = await openRegister(checklist, kommune.label);
		await card.getByLabel('Nøkkelen utløper').fill(kommune.expires);
		await card.getByRole('button', { name: 'Lagre klient og nøkkel' }).click();
		await expect(checklist.announcement()).toContainText(`Lagret klient og nøkkel for ${kommune.label}`);
	}
}

test('three kommuner with key expiry dates: ordered, labelled, a banner, reminders that parse', async ({ page }) => {
	const checklist = new ChecklistPage(page);
	await registerThree(checklist);

	await expect
		.poll(() => overviewRows(page))
		.toEqual([
			'Askøy (4627) | Utløpt for 5 dager siden',
			'Bodø (1804) | Utløper om 10 dager',
			`Oslo (0301) | Utløper ${KOMMUNER[0]!.expires.split('-').reverse().join('.')}`,
		]);
	const banner = page.locator('[data-role="deadline-banner"]');
	await expect(banner).toBeVisible();
	await expect(banner).toContainText('Nøkkelen er utløpt for Askøy. Nøkkelen utløper innen 30 dager for Bodø.');

	// The filter by what needs action.
	await page.getByLabel('Vis').selectOption({ label: 'Nøkkel utløpt eller utløper snart' });
	await expect.poll(() => overviewRows(page)).toHaveLength(2);
	await expect(checklist.kommuneRow('Oslo (0301)')).toBeHidden();
	await page.getByLabel('Vis').selectOption({ label: 'Alle kommuner' });
	await expect(checklist.kommuneRow('Oslo (0301)')).toBeVisible();

	const all = uidsAndAlarms(
		await downloadCalendar(page, page.getByRole('button', { name: 'Last ned påminnelser (.ics)' })),
	);
	expect(all).toHaveLength(3);
	for (const event of all) expect(event.alarms).toEqual(['-P30D', '-P7D']);
	expect(all.map((event) => event.uid).sort()).toEqual([
		'helseid-nokkel-0301-nokkel@integrasjonsveiviser',
		'helseid-nokkel-1804-nokkel@integrasjonsveiviser',
		'helseid-nokkel-4627-nokkel@integrasjonsveiviser',
	]);
	// The card's own file: the same event, the same UID.
	const bodo = await openRegister(checklist, 'Bodø (1804)');
	const own = uidsAndAlarms(
		await downloadCalendar(page, bodo.getByRole('button', { name: 'Last ned påminnelse (.ics)' })),
	);
	expect(own).toEqual(all.filter((event) => event.uid.includes('-1804-')));

	// The VKP overview page says it too.
	await page.goto('/vkp/');
	await expect(page.locator('[data-role="key-banner"]')).toContainText('Nøkkelen er utløpt for Askøy');
});

test('a bad field is named, marked invalid and not saved', async ({ page }) => {
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	await checklist.addKommune('bodø', /Legg til Bodø \(1804\)/);
	const card = await openRegister(checklist, 'Bodø (1804)');
	const vkpId = card.getByLabel('vkp-id');
	await vkpId.fill('Trygg Hjemme Bodø');
	await card.getByRole('textbox', { name: 'Scope' }).fill('nhn:vkp/api/*.*, nhn:vkp/api/user/patient.read');
	await card.getByRole('button', { name: 'Lagre klient og nøkkel' }).click();
	await expect(vkpId).toHaveAttribute('aria-invalid', 'true');
	await expect(vkpId).toBeFocused();
	await expect(card).toContainText('vkp-id-en har ikke en av formene VKP oppgir');
	expect(await checklist.stored('veiviser:kommuner:v1')).not.toContain('Trygg');

	await vkpId.fill('TryggHjemme_Omsorg_Bodø');
	await card.getByRole('button', { name: 'Lagre klient og nøkkel' }).click();
	await expect(vkpId).not.toHaveAttribute('aria-invalid');
	await expect(card).toContainText('nhn:vkp/api/*.* virker bare i test');
	expect(await checklist.stored('veiviser:kommuner:v1')).toContain('TryggHjemme_Omsorg_Bodø');
});

test('export in one browser, import in another: the register comes back whole', async ({ page, browser }) => {
	const checklist = new ChecklistPage(page);
	await registerThree(checklist);
	const card = await openRegister(checklist, 'Oslo (0301)');
	await card.getByLabel('Klient-ID i produksjon').fill('b6f1c2de-0000-4000-8000-000000000301');
	await card.getByRole('button', { name: 'Lagre klient og nøkkel' }).click();
	await expect(checklist.announcement()).toContainText('Lagret klient og nøkkel for Oslo (0301)');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Last ned fremdrift' }).click();
	const file = await (await downloading).path();
	const before = await overviewRows(page);

	const fresh = await browser.newContext();
	const other = new ChecklistPage(await fresh.newPage());
	await other.goto();
	await other.page.getByLabel('Hent inn fremdrift fra fil (JSON)').setInputFiles(file);
	await expect(other.dialog()).toContainText(
		'Oslo (0301): Klient-ID i produksjon: b6f1c2de-0000-4000-8000-000000000301',
	);
	await expect(other.dialog()).toContainText(`Askøy (4627): Nøkkelen utløper: ${KOMMUNER[2]!.expires}`);
	await other.dialog().getByRole('button', { name: 'Hent inn' }).click();
	await expect(other.announcement()).toContainText('Fremdriften er hentet inn');
	await expect.poll(() => overviewRows(other.page)).toEqual(before);
	const oslo = await openRegister(other, 'Oslo (0301)');
	await expect(oslo.getByLabel('Klient-ID i produksjon')).toHaveValue('b6f1c2de-0000-4000-8000-000000000301');
	await expect(oslo.getByLabel('Nøkkelen utløper')).toHaveValue(KOMMUNER[0]!.expires);
	await fresh.close();
});

test('the overview with three kommuner and open registers passes axe in every look', async ({ page }) => {
	test.setTimeout(120_000);
	const checklist = new ChecklistPage(page);
	await registerThree(checklist);
	expect(await lookProblems(page)).toEqual([]);
});
