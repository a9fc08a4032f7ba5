import { defineConfig, devices } from '@playwright/test';
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const isCI = !!process.env['CI'];
const port = Number(process.env['PREVIEW_PORT'] ?? 4329);

/**
 * Use the system's Chromium when there is one (Debian's `chromium`, or CHROMIUM_PATH);
 * otherwise fall back to Playwright's own browser (`npx playwright install chromium`).
 */
function systemChromium(): string | undefined {
	const fromEnv = process.env['CHROMIUM_PATH'];
	if (fromEnv && existsSync(fromEnv)) return fromEnv;
	for (const name of ['chromium', 'chromium-browser']) {
		try {
			const found = execSync(`command -v ${name}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
			if (found) return found;
		} catch {
			// not on PATH: try the next name
		}
	}
	return undefined;
}

const executablePath = systemChromium();

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: isCI,
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 30_000,
	reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		locale: 'nb-NO',
		...devices['Desktop Chrome'],
		launchOptions: {
			...(executablePath ? { executablePath } : {}),
			// Debian's Chromium runs as root in CI containers; these also keep it off the (closed) network.
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	projects: [{ name: 'chromium' }],
	webServer: {
		// The built site, as users get it: `npm run build` runs before the e2e tests in `npm test`.
		command: `npx astro preview --port ${port} --host localhost`,
		url: `http://localhost:${port}`,
		reuseExistingServer: !isCI,
		timeout: 60_000,
		stdout: 'ignore',
	},
});
