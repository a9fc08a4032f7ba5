import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { loadDrafts, lookProblems, watchPage } from './site';

const PATH = '/verktoy/e-post/';

/** The mail page as a user sees it: the profile form and the drafts, found by role and accessible name. */
class MailPage {
	constructor(readonly page: Page) {}
	async open() {
		await this.page.goto(PATH);
		await expect(this.field('Virksomhet')).toBeEditable();
	}
	/** Scrolls to the drafts, whose code loads when they come near the screen, and waits until it has. */
	async showDrafts() {
		await loadDrafts(this.page);
	}
	field(label: string): Locator {
		return this.page.getByRole('textbox', { name: label, exact: true });
	}
	draft(title: string): Locator {
		return this.page.getByRole('region', { name: `E-postutkast: ${title}` });
	}
	async fillProfile() {
		await this.field('Virksomhet').fill('Trygg Hjemme AS');
		await this.field('Organisasjonsnummer').fill('994598759');
		await this.field('Kontaktperson').fill('Kari Nordmann');
		await this.field('E-post').fill('kari@trygghjemme.example');
		await this.field('Telefon').fill('99 88 77 66');
		await this.field('Produkt eller system').fill('TryggAlarm Blå');
	}
}

function decodeMailto(href: string) {
	const url = new URL(href);
	const fields = Object.fromEntries(
		url.search
			.slice(1)
			.split('&')
			.map((pair) => pair.split('=') as [string, string])
			.map(([name, value]) => [name, decodeURIComponent(value)]),
	);
	return { to: decodeURIComponent(url.pathname), subject: fields['subject'], body: fields['body'] };
}

test.describe('mail drafts', () => {
	test('the profile survives a reload and the preview follows every keystroke', async ({ page }) => {
		const mail = new MailPage(page);
		await mail.open();
		await mail.showDrafts();
		await mail.fillProfile();
		const approval = mail.draft('Godkjenning som tredjepartsleverandør');
		await expect(approval.getByText(/Organisasjonsnummer: 994598759/)).toBeVisible();
		await mail.field('Virksomhet').press('End');
		await mail.field('Virksomhet').pressSequentially(' Nord');
		await expect(approval.getByText('Leverandør: Trygg Hjemme AS Nord')).toBeVisible();
		await page.reload();
		await expect(mail.field('Virksomhet')).toHaveValue('Trygg Hjemme AS Nord');
		await expect(mail.field('Produkt eller system')).toHaveValue('TryggAlarm Blå');
		await mail.showDrafts();
		await expect(approval.getByText('Leverandør: Trygg Hjemme AS Nord')).toBeVisible();
	});

	test('marks missing fields and checks the organisasjonsnummer', async ({ page }) => {
		const mail = new MailPage(page);
		await mail.open();
		await mail.showDrafts();
		const approval = mail.draft('Godkjenning som tredjepartsleverandør');
		await expect(approval.getByText(/^Mangler: virksomhet, organisasjonsnummer/)).toBeVisible();
		await mail.field('Organisasjonsnummer').fill('994598758');
		await mail.field('Organisasjonsnummer').blur();
		await expect(page.getByText(/kontrollsifferet stemmer ikke/).first()).toBeVisible();
		await expect(mail.field('Organisasjonsnummer')).toHaveAttribute('aria-invalid', 'true');
		// Not silently used: the draft shows it as invalid.
		await expect(approval.getByText('Organisasjonsnummer: [ugyldig organisasjonsnummer: 994598758]')).toBeVisible();
		await mail.field('Organisasjonsnummer').fill('994598759');
		await expect(mail.field('Organisasjonsnummer')).not.toHaveAttribute('aria-invalid', 'true');
		await expect(approval.getByText('Organisasjonsnummer: 994598759')).toBeVisible();
	});

	test('the mail link decodes to the draft, with æøå and the exact approval sentence', async ({ page }) => {
		const mail = new MailPage(page);
		await mail.open();
		await mail.fillProfile();
		await mail.showDrafts();
		const link = mail
			.draft('Godkjenning som tredjepartsleverandør')
			.getByRole('link', { name: /Åpne i e-postprogrammet/ });
		const href = (await link.getAttribute('href'))!;
		expect(href).not.toContain('+');
		const { to, subject, body } = decodeMailto(href);
		expect(to).toBe('kundesenter@nhn.no');
		expect(subject).toBe('Godkjenning som tredjepartsleverandør i helsenettet – Trygg Hjemme AS');
		expect(body).toContain(
			'Vi ønsker å bli godkjente som tredjepartsleverandør i helsenettet slik at vi kan integreres med Velferdsteknologisk knutepunkt.',
		);
		expect(body).toContain('System: TryggAlarm Blå\r\n');
	});

	test('copy buttons put the right text on the clipboard', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const mail = new MailPage(page);
		await mail.open();
		await mail.fillProfile();
		await mail.showDrafts();
		const draft = mail.draft('Første kontakt med VKP');
		await draft.getByRole('button', { name: 'Kopier emne' }).click();
		await expect(draft.getByRole('status')).toHaveText('Emnet er kopiert.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			'Ønske om integrasjon med VKP – TryggAlarm Blå',
		);
		await draft.getByRole('button', { name: 'Kopier mottaker' }).click();
		// Copying is done when the status says so (the check before copying loads on first use).
		await expect(draft.getByRole('status')).toHaveText('Mottakeren er kopiert.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('VKP@nhn.no');
		await draft.getByRole('button', { name: 'Kopier alt' }).click();
		// No kommune is chosen: the body lacks that one field, so copying it asks first.
		await expect(page.getByRole('dialog')).toContainText('Utkastet mangler ett felt');
		await page.getByRole('dialog').getByRole('button', { name: 'Kopier likevel' }).click();
		await expect(draft.getByRole('status')).toHaveText('Hele utkastet er kopiert.');
		const all = await page.evaluate(() => navigator.clipboard.readText());
		expect(all.startsWith('Til: VKP@nhn.no\nEmne: Ønske om integrasjon med VKP – TryggAlarm Blå\n\nHei,')).toBe(true);
	});

	test('a draft too long for a mail link hides the link and offers copy and download', async ({ page }) => {
		const mail = new MailPage(page);
		await mail.open();
		await mail.fillProfile();
		await mail.showDrafts();
		const draft = mail.draft('Bestilling av HelseID-klient for produksjon');
		await expect(draft.getByRole('link', { name: /Åpne i e-postprogrammet/ })).toBeVisible();
		await mail
			.field('Scope')
			.fill(Array.from({ length: 40 }, (_, i) => `nhn:vkp/api/user/ressurs${i}.read`).join('\n'));
		await expect(draft.getByRole('link', { name: /Åpne i e-postprogrammet/ })).toBeHidden();
		// Not left behind as plain text either, once the link has lost its href.
		await expect(draft.getByText(/Åpne i e-postprogrammet/)).toBeHidden();
		await expect(draft.getByText(/for langt til å åpnes trygt som lenke/)).toBeVisible();
		await expect(draft.getByRole('button', { name: 'Kopier alt' })).toBeVisible();
		await expect(draft.getByRole('button', { name: 'Last ned som .eml-fil' })).toBeVisible();
	});

	test('downloads an .eml draft with the text', async ({ page }) => {
		const mail = new MailPage(page);
		await mail.open();
		await mail.fillProfile();
		await mail.showDrafts();
		const draft = mail.draft('Meld feil eller endringsbehov til kundesenteret');
		await expect(draft.getByText(/24 20 00 00/)).toBeVisible();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			draft.getByRole('button', { name: 'Last ned som .eml-fil' }).click(),
		]);
		expect(download.suggestedFilename()).toBe('feilmelding.eml');
		const eml = readFileSync(await download.path(), 'utf8');
		expect(eml).toContain('To: kundesenter@nhn.no\r\n');
		expect(eml).toContain('From: kari@trygghjemme.example\r\n');
		expect(eml).toContain('X-Unsent: 1\r\n');
		expect(eml).toMatch(/\r\n\r\nHei,\r\n/);
	});

	test('works by keyboard alone', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const mail = new MailPage(page);
		await mail.open();
		await mail.showDrafts();
		await mail.field('Virksomhet').focus();
		await page.keyboard.type('Tastatur AS');
		// Tab through the form to the first draft's copy buttons, then use one with Enter.
		const copy = mail.draft('Første kontakt med VKP').getByRole('button', { name: 'Kopier tekst' });
		for (let i = 0; i < 60 && !(await copy.evaluate((el) => el === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		await expect(copy).toBeFocused();
		await page.keyboard.press('Enter');
		// The draft lacks fields: the question opens on «Avbryt»; Shift+Tab reaches «Kopier likevel».
		await expect(page.getByRole('dialog').getByRole('button', { name: 'Avbryt' })).toBeFocused();
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Enter');
		await expect(mail.draft('Første kontakt med VKP').getByRole('status')).toHaveText('Teksten er kopiert.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Vi i Tastatur AS');
	});

	test('sends nothing anywhere while the user types', async ({ page, baseURL }) => {
		const problems = watchPage(page, new URL(baseURL!).origin);
		const requests: string[] = [];
		const seen: string[] = [];
		const mail = new MailPage(page);
		await mail.open();
		page.on('request', (request) => {
			seen.push(`${request.url()} ${request.postData() ?? ''}`);
			const url = new URL(request.url());
			// The site's own files (code loaded on first use, the favicon the browser asks for whenever it likes)
			// carry nothing the user typed: a GET of a static path, no query, no body.
			const ownFile =
				url.origin === new URL(baseURL!).origin &&
				request.method() === 'GET' &&
				/^[\w./-]+$/.test(url.pathname) &&
				!url.search &&
				!request.postData();
			if (url.protocol !== 'blob:' && !ownFile) requests.push(request.url());
		});
		await mail.fillProfile();
		await mail.showDrafts();
		await mail.draft('Første kontakt med VKP').getByRole('button', { name: 'Last ned som .eml-fil' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Last ned likevel' }).click();
		await expect(mail.draft('Første kontakt med VKP').getByRole('status')).toContainText('.eml');
		expect(requests).toEqual([]);
		for (const typed of ['Trygg', 'Nordmann', '994598759', 'trygghjemme', 'TryggAlarm'])
			expect(seen.filter((line) => line.includes(typed))).toEqual([]);
		expect(problems).toEqual([]);
	});

	test('keeps an unreadable stored profile, offers it for download, and discards it only when asked', async ({
		page,
	}) => {
		const raw = '{"v":1,"data":{"company":42}} rot';
		await page.addInitScript((text) => {
			// Seed once: after the user's choice the page must show what the store wrote, not the seed again.
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem('veiviser:profile:v1', text);
				sessionStorage.setItem('seeded', '1');
			}
		}, raw);
		const stored = () => page.evaluate(() => localStorage.getItem('veiviser:profile:v1'));
		const mail = new MailPage(page);
		await mail.open();
		await expect(page.getByText('Profilen som er lagret i denne nettleseren, kan ikke leses.')).toBeVisible();
		await mail.field('Virksomhet').fill('Skal ikke lagres AS');
		await page.reload();
		expect(await stored()).toBe(raw);

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Last ned den lagrede profilen' }).click();
		expect(readFileSync(await (await download).path(), 'utf8')).toBe(raw);

		// The site's own confirmation dialog (not the browser's confirm()): cancelling keeps the stored text.
		const question = page.getByRole('dialog', { name: 'Slette den uleselige profilen og starte med en tom?' });
		await page.getByRole('button', { name: 'Start med tom profil' }).click();
		await expect(question.getByRole('button', { name: 'Avbryt' })).toBeFocused();
		await question.getByRole('button', { name: 'Avbryt' }).click();
		await expect(question).toBeHidden();
		await expect(page.getByText('Profilen som er lagret i denne nettleseren, kan ikke leses.')).toBeVisible();
		expect(await stored()).toBe(raw);

		await page.getByRole('button', { name: 'Start med tom profil' }).click();
		await question.getByRole('button', { name: 'Slett og start med tom profil' }).click();
		await expect(page.getByText('Profilen som er lagret i denne nettleseren, kan ikke leses.')).toBeHidden();
		await expect(page.getByText('Du har startet med en tom profil.')).toBeVisible();
		await mail.field('Virksomhet').fill('Ny start AS');
		await expect.poll(stored).toContain('Ny start AS');
	});

	test('has no WCAG 2.1 A/AA violations with a filled profile and an error shown, light and dark, desktop and mobile', async ({
		page,
	}) => {
		test.slow(); // four axe runs over nine drafts
		const mail = new MailPage(page);
		await mail.open();
		await mail.fillProfile();
		await mail.field('E-post').fill('ikke-en-adresse');
		await mail.field('E-post').blur();
		await expect(page.getByText(/E-postadressen mangler @/).first()).toBeVisible();
		// A draft's box for what is missing, open, is part of what is checked.
		await mail.showDrafts();
		await mail.draft('Første kontakt med VKP').getByText('Fyll inn det som mangler').click();
		expect(await lookProblems(page)).toEqual([]);
	});
});
