import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, useTheme, watchPage } from './site';

const PAGE = '/verktoy/e-post/';

function draft(page: Page, title: string) {
	return page.getByRole('region', { name: `E-postutkast: ${title}` });
}

async function fillProfile(page: Page) {
	await page.getByLabel('Firmanavn').fill('Åsgård Omsorgsteknologi AS');
	await page.getByLabel('Organisasjonsnummer').fill('994 598 759');
	await page.getByLabel('Kontaktperson').fill('Kari Nordmann');
	await page.getByLabel('E-post', { exact: false }).first().fill('kari@asgard.example');
	await page.getByLabel('Produkt eller system').fill('TrygghetsPluss');
	await page.getByLabel('Scopes for HelseID-klientene').fill('nhn:vkp/api/user/patient.read');
}

/** Decodes a mailto: href the way a mail program does (RFC 6068). */
function decodeMailto(href: string) {
	const url = new URL(href);
	const params = Object.fromEntries(
		url.search
			.slice(1)
			.split('&')
			.map((pair) => {
				const [name, value = ''] = pair.split('=');
				return [name!, decodeURIComponent(value)];
			}),
	);
	return { to: decodeURIComponent(url.pathname), ...params } as { to: string; subject?: string; body?: string };
}

test('the profile is kept across a reload and fills the drafts live, with a decodable mailto link', async ({ page, baseURL }) => {
	const problems = watchPage(page, new URL(baseURL!).origin);
	await page.goto(PAGE);
	const first = draft(page, 'Første kontakt med VKP');
	await expect(first.getByText('Mangler i profilen:')).toBeVisible();
	await fillProfile(page);
	await page.getByLabel('Organisasjonsnummer').fill('994 598 758');
	await expect(page.getByLabel('Organisasjonsnummer')).toHaveAccessibleDescription(/kontrollsifferet stemmer ikke/);
	await page.getByLabel('Organisasjonsnummer').fill('994 598 759');
	await expect(page.getByLabel('Organisasjonsnummer')).not.toHaveAttribute('aria-invalid', 'true');
	await page.getByLabel('Legg til kommune').fill('Bodø');
	await page.getByRole('button', { name: 'Legg til kommune' }).click();
	await expect(page.getByRole('listitem').filter({ hasText: 'Bodø (1804)' })).toBeVisible();

	await expect(first.getByText('ønsker å integrere TrygghetsPluss med Velferdsteknologisk knutepunkt')).toBeVisible();
	await expect(first.getByText('Mangler i profilen:')).toBeHidden();

	// typing updates the preview
	await page.getByLabel('Produkt eller system').fill('TrygghetsPluss Pro');
	await expect(first.getByText('Ønske om integrasjon med VKP: TrygghetsPluss Pro')).toBeVisible();

	const link = first.getByRole('link', { name: /Åpne i e-post.*e-postprogrammet/ });
	const mail = decodeMailto((await link.getAttribute('href'))!);
	expect(mail.to).toBe('VKP@nhn.no');
	expect(mail.subject).toBe('Ønske om integrasjon med VKP: TrygghetsPluss Pro');
	expect(mail.body).toContain('Vi i Åsgård Omsorgsteknologi AS (organisasjonsnummer 994 598 759) ønsker å integrere');
	expect(mail.body).toContain('\r\n- Bodø (kommunenummer 1804)\r\n');

	await page.reload();
	await expect(page.getByLabel('Firmanavn')).toHaveValue('Åsgård Omsorgsteknologi AS');
	await expect(page.getByLabel('Scopes for HelseID-klientene')).toHaveValue('nhn:vkp/api/user/patient.read');
	await expect(draft(page, 'Godkjenning som tredjepartsleverandør').getByText(
		'Vi ønsker å bli godkjente som tredjepartsleverandør i helsenettet slik at vi kan integreres med Velferdsteknologisk knutepunkt.',
	)).toBeVisible();
	expect(problems).toEqual([]);
});

test('copy buttons put the right text on the clipboard, and .eml downloads the draft', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(PAGE);
	await fillProfile(page);
	const approval = draft(page, 'Godkjenning som tredjepartsleverandør');
	await approval.getByRole('button', { name: 'Kopier emne' }).click();
	await expect(approval.getByRole('status')).toHaveText('Kopiert: emnet.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		'Godkjenning som tredjepartsleverandør i helsenettet: Åsgård Omsorgsteknologi AS',
	);
	await approval.getByRole('button', { name: 'Kopier mottaker' }).click();
	await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('kundesenter@nhn.no');

	const downloadPromise = page.waitForEvent('download');
	await approval.getByRole('button', { name: 'Last ned som .eml-fil' }).click();
	const download = await downloadPromise;
	expect(download.suggestedFilename()).toBe('Godkjenning som tredjepartsleverandør.eml');
	const eml = await readFile((await download.path())!, 'utf8');
	const [head, body] = [eml.slice(0, eml.indexOf('\r\n\r\n')), eml.slice(eml.indexOf('\r\n\r\n') + 4)];
	expect(head).toContain('X-Unsent: 1\r\n');
	expect(head).toContain('To: kundesenter@nhn.no\r\n');
	expect(head).toContain('From: kari@asgard.example\r\n');
	expect(head).toContain('Content-Type: text/plain; charset=UTF-8');
	expect(body).toContain(
		'\r\nVi ønsker å bli godkjente som tredjepartsleverandør i helsenettet slik at vi kan integreres med Velferdsteknologisk knutepunkt.\r\n',
	);
});

test('a draft too long for a link offers copy and download instead', async ({ page }) => {
	await page.addInitScript(() => {
		const kommuner = ['0301', '1103', '4601', '5001', '1804', '5501', '3201', '3301', '4204', '1506', '3403', '3907', '3105', '4203', '1108', '3901', '4001', '3103', '3407', '1505', '5503', '4602', '3203', '3205', '3207', '3209', '3212', '3214', '3216', '3218'];
		localStorage.setItem(
			'veiviser:kommuner:v1',
			JSON.stringify({ v: 1, data: { kommuner: kommuner.map((nummer) => ({ nummer, navn: `Kommune ${nummer}` })) } }),
		);
	});
	await page.goto(PAGE);
	const order = draft(page, 'Bestilling av HelseID-klienter for produksjon');
	await expect(order.getByText('Utkastet er for langt til å åpnes som lenke.')).toBeVisible();
	await expect(order.getByRole('link', { name: /Åpne i e-post/ })).toBeHidden();
	await expect(order.getByRole('button', { name: 'Kopier alt' })).toBeVisible();
	await expect(order.getByRole('button', { name: 'Last ned som .eml-fil' })).toBeVisible();
	// a short draft on the same page keeps its link
	await expect(draft(page, 'Godkjenning som tredjepartsleverandør').getByRole('link', { name: /Åpne i e-post/ })).toBeVisible();
});

test('the profile and a copy button work with the keyboard only', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(PAGE);
	await page.getByLabel('Firmanavn').focus();
	await page.keyboard.type('Tastatur AS');
	await page.keyboard.press('Tab');
	await page.keyboard.type('994598759');
	const approval = draft(page, 'Godkjenning som tredjepartsleverandør');
	await approval.getByRole('button', { name: 'Kopier mottaker' }).focus();
	await page.keyboard.press('Tab');
	await expect(approval.getByRole('button', { name: 'Kopier emne' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(approval.getByRole('status')).toHaveText('Kopiert: emnet.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		'Godkjenning som tredjepartsleverandør i helsenettet: Tastatur AS',
	);
});

test('an unreadable stored profile is kept, explained, and only discarded when the user says so', async ({ page }) => {
	await page.addInitScript(() => {
		if (!sessionStorage.getItem('seeded')) {
			localStorage.setItem('veiviser:profile:v1', '{"v":1,"data":{"company":42}} noe rot');
			sessionStorage.setItem('seeded', '1');
		}
	});
	await page.goto(PAGE);
	await expect(page.getByText('Den lagrede profilen kunne ikke leses.')).toBeVisible();
	await expect(page.getByLabel('Firmanavn')).toBeDisabled();
	expect(await page.evaluate(() => localStorage.getItem('veiviser:profile:v1'))).toBe('{"v":1,"data":{"company":42}} noe rot');
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('button', { name: 'Slett den lagrede profilen og start på nytt' }).click();
	await expect(page.getByLabel('Firmanavn')).toBeEnabled();
	await page.getByLabel('Firmanavn').fill('Ny start AS');
	await expect.poll(() => page.evaluate(() => localStorage.getItem('veiviser:profile:v1'))).toContain('Ny start AS');
});

// a11y.spec.ts checks this page empty in every theme and width; here the filled profile with errors showing, in
// light theme at desktop width and in dark theme at 390px, to keep the spec fast.
for (const [theme, width] of [['light', 1280], ['dark', 390]] as const) {
	test(`no WCAG 2.1 A/AA violations with a filled profile and errors shown (${theme}, ${width}px)`, async ({ page }) => {
		// axe over a page with nine drafts takes several seconds on a loaded machine
		test.setTimeout(90_000);
		await useTheme(page, theme);
		await page.setViewportSize({ width, height: 844 });
		await page.goto(PAGE);
		await fillProfile(page);
		await page.getByLabel('E-post', { exact: false }).first().fill('ikke-en-adresse');
		await expect(page.getByText('Feil: E-postadressen ser ikke riktig ut.')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
	});
}
