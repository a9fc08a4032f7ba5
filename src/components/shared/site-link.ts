/**
 * The one way to write a link to a page of this site, in .astro frontmatter and in island scripts alike:
 * `siteUrl('/vkp/sjekkliste/')`. Astro replaces `import.meta.env.BASE_URL` at build time with the sub-path the
 * site is served from (SITE_BASE), so links work under `/veiviser/` as well as at the root.
 */
import { sitePath } from '../../lib/shared/site-path';

export function siteUrl(path: string): string {
	return sitePath(import.meta.env.BASE_URL, path);
}
