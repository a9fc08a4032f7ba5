import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { at } from './site';

/*
 * Each role's way through the guides, as a reader takes it: from the start page by visible links only, every page
 * naming the next step for that role in its "Neste steg" section, to the role's last step. At the root only: that
 * every link on every page carries the base under a sub-path is checked on the HTML by subpath.spec.ts.
 */

interface Stop {
	/** Where the reader is: the page's path and its h1. */
	path: string;
	title: string;
	/** The link in "Neste steg" this role follows; `role` picks the role's line on a page for several roles. */
	next: { link: RegExp; role?: string };
}

interface Journey {
	role: string;
	/** The link on the start page that sends this role on its way. */
	start: RegExp;
	stops: Stop[];
	/** Where the last "Neste steg" link leads: the end of the role's path. */
	end: { path: string; heading: string };
}

const journeys: Journey[] = [
	{
		role: 'VKP-leverandør',
		start: /Veiledning for leverandører av velferdsteknologi/,
		stops: [
			{ path: '/vkp/', title: 'Oversikt over VKP-integrasjon', next: { link: /VKP, JFT og PIT i 2026/ } },
			// Issue 20: the VKP supplier reads what NHN has published in 2026 before starting.
			{ path: '/vkp/vkp-i-2026/', title: 'VKP, JFT og PIT i 2026', next: { link: /ta kontakt med VKP/ } },
			{
				path: '/vkp/ta-kontakt/',
				title: 'Ta kontakt med VKP',
				next: { link: /Bli godkjent som tredjepartsleverandør/ },
			},
			{
				path: '/vkp/tredjepartsleverandor/',
				title: 'Bli godkjent som tredjepartsleverandør',
				next: { link: /HelseID-klient for test/ },
			},
			{ path: '/vkp/helseid-test/', title: 'HelseID-klient for test', next: { link: /Utvikle og teste mot VKP/ } },
			{
				path: '/vkp/utvikle-og-teste/',
				title: 'Utvikle og teste mot VKP',
				next: { link: /bestiller du HelseID-klienter for produksjon/ },
			},
			{
				path: '/vkp/helseid-produksjon/',
				title: 'HelseID-klienter for produksjon',
				next: { link: /sjekklisten for VKP/ },
			},
		],
		end: { path: '/vkp/sjekkliste/', heading: 'Sjekkliste for VKP' },
	},
	{
		role: 'veiledningsleverandør',
		start: /Veiledning for veiledningsleverandører/,
		stops: [
			{
				path: '/verktoykatalogen/',
				title: 'Oversikt over Verktøykatalogen-integrasjon',
				next: { role: 'Er du leverandør', link: /Utvikling hos leverandøren/ },
			},
			{
				path: '/verktoykatalogen/utvikling/',
				title: 'Utvikling hos leverandøren',
				next: { link: /Gjennomføring og test/ },
			},
			{
				path: '/verktoykatalogen/test/',
				title: 'Gjennomføring og test',
				next: { role: 'Er du leverandør', link: /Produksjonssetting/ },
			},
			{
				path: '/verktoykatalogen/produksjon/',
				title: 'Produksjonssetting',
				next: { role: 'Er du leverandør', link: /Etter produksjonssetting/ },
			},
			{
				path: '/verktoykatalogen/etter-produksjon/',
				title: 'Etter produksjonssetting',
				next: { link: /sjekklisten for Verktøykatalogen/ },
			},
		],
		end: { path: '/verktoykatalogen/sjekkliste/', heading: 'Sjekkliste for Verktøykatalogen' },
	},
	{
		role: 'bestiller',
		start: /Veiledning for deg som bestiller/,
		stops: [
			{ path: '/verktoykatalogen/bestiller/', title: 'For deg som bestiller', next: { link: /Send bestilling/ } },
			{
				path: '/verktoykatalogen/bestilling/',
				title: 'Send bestilling',
				next: { role: 'Er du bestiller', link: /Gjennomføring og test/ },
			},
			{
				path: '/verktoykatalogen/test/',
				title: 'Gjennomføring og test',
				next: { role: 'Er du bestiller', link: /Produksjonssetting/ },
			},
			{
				path: '/verktoykatalogen/produksjon/',
				title: 'Produksjonssetting',
				next: { role: 'Er du bestiller', link: /etter produksjon/ },
			},
		],
		end: { path: '/verktoykatalogen/bestiller/#8-etter-produksjon', heading: '8. Etter produksjon' },
	},
];

async function expectAt(page: Page, baseURL: string | undefined, path: string) {
	await expect(page).toHaveURL(new URL(at(path), baseURL).href);
}

for (const { role, start, stops, end } of journeys) {
	test(`a ${role} gets from the start page to the last step by the "Neste steg" links`, async ({ page, baseURL }) => {
		await page.goto(at('/'));
		await page.getByRole('main').getByRole('link', { name: start }).click();
		for (const { path, title, next } of stops) {
			await expectAt(page, baseURL, path);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
			const nextStep = page.getByRole('navigation', { name: 'Neste steg' });
			const forRole = next.role ? nextStep.getByRole('listitem').filter({ hasText: next.role }) : nextStep;
			const link = forRole.getByRole('link', { name: next.link });
			await expect(link, `"Neste steg" on ${path} names the next step for a ${role}`).toBeVisible();
			// Followed by keyboard: a draft that comes to life near the screen may still grow above the link while a
			// pointer click is on its way (it once landed beside the link on a busy machine); Enter follows the focus.
			await link.focus();
			await page.keyboard.press('Enter');
		}
		await expectAt(page, baseURL, end.path);
		await expect(page.getByRole('heading', { name: end.heading, exact: true })).toBeVisible();
	});
}
