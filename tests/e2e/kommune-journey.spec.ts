/**
 * Issue 21 section 3, as a new user with three kommuner meets it: the field to add a kommune where the text
 * explains it, each card's link to its own order draft, a draft with missing fields that asks before it leaves the
 * page, the key check's save of a new key with its expiry date and a confirmation that links back to the card, and
 * storage that refuses to save.
 */
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { spkiPem } from '~test/helpers/key-fixtures';
import { ChecklistPage, KOMMUNER_KEY, PROGRESS_KEY } from './checklist-page';
import { lookProblems } from './site';

const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
const OLD_THUMBPRINT = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';

/** RFC 7638 §3.1, computed by Node from its own JWK export. */
function thumbprintOf(key: KeyObject): string {
	const { e, n } = key.export({ format: 'jwk' });
	return createHash('sha256').update(`{"e":"${e}","kty":"RSA","n":"${n}"}`).digest('base64url');
}

/** A date `days` from today where the browser is (the same machine and time zone as this test). */
function dayFromNow(days: number): string {
	const date = new Date();
	date.setDate(date.getDate() + days);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const stored = (data: unknown) => JSON.stringify({ v: 1, data });
const THREE = stored({
	kommuner: [
		{ nummer: '4627', navn: 'Askøy', thumbprint: OLD_THUMBPRINT, keyExpires: dayFromNow(3) },
		{ nummer: '1804', navn: 'Bodø' },
		{ nummer: '0301', navn: 'Oslo' },
	],
});

/** Stores `items` once, before the first page of the test loads; later loads show what the islands wrote. */
async function seed(page: Page, items: Record<string, string>): Promise<void> {
	await page.addInitScript((entries) => {
		if (sessionStorage.getItem('seeded')) return;
		for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
		sessionStorage.setItem('seeded', '1');
	}, items);
}

test('«Legg til kommunene dine»: the field to add a kommune is where the text explains it', async ({ page }) => {
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	const heading = page.getByRole('heading', { name: 'Legg til kommunene dine' });
	const text = page.getByText('Legg til hver kommune her.');
	const field = page.getByRole('searchbox', { name: 'Legg til kommune' });
	await expect(text).toBeVisible();
	const [top, below] = [await heading.boundingBox(), await field.boundingBox()];
	// Heading, text, hint and field in one screen, in that order.
	expect(below!.y - top!.y).toBeGreaterThan(0);
	expect(below!.y - top!.y).toBeLessThan(400);
});

test('three kommuner: each card links its own order draft, which opens at that kommune', async ({ page }) => {
	await seed(page, { [KOMMUNER_KEY]: THREE });
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	const bodo = checklist.kommuneRow('Bodø (1804)');
	const link = bodo.getByRole('link', { name: 'E-postutkast: bestilling av HelseID-klient for Bodø' });
	// By keyboard: focus the link and follow it with Enter.
	await link.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/vkp\/helseid-produksjon\/\?kommune=1804$/);
	const order = page.getByRole('region', {
		name: 'E-postutkast: Bestilling av HelseID-klient for produksjon: Bodø (1804)',
	});
	const title = order.getByRole('heading', { name: /Bodø \(1804\)/ });
	await expect(title).toBeFocused();
	await expect(title).toBeInViewport();
	await expect(order.locator('pre')).toContainText('Kommune: Bodø\nKommunenummer: 1804\n');
});

test('a draft with missing fields asks before copying or marking sent; cancel changes nothing', async ({
	page,
	context,
}) => {
	test.slow();
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await seed(page, { [KOMMUNER_KEY]: THREE });
	await page.goto('/vkp/helseid-produksjon/?kommune=1804');
	const order = page.getByRole('region', { name: /produksjon: Bodø \(1804\)$/ });
	await expect(order.getByRole('heading', { name: /Bodø \(1804\)/ })).toBeFocused();
	await page.evaluate(() => navigator.clipboard.writeText('før'));

	await order.getByRole('button', { name: 'Kopier tekst' }).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByRole('heading', { name: /^Utkastet mangler \d+ felt$/ })).toBeVisible();
	await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
	expect(await lookProblems(page)).toEqual([]);
	await dialog.getByRole('button', { name: 'Avbryt' }).click();
	await expect(order.getByRole('status')).toHaveText(
		'Ingenting er kopiert. Fyll inn det som mangler, og kopier igjen.',
	);
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('før');

	await order.getByRole('button', { name: 'Kopier tekst' }).click();
	await dialog.getByRole('button', { name: 'Kopier likevel' }).click();
	await expect(order.getByRole('status')).toHaveText('Teksten er kopiert.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('[mangler: ');

	// Marking sent names the steps not done for Bodø; cancelling leaves the step as it was.
	const mark = order.getByRole('button', { name: 'Merk bestillingen som sendt for Bodø' });
	await mark.click();
	await expect(dialog.getByRole('heading', { name: 'Merke bestillingen for Bodø som sendt?' })).toBeVisible();
	await expect(dialog.getByRole('listitem')).toContainText([/RSA-nøkkelpar/]);
	await page.keyboard.press('Escape');
	await expect(order.getByRole('status')).toHaveText('Bestillingen er ikke merket som sendt.');
	await expect(mark).toBeFocused();
	expect((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? '').not.toContain('@1804');

	// By keyboard: Enter opens the question, Shift+Tab reaches the confirm button, Enter marks it.
	await page.keyboard.press('Enter');
	await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(dialog.getByRole('button', { name: 'Merk som sendt likevel' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(order.getByRole('status')).toHaveText('Bestillingen for Bodø er merket som sendt i sjekklisten.');
	expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toContain(
		'vkp.kommune.bestilling@1804',
	);
});

test('the key check saves the new key with its expiry; the confirmation links back to the card, which shows it', async ({
	page,
}) => {
	test.slow();
	await seed(page, { [KOMMUNER_KEY]: THREE });
	await page.goto('/verktoy/nokkelsjekk/');
	await page.getByRole('textbox', { name: 'Offentlig nøkkel' }).fill(spkiPem(pair.publicKey));
	await page.getByRole('combobox', { name: /Bruk dette tommelavtrykket for kommune/ }).selectOption('4627');
	await expect(page.getByText('Askøy har et annet tommelavtrykk. Lagrer du, erstatter dette det gamle')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Les om å bytte nøkkel uten stans' })).toHaveAttribute(
		'href',
		/\/vkp\/bytt-nokkel\/$/,
	);
	const expires = page.getByLabel('Nøkkelen utløper', { exact: true });
	const created = page.getByLabel('Nøkkelen ble laget', { exact: true });
	const save = page.getByRole('button', { name: /Lagre tommelavtrykket/ });

	// The card's checks: a key cannot expire before it was made. Nothing is saved.
	await created.fill(dayFromNow(-1));
	await expires.fill(dayFromNow(-2));
	await save.click();
	await expect(expires).toHaveAttribute('aria-invalid', 'true');
	await expect(expires).toBeFocused();
	await expect(page.getByText('Nøkkelen kan ikke utløpe før den ble laget. Sjekk begge datoene.')).toBeVisible();
	expect(await page.evaluate((key) => localStorage.getItem(key), KOMMUNER_KEY)).toContain(OLD_THUMBPRINT);

	await expires.fill(dayFromNow(20));
	await save.focus();
	await page.keyboard.press('Enter');
	const confirmation = page
		.getByRole('status')
		.filter({ hasText: 'Tommelavtrykket og datoen nøkkelen utløper er lagret for Askøy' });
	await expect(confirmation).toBeFocused();
	await expect(confirmation).toBeInViewport();
	const kommuner = await page.evaluate((key) => localStorage.getItem(key), KOMMUNER_KEY);
	expect(kommuner).toContain(thumbprintOf(pair.publicKey));
	expect(kommuner).toContain(`"keyExpires":"${dayFromNow(20)}"`);
	expect(kommuner).not.toContain(OLD_THUMBPRINT);
	await expect(confirmation.getByRole('link', { name: 'Gå til bestillingen for Askøy' })).toHaveAttribute(
		'href',
		/\/vkp\/helseid-produksjon\/\?kommune=4627$/,
	);
	expect(await lookProblems(page)).toEqual([]);

	await confirmation.getByRole('link', { name: 'Se Askøy i sjekklisten' }).click();
	await expect(page).toHaveURL(/\/vkp\/sjekkliste\/#sjekkliste-vkp-kort-4627$/);
	const card = new ChecklistPage(page).kommuneRow('Askøy (4627)');
	await expect(card.getByRole('heading', { name: 'Askøy (4627)' })).toBeFocused();
	await expect(card).toContainText('Utløper om 20 dager');
	await expect(card).toContainText(thumbprintOf(pair.publicKey));
});

test('storage that refuses to save: the island says nothing was saved, and what was stored survives', async ({
	page,
}) => {
	// Every write of the site's data throws, as a full localStorage does; the probe and the test's own seeding pass.
	await page.addInitScript(() => {
		const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')!.value as (
			this: Storage,
			key: string,
			value: string,
		) => void;
		Storage.prototype.setItem = function (key: string, value: string) {
			const own = key.startsWith('veiviser:') && key !== 'veiviser:probe';
			if (own && !sessionStorage.getItem('seeding')) throw new DOMException('Full', 'QuotaExceededError');
			setItem.call(this, key, value);
		};
	});
	await page.goto('/verktoy/nokkelsjekk/');
	await page.evaluate(
		([key, value]) => {
			sessionStorage.setItem('seeding', '1');
			localStorage.setItem(key!, value!);
			sessionStorage.removeItem('seeding');
		},
		[KOMMUNER_KEY, THREE],
	);
	await page.reload();
	await page.getByRole('textbox', { name: 'Offentlig nøkkel' }).fill(spkiPem(pair.publicKey));
	await page.getByRole('combobox', { name: /Bruk dette tommelavtrykket for kommune/ }).selectOption('4627');
	await page.getByLabel('Nøkkelen utløper', { exact: true }).fill(dayFromNow(30));
	await page.getByRole('button', { name: /Lagre tommelavtrykket/ }).click();
	const message = page
		.getByRole('status')
		.filter({ hasText: 'Ingenting er lagret: nettleseren tok ikke imot endringen.' });
	await expect(message).toBeFocused();
	await expect(message).toContainText('Det som var lagret fra før, er ikke endret.');
	expect(await page.evaluate((key) => localStorage.getItem(key), KOMMUNER_KEY)).toBe(THREE);

	// The checklist says it too, and its stored list stays as it was.
	const checklist = new ChecklistPage(page);
	await checklist.goto();
	const card = await checklist.openKommune('Oslo (0301)');
	await checklist.step(/RSA-nøkkelpar/, card).check();
	await expect(page.getByRole('alert')).toContainText('Den siste endringen ble ikke lagret i nettleseren');
	expect(await checklist.stored(KOMMUNER_KEY)).toBe(THREE);
	expect(await checklist.stored()).toBeNull();
});
