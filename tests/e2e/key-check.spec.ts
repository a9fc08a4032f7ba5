import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { axeViolations, DESKTOP, PHONE, showAs, type Viewport } from './site';
import {
	pemBody,
	selfSignedCertificatePem,
	spkiPem,
	pkcs1Pem,
	publicJwk,
	spkiDerBase64,
} from '~test/helpers/key-fixtures';

const PATH = '/verktoy/nokkelsjekk/';

// Keys made by Node's crypto for this run; 2048 bits keeps the suite fast.
const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
const other = generateKeyPairSync('rsa', { modulusLength: 3072 });

/** RFC 7638 §3.1, computed by Node from its own JWK export. */
function thumbprintOf(key: KeyObject): string {
	const { e, n } = key.export({ format: 'jwk' });
	return createHash('sha256').update(`{"e":"${e}","kty":"RSA","n":"${n}"}`).digest('base64url');
}

/** The key check as the user sees it, found by role and accessible name. */
class KeyCheckPage {
	constructor(readonly page: Page) {}
	get field() {
		return this.page.getByRole('textbox', { name: /nøkkel/i });
	}
	get refusal() {
		return this.page.getByRole('heading', { name: /Ikke send denne nøkkelen/ });
	}
	async open() {
		await this.page.goto(PATH);
		await expect(this.field).toBeVisible();
	}
	async paste(text: string) {
		await this.field.fill(text);
	}
	thumbprint(value: string) {
		return this.page.getByRole('main').getByText(value, { exact: true }).first();
	}
}

test.describe('key check', () => {
	const formats: [string, () => string, KeyObject][] = [
		['SPKI PEM', () => spkiPem(pair.publicKey), pair.publicKey],
		['PKCS#1 PEM', () => pkcs1Pem(pair.publicKey), pair.publicKey],
		['JWK', () => JSON.stringify(publicJwk(pair.publicKey)), pair.publicKey],
		['certificate', () => selfSignedCertificatePem(pair), pair.publicKey],
		['base64 DER', () => spkiDerBase64(pair.publicKey), pair.publicKey],
	];
	// One page, each format pasted in turn as a user trying them would: the field is emptied between, so each result
	// is the new paste's own (the same key in every format gives the same thumbprint).
	test('shows the thumbprint of a key pasted as SPKI PEM, PKCS#1 PEM, JWK, certificate and base64 DER', async ({
		page,
	}) => {
		const check = new KeyCheckPage(page);
		await check.open();
		for (const [name, input, key] of formats) {
			await test.step(name, async () => {
				await check.paste('');
				await expect(check.thumbprint(thumbprintOf(key))).toBeHidden();
				await check.paste(input());
				await expect(check.thumbprint(thumbprintOf(key))).toBeVisible();
				await expect(page.getByRole('heading', { name: 'Nøkkel 1: RSA 2048 bit' })).toBeVisible();
			});
		}
	});

	test('shows every key of a JWKS', async ({ page }) => {
		const check = new KeyCheckPage(page);
		await check.open();
		await check.paste(
			JSON.stringify({ keys: [publicJwk(pair.publicKey), { ...publicJwk(other.publicKey), kid: 'nr-2' }] }),
		);
		await expect(check.thumbprint(thumbprintOf(pair.publicKey))).toBeVisible();
		await expect(check.thumbprint(thumbprintOf(other.publicKey))).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Nøkkel 2: RSA 3072 bit' })).toBeVisible();
		await expect(page.getByText('nr-2', { exact: true })).toBeVisible();
	});

	test('names an EC key and refuses a 1024-bit key with its size', async ({ page }) => {
		const check = new KeyCheckPage(page);
		await check.open();
		await check.paste(spkiPem(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey));
		await expect(page.getByText(/EC P-256-nøkkel, ikke en RSA-nøkkel/)).toBeVisible();
		await check.paste(spkiPem(generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey));
		await expect(page.getByText(/Nøkkelen er på 1024 bit/)).toBeVisible();
	});

	test('reads a chosen file, text or binary DER, and a dropped file', async ({ page }) => {
		const check = new KeyCheckPage(page);
		await check.open();
		const chooser = page.getByLabel('Velg fil med nøkkelen');
		await chooser.setInputFiles({
			name: 'offentlig.pem',
			mimeType: 'text/plain',
			buffer: Buffer.from(spkiPem(pair.publicKey)),
		});
		await expect(check.thumbprint(thumbprintOf(pair.publicKey))).toBeVisible();
		await chooser.setInputFiles({
			name: 'sertifikat.der',
			mimeType: 'application/octet-stream',
			buffer: other.publicKey.export({ type: 'spki', format: 'der' }),
		});
		await expect(check.thumbprint(thumbprintOf(other.publicKey))).toBeVisible();

		const dropped = await page.evaluateHandle(
			(text) => {
				const transfer = new DataTransfer();
				transfer.items.add(new File([text], 'nokkel.json', { type: 'application/json' }));
				return transfer;
			},
			JSON.stringify(publicJwk(pair.publicKey)),
		);
		await check.field.dispatchEvent('drop', { dataTransfer: dropped });
		await expect(check.field).toHaveValue(/"kty"/);
		await expect(check.thumbprint(thumbprintOf(pair.publicKey))).toBeVisible();
	});

	test('refuses a private key: nothing sent, nothing stored, field cleared', async ({ page, baseURL }) => {
		const check = new KeyCheckPage(page);
		await check.open();
		await page.waitForLoadState('networkidle');
		const requests: string[] = [];
		page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
		const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
		await check.paste(privatePem);
		await expect(check.refusal).toBeVisible();
		await expect(page.getByText(/Ingenting har forlatt nettleseren din/)).toBeVisible();
		// The refusal's own help (kept in a <template> until now), not the same command further down the page, with a
		// working copy button on each of its four commands.
		const help = page.getByRole('region', { name: /Ikke send denne nøkkelen/ });
		await expect(help.getByText('openssl pkey -in privat.pem -pubout -out offentlig.pem')).toBeVisible();
		await expect(help.getByRole('button', { name: 'Copy to clipboard' })).toHaveCount(4);
		await help.getByRole('button', { name: 'Copy to clipboard' }).last().click();
		await expect(help.getByText('Copied!')).toBeVisible();
		await expect(check.field).toHaveValue('');
		await page.waitForTimeout(300);
		const origin = new URL(baseURL!).origin;
		for (const request of requests) expect(request).toMatch(new RegExp(`^GET ${origin.replaceAll('.', '\\.')}/`));

		const stored = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
		const body = pemBody(privatePem);
		for (let i = 0; i + 16 <= body.length; i += 16) expect(stored).not.toContain(body.slice(i, i + 16));
		const shown = await page.getByRole('main').innerText();
		for (let i = 0; i + 16 <= body.length; i += 16) expect(shown).not.toContain(body.slice(i, i + 16));
	});

	test('generates a key pair and checks its public key', async ({ page }) => {
		const check = new KeyCheckPage(page);
		await check.open();
		await page.getByRole('radio', { name: /2048 bit/ }).check();
		await page.getByRole('button', { name: 'Lag nøkkelpar' }).click();
		await expect(page.getByText(/Nøkkelparet er laget \(2048 bit, RS256\)/)).toBeVisible({ timeout: 15_000 });
		await expect(page.getByRole('heading', { name: 'Nøkkel 1: RSA 2048 bit' })).toBeVisible();
		const jwk = JSON.parse(await check.field.inputValue()) as { d?: string; kid: string; n: string };
		expect(jwk).toMatchObject({ kty: 'RSA', use: 'sig', alg: 'RS256' });
		expect(jwk.d).toBeUndefined();
		await expect(check.thumbprint(jwk.kid)).toBeVisible();

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Last ned privat nøkkel (PKCS#8 PEM)' }).click();
		const file = await download;
		expect(file.suggestedFilename()).toBe('privat-nokkel.pem');
		const stored = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
		expect(stored).not.toContain('PRIVATE');
		expect(stored).not.toContain(jwk.n.slice(0, 40));
	});

	test('works with the keyboard alone, and copies and downloads', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		const check = new KeyCheckPage(page);
		await check.open();
		for (let i = 0; i < 100 && !(await check.field.evaluate((el) => el === document.activeElement)); i++) {
			await page.keyboard.press('Tab');
		}
		await expect(check.field).toBeFocused();
		await page.keyboard.insertText(spkiPem(pair.publicKey));
		const thumbprint = thumbprintOf(pair.publicKey);
		await expect(check.thumbprint(thumbprint)).toBeVisible();

		const copy = page.getByRole('button', { name: 'Kopier tommelavtrykket' });
		for (let i = 0; i < 30 && !(await copy.evaluate((el) => el === document.activeElement)); i++) {
			await page.keyboard.press('Tab');
		}
		await expect(copy).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByText('Kopiert til utklippstavlen.')).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(thumbprint);

		const download = page.getByRole('button', { name: 'Last ned JWK (.json)' });
		for (let i = 0; i < 30 && !(await download.evaluate((el) => el === document.activeElement)); i++) {
			await page.keyboard.press('Tab');
		}
		await expect(download).toBeFocused();
		const saved = page.waitForEvent('download');
		await page.keyboard.press('Space');
		const file = await saved;
		const text = await (await file.createReadStream()).toArray();
		const jwk = JSON.parse(Buffer.concat(text).toString('utf8')) as unknown;
		expect(jwk).toEqual({ ...publicJwk(pair.publicKey), kid: thumbprint, use: 'sig' });
	});

	test('says so honestly when copying fails', async ({ page }) => {
		const check = new KeyCheckPage(page);
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('nei')) } });
		});
		await check.open();
		await check.paste(spkiPem(pair.publicKey));
		await page.getByRole('button', { name: 'Kopier PEM' }).click();
		await expect(page.getByText(/Nettleseren lot oss ikke kopiere/)).toBeVisible();
	});

	test('offers to attach the thumbprint to a chosen kommune', async ({ page }) => {
		await page.addInitScript(() => {
			localStorage.setItem(
				'veiviser:kommuner:v1',
				JSON.stringify({ v: 1, data: { kommuner: [{ nummer: '1804', navn: 'Bodø' }] } }),
			);
		});
		const check = new KeyCheckPage(page);
		await check.open();
		await check.paste(spkiPem(pair.publicKey));
		await page.getByRole('combobox', { name: /Bruk dette tommelavtrykket for kommune/ }).selectOption('1804');
		await page.getByRole('button', { name: /Lagre tommelavtrykket/ }).click();
		await expect(page.getByText('Tommelavtrykket er lagret for Bodø i sjekklisten.')).toBeVisible();
		const stored = await page.evaluate(() => localStorage.getItem('veiviser:kommuner:v1'));
		const { data } = JSON.parse(stored!) as { data: { kommuner: { thumbprint?: string }[] } };
		expect(data.kommuner[0]!.thumbprint).toBe(thumbprintOf(pair.publicKey));
	});

	test('has no WCAG 2.1 A/AA violations in light and dark theme: with a result, with a refusal, at mobile width', async ({
		page,
	}) => {
		// Six axe runs take 15-30 s on a busy 2-core machine: give this test three times the usual limit.
		test.slow();
		const check = new KeyCheckPage(page);
		const found: string[] = [];
		/** Both themes (switched in place, site.ts showAs) at one width, on the page as it stands. */
		const checkBothThemes = async (state: string, viewport: Viewport) => {
			for (const theme of ['light', 'dark'] as const) {
				await showAs(page, theme, viewport);
				for (const violation of await axeViolations(page)) found.push(`[${state}, ${theme}] ${violation}`);
			}
		};
		// The empty page in all four looks: pages.spec.ts, which checks /verktoy/nokkelsjekk/ as it loads.
		await check.open();
		const small = publicJwk(generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey);
		await check.paste(JSON.stringify({ keys: [publicJwk(pair.publicKey), small] }));
		await expect(page.getByRole('heading', { name: 'Nøkkel 2: RSA 1024 bit' })).toBeVisible();
		await checkBothThemes('resultat', DESKTOP);
		await check.paste(pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString());
		await expect(check.refusal).toBeVisible();
		await checkBothThemes('avvist', DESKTOP);
		await check.paste(spkiPem(pair.publicKey));
		await expect(page.getByRole('heading', { name: 'Nøkkel 1: RSA 2048 bit' })).toBeVisible();
		await checkBothThemes('mobil, resultat', PHONE);
		expect(found).toEqual([]);
	});
});
