import { expect, test } from './fixtures';
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

test('on a phone, all three roles are within one screen of scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(at('/'));
	const links = page
		.getByRole('main')
		.getByRole('link', { name: /velferdsteknologi|veiledningsleverandør|bestiller/i });
	await expect(links).toHaveCount(3);
	for (const link of await links.all()) {
		const box = (await link.boundingBox())!;
		expect(box.y + box.height, await link.innerText()).toBeLessThanOrEqual(2 * 844);
	}
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
