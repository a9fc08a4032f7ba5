import { expect, test } from '@playwright/test';
import { axeViolations, sitePaths, useTheme, type Theme } from './site';

const themes: Theme[] = ['light', 'dark'];
const viewports = [
	{ name: 'desktop', width: 1280, height: 900 },
	{ name: 'mobil', width: 390, height: 844 },
];

// Four axe runs per page; pages with islands take several seconds each on two cores.
test.describe.configure({ timeout: 120_000 });

// One test per page runs the four combinations in the same browser page: axe's start-up dominates the cost.
for (const path of sitePaths()) {
	test(`${path} has no WCAG 2.1 A/AA violations in light and dark theme, desktop and mobile`, async ({ page }) => {
		const found: string[] = [];
		for (const theme of themes) {
			await useTheme(page, theme);
			for (const viewport of viewports) {
				await page.setViewportSize({ width: viewport.width, height: viewport.height });
				await page.goto(path);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				for (const violation of await axeViolations(page)) found.push(`[${theme}, ${viewport.name}] ${violation}`);
			}
		}
		expect(found).toEqual([]);
	});
}
