// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { satteri } from '@astrojs/markdown-satteri';
import starlightLinksValidator from 'starlight-links-validator';
import securityHeaders from './src/integrations/security-headers/index.ts';
import preloadDeps from './src/integrations/preload-deps/index.ts';
import chunkGroups from './src/integrations/chunk-groups/index.ts';
import islandPreload from './src/integrations/island-preload/index.ts';
import { sitePathLinks } from './src/integrations/site-links/index.ts';

// The public address the site is deployed at. Used for the sitemap and canonical links.
// Override it per deploy with SITE_URL (and SITE_BASE when served from a sub-path).
const site = process.env.SITE_URL ?? 'https://integrasjonsveiviser.example.no';
const base = process.env.SITE_BASE ?? '/';
// The e2e suite builds the site a second time under a sub-path into its own folder (see playwright.config.ts).
const outDir = process.env.SITE_OUT_DIR ?? './dist';

export default defineConfig({
	site,
	base,
	outDir,
	// Guides link to other pages as `/vkp/…`; this puts the base in front when the site is served from a sub-path.
	markdown: { processor: satteri({ mdastPlugins: [sitePathLinks(base)] }) },
	// A strict Content Security Policy in a <meta> on every page (Astro hashes the scripts and styles it bundles;
	// securityHeaders() adds the hashes of Starlight's is:inline scripts and writes dist/_headers with the same
	// policy plus frame-ancestors, which a <meta> cannot carry). Pagefind's search needs 'wasm-unsafe-eval'.
	// Inline style attributes (Starlight icons, Expressive Code colours) cannot run code: allowed in style-src-attr only.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'none'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: {
				resources: [
					{ resource: "'self'", kind: 'element' },
					{ resource: "'unsafe-inline'", kind: 'attribute' },
				],
			},
		},
	},
	// No telemetry, no prefetch of third-party hosts: nothing leaves the user's browser but page loads.
	integrations: [
		starlight({
			title: 'Integrasjonsveiviser',
			description:
				'Veiviser for leverandører som skal integrere med Velferdsteknologisk knutepunkt (VKP) og Verktøykatalogen på Helsenorge.',
			defaultLocale: 'root',
			locales: {
				root: { label: 'Norsk bokmål', lang: 'nb' },
			},
			lastUpdated: true,
			// Long commands wrap instead of scrolling sideways: readable on a phone, and no scrollable region that
			// needs a script to become keyboard-focusable (axe's scrollable-region-focusable raced that script).
			expressiveCode: { defaultProps: { wrap: true } },
			customCss: ['./src/styles/custom.css'],
			// Guards Starlight's theme script against unknown stored values (see the component).
			components: { ThemeProvider: './src/components/shared/ThemeProvider.astro' },
			plugins: [
				starlightLinksValidator({
					errorOnRelativeLinks: false,
					// A heading of the checklist component (KommuneSection.astro), which the validator does not read;
					// pages.spec.ts checks that every link of every page, as served, finds its element.
					exclude: ['#sjekkliste-vkp-per-kommune'],
				}),
			],
			sidebar: [
				{ label: 'Start her', slug: 'index' },
				{
					label: 'VKP – Velferdsteknologisk knutepunkt',
					items: [{ autogenerate: { directory: 'vkp' } }],
				},
				{
					label: 'Verktøykatalogen på Helsenorge',
					items: [{ autogenerate: { directory: 'verktoykatalogen' } }],
				},
				{
					label: 'Verktøy',
					items: [{ autogenerate: { directory: 'verktoy' } }],
				},
				{
					label: 'Oppslag',
					items: [
						{ label: 'Ordliste', slug: 'ordliste' },
						{ label: 'Kontakt', slug: 'kontakt' },
						{ label: 'Om veiviseren', slug: 'om' },
					],
				},
			],
		}),
		securityHeaders(),
		// import() preloads only what the importing chunk lacks (see the integration): content pages at plain Starlight's bytes.
		preloadDeps(),
		// A few shared chunks of our choosing (see the integration): the checklist's first script in fewer files.
		chunkGroups(),
		// The checklist's scripts fetched from the <head> on the pages that have it (see the integration): its first
		// tick comes sooner. Content pages get nothing.
		islandPreload(['Checklist']),
	],
});
