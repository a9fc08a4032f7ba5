// An Astro integration that finishes the Content Security Policy after `astro build`:
// 1. every page's CSP <meta> gets the hashes of the inline scripts and styles Astro did not hash itself
//    (Starlight's `is:inline` theme and search-shortcut scripts), computed from the built HTML, so it can never
//    drift from what the page really contains;
// 2. dist/_headers (copied from public/_headers) gets one Content-Security-Policy header: the union of the pages'
//    policies plus `frame-ancestors 'none'`, which a <meta> cannot carry (CSP3 §6.4.2).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { completePolicy, fillHeadersFile, mergePolicies, withDirective } from './csp';

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export default function securityHeaders(): AstroIntegration {
	return {
		name: 'veiviser-security-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const policies: string[] = [];
				let patched = 0;
				for (const file of await htmlFiles(root)) {
					const result = completePolicy(await readFile(file, 'utf8'));
					if (!result.ok) throw new Error(`${file}: ${result.error.message} Is security.csp on in astro.config.mjs?`);
					if (result.page.added.length > 0) {
						await writeFile(file, result.page.html);
						patched++;
					}
					policies.push(result.page.policy);
				}
				const headerPolicy = withDirective(mergePolicies(policies), 'frame-ancestors', ["'none'"]);
				const headersPath = join(root, '_headers');
				const template = await readFile(headersPath, 'utf8').catch(() => {
					throw new Error('dist/_headers is missing: public/_headers must exist (it is the template).');
				});
				const filled = fillHeadersFile(template, headerPolicy);
				if (!filled.ok) throw new Error(`public/_headers: ${filled.error.message}`);
				await writeFile(headersPath, filled.text);
				logger.info(
					`CSP: hashed inline scripts/styles added on ${patched} of ${policies.length} pages; wrote _headers`,
				);
			},
		},
	};
}
