/**
 * Links inside the site under the sub-path it may be served from (SITE_BASE, Astro's `base`). Pages, content and
 * islands write site paths as `/vkp/sjekkliste/`; this puts the base in front. Pure: the base is passed in, so
 * it can be tested and used at build time and in the browser alike (src/components/shared/site-link.ts).
 */

/** True for a path inside the site (`/vkp/`), false for `//host`, `https:`, `mailto:`, `#anchor` or relative links. */
export function isSitePath(href: string): boolean {
	return href.startsWith('/') && !href.startsWith('//');
}

/**
 * `sitePath('/veiviser/', '/vkp/')` is `/veiviser/vkp/`; with base `/` the path is unchanged. A path that already
 * starts with the base, and any link that is not a site path, is returned as it is.
 */
export function sitePath(base: string, href: string): string {
	if (!isSitePath(href)) return href;
	const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
	if (prefix === '' || href === prefix || href.startsWith(`${prefix}/`)) return href;
	return `${prefix}${href}`;
}
