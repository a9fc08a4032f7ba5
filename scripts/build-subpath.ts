// Builds the site a second time, as if served from https://example.no/veiviser/, into dist-subpath/. The e2e
// suite's "sub-path" project runs its page, link and journey checks against it (playwright.config.ts). A script
// rather than `SITE_BASE=… astro build` in package.json, so it also runs from Windows' cmd.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const SUBPATH_BASE = '/veiviser/';
export const SUBPATH_OUT_DIR = 'dist-subpath';

if (import.meta.main) {
	const astro = join(import.meta.dirname, '../node_modules/astro/bin/astro.mjs');
	const result = spawnSync(process.execPath, [astro, 'build'], {
		stdio: 'inherit',
		env: { ...process.env, SITE_BASE: SUBPATH_BASE, SITE_OUT_DIR: SUBPATH_OUT_DIR },
	});
	process.exit(result.status ?? 1);
}
