import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

// The deploy headers of dist/_headers and the CSP violations a page reports: every page is loaded under both in
// pages.spec.ts, and the islands at work in security.spec.ts.

const headersFile = readFileSync(new URL('../../dist/_headers', import.meta.url), 'utf8');

/** The headers dist/_headers sets for every path (`/*`), as Netlify and Cloudflare Pages read them. */
export function deployHeaders(): Record<string, string> {
	const block = headersFile.split(/^\/\*\s*$/m)[1] ?? '';
	const headers: Record<string, string> = {};
	for (const line of block.split('\n')) {
		const match = /^[ \t]+([A-Za-z-]+):\s*(.+)$/.exec(line);
		if (match) headers[match[1]!.toLowerCase()] = match[2]!.trim();
	}
	return headers;
}

/**
 * Collects every CSP violation the page reports (the `securitypolicyviolation` event, CSP3 §5.3) and every console
 * message about the policy, across navigations.
 */
export async function watchCsp(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('__veiviserCspViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { __veiviserCspViolation: (text: string) => void }).__veiviserCspViolation;
			report(
				`${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ${event.sample}`,
			);
		});
	});
	page.on('console', (message) => {
		if (/content security policy|content-security-policy/i.test(message.text()))
			violations.push(`console: ${message.text()}`);
	});
	return violations;
}

/**
 * Serves every page with the deploy headers of dist/_headers added, so the page is held to the header policy and
 * its own <meta> policy together, as on Netlify or Cloudflare Pages (`astro preview` sends neither).
 */
export async function withDeployHeaders(page: Page): Promise<void> {
	const headers = deployHeaders();
	// Only documents carry a policy: intercepting them alone keeps scripts, styles and Pagefind's files fast.
	const isDocument = (url: URL) => url.pathname.endsWith('/') || url.pathname.endsWith('.html');
	await page.route(isDocument, async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, headers: { ...response.headers(), ...headers } });
	});
}
