// Pure helpers for the Content Security Policy of the built site: read the policy Astro put in a page's
// <meta http-equiv="content-security-policy">, add the hashes of inline scripts and styles it left out, and merge
// the pages' policies into one for the deploy headers. No file system here: scripts/security/integration.ts does
// the reading and writing, and tests/unit/csp.test.ts tests these functions.
import { createHash } from 'node:crypto';

/** A policy as an ordered list of directives, each with its name and its sources (CSP Level 3 §2.2). */
export type Policy = { name: string; sources: string[] }[];

/** Parses a serialized policy (`name src src; name src`), keeping directive order; repeated names keep the first. */
export function parsePolicy(text: string): Policy {
	const policy: Policy = [];
	for (const part of text.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
		if (!name) continue;
		const lower = name.toLowerCase();
		// CSP3 §2.2.1: a repeated directive name is ignored.
		if (policy.some((d) => d.name === lower)) continue;
		policy.push({ name: lower, sources });
	}
	return policy;
}

export function serializePolicy(policy: Policy): string {
	return policy.map((d) => [d.name, ...d.sources].join(' ')).join('; ');
}

export function directive(policy: Policy, name: string): string[] | undefined {
	return policy.find((d) => d.name === name)?.sources;
}

/** The CSP source expression for an inline block: the SHA-256 of its UTF-8 text, base64 (CSP3 §8.4). */
export function sha256Source(content: string): string {
	return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}

/** Types of <script> the browser executes (HTML §4.12.1.1); other types are data blocks CSP does not check. */
function isExecutable(attributes: string): boolean {
	if (/\ssrc\s*=/i.test(attributes)) return false;
	const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
	return (
		type === undefined ||
		type === '' ||
		type === 'module' ||
		type === 'text/javascript' ||
		type === 'application/javascript'
	);
}

/** The text of every inline script the browser would run and every <style> element, in document order. */
export function inlineBlocks(html: string): { scripts: string[]; styles: string[] } {
	const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)]
		.filter((m) => isExecutable(m[1] ?? ''))
		.map((m) => m[2] ?? '');
	const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1] ?? '');
	return { scripts, styles };
}

// Astro writes `<meta http-equiv="content-security-policy" content="...">`; the policy itself contains single quotes.
const META = /<meta\s+http-equiv=(["'])content-security-policy\1\s+content=(?:"([^"]*)"|'([^']*)')\s*\/?>/i;

/** The policy text of a page's CSP <meta>, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
	const match = META.exec(html);
	return match ? (match[2] ?? match[3]) : undefined;
}

/** Adds sources to the most specific existing directive of a family (script-src-elem before script-src). */
function addSources(policy: Policy, family: 'script' | 'style', sources: string[]): string[] {
	let target = policy.find((d) => d.name === `${family}-src-elem`) ?? policy.find((d) => d.name === `${family}-src`);
	if (!target) {
		target = { name: `${family}-src`, sources: ["'self'"] };
		policy.push(target);
	}
	const added: string[] = [];
	for (const source of sources) {
		if (!target.sources.includes(source)) {
			target.sources.push(source);
			added.push(source);
		}
	}
	return added;
}

export type CompletedPage = { html: string; policy: string; added: string[] };

/**
 * Makes a page's CSP <meta> allow exactly the inline scripts and styles the page has: Astro 7 hashes the scripts it
 * bundles but not `is:inline` ones (Starlight's theme and search-shortcut scripts), and not every inlined style.
 * Returns the page unchanged (added = []) when nothing was missing, or an error when the page has no CSP <meta>.
 */
export function completePolicy(
	html: string,
): { ok: true; page: CompletedPage } | { ok: false; error: { code: 'no-csp-meta'; message: string } } {
	const match = META.exec(html);
	if (!match)
		return {
			ok: false,
			error: { code: 'no-csp-meta', message: 'The page has no <meta http-equiv="content-security-policy">.' },
		};
	const policy = parsePolicy(match[2] ?? match[3] ?? '');
	const blocks = inlineBlocks(html);
	const added = [
		...addSources(policy, 'script', [...new Set(blocks.scripts.map(sha256Source))]),
		...addSources(policy, 'style', [...new Set(blocks.styles.map(sha256Source))]),
	];
	const text = serializePolicy(policy);
	if (added.length === 0) return { ok: true, page: { html, policy: text, added } };
	const meta = `<meta http-equiv="content-security-policy" content="${text}">`;
	return {
		ok: true,
		page: { html: html.slice(0, match.index) + meta + html.slice(match.index + match[0].length), policy: text, added },
	};
}

/**
 * One policy allowing what any of the given policies allows, per directive (the union of their sources), in the
 * order directives first appear. For the deploy header: browsers enforce the header and the page's <meta> both,
 * so each page stays as strict as its own <meta>. `'none'` is dropped from a directive that gains other sources.
 */
export function mergePolicies(policies: string[]): string {
	const merged: Policy = [];
	for (const text of policies) {
		for (const { name, sources } of parsePolicy(text)) {
			const existing = merged.find((d) => d.name === name);
			if (!existing) merged.push({ name, sources: [...sources] });
			else for (const source of sources) if (!existing.sources.includes(source)) existing.sources.push(source);
		}
	}
	for (const d of merged) if (d.sources.length > 1) d.sources = d.sources.filter((s) => s !== "'none'");
	return serializePolicy(merged);
}

/** Sets (or replaces) a directive; for what a <meta> cannot carry, such as frame-ancestors (CSP3 §6.4.2). */
export function withDirective(policyText: string, name: string, sources: string[]): string {
	const policy = parsePolicy(policyText).filter((d) => d.name !== name);
	policy.push({ name, sources });
	return serializePolicy(policy);
}

/**
 * Puts the generated policy into a Netlify / Cloudflare Pages `_headers` file in place of its
 * `Content-Security-Policy:` line (kept as a placeholder in public/_headers). Fails when there is no such line, so
 * the header can never silently go missing.
 */
export function fillHeadersFile(
	template: string,
	policy: string,
): { ok: true; text: string } | { ok: false; error: { code: 'no-csp-line'; message: string } } {
	const line = /^([ \t]+)Content-Security-Policy:.*$/m;
	if (!line.test(template))
		return { ok: false, error: { code: 'no-csp-line', message: 'No "  Content-Security-Policy:" line in _headers.' } };
	return {
		ok: true,
		text: template.replace(line, (_all, indent: string) => `${indent}Content-Security-Policy: ${policy}`),
	};
}
