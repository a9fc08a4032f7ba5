import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { generateKeyPairSync } from 'node:crypto';
import { lookProblems } from './site';
import { accessToken, testKey } from '~test/helpers/helseid-tokens';

// The error-answer tool as a supplier meets it: found by role and accessible name, by keyboard alone; the answers
// are written here, tokens and keys made by the test.

const NONCE_ANSWER = [
	'HTTP/1.1 100 Continue',
	'',
	'HTTP/1.1 400 Bad Request',
	'Content-Type: application/json',
	'DPoP-Nonce: nonce-from-helseid-42',
	'',
	'{"error":"use_dpop_nonce","error_description":"Missing nonce"}',
	'POST https://helseid-sts.test.nhn.no/connect/token',
].join('\n');

/** Tabs forward until `target` has focus: the keyboard path a user without a mouse takes. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, limit = 80) {
	for (let i = 0; i < limit && !(await target.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(target).toBeFocused();
}

const field = (page: Page) => page.getByRole('textbox', { name: /^Feilsvar/ });
const results = (page: Page) => page.locator('veiviser-error-response');

test('by keyboard alone: paste an answer, read the cause, follow the link to the DPoP check', async ({ page }) => {
	await page.goto('/verktoy/feilsvar/');
	await tabTo(page, field(page));
	await page.keyboard.insertText(NONCE_ANSWER);
	await expect(page.getByText('Vi fant 1 årsak.')).toBeVisible();
	await expect(results(page).getByRole('heading', { name: /use_dpop_nonce: Ventet/ })).toBeVisible();
	await expect(
		results(page).getByText('HelseIDs token-endepunkt, testmiljøet. Det er sikkert.', { exact: false }),
	).toBeVisible();
	await expect(results(page).getByText('nonce-from-helseid-42')).toBeVisible();
	await expect(results(page).getByText('100 Continue → 400 Bad Request')).toBeVisible();
	const link = results(page).getByRole('link', { name: 'Sjekk DPoP-bevis' });
	await tabTo(page, link);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/verktoy\/dpop\/$/);
});

test('names invalid_client with the way to the client-assertion check, and marks an unknown code', async ({ page }) => {
	await page.goto('/verktoy/feilsvar/');
	await field(page).fill('{"error":"invalid_client"}');
	await expect(
		results(page).getByRole('heading', { name: /invalid_client: HelseID godtok ikke klienten/ }),
	).toBeVisible();
	await expect(results(page).getByRole('link', { name: 'Sjekk client assertion' })).toHaveAttribute(
		'href',
		/\/verktoy\/client-assertion\/$/,
	);
	await expect(results(page).getByRole('link', { name: /HelseID: feilmeldinger/ })).toBeVisible();
	await field(page).fill('HTTP/1.1 400 Bad Request\n\n{"error":"quite_unheard_of"}');
	await expect(results(page).getByRole('heading', { name: /quite_unheard_of\s*ukjent kode/ })).toBeVisible();
	const clear = page.getByRole('button', { name: 'Tøm feltet' });
	await tabTo(page, clear);
	await page.keyboard.press('Enter');
	await expect(field(page)).toHaveValue('');
	await expect(field(page)).toBeFocused();
	await expect(results(page).getByRole('heading', { name: /quite_unheard_of/ })).toHaveCount(0);
});

test('reads a picked file', async ({ page }) => {
	await page.goto('/verktoy/feilsvar/');
	await page.getByLabel('Velg fil med svaret').setInputFiles({
		name: 'svar.http',
		mimeType: 'text/plain',
		buffer: Buffer.from('HTTP/1.1 413 Payload Too Large\n'),
	});
	await expect(results(page).getByRole('heading', { name: /413: 413 Content Too Large/ })).toBeVisible();
	await expect(field(page)).toHaveValue(/413/);
});

test('reads a file dropped on the field', async ({ page }) => {
	await page.goto('/verktoy/feilsvar/');
	const dataTransfer = await page.evaluateHandle(() => {
		const transfer = new DataTransfer();
		transfer.items.add(new File(['HTTP/2 429\nRetry-After: 30\n'], 'svar.txt', { type: 'text/plain' }));
		return transfer;
	});
	await field(page).dispatchEvent('drop', { dataTransfer });
	await expect(results(page).getByRole('heading', { name: /429: 429 Too Many Requests/ })).toBeVisible();
	await expect(results(page).getByText('30', { exact: true })).toBeVisible();
});

test('hides the secrets in a paste, sends and stores nothing, empties the field on leaving, refuses a private key', async ({
	page,
	baseURL,
}) => {
	const token = await accessToken(await testKey('RS256', 'helseid'));
	const pieces = token
		.split('.')
		.slice(1)
		.flatMap((part) => part.match(/.{16}/g) ?? []);
	const origin = new URL(baseURL!).origin;
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	await page.goto('/verktoy/feilsvar/');
	await field(page).fill(
		`> GET /v1/Patient HTTP/2\n> Authorization: DPoP ${token}\n< HTTP/2 401\n< WWW-Authenticate: DPoP error="invalid_token"\n`,
	);
	await expect(results(page).getByRole('heading', { name: 'Det du limte inn, har hemmeligheter' })).toBeVisible();
	await expect(results(page).getByRole('heading', { name: /invalid_token/ })).toBeVisible();
	const shown = await page.getByRole('main').innerText();
	expect(pieces.filter((piece) => shown.includes(piece))).toEqual([]);
	const stored = await page.evaluate(() =>
		JSON.stringify({
			local: { ...localStorage },
			session: { ...sessionStorage },
			url: location.href,
			cookie: document.cookie,
		}),
	);
	expect(pieces.filter((piece) => stored.includes(piece))).toEqual([]);
	expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);

	await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
	await expect(field(page)).toHaveValue('');
	await expect(results(page).getByRole('heading', { name: /invalid_token/ })).toHaveCount(0);

	const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
	await field(page).fill(
		`HTTP/1.1 400 Bad Request\n\n${privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()}`,
	);
	await expect(
		results(page).getByRole('heading', { name: 'Ikke lim inn dette: det har en privat nøkkel' }),
	).toBeVisible();
	await expect(field(page)).toHaveValue('');
});

test('the filled tool passes axe in light and dark and does not scroll sideways at 390 px', async ({ page }) => {
	test.slow(); // four looks, axe in each
	await page.goto('/verktoy/feilsvar/');
	const outcome = JSON.stringify({
		resourceType: 'OperationOutcome',
		issue: [
			{
				severity: 'error',
				code: 'structure',
				diagnostics: 'Expected an array but found an object',
				expression: ['Composition.section'],
			},
		],
	});
	await field(page).fill(`Authorization: Bearer abc.def.ghi-secret\nHTTP/1.1 400 Bad Request\n\n${outcome}`);
	await expect(results(page).getByRole('heading', { name: /object-for-list/ })).toBeVisible();
	expect(await lookProblems(page)).toEqual([]);
});
