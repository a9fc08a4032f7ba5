// `npm run screenshots`: full-page screenshots of every page of the built site (run `npm run build` first), in
// light and dark, at 1280 px and 390 px, with the islands empty and filled (a profile for both parties, three
// kommuner with key thumbprints and progress, a checked key), into reports/screenshots/, with an index.html contact
// sheet to look through. `SCREENSHOT_ONLY=/vkp/sjekkliste/,/verktoy/e-post/` takes only those pages.
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { FILLED_STORAGE } from '../tests/e2e/filled-state.ts';
import { manyKommunerStorage } from '../tests/e2e/many-kommuner.ts';
import { chromiumPath } from './chromium-path.ts';

const root = join(import.meta.dirname, '..');
const out = join(root, 'reports/screenshots');
const port = Number(process.env['SCREENSHOT_PORT'] ?? 4351);
const base = `http://127.0.0.1:${port}`;
const only = process.env['SCREENSHOT_ONLY']?.split(',').filter(Boolean);

const themes = ['light', 'dark'] as const;
const widths = [
	{ name: 'desktop', width: 1280, height: 900 },
	{ name: 'mobil', width: 390, height: 844 },
] as const;
const states = ['tom', 'utfylt'] as const;
/** A supplier with 100 kommuner (issue 21 §4), on the VKP checklist only: its overview table and its first cards. */
const MANY = {
	path: '/vkp/sjekkliste/',
	state: '100-kommuner',
	storage: { ...FILLED_STORAGE, ...manyKommunerStorage(100) },
};

function sitePaths(): string[] {
	const xml = readFileSync(join(root, 'dist/sitemap-0.xml'), 'utf8');
	const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
	return only ? paths.filter((path) => only.includes(path)) : paths;
}

/** The HelseID tools filled as a developer would: a built and checked assertion, a proof, a token, scopes. */
async function fillHelseid(page: Page, path: string): Promise<void> {
	const { accessToken, testKey } = await import('../tests/unit/helpers/helseid-tokens.ts');
	if (path === '/verktoy/client-assertion/') {
		await page.getByLabel('Klient-ID', { exact: true }).fill('b2a3c4d5-1111-4222-8333-944455556666');
		await page.getByRole('button', { name: 'Lag client assertion' }).click();
		await page.getByRole('button', { name: 'Sjekk den i sjekken over' }).click();
	} else if (path === '/verktoy/dpop/') {
		// The proof builder makes a proof and hands it to the check, so both islands show filled.
		await page.getByRole('button', { name: 'Lag DPoP-bevis' }).click();
		await page.getByRole('button', { name: 'Sjekk det i sjekken over' }).click();
	} else if (path === '/verktoy/tilgangstoken/') {
		await page.getByLabel('Tilgangstoken', { exact: true }).fill(await accessToken(await testKey('RS256')));
	} else if (path === '/verktoy/vkp-scopes/') {
		await page.getByRole('button', { name: 'Velg scopene fra NHNs eksempel' }).click();
		return;
	} else return;
	await page.getByRole('heading', { name: 'Funn' }).waitFor();
}

/** The filled state beyond storage: the HelseID tools used, a checked key on the key page. */
async function fill(page: Page, path: string): Promise<void> {
	await fillHelseid(page, path);
	if (!path.startsWith('/verktoy/nokkelsjekk/')) return;
	const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' });
	await page.getByLabel('Offentlig nøkkel', { exact: true }).fill(key.toString());
	await page.getByRole('heading', { name: /RSA 2048 bit/ }).waitFor();
}

/** Scrolls through the page so everything that loads near the viewport has loaded, then back to the top. */
async function scrollThrough(page: Page): Promise<void> {
	await page.evaluate(async () => {
		for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
			scrollTo(0, y);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		scrollTo(0, 0);
	});
	await page.waitForLoadState('networkidle');
}

const server = spawn(
	process.execPath,
	[
		join(root, 'node_modules/astro/bin/astro.mjs'),
		'preview',
		'--port',
		String(port),
		'--host',
		'127.0.0.1',
		'--ignore-lock',
	],
	{ cwd: root, stdio: 'ignore' },
);
try {
	for (let i = 0; i < 120; i++) {
		if (
			await fetch(base).then(
				(r) => r.ok,
				() => false,
			)
		)
			break;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	if (!only) rmSync(out, { recursive: true, force: true });
	mkdirSync(out, { recursive: true });
	const executablePath = chromiumPath();
	const browser = await chromium.launch({
		...(executablePath ? { executablePath } : {}),
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
	});
	/** A fresh context in the theme, with the given values stored before any script runs, at the loaded page. */
	async function openPage(
		viewport: { width: number; height: number },
		theme: (typeof themes)[number],
		stored: Readonly<Record<string, unknown>>,
		url: string,
	) {
		const context = await browser.newContext({ viewport, colorScheme: theme, locale: 'nb-NO' });
		await context.addInitScript(
			({ theme, stored }) => {
				localStorage.setItem('starlight-theme', theme);
				for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, JSON.stringify(value));
			},
			{ theme, stored },
		);
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'networkidle' });
		return { context, page };
	}
	const shots: { path: string; theme: string; width: string; state: string; file: string }[] = [];
	for (const path of sitePaths()) {
		for (const state of states) {
			for (const theme of themes) {
				for (const { name, width, height } of widths) {
					const { context, page } = await openPage(
						{ width, height },
						theme,
						state === 'utfylt' ? FILLED_STORAGE : {},
						base + path,
					);
					await scrollThrough(page);
					if (state === 'utfylt') await fill(page, path);
					// Kommune cards and the overview off screen are skipped (content-visibility: auto, kommune-rows.ts):
					// a full-page shot would show them as empty boxes, so they are drawn for it.
					await page.evaluate(() => {
						for (const element of document.querySelectorAll<HTMLElement>('[data-skip]'))
							element.style.contentVisibility = 'visible';
					});
					const file = `${path.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'start'}-${state}-${theme}-${name}.png`;
					await page.screenshot({ path: join(out, file), fullPage: true });
					shots.push({ path, theme, width: name, state, file });
					await context.close();
				}
			}
		}
		if (path === MANY.path) {
			for (const theme of themes) {
				for (const { name, width, height } of widths) {
					const { context, page } = await openPage({ width, height }, theme, MANY.storage, base + path);
					// A full page of 100 cards is too tall for one image: the table's top, then the first cards.
					for (const [part, selector] of [
						['oversikt', '[data-role="kommune-overview"]'],
						['kort', '.kommune-card[data-kommune]'],
					] as const) {
						await page
							.locator(selector)
							.first()
							.evaluate((element) => element.scrollIntoView());
						const file = `${path.replace(/^\/|\/$/g, '').replaceAll('/', '_')}-${MANY.state}-${part}-${theme}-${name}.png`;
						await page.screenshot({ path: join(out, file) });
						shots.push({ path, theme, width: name, state: `${MANY.state}, ${part}`, file });
					}
					await context.close();
				}
			}
		}
		console.log(`screenshots: ${path}`);
	}
	await browser.close();
	const rows = [...new Set(shots.map((s) => s.path))]
		.map((path) => {
			const cells = shots
				.filter((s) => s.path === path)
				.map(
					(s) =>
						`<figure><a href="${s.file}"><img src="${s.file}" loading="lazy" alt="${path}, ${s.state}, ${s.theme}, ${s.width}"></a><figcaption>${s.state}, ${s.theme}, ${s.width}</figcaption></figure>`,
				)
				.join('');
			return `<section><h2><a href="${base}${path}">${path}</a></h2><div class="row">${cells}</div></section>`;
		})
		.join('\n');
	writeFileSync(
		join(out, 'index.html'),
		`<!doctype html><html lang="nb"><meta charset="utf-8"><title>Skjermbilder</title><style>body{font-family:system-ui;margin:1rem}h2{font-size:1rem;margin:1.5rem 0 .25rem}.row{display:flex;gap:.5rem;overflow-x:auto;align-items:flex-start}figure{margin:0}img{width:160px;border:1px solid #999}figcaption{font-size:12px}</style><h1>Skjermbilder (${shots.length})</h1><p>Hver side tom og utfylt (profil for begge parter, tre kommuner med tommelavtrykk og fremdrift, en sjekket nøkkel), lys og mørk, 1280 og 390 piksler brede. Klikk et bilde for full størrelse.</p>${rows}</html>\n`,
	);
	console.log(
		`screenshots: ${shots.length} files in reports/screenshots/, contact sheet reports/screenshots/index.html`,
	);
} finally {
	server.kill();
}
