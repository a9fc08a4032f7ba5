import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium-path.ts';
import { FILLED_STORAGE } from '../tests/e2e/filled-state.ts';

const base = 'http://127.0.0.1:4612';
const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', '4612', '--host', '127.0.0.1', '--ignore-lock'], { stdio: 'ignore' });
try {
	for (let i = 0; i < 120; i++) {
		if (await fetch(base).then((r) => r.ok, () => false)) break;
		await new Promise((r) => setTimeout(r, 500));
	}
	const executablePath = chromiumPath();
	const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--no-sandbox'] });
	const shots: [string, string, string, number, 'light' | 'dark', Record<string, unknown>][] = [
		['/vkp/helseid-produksjon/', '#kommunens-del', 'prod-kommune', 1280, 'light', FILLED_STORAGE],
		['/vkp/helseid-produksjon/', '#kommunens-del', 'prod-kommune-mobil-dark', 390, 'dark', FILLED_STORAGE],
		['/verktoy/e-post/', '#profil', 'epost-bestiller', 1280, 'light', { ...FILLED_STORAGE, 'veiviser:profile:v1': { v: 2, data: { ...(FILLED_STORAGE['veiviser:profile:v1'] as { data: object }).data, role: 'bestiller' } } }],
		['/vkp/sjekkliste/', '#sjekkliste-vkp-per-kommune', 'sjekkliste-kommune-mobil', 390, 'light', FILLED_STORAGE],
		['/verktoy/vkp-scopes/', 'veiviser-scope-builder', 'scopes', 1280, 'light', {}],
		['/verktoykatalogen/bestiller/', 'main', 'bestiller', 1280, 'light', {}],
	];
	for (const [path, selector, name, width, theme, stored] of shots) {
		const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
		await context.addInitScript(({ theme, stored }) => {
			localStorage.setItem('starlight-theme', theme);
			for (const [k, v] of Object.entries(stored)) localStorage.setItem(k, JSON.stringify(v));
		}, { theme, stored });
		const page = await context.newPage();
		await page.goto(base + path, { waitUntil: 'networkidle' });
		await page.evaluate(async () => { for (let y = 0; y < document.body.scrollHeight; y += innerHeight) { scrollTo(0, y); await new Promise((r) => setTimeout(r, 60)); } });
		await page.waitForTimeout(500);
		const target = selector.startsWith('#') ? page.locator(selector).locator('xpath=..') : page.locator(selector).first();
		if (selector.startsWith('#')) {
			const top = await page.locator(selector).evaluate((el) => el.getBoundingClientRect().top + scrollY);
			await page.screenshot({ path: `/tmp/i20-${name}.png`, fullPage: true, clip: { x: 0, y: Math.max(0, top - 20), width, height: 2200 } });
		} else await target.screenshot({ path: `/tmp/i20-${name}.png` });
		await context.close();
		console.log('shot', name);
	}
	await browser.close();
} finally {
	server.kill();
}
