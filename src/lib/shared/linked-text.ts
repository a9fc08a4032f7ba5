/**
 * A sentence with links in it, as a feature's messages write it and an island renders it: plain strings and
 * links to site pages. The link is a site path (`/vkp/sjekkliste/`); the island puts the base in front with
 * `siteUrl`, so the text needs no knowledge of where the site is served from.
 */
export type LinkedText = readonly (string | { readonly text: string; readonly path: string })[];
