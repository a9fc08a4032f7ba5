import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/chromium-path.ts';
import { SUBPATH_BASE, SUBPATH_OUT_DIR } from './scripts/build-subpath.ts';
import { CPU_THROTTLE } from './tests/e2e/fixtures.ts';

const isCI = !!process.env['CI'];
// Each checkout that runs the suite at the same time needs its own ports: Playwright reuses a server it finds.
const port = Number(process.env['PREVIEW_PORT'] ?? 4329);
const subpathPort = port + 100;

// The system's Chromium when there is one (Debian's `chromium`, or CHROMIUM_PATH); Playwright's own otherwise.
const executablePath = chromiumPath();

/** `astro preview` of one build; `--ignore-lock` because two previews of one project run side by side. */
const preview = (serverPort: number, env: Record<string, string> = {}) => ({
	command: `npx astro preview --port ${serverPort} --host localhost --ignore-lock`,
	url: `http://localhost:${serverPort}${env['SITE_BASE'] ?? '/'}`,
	env,
	reuseExistingServer: !isCI,
	timeout: 60_000,
	stdout: 'ignore' as const,
});

export default defineConfig({
	testDir: 'tests/e2e',
	forbidOnly: isCI,
	fullyParallel: true,
	// Two on this project's 2-core machines; up to four where there are more cores (a browser and axe per worker).
	workers: Math.min(4, Math.max(2, availableParallelism())),
	retries: 0,
	// A page slowed down n times (E2E_CPU_THROTTLE, `npm run test:e2e:throttled`) gets n times as long: that run looks
	// for races, not for slowness. A test that sets its own limit (test.setTimeout) keeps it; test.slow() triples this.
	timeout: 30_000 * CPU_THROTTLE,
	expect: { timeout: 5_000 * CPU_THROTTLE },
	reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
	use: {
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
	projects: [
		{ name: 'chromium', testIgnore: /subpath\.spec\.ts$/, use: { baseURL: `http://localhost:${port}/` } },
		{
			// The same site served from a sub-path (SITE_BASE): every page's own URLs, its links included, must be
			// under the base and load (subpath.spec.ts reads them from the HTML), and so must the links islands write
			// (links.spec.ts). The journeys and the start page follow HTML links only: what they add, the way through
			// the pages, is the same at any base, so they run at the root alone. Specs open pages with `at()`.
			name: 'sub-path',
			testMatch: /(subpath|links)\.spec\.ts$/,
			use: { baseURL: `http://localhost:${subpathPort}${SUBPATH_BASE}` },
		},
	],
	// The built sites, as users get them: `npm test` builds both before the e2e tests.
	webServer: [preview(port), preview(subpathPort, { SITE_BASE: SUBPATH_BASE, SITE_OUT_DIR: SUBPATH_OUT_DIR })],
});
