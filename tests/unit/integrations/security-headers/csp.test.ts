import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	completePolicy,
	directive,
	fillHeadersFile,
	inlineBlocks,
	mergePolicies,
	metaPolicy,
	parsePolicy,
	serializePolicy,
	sha256Source,
	withDirective,
} from '~/integrations/security-headers/csp';

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function page(policy: string, body: string): string {
	return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}">${body}</head><body></body></html>`;
}

describe('parsePolicy / serializePolicy', () => {
	it('keeps directive order and sources, lower-cases names, ignores a repeated directive (CSP3 §2.2.1)', () => {
		const policy = parsePolicy(" Script-Src 'self' 'sha256-a=' ;object-src 'none';; script-src *");
		expect(policy).toEqual([
			{ name: 'script-src', sources: ["'self'", "'sha256-a='"] },
			{ name: 'object-src', sources: ["'none'"] },
		]);
		expect(serializePolicy(policy)).toBe("script-src 'self' 'sha256-a='; object-src 'none'");
		expect(directive(policy, 'object-src')).toEqual(["'none'"]);
		expect(directive(policy, 'img-src')).toBeUndefined();
	});
});

describe('sha256Source', () => {
	it('hashes the UTF-8 text as the browser does', () => {
		const script = "console.log('blåbær')";
		expect(sha256Source(script)).toBe(hashOf(script));
		expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
	});
});

describe('inlineBlocks', () => {
	it('finds inline classic and module scripts and styles, not external scripts or data blocks', () => {
		const html =
			'<script>a()</script><script type="module">b()</script><script src="/x.js"></script>' +
			'<script type="application/ld+json">{"c":1}</script><script type=text/javascript>d()</script>' +
			'<style>p{color:red}</style><style media="print">q{}</style>';
		expect(inlineBlocks(html)).toEqual({ scripts: ['a()', 'b()', 'd()'], styles: ['p{color:red}', 'q{}'] });
	});
});

describe('metaPolicy', () => {
	it('reads the policy of the CSP <meta>, single quotes included', () => {
		expect(metaPolicy(page("script-src 'self'", ''))).toBe("script-src 'self'");
		expect(metaPolicy('<html><head></head></html>')).toBeUndefined();
	});
});

describe('completePolicy', () => {
	it('adds the hash of each inline script and style the policy lacks, once', () => {
		const known = 'known()';
		const html = page(
			`default-src 'self'; script-src 'self' ${hashOf(known)}; style-src-elem 'self'`,
			`<script>${known}</script><script>theme()</script><script>theme()</script><style>a{}</style>`,
		);
		const result = completePolicy(html);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.page.added).toEqual([hashOf('theme()'), hashOf('a{}')]);
		const policy = parsePolicy(metaPolicy(result.page.html)!);
		expect(directive(policy, 'script-src')).toEqual(["'self'", hashOf(known), hashOf('theme()')]);
		// Style hashes go to the most specific directive present (style-src-elem), as Astro places its own.
		expect(directive(policy, 'style-src-elem')).toEqual(["'self'", hashOf('a{}')]);
		expect(result.page.policy).toBe(metaPolicy(result.page.html));
		expect(result.page.html.replace(/<meta http-equiv[^>]*>/, '')).toBe(html.replace(/<meta http-equiv[^>]*>/, ''));
	});

	it('leaves a complete page untouched', () => {
		const html = page(`script-src 'self' ${hashOf('x()')}; style-src 'self'`, '<script>x()</script>');
		const result = completePolicy(html);
		expect(result.ok && result.page.html === html && result.page.added.length === 0).toBe(true);
	});

	it('creates script-src when the policy has none', () => {
		const result = completePolicy(page("object-src 'none'", '<script>y()</script>'));
		expect(result.ok && directive(parsePolicy(result.page.policy), 'script-src')).toEqual(["'self'", hashOf('y()')]);
	});

	it('says so when the page has no CSP <meta>', () => {
		const result = completePolicy('<html><head><script>z()</script></head></html>');
		expect(result.ok ? 'ok' : result.error.code).toBe('no-csp-meta');
	});
});

describe('mergePolicies', () => {
	it('unions the sources of each directive in first-seen order', () => {
		const merged = mergePolicies([
			"script-src 'self' 'sha256-a='; object-src 'none'",
			"script-src 'self' 'sha256-b='; img-src 'self'",
		]);
		expect(merged).toBe("script-src 'self' 'sha256-a=' 'sha256-b='; object-src 'none'; img-src 'self'");
	});

	it("drops 'none' from a directive that gains a real source", () => {
		expect(mergePolicies(["img-src 'none'", "img-src 'self'"])).toBe("img-src 'self'");
	});
});

describe('withDirective', () => {
	it('appends or replaces a directive', () => {
		expect(withDirective("script-src 'self'", 'frame-ancestors', ["'none'"])).toBe(
			"script-src 'self'; frame-ancestors 'none'",
		);
		expect(withDirective("frame-ancestors *; script-src 'self'", 'frame-ancestors', ["'none'"])).toBe(
			"script-src 'self'; frame-ancestors 'none'",
		);
	});
});

describe('fillHeadersFile', () => {
	it('replaces the placeholder line, keeping its indentation and the other headers', () => {
		const template =
			'# Content-Security-Policy: explained here\n/*\n  Content-Security-Policy: placeholder\n  X-Content-Type-Options: nosniff\n';
		const result = fillHeadersFile(template, "default-src 'self'");
		expect(result).toEqual({
			ok: true,
			text: "# Content-Security-Policy: explained here\n/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff\n",
		});
	});

	it('fails when the template has no CSP line', () => {
		const result = fillHeadersFile('/*\n  X-Frame-Options: DENY\n', "default-src 'self'");
		expect(result.ok ? 'ok' : result.error.code).toBe('no-csp-line');
	});
});
