import { test as base, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * The CPU slow-down every page of a test runs under: `E2E_CPU_THROTTLE=4` makes Chromium run its pages four times
 * slower (CDP `Emulation.setCPUThrottlingRate`), as on a slow laptop or two busy CI cores. A race between the page's
 * own tasks shows up under it long before it shows up once in a hundred CI runs (`npm run test:e2e:throttled`).
 * Unset or 1: no slow-down.
 */
export const CPU_THROTTLE = cpuThrottle(process.env['E2E_CPU_THROTTLE']);

function cpuThrottle(value: string | undefined): number {
	if (value === undefined || value === '') return 1;
	const rate = Number(value);
	if (!Number.isFinite(rate) || rate < 1) throw new Error(`E2E_CPU_THROTTLE must be a number ≥ 1, not «${value}»`);
	return rate;
}

async function throttle(page: Page): Promise<void> {
	const session = await page.context().newCDPSession(page);
	await session.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
}

/** Playwright's `test`, with every page of the test's own context slowed down by `E2E_CPU_THROTTLE`. */
export const test = base.extend({
	context: async ({ context }, use) => {
		// Pages a test opens itself (two tabs of one context); the fixture's own page is throttled below.
		if (CPU_THROTTLE > 1) context.on('page', (page) => void throttle(page).catch(() => undefined));
		await use(context);
	},
	page: async ({ page }, use) => {
		// Awaited, so the test's first navigation already runs slowed down.
		if (CPU_THROTTLE > 1) await throttle(page);
		await use(page);
	},
});
