/**
 * The one way to write a link to a page of this site, in .astro frontmatter and in island scripts alike:
 * `siteUrl('/vkp/sjekkliste/')`. Astro replaces `import.meta.env.BASE_URL` at build time with the sub-path the
 * site is served from (SITE_BASE), so links work under `/veiviser/` as well as at the root.
 */
import type { LinkedText } from '../../lib/shared/linked-text';
import { sitePath } from '../../lib/shared/site-path';

export function siteUrl(path: string): string {
	return sitePath(import.meta.env.BASE_URL, path);
}

/** A sentence with site links, from a feature's messages, as nodes for an island to show: each link through siteUrl. */
export function linkedNodes(text: LinkedText): (string | HTMLAnchorElement)[] {
	return text.map((part) =>
		typeof part === 'string'
			? part
			: Object.assign(document.createElement('a'), { href: siteUrl(part.path), textContent: part.text }),
	);
}
