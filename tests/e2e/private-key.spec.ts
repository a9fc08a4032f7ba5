import { generateKeyPairSync } from 'node:crypto';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

// Using the site with a pasted private key must leave nothing of it anywhere: no request carries it (or is made
// at all beyond the site's own files), and no trace stays in localStorage, sessionStorage, IndexedDB, Cache
// Storage, cookies, the URL or the page. The key is made here, by Node, for this run.
const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pkcs8 = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const pkcs1 = pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const jwk = pair.privateKey.export({ format: 'jwk' });

/** Pieces of the secret that must not appear anywhere: 16-character slices of the PEM body and of the JWK's d. */
const secretPieces = (() => {
	const body = pkcs8.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');
	const pieces: string[] = [];
	for (const text of [body, String(jwk.d), String(jwk.p)])
		for (let i = 0; i + 16 <= text.length; i += 16) pieces.push(text.slice(i, i + 16));
	return pieces;
})();

const leaks = (text: string) => secretPieces.filter((piece) => text.includes(piece));

/** Everything the browser keeps for the site, as one text to search. */
async function everythingStored(page: Page): Promise<string> {
	const inPage = await page.evaluate(async () => {
		const databases = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
		const records: unknown[] = [];
		for (const { name } of databases) {
			if (!name) continue;
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open(name);
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error ?? new Error(`could not open ${name}`));
			});
			for (const store of Array.from(db.objectStoreNames)) {
				records.push(
					await new Promise((resolve) => {
						const request = db.transaction(store).objectStore(store).getAll();
						request.onsuccess = () => resolve(request.result);
						request.onerror = () => resolve(String(request.error));
					}),
				);
			}
			db.close();
		}
		const cacheNames = 'caches' in window ? await caches.keys() : [];
		return JSON.stringify({
			local: { ...localStorage },
			session: { ...sessionStorage },
			databases: databases.map((d) => d.name),
			records,
			cacheNames,
			url: location.href,
			history: history.state as unknown,
			title: document.title,
			cookie: document.cookie,
		});
	});
	const cookies = JSON.stringify(await page.context().cookies());
	return inPage + cookies;
}

test('a pasted, typed or chosen private key leaves nothing anywhere and sends nothing', async ({ page, baseURL }) => {
	test.slow(); // five refusals, four page loads and a storage walk
	test.skip(!(await page.request.get('/verktoy/nokkelsjekk/')).ok(), 'the key check page is not built');
	const origin = new URL(baseURL!).origin;
	const requests: string[] = [];
	page.on('request', (request) => requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
	await page.goto('/verktoy/nokkelsjekk/');
	const field = page.getByRole('textbox', { name: /nøkkel/i });
	const refusal = page.getByRole('heading', { name: /Ikke send denne nøkkelen/ });

	// Pasted as PKCS#8 and PKCS#1 PEM, as a private JWK, and read from a chosen file.
	for (const secret of [pkcs8, pkcs1, JSON.stringify(jwk)]) {
		await field.fill(secret);
		await expect(refusal).toBeVisible();
		await expect(field).toHaveValue('');
	}
	await page
		.getByLabel('Velg fil med nøkkelen')
		.setInputFiles({ name: 'privat.pem', mimeType: 'text/plain', buffer: Buffer.from(pkcs8) });
	await expect(refusal).toBeVisible();
	// Typed in by hand, a piece at a time: the refusal may only come once it looks like a key.
	await field.pressSequentially(pkcs1.slice(0, 120));
	await field.fill(pkcs1);
	await expect(refusal).toBeVisible();

	expect(leaks(await page.locator('body').innerText())).toEqual([]);
	expect(leaks(await page.content())).toEqual([]);
	expect(leaks(await everythingStored(page))).toEqual([]);

	// Nothing left behind for the next page either: the pages that read stored state, then a reload.
	for (const path of ['/verktoy/e-post/', '/vkp/sjekkliste/', '/verktoy/nokkelsjekk/']) {
		await page.goto(path);
		expect(leaks(await page.content())).toEqual([]);
	}
	await page.reload();
	await expect(field).toHaveValue('');
	expect(leaks(await everythingStored(page))).toEqual([]);

	// The only requests: GETs for the site's own files, none carrying a piece of the key.
	expect(requests.filter((r) => !r.startsWith(`GET ${origin}/`))).toEqual([]);
	expect(leaks(requests.join('\n'))).toEqual([]);
});
