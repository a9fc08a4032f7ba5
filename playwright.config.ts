import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/chromium-path.ts';

const isCI = !!process.env['CI'];
const port = Number(process.env['PREVIEW_PORT'] ?? 4329);

// The system's Chromium when there is one (Debian's `chromium`, or CHROMIUM_PATH); Playwright's own otherwise.
const executablePath = chromiumPath();

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
