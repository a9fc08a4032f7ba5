import { readFileSync } from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { expect, test } from './fixtures';
import { deployHeaders, watchCsp, withDeployHeaders } from './csp-watch';
import { sitePaths } from './site';
import { directive, inlineBlocks, metaPolicy, parsePolicy, sha256Source } from '~/integrations/security-headers/csp';

const paths = sitePaths();

test.describe('content security policy', () => {
	test('every page carries a strict CSP <meta> that allows exactly its own inline scripts', async ({ request }) => {
		const problems: string[] = [];
		for (const path of paths) {
			const html = await (await request.get(path)).text();
			const text = metaPolicy(html);
			if (text === undefined) {
				problems.push(`${path}: no CSP <meta>`);
				continue;
			}
			const policy = parsePolicy(text);
			const scriptSrc = directive(policy, 'script-src') ?? [];
			const check = (ok: boolean, what: string) => ok || problems.push(`${path}: ${what} in "${text.slice(0, 200)}…"`);
			check(scriptSrc.includes("'self'"), "script-src without 'self'");
			check(!scriptSrc.includes("'unsafe-inline'") && !scriptSrc.includes("'unsafe-eval'"), 'unsafe script-src');
			check(
				!(directive(policy, 'script-src-elem') ?? []).includes("'unsafe-inline'"),
				"'unsafe-inline' in script-src-elem",
			);
			check(directive(policy, 'default-src')?.join(' ') === "'self'", "default-src not 'self'");
			check(directive(policy, 'connect-src')?.join(' ') === "'self'", "connect-src not 'self'");
			check(directive(policy, 'object-src')?.join(' ') === "'none'", "object-src not 'none'");
			check(directive(policy, 'base-uri')?.join(' ') === "'self'", "base-uri not 'self'");
			check(directive(policy, 'form-action')?.join(' ') === "'none'", "form-action not 'none'");
			// A <meta> policy cannot carry frame-ancestors; Chromium logs an error for it (CSP3 §6.4.2).
			check(directive(policy, 'frame-ancestors') === undefined, 'frame-ancestors in a <meta>');
			for (const script of inlineBlocks(html).scripts) {
				check(
					scriptSrc.includes(sha256Source(script)),
					`inline script without its hash: ${script.trim().slice(0, 60)}`,
				);
			}
		}
		expect(problems).toEqual([]);
	});

	test('dist/_headers sets the CSP with frame-ancestors, and the other security headers', () => {
		const headers = deployHeaders();
		const policy = parsePolicy(headers['content-security-policy'] ?? '');
		expect(directive(policy, 'frame-ancestors')).toEqual(["'none'"]);
		expect(directive(policy, 'object-src')).toEqual(["'none'"]);
		expect(directive(policy, 'connect-src')).toEqual(["'self'"]);
		expect(directive(policy, 'form-action')).toEqual(["'none'"]);
		expect(directive(policy, 'script-src')).not.toContain("'unsafe-inline'");
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('no-referrer');
		expect(headers['x-frame-options']).toBe('DENY');
		expect(headers['strict-transport-security']).toMatch(/^max-age=\d{7,}/);
		for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
			expect(headers['permissions-policy']).toContain(`${feature}=()`);
		}
		// The header policy is the union of the pages' policies: it must allow every page's inline scripts too.
		const scriptSrc = directive(policy, 'script-src') ?? [];
		const missing = paths.flatMap((path) => {
			const file = path === '/404.html' ? '404.html' : `${path.slice(1)}index.html`;
			const html = readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8');
			return inlineBlocks(html)
				.scripts.map(sha256Source)
				.filter((hash) => !scriptSrc.includes(hash))
				.map((hash) => `${path} ${hash}`);
		});
		expect(missing).toEqual([]);
	});

	test('search works under the policy (Pagefind WebAssembly) with no violation', async ({ page }) => {
		const violations = await watchCsp(page);
		await withDeployHeaders(page);
		await page.goto('/');
		await page.getByRole('button', { name: 'Søk' }).click();
		const dialog = page.getByRole('dialog', { name: 'Søk' });
		await dialog.getByRole('textbox', { name: 'Søk' }).fill('kommune');
		await expect(dialog.getByRole('link').first()).toBeVisible({ timeout: 15_000 });
		expect(violations).toEqual([]);
	});

	test('the key check works under the policy with no violation', async ({ page }) => {
		test.skip(!paths.includes('/verktoy/nokkelsjekk/'), 'the key check page is not built');
		test.slow(); // makes a key pair in the browser
		const violations = await watchCsp(page);
		await withDeployHeaders(page);
		await page.goto('/verktoy/nokkelsjekk/');
		const field = page.getByRole('textbox', { name: /nøkkel/i });
		const pem = generateKeyPairSync('rsa', { modulusLength: 2048 })
			.publicKey.export({ type: 'spki', format: 'pem' })
			.toString();
		await field.fill(pem);
		await expect(page.getByRole('heading', { name: 'Nøkkel 1: RSA 2048 bit' })).toBeVisible();
		await field.fill('');
		await field.pressSequentially('-----BEGIN PUBLIC KEY-----\nMIIB');
		await page.getByRole('radio', { name: /2048 bit/ }).check();
		await page.getByRole('button', { name: 'Lag nøkkelpar' }).click();
		await expect(page.getByText(/Nøkkelparet er laget/)).toBeVisible({ timeout: 15_000 });
		expect(violations).toEqual([]);
	});

	test('the checklist works under the policy with no violation', async ({ page }) => {
		test.skip(!paths.includes('/vkp/sjekkliste/'), 'the checklist page is not built');
		const violations = await watchCsp(page);
		await withDeployHeaders(page);
		await page.goto('/vkp/sjekkliste/');
		await expect(page.getByText(/0 av \d+ steg fullført/).first()).toBeVisible();
		await page.getByRole('checkbox').first().check();
		await expect(page.getByText(/1 av \d+ steg fullført/).first()).toBeVisible();
		expect(violations).toEqual([]);
	});

	test('the profile form and mail drafts work under the policy with no violation', async ({ page }) => {
		test.skip(!paths.includes('/verktoy/e-post/'), 'the mail page is not built');
		const violations = await watchCsp(page);
		await withDeployHeaders(page);
		await page.goto('/verktoy/e-post/');
		const company = page.getByRole('textbox', { name: 'Virksomhet', exact: true });
		await expect(company).toBeEditable();
		await company.pressSequentially('Trygg Hjemme AS');
		// The drafts' code loads when they come near the screen (issue 11): scroll to them, as a user does.
		await page.locator('veiviser-mail-draft').first().scrollIntoViewIfNeeded();
		await expect(
			page
				.getByRole('region', { name: /^E-postutkast: / })
				.first()
				.getByText(/Trygg Hjemme AS/)
				.first(),
		).toBeVisible();
		expect(violations).toEqual([]);
	});
});
