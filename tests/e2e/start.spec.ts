import { expect, test } from '@playwright/test';
import { at } from './site';

// The start page asks who the reader is and sends each role to its guide.
const routes: [linkName: RegExp, path: string, heading: RegExp][] = [
	[/velferdsteknologi/i, '/vkp/', /VKP|Velferdsteknologisk knutepunkt/i],
	[/veiledningsleverandør/i, '/verktoykatalogen/', /Verktøykatalogen/i],
	[/bestiller/i, '/verktoykatalogen/bestiller/', /bestiller/i],
];

for (const [linkName, path, heading] of routes) {
	test(`the start page sends a reader who is ${linkName.source} to ${path}`, async ({ page, baseURL }) => {
		await page.goto(at('/'));
		await page.getByRole('main').getByRole('link', { name: linkName }).first().click();
		await expect(page).toHaveURL(new URL(at(path), baseURL).href);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	});
}
