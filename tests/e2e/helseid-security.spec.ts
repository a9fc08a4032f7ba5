import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { accessToken, assertion, ath, dpopProof, testKey } from '~test/helpers/helseid-tokens';

// A pasted client assertion, DPoP proof or access token must leave nothing behind: no request carries it (or is
// made at all beyond the site's own files), and nothing of it stays in localStorage, sessionStorage, IndexedDB,
// Cache Storage, cookies, the URL or the history state, and the fields are empty after leaving the page.

/** 16-character slices of each token's payload and signature: none may appear anywhere. */
function piecesOf(tokens: readonly string[]): string[] {
	const pieces: string[] = [];
	for (const token of tokens) {
		const [, payload = '', signature = ''] = token.split('.');
		for (const text of [payload, signature])
			for (let i = 0; i + 16 <= text.length; i += 16) pieces.push(text.slice(i, i + 16));
	}
	return pieces;
}

/** Everything the browser keeps for the site, as one text to search. */
async function everythingStored(page: Page): Promise<string> {
	const inPage = await page.evaluate(async () => {
		const databases = typeof indexedDB.databases === 'function' ? await indexedDB.databases() : [];
		const cacheNames = 'caches' in window ? await caches.keys() : [];
		return JSON.stringify({
			local: { ...localStorage },
			session: { ...sessionStorage },
			databases: databases.map((d) => d.name),
			cacheNames,
			url: location.href,
			history: history.state as unknown,
			cookie: document.cookie,
		});
	});
	return inPage + JSON.stringify(await page.context().cookies());
}

test('a pasted assertion, proof or access token is not stored, not in the URL, not sent, and gone after leaving', async ({
	page,
	baseURL,
}) => {
	test.slow(); // three tools, several page loads
	const key = await testKey('ES256');
	const helseId = await testKey('RS256', 'helseid');
	const secrets = {
		assertion: await assertion(key),
		token: await accessToken(helseId, { claims: { cnf: { jkt: key.thumbprint } } }),
	};
	const proof = await dpopProof(key, {
		claims: { htm: 'GET', htu: 'https://api.example/x', ath: await ath(secrets.token) },
	});
	const pieces = piecesOf([secrets.assertion, secrets.token, proof]);
	const leaks = (text: string) => pieces.filter((piece) => text.includes(piece));

	const origin = new URL(baseURL!).origin;
	const requests: string[] = [];
	page.on('request', (request) => requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));

	await page.goto('/verktoy/client-assertion/');
	await page.getByRole('textbox', { name: 'Client assertion' }).fill(secrets.assertion);
	await page.getByRole('textbox', { name: /Offentlig nøkkel/ }).fill(JSON.stringify(key.publicJwk));
	await expect(page.getByRole('heading', { name: 'Funn' })).toBeVisible();
	expect(leaks(await everythingStored(page))).toEqual([]);

	await page.goto('/verktoy/dpop/');
	await page.getByRole('textbox', { name: 'DPoP-bevis' }).fill(proof);
	await page.getByRole('textbox', { name: 'Tilgangstoken (valgfritt)' }).fill(secrets.token);
	// The finding, not the page's own list of what the check looks at (which names cnf.jkt in nearly the same words).
	await expect(
		page.getByText(/cnf\.jkt i tilgangstokenet er tommelavtrykket til nøkkelen i beviset: tokenet er bundet/),
	).toBeVisible();
	expect(leaks(await everythingStored(page))).toEqual([]);
	// The access token itself is never shown on the DPoP page (its field's value is not page text).
	const tokenPieces = piecesOf([secrets.token]);
	const shown = await page.getByRole('main').innerText();
	expect(tokenPieces.filter((piece) => shown.includes(piece))).toEqual([]);

	await page.goto('/verktoy/tilgangstoken/');
	const tokenField = page.getByRole('textbox', { name: 'Tilgangstoken' });
	await tokenField.fill(secrets.token);
	await expect(page.getByText(/utløper om/).first()).toBeVisible();
	expect(leaks(await everythingStored(page))).toEqual([]);

	// Leaving for the back-forward cache fires pagehide (persisted); Playwright's Chromium keeps no such cache, so
	// the event is sent as the browser would send it, and the fields must empty themselves.
	await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
	await expect(tokenField).toHaveValue('');
	await expect(page.getByText(/utløper om/)).toHaveCount(0);
	await tokenField.fill(secrets.token);
	await expect(page.getByText(/utløper om/).first()).toBeVisible();

	// Leaving and coming back: the fields are empty (autocomplete off: no restored form state), nothing remains.
	await page.goto('/');
	await page.goBack();
	await expect(tokenField).toHaveValue('');
	expect(leaks(await page.content())).toEqual([]);
	await page.goBack();
	await expect(page.getByRole('textbox', { name: 'DPoP-bevis' })).toHaveValue('');
	await expect(page.getByRole('textbox', { name: 'Tilgangstoken (valgfritt)' })).toHaveValue('');
	expect(leaks(await page.content())).toEqual([]);
	await page.goBack();
	await expect(page.getByRole('textbox', { name: 'Client assertion' })).toHaveValue('');
	await page.reload();
	expect(leaks(await page.content())).toEqual([]);
	expect(leaks(await everythingStored(page))).toEqual([]);

	// The only requests: GETs for the site's own files, none carrying a piece of a token.
	expect(requests.filter((r) => !r.startsWith(`GET ${origin}/`))).toEqual([]);
	expect(leaks(requests.join('\n'))).toEqual([]);
});
