/**
 * The mail drafts and the profile form as a phone loads them (issue 22): a stored profile's drafts are shown once,
 * filled in, never first as the server wrote them («[mangler: virksomhet]»); and nothing moves while the page loads
 * (cumulative layout shift at most 0.01, Lighthouse's "good" is 0.1 and its perfect score needs about 0). The CPU is
 * slowed four times, as Lighthouse's mobile profile does, so the scripts run after the first paint as on a phone.
 */
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { at, PHONE } from './site';

const GUIDE = '/vkp/ta-kontakt/';
const MAIL_PAGE = '/verktoy/e-post/';

const PROFILE = {
	v: 2,
	data: {
		role: 'vkp-leverandor',
		company: 'Acme Velferd AS',
		orgnr: '974760673',
		contactName: 'Kari Nordmann',
		email: 'kari@acme.example',
		phone: '99 88 77 66',
		product: 'AcmeAlarm',
	},
};

async function asPhone(page: Page, stored: boolean): Promise<void> {
	await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	if (stored) {
		await page.addInitScript((profile) => {
			// Only in the first document: a test that reloads must see what the page itself stored.
			if (!sessionStorage.getItem('seeded')) localStorage.setItem('veiviser:profile:v1', JSON.stringify(profile));
			sessionStorage.setItem('seeded', '1');
		}, PROFILE);
	}
}

/** Waits until every draft on the page has been filled in by its element, and two frames more. */
async function draftsFilled(page: Page): Promise<void> {
	await page.waitForFunction(() => customElements.get('veiviser-mail-draft') !== undefined);
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(undefined)))),
	);
}

test.describe('a stored profile fills the drafts before they are shown', () => {
	for (const path of [GUIDE, MAIL_PAGE]) {
		test(`never «[mangler: virksomhet]» on ${path}`, async ({ page }) => {
			await asPhone(page, true);
			// Every text a draft showed: read at the frame after each change (when the styles apply, innerText leaves
			// out what is hidden), and at every frame, so a text painted for one frame only is caught too.
			await page.addInitScript(() => {
				const seen = new Set<string>();
				let frames = 0;
				(window as unknown as { draftTexts: () => string[] }).draftTexts = () => [...seen];
				(window as unknown as { draftFrames: () => number }).draftFrames = () => frames;
				const record = () => {
					for (const draft of document.querySelectorAll<HTMLElement>('veiviser-mail-draft')) seen.add(draft.innerText);
				};
				new MutationObserver(() => requestAnimationFrame(record)).observe(document, {
					subtree: true,
					childList: true,
					characterData: true,
					attributes: true,
				});
				const everyFrame = () => {
					frames++;
					record();
					requestAnimationFrame(everyFrame);
				};
				requestAnimationFrame(everyFrame);
			});
			await page.goto(at(path));
			// On the mail page the drafts are below the form: go to them at once, as an impatient reader does.
			await page.locator('veiviser-mail-draft').first().scrollIntoViewIfNeeded();
			await draftsFilled(page);
			const texts = await page.evaluate(() => (window as unknown as { draftTexts: () => string[] }).draftTexts());
			const frames = await page.evaluate(() => (window as unknown as { draftFrames: () => number }).draftFrames());
			expect(frames).toBeGreaterThan(1);
			expect(texts.some((text) => text.includes('Acme Velferd AS'))).toBe(true);
			expect(texts.filter((text) => text.includes('[mangler: virksomhet]'))).toEqual([]);
		});
	}
});

test.describe('nothing moves while the page loads', () => {
	for (const path of [MAIL_PAGE, GUIDE]) {
		for (const stored of [false, true]) {
			test(`${path} on a phone, ${stored ? 'with a stored profile' : 'first visit'}`, async ({ page }) => {
				await asPhone(page, stored);
				await page.addInitScript(() => {
					const shifts: { value: number; sources: string[] }[] = [];
					(window as unknown as { shifts: typeof shifts }).shifts = shifts;
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & {
							value: number;
							hadRecentInput: boolean;
							sources: { node?: Node }[];
						})[]) {
							if (entry.hadRecentInput) continue;
							const name = (node?: Node) =>
								node instanceof Element ? `${node.localName}.${node.className}` : String(node?.nodeName);
							shifts.push({ value: entry.value, sources: entry.sources.map((source) => name(source.node)) });
						}
					}).observe({ type: 'layout-shift', buffered: true });
				});
				await page.goto(at(path));
				if (path === MAIL_PAGE) await expect(page.getByRole('radio').first()).toBeVisible();
				await page.waitForFunction(
					() => customElements.get('veiviser-profile') ?? !document.querySelector('veiviser-profile'),
				);
				if (path === GUIDE) await draftsFilled(page);
				else
					await page.evaluate(
						() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(undefined)))),
					);
				const shifts = await page.evaluate(
					() => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts,
				);
				const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
				expect(total, JSON.stringify(shifts)).toBeLessThanOrEqual(0.01);
			});
		}
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('a draft says where its text comes from, and offers nothing that needs the script', async ({ page }) => {
		await page.goto(at(GUIDE));
		const draft = page.getByRole('region', { name: /^E-postutkast:/ }).first();
		await expect(draft.getByText('Utkastet fylles ut fra profilen din.', { exact: false })).toBeVisible();
		await expect(draft.getByText(/^Mangler:/)).toBeHidden();
		await expect(draft.getByText('Fyll inn det som mangler')).toBeHidden();
		await expect(draft.getByRole('button', { name: 'Kopier tekst' })).toBeHidden();
		await expect(draft.getByRole('link', { name: /Åpne i e-postprogrammet/ })).toBeVisible();
	});
});

test('with JavaScript, a first visit reads the same before and after the draft is filled in', async ({ page }) => {
	// The draft's element is held back until the server's draft has been read.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/mail-draft-element\.[\w-]+\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(at(GUIDE));
	const draft = page.getByRole('region', { name: /^E-postutkast:/ }).first();
	expect(await page.evaluate(() => customElements.get('veiviser-mail-draft') !== undefined)).toBe(false);
	const before = await draft.innerText();
	release();
	expect(before).toContain('Mangler: virksomhet');
	expect(before).not.toContain('Utkastet fylles ut fra profilen din.');
	await draft.scrollIntoViewIfNeeded();
	await draftsFilled(page);
	await expect(draft.getByRole('button', { name: 'Kopier tekst' })).toBeVisible();
	expect(await draft.innerText()).toBe(before);
});
