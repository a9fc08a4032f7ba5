import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import {
	ChecklistPage,
	KOMMUNER_KEY,
	PROGRESS_KEY,
	disableStorage,
	type StoredKommuner,
	type StoredProgress,
} from './checklist-page';
import { linkProblems } from './broken-links';
import { axeViolations, DESKTOP, lookProblems, showAs } from './site';

const CONTACT = 'Send e-post til VKP@nhn.no for å ta kontakt med VKP';
const FORM = 'Få bestillingsskjema for produksjon fra VKP';
const KEY_PAIR = /RSA-nøkkelpar laget for kommunens klient/;

test('a tick survives a reload and shows on the phase page too', async ({ page }) => {
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	await expect(checklist.progressText()).toHaveText('0 av 7 steg fullført');
	// The counter says what it counts; no VKP step is optional (issue 20).
	await expect(page.getByText(/^Telt med: 7 felles steg\. Stegene per kommune telles/)).toBeVisible();
	await expect(page.getByText(/Ikke telt med/)).toHaveCount(0);
	await checklist.step(CONTACT).check();
	await expect(checklist.announcement()).toContainText('Fullført');
	await expect(checklist.progressText()).toHaveText('1 av 7 steg fullført');
	await expect(page.getByRole('progressbar', { name: '1 av 7 steg fullført' })).toHaveAttribute('value', '1');
	await page.reload();
	await expect(checklist.step(CONTACT)).toBeChecked();
	await expect(checklist.status(CONTACT)).toHaveValue('fullfort');
	await checklist.goto('/vkp/ta-kontakt/');
	await expect(checklist.step(CONTACT)).toBeChecked();
	await expect(page.getByText(/^Fullført \d\d\.\d\d\.\d{4}\.$/)).toBeVisible();
});

test('statuses and blocked steps show as the user sets them; the approval blocks the form', async ({ page }) => {
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	const formStep = page.getByRole('listitem').filter({ has: checklist.step(FORM) });
	await expect(formStep).toContainText('Kan ikke starte ennå. Venter på: «Send e-post til VKP@nhn.no');
	await expect(page.getByText('Valgfritt')).toHaveCount(0);
	await checklist.status(CONTACT).selectOption('venter-nhn');
	await expect(checklist.announcement()).toContainText('Venter på NHN');
	await expect(checklist.step(CONTACT)).not.toBeChecked();
	// As a new user: the first contact done, the approval not yet: the form still waits (issue 20).
	await checklist.step(CONTACT).check();
	await expect(formStep).toContainText('Kan ikke starte ennå. Venter på: «NHN har vurdert og godkjent miljøet');
	await page.getByRole('button', { name: 'Vi er allerede godkjent som tredjepartsleverandør' }).click();
	await expect(checklist.announcement()).toContainText('er merket «Ikke aktuelt»');
	await expect(formStep).not.toContainText('Kan ikke starte ennå');
	await expect(checklist.progressText()).toHaveText('1 av 4 steg fullført');
	await expect(page.getByRole('link', { name: `Les mer om «${FORM}»` })).toHaveAttribute(
		'href',
		/helseid-produksjon\/#slik-bestiller-du$/,
	);
	// On the phase page itself a "Les mer" would lead back to the same page: there is none.
	await checklist.goto('/vkp/helseid-produksjon/');
	await expect(checklist.step(FORM)).toBeVisible();
	await expect(page.getByRole('link', { name: `Les mer om «${FORM}»` })).toHaveCount(0);
});

test('"Bare mine steg" shows only one party’s steps, says so, and is remembered', async ({ page }) => {
	const checklist = new ChecklistPage(page);
	await checklist.goto('/verktoykatalogen/sjekkliste/');
	const filter = page.getByRole('group', { name: 'Bare mine steg' });
	const bestiller = 'Behovet er meldt inn via en offentlig helseaktør';
	const supplier = 'Offentlig RSA-nøkkel sendt til NHN i riktig format';
	await filter.getByRole('radio', { name: 'Bestillerens steg' }).check();
	await expect(checklist.step(bestiller)).toBeVisible();
	await expect(checklist.step(supplier)).toBeHidden();
	await expect(filter.getByText(/^Viser \d+ av \d+ steg: bare stegene der bestilleren gjør noe\.$/)).toBeVisible();
	await page.reload();
	await expect(filter.getByRole('radio', { name: 'Bestillerens steg' })).toBeChecked();
	await expect(checklist.step(supplier)).toBeHidden();
	// VKP has no bestiller steps: its list offers no such filter and shows everything.
	await checklist.goto();
	await expect(page.getByRole('radio', { name: 'Bestillerens steg' })).toHaveCount(0);
	await expect(checklist.step(CONTACT)).toBeVisible();
	await page.getByRole('radio', { name: 'NHNs steg' }).check();
	await expect(checklist.step(CONTACT)).toBeHidden();
	// The kommune acts in two steps per kommune (issue 20): its own filter, with no common step left.
	await page.getByRole('radio', { name: 'Kommunens steg' }).check();
	await expect(page.getByText(/^Viser 0 av \d+ steg: bare stegene der kommunen gjør noe\.$/)).toBeVisible();
	await page.getByRole('radio', { name: 'NHNs steg' }).check();
	await expect(page.getByRole('heading', { name: 'Ta kontakt med VKP' })).toBeHidden();
	await page.getByRole('radio', { name: 'Alle steg' }).check();
	await expect(checklist.step(CONTACT)).toBeVisible();
});

test('a tick in one tab shows in the other at once', async ({ context }) => {
	const first = new ChecklistPage(await context.newPage());
	const second = new ChecklistPage(await context.newPage());
	await first.goto('/verktoykatalogen/sjekkliste/');
	await second.goto('/verktoykatalogen/test/');
	const step = 'Offentlig RSA-nøkkel sendt til NHN i riktig format';
	await first.step(step).check();
	await expect(second.step(step)).toBeChecked();
	await second.step(step).uncheck();
	await expect(first.step(step)).not.toBeChecked();
});

test('unreadable stored progress is kept, offered for download and replaced only on request', async ({ page }) => {
	const checklist = new ChecklistPage(page);
	const corrupt = '{"v":1,"data":{"steps":{"vkp.kontakt.epost":{"status":"ferdig"';
	await checklist.goto();
	await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, corrupt]);
	await page.reload();
	await expect(page.getByRole('alert').filter({ hasText: 'kan ikke leses' })).toBeVisible();
	await checklist.step(CONTACT).click();
	await expect(checklist.announcement()).toContainText('ble ikke lagret');
	await expect(checklist.step(CONTACT)).not.toBeChecked();
	expect(await checklist.stored()).toBe(corrupt);

	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Last ned den lagrede fremdriften' }).click();
	const download = await downloading;
	expect(await readFile(await download.path(), 'utf8')).toBe(corrupt);

	await page.getByRole('button', { name: 'Start på nytt' }).click();
	await expect(checklist.dialog()).toBeVisible();
	await checklist.dialog().getByRole('button', { name: 'Avbryt' }).click();
	expect(await checklist.stored()).toBe(corrupt);
	await page.getByRole('button', { name: 'Start på nytt' }).click();
	await checklist.dialog().getByRole('button', { name: 'Start på nytt' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'kan ikke leses' })).toBeHidden();
	await checklist.step(CONTACT).check();
	expect((JSON.parse((await checklist.stored())!) as StoredProgress).data.steps['vkp.kontakt.epost']?.status).toBe(
		'fullfort',
	);
});

test('with storage disabled the checklist still works and says progress cannot be saved', async ({ page }) => {
	await disableStorage(page);
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	await expect(
		page.getByRole('alert').filter({ hasText: 'Fremdriften kan ikke lagres i denne nettleseren' }),
	).toBeVisible();
	await checklist.step(CONTACT).check();
	await expect(checklist.progressText()).toHaveText('1 av 7 steg fullført');
});

async function tickSomething(checklist: ChecklistPage) {
	await checklist.goto();
	await checklist.step(CONTACT).check();
	await checklist.status(FORM).selectOption('pagar');
	await checklist.addKommune('bodø', /Legg til Bodø \(1804\)/);
	await checklist.step(KEY_PAIR, await checklist.openKommune('Bodø (1804)')).check();
}

test('export, then import on a fresh profile, restores everything after a preview', async ({ page, browser }) => {
	const checklist = new ChecklistPage(page);
	await tickSomething(checklist);
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Last ned fremdrift' }).click();
	const file = await (await downloading).path();

	const fresh = await browser.newContext();
	const other = new ChecklistPage(await fresh.newPage());
	await other.goto();
	await expect(other.step(CONTACT)).not.toBeChecked();
	// A foreign file changes nothing and says why.
	await other.page.getByLabel('Hent inn fremdrift fra fil (JSON)').setInputFiles({
		name: 'package.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"name":"something-else"}'),
	});
	await expect(other.announcement()).toContainText('ikke en fremdriftsfil');
	expect(await other.stored()).toBeNull();

	await other.page.getByLabel('Hent inn fremdrift fra fil (JSON)').setInputFiles(file);
	const dialog = other.dialog();
	await expect(dialog).toContainText(`«${CONTACT}»: Ikke startet → Fullført`);
	await expect(dialog).toContainText('Ny kommune: Bodø (1804)');
	expect(await axeViolations(other.page)).toEqual([]);
	await dialog.getByRole('button', { name: 'Hent inn' }).click();
	await expect(other.announcement()).toContainText('Fremdriften er hentet inn');
	await expect(other.step(CONTACT)).toBeChecked();
	await expect(other.status(FORM)).toHaveValue('pagar');
	await expect(other.step(KEY_PAIR, await other.openKommune('Bodø (1804)'))).toBeChecked();
	await fresh.close();
});

test('a kommune is added, moved and removed only after confirmation', async ({ page }) => {
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	await expect(page.getByText('Ingen kommuner er lagt til ennå.')).toBeVisible();
	await checklist.addKommune('1804', /Legg til Bodø \(1804\)/);
	// The kommune just added opens, so its steps are at hand.
	const bodo = checklist.kommuneRow('Bodø (1804)');
	await expect(bodo.locator('details[data-role="kommune-details"]')).toHaveAttribute('open', '');
	await checklist.step(KEY_PAIR, bodo).check();
	await expect(checklist.progressText()).toHaveText('1 av 15 steg fullført');

	await page.getByRole('button', { name: 'Bytt Bodø med en annen kommune' }).click();
	await page.getByRole('searchbox', { name: 'Bytt Bodø (1804) med' }).fill('tromsø');
	await page.getByRole('button', { name: /Velg Tromsø \(5501\)/ }).click();
	await expect(checklist.dialog()).toContainText('Fremdriften for Bodø (1804) blir flyttet til Tromsø (5501)');
	await checklist.dialog().getByRole('button', { name: 'Bytt til Tromsø' }).click();
	const tromso = await checklist.openKommune('Tromsø (5501)');
	await expect(checklist.step(KEY_PAIR, tromso)).toBeChecked();
	await expect(bodo).toHaveCount(0);

	await page.getByRole('button', { name: 'Fjern Tromsø' }).click();
	await expect(checklist.dialog()).toContainText('blir slettet');
	await checklist.dialog().getByRole('button', { name: 'Avbryt' }).click();
	await expect(tromso).toBeVisible();
	await page.getByRole('button', { name: 'Fjern Tromsø' }).click();
	await checklist.dialog().getByRole('button', { name: 'Fjern Tromsø (5501)' }).click();
	await expect(tromso).toHaveCount(0);
	await expect(checklist.announcement()).toContainText('fjernet');
	expect(await checklist.stored()).not.toContain('@5501');
	expect((JSON.parse((await checklist.stored(KOMMUNER_KEY))!) as StoredKommuner).data.kommuner).toEqual([]);
});

test('reset asks first and clears only its own service', async ({ page }) => {
	const checklist = new ChecklistPage(page);
	await checklist.goto('/verktoykatalogen/sjekkliste/');
	await checklist.step('Behovet er meldt inn via en offentlig helseaktør').check();
	await checklist.goto();
	await checklist.step(CONTACT).check();
	await page.getByRole('button', { name: 'Nullstill sjekklisten for VKP' }).click();
	await checklist.dialog().getByRole('button', { name: 'Nullstill' }).click();
	await expect(checklist.step(CONTACT)).not.toBeChecked();
	const steps = (JSON.parse((await checklist.stored())!) as StoredProgress).data.steps;
	expect(Object.keys(steps)).toEqual(['verktoykatalogen.krav.behov']);
});

test('everything works by keyboard alone', async ({ page }) => {
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	await checklist.step(CONTACT).focus();
	await page.keyboard.press('Space');
	await expect(checklist.step(CONTACT)).toBeChecked();
	// Three stops per step: the checkbox, "Les mer", the status.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: `Les mer om «${CONTACT}»` })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(checklist.status(CONTACT)).toBeFocused();
	const field = page.getByRole('searchbox', { name: 'Legg til kommune' });
	const oslo = page.getByRole('button', { name: /Legg til Oslo \(0301\)/ });
	await field.focus();
	await page.keyboard.type('Oslo');
	await expect(oslo).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await expect(oslo).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(checklist.kommuneRow('Oslo (0301)')).toBeVisible();
	await expect(page.getByRole('searchbox', { name: 'Legg til kommune' })).toBeFocused();
	const remove = page.getByRole('button', { name: 'Fjern Oslo' });
	await remove.focus();
	await page.keyboard.press('Enter');
	await expect(checklist.dialog().getByRole('button', { name: 'Avbryt' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(checklist.dialog()).toBeHidden();
	await expect(remove).toBeFocused();
	await page.keyboard.press('Enter');
	// As at the first opening: the dialog is open, on "Avbryt", before the next key.
	await expect(checklist.dialog().getByRole('button', { name: 'Avbryt' })).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(checklist.dialog().getByRole('button', { name: 'Fjern Oslo (0301)' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(checklist.kommuneRow('Oslo (0301)')).toHaveCount(0);
});

/** Holds the checklist's actions chunk (kommune search, arrow keys) until `release` is called. */
async function holdActions(page: Page): Promise<() => void> {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/actions\.[\w-]+\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

test('a key pressed while the kommune search loads is not lost', async ({ page }) => {
	const release = await holdActions(page);
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	await page.getByRole('searchbox', { name: 'Legg til kommune' }).focus();
	// A fast user on a slow laptop: the name and ArrowDown before the search code has arrived.
	await page.keyboard.type('Oslo');
	await page.keyboard.press('ArrowDown');
	release();
	await expect(page.getByRole('button', { name: /Legg til Oslo \(0301\)/ })).toBeFocused();
});

test('the results typed while the search loads are drawn once, not again under a result already in focus', async ({
	page,
}) => {
	const release = await holdActions(page);
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	await page.getByRole('searchbox', { name: 'Legg til kommune' }).focus();
	await page.keyboard.type('Oslo');
	// As the user's ArrowDown at the first result seen: focus moves there in the first look at the list. Each of the
	// four keys asked for a search; a search drawn in a later task would take the focused button away.
	await page.evaluate(() => {
		const results = document.querySelector('[data-role="kommune-results"]')!;
		const seen = { draws: 0, looks: 0 };
		Object.assign(window, { seen });
		new MutationObserver((records) => {
			seen.draws += records.length;
			if (seen.looks++ === 0) results.querySelector('button')?.focus();
		}).observe(results, { childList: true });
	});
	release();
	await expect.poll(() => page.evaluate(() => (window as unknown as { seen: { draws: number } }).seen.draws)).toBe(4);
	expect(await page.evaluate(() => (window as unknown as { seen: { looks: number } }).seen.looks)).toBe(1);
	await expect(page.getByRole('button', { name: /Legg til Oslo \(0301\)/ })).toBeFocused();
});

test('a dialog opened again before the last one has reported its closing still hears the answer', async ({ page }) => {
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	await checklist.addKommune('Oslo', /Legg til Oslo \(0301\)/);
	const remove = page.getByRole('button', { name: 'Fjern Oslo', exact: true });
	await remove.click();
	const dialog = await checklist.dialog().elementHandle();
	// Escape and a fast Enter on "Fjern Oslo", as a slow laptop may handle them: the browser fires the dialog's
	// `close` event in a task of its own, and the click that opens the dialog again can come before that task.
	await remove.evaluate((button: HTMLElement, closing) => {
		(closing as HTMLDialogElement).close();
		button.click();
	}, dialog);
	await expect(checklist.dialog()).toBeVisible();
	await checklist.dialog().getByRole('button', { name: 'Fjern Oslo (0301)' }).click();
	await expect(checklist.kommuneRow('Oslo (0301)')).toHaveCount(0);
	await expect(checklist.announcement()).toHaveText('Oslo (0301) og fremdriften for kommunen er fjernet.');
});

test('every step links to a section that exists', async ({ page, baseURL }) => {
	const targets = new Set<string>();
	for (const path of ['/vkp/sjekkliste/', '/verktoykatalogen/sjekkliste/']) {
		await page.goto(path);
		for (const href of await page
			.getByRole('link', { name: /^Les mer om/ })
			.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
			targets.add(href);
		}
	}
	expect(targets.size).toBeGreaterThan(10);
	// Each target page as served, and the section the link names in it (broken-links.ts).
	expect(await linkProblems(page.request, targets, new URL(page.url()).origin, baseURL)).toEqual([]);
});

test('the print view shows steps, statuses, kommuner and dates, without controls', async ({ page }) => {
	const checklist = new ChecklistPage(page);
	await tickSomething(checklist);
	await page.getByRole('region', { name: 'Bodø (1804)' }).getByText('Stegene for Bodø').click();
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Last ned fremdrift' })).toBeHidden();
	await expect(checklist.step(KEY_PAIR, checklist.kommuneRow('Bodø (1804)'))).toBeVisible();
	await expect(checklist.status(CONTACT)).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Bodø (1804)' })).toBeVisible();
	const contact = page.getByRole('listitem').filter({ has: checklist.step(CONTACT) });
	await expect(contact).toContainText('Fullført');
	await expect(contact.getByText(/^Fullført \d\d\.\d\d\.\d{4}\.$/)).toBeVisible();
});

// --- accessibility in every state ----------------------------------------------------------------------------------

/**
 * Every look at the page as it stands (site.ts lookProblems), named by its state. Overview pages are checked whole;
 * on a guide phase page only the checklist is: the rest of the page is the guide's, checked by pages.spec.ts.
 */
async function expectNoViolationsAnyLook(page: Page, state: string) {
	const include = new URL(page.url()).pathname.endsWith('/sjekkliste/') ? undefined : 'veiviser-checklist';
	expect(await lookProblems(page, include), state).toEqual([]);
}

test.describe('accessibility in light and dark theme, desktop and mobile', () => {
	// Four axe runs per state, on long pages: a few seconds each on two cores.
	test.describe.configure({ timeout: 120_000 });

	// Every page with its islands filled is checked by pages.spec.ts, which walks every page of the sitemap.
	test('storage problems shown have no WCAG 2.1 A/AA violations', async ({ page }) => {
		const checklist = new ChecklistPage(page);
		await page.addInitScript((key) => localStorage.setItem(key, 'not json'), PROGRESS_KEY);
		await checklist.goto();
		await expect(page.getByRole('alert').filter({ hasText: 'kan ikke leses' })).toBeVisible();
		await expectNoViolationsAnyLook(page, 'unreadable storage shown');
	});

	test('storage turned off has no WCAG 2.1 A/AA violations', async ({ page }) => {
		await disableStorage(page);
		const checklist = new ChecklistPage(page);
		await checklist.goto('/verktoykatalogen/sjekkliste/');
		await expect(page.getByRole('alert').filter({ hasText: 'kan ikke lagres' })).toBeVisible();
		await expectNoViolationsAnyLook(page, 'storage off shown');
	});

	test('ticks, kommune rows, search results and the dialog have no WCAG 2.1 A/AA violations', async ({ page }) => {
		const checklist = new ChecklistPage(page);
		await tickSomething(checklist);
		await checklist.addKommune('oslo', /Legg til Oslo \(0301\)/);
		await page.getByRole('searchbox', { name: 'Legg til kommune' }).fill('ber');
		await expect(page.getByRole('button', { name: /Legg til Bergen/ })).toBeVisible();
		await expectNoViolationsAnyLook(page, 'ticked, kommune rows, search results');
		await showAs(page, 'light', DESKTOP);
		await page.getByRole('button', { name: 'Fjern Oslo' }).click();
		await expect(checklist.dialog()).toBeVisible();
		await expectNoViolationsAnyLook(page, 'dialog open');
		// A phase page with kommune cards, with and without a thumbprint: pages.spec.ts, on /vkp/helseid-produksjon/
		// with three kommuner stored (filled-state.ts), in the same four looks.
	});
});

test('«Vi er allerede godkjent» marks the three approval steps «Ikke aktuelt» in one action, and nothing else', async ({
	page,
}) => {
	const checklist = new ChecklistPage(page);
	await checklist.goto('/vkp/tredjepartsleverandor/');
	const approval = [
		'Søk om å bli godkjent som tredjepartsleverandør i helsenettet: send e-post til kundesenter@nhn.no',
		'NHN har vurdert og godkjent miljøet tjenestene produseres i og leveres fra (teknisk og sikkerhetsmessig)',
		'Egen avtale med NHN er inngått (forplikter til Norm for informasjonssikkerhet)',
	];
	for (const name of approval) await expect(checklist.status(name)).toHaveValue('ikke-startet');
	await page.getByRole('button', { name: 'Vi er allerede godkjent som tredjepartsleverandør' }).click();
	for (const name of approval) await expect(checklist.status(name)).toHaveValue('ikke-aktuelt');
	const steps = (JSON.parse((await checklist.stored())!) as StoredProgress).data.steps;
	expect(Object.fromEntries(Object.entries(steps).map(([id, step]) => [id, step.status]))).toEqual({
		'vkp.tredjepart.soknad': 'ikke-aktuelt',
		'vkp.tredjepart.vurdering': 'ikke-aktuelt',
		'vkp.tredjepart.avtale': 'ikke-aktuelt',
	});
});
