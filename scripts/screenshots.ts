// `npm run screenshots`: full-page screenshots of every page of the built site (run `npm run build` first), in
// light and dark, at 1280 px and 390 px, with the islands empty and filled (a profile, three kommuner with
// progress, a checked key), into reports/screenshots/, with an index.html contact sheet to look through.
import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumPath } from './chromium-path.ts';

const root = join(import.meta.dirname, '..');
const out = join(root, 'reports/screenshots');
const port = Number(process.env['SCREENSHOT_PORT'] ?? 4351);
const base = `http://127.0.0.1:${port}`;

const themes = ['light', 'dark'] as const;
const widths = [
	{ name: 'desktop', width: 1280, height: 900 },
	{ name: 'mobil', width: 390, height: 844 },
] as const;
const states = ['tom', 'utfylt'] as const;

/** What a supplier who has worked a while has in the browser: the stores' envelopes (src/stores/durable.ts). */
const FILLED: Record<string, unknown> = {
	'veiviser:profile:v1': {
		v: 1,
		data: {
			company: 'Trygg Hjemme AS',
			orgnr: '923609016',
			contactName: 'Kari Nordmann',
			email: 'kari@trygghjemme.no',
			phone: '22 33 44 55',
			product: 'TryggAlarm',
			scopes: 'nhn:vkp/api/user/patient.read\nnhn:vkp/api/user/careplan.read',
			veiledningstjenester: 'Pusteskolen',
		},
	},
	'veiviser:kommuner:v1': {
		v: 1,
		data: {
			kommuner: [
				{ nummer: '4601', navn: 'Bergen' },
				{ nummer: '0301', navn: 'Oslo' },
				{ nummer: '1804', navn: 'Bodø' },
			],
		},
	},
	'veiviser:progress:v1': {
		v: 1,
		data: {
			steps: {
				'vkp.kontakt.epost': {
					status: 'fullfort',
					changedAt: '2026-11-02T09:00:00.000Z',
					completedAt: '2026-11-02T09:00:00.000Z',
				},
				'vkp.tredjepart.avtale': { status: 'venter-nhn', changedAt: '2026-11-10T09:00:00.000Z' },
			},
		},
	},
};

function sitePaths(): string[] {
	const xml = readFileSync(join(root, 'dist/sitemap-0.xml'), 'utf8');
	return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** The HelseID tools filled as a developer would: a built and checked assertion, a proof, a token, scopes. */
async function fillHelseid(page: Page, path: string): Promise<void> {
	const { accessToken, dpopProof, testKey } = await import('../tests/unit/helpers/helseid-tokens.ts');
	if (path === '/verktoy/client-assertion/') {
		await page.getByLabel('Klient-ID', { exact: true }).fill('b2a3c4d5-1111-4222-8333-944455556666');
		await page.getByRole('button', { name: 'Lag client assertion' }).click();
		await page.getByRole('button', { name: 'Sjekk den i sjekken over' }).click();
	} else if (path === '/verktoy/dpop/') {
		await page.getByLabel('DPoP-bevis', { exact: true }).fill(await dpopProof(await testKey('ES256')));
	} else if (path === '/verktoy/tilgangstoken/') {
		await page.getByLabel('Tilgangstoken', { exact: true }).fill(await accessToken(await testKey('RS256')));
	} else if (path === '/verktoy/vkp-scopes/') {
		await page.getByRole('button', { name: 'Velg scopene fra NHNs eksempel' }).click();
		return;
	} else return;
	await page.getByRole('heading', { name: 'Funn' }).waitFor();
}

async function fill(page: Page, path: string): Promise<void> {
	await fillHelseid(page, path);
	if (!path.startsWith('/verktoy/nokkelsjekk/')) return;
	const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).publicKey.export({ type: 'spki', format: 'pem' });
	await page.getByLabel('Offentlig nøkkel', { exact: true }).fill(key.toString());
	await page.getByRole('heading', { name: /RSA 2048 bit/ }).waitFor();
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
	rmSync(out, { recursive: true, force: true });
	mkdirSync(out, { recursive: true });
	const executablePath = chromiumPath();
	const browser = await chromium.launch({
		...(executablePath ? { executablePath } : {}),
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
	});
	const shots: { path: string; theme: string; width: string; state: string; file: string }[] = [];
	for (const path of sitePaths()) {
		for (const state of states) {
			for (const theme of themes) {
				for (const { name, width, height } of widths) {
					const context = await browser.newContext({
						viewport: { width, height },
						colorScheme: theme,
						locale: 'nb-NO',
					});
					await context.addInitScript(
						({ theme, stored }) => {
							localStorage.setItem('starlight-theme', theme);
							for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, JSON.stringify(value));
						},
						{ theme, stored: state === 'utfylt' ? FILLED : {} },
					);
					const page = await context.newPage();
					await page.goto(base + path, { waitUntil: 'networkidle' });
					if (state === 'utfylt') await fill(page, path);
					const file = `${path.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'start'}-${state}-${theme}-${name}.png`;
					await page.screenshot({ path: join(out, file), fullPage: true });
					shots.push({ path, theme, width: name, state, file });
					await context.close();
				}
			}
		}
		console.log(`screenshots: ${path}`);
	}
	await browser.close();
	const rows = sitePaths()
		.map((path) => {
			const cells = shots
				.filter((s) => s.path === path)
				.map(
					(s) =>
						`<figure><a href="${s.file}"><img src="${s.file}" loading="lazy" alt=""></a><figcaption>${s.state}, ${s.theme}, ${s.width}</figcaption></figure>`,
				)
				.join('');
			return `<section><h2>${path}</h2><div class="row">${cells}</div></section>`;
		})
		.join('\n');
	writeFileSync(
		join(out, 'index.html'),
		`<!doctype html><html lang="nb"><meta charset="utf-8"><title>Skjermbilder</title><style>body{font-family:system-ui;margin:1rem}.row{display:flex;gap:.5rem;overflow-x:auto;align-items:flex-start}figure{margin:0}img{width:160px;border:1px solid #999}figcaption{font-size:12px}</style><h1>Skjermbilder (${shots.length})</h1>${rows}</html>\n`,
	);
	console.log(
		`screenshots: ${shots.length} files in reports/screenshots/, contact sheet reports/screenshots/index.html`,
	);
} finally {
	server.kill();
}
