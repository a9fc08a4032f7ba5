import { generateKeyPairSync } from 'node:crypto';
import { expect, test } from './fixtures';
import { brokenLinks } from './broken-links';
import { at } from './site';

/*
 * Every link a reader can follow goes somewhere real: the links in the guides (which the build also checks) and
 * the ones the islands write while the page runs. Run at the root and under a sub-path ("sub-path" project), where
 * a link written as `/vkp/` instead of through the base would leave the site. The links of every page as served are
 * checked by pages.spec.ts, on the same page load as its other checks; here, the links islands write.
 */

test('links the key check writes after a check lead to pages of the site', async ({ page, baseURL }) => {
	await page.goto(at('/verktoy/nokkelsjekk/'));
	const key = generateKeyPairSync('rsa', { modulusLength: 2048 })
		.publicKey.export({ type: 'spki', format: 'pem' })
		.toString();
	await page.getByLabel('Offentlig nøkkel', { exact: true }).fill(key);
	await expect(page.getByRole('heading', { name: /RSA 2048 bit/ })).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(await brokenLinks(page, baseURL)).toEqual([]);
});
