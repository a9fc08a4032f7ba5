import { describe, expect, it } from 'vitest';
import {
	chunkStem,
	componentOfChunk,
	moduleImports,
	pageAssets,
	resolvePath,
	onUseClosure,
	scriptClosure,
	stripComponents,
} from '../../../../scripts/bench/html-assets';
import { baselineConfig, starlightOptions } from '../../../../scripts/bench/baseline';

describe('pageAssets', () => {
	it('lists scripts, module preloads, stylesheets and inline blocks; skips data blocks', () => {
		const html = `<head><link rel="stylesheet" href="/_astro/a.css"><link rel=modulepreload href="/_astro/m.js">
			<link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/page.js"></script>
			<script>theme()</script><script type="application/ld+json">{"x":1}</script><style>p{}</style>
			<script type="module" src='/_astro/page.js'></script></head>`;
		expect(pageAssets(html)).toEqual({
			scripts: ['/_astro/page.js', '/_astro/m.js'],
			stylesheets: ['/_astro/a.css'],
			inlineScripts: ['theme()'],
			inlineStyles: ['p{}'],
		});
	});
});

describe('moduleImports', () => {
	it('separates static imports and re-exports from dynamic imports, in minified code', () => {
		const code =
			'import{a as b}from"./x.B1.js";import"./side.C2.js";export*from"./re.js";const l=()=>import("./lazy.D3.js");import("./x.B1.js");import e from"jose"';
		expect(moduleImports(code)).toEqual({
			static: ['./x.B1.js', './side.C2.js', './re.js'],
			dynamic: ['./lazy.D3.js'],
		});
	});
});

describe('resolvePath', () => {
	it('resolves relative to the importing file', () => {
		expect(resolvePath('/_astro/a.js', './b.js')).toBe('/_astro/b.js');
		expect(resolvePath('/_astro/x/a.js', '../b.js')).toBe('/_astro/b.js');
		expect(resolvePath('/_astro/a.js', '/c.js')).toBe('/c.js');
	});
});

describe('scriptClosure', () => {
	it('follows static imports once each, and lists lazy chunks not loaded up front', () => {
		const files: Record<string, string> = {
			'/_astro/entry.js': 'import"./a.js";import{x}from"./b.js";import("./lazy.js")',
			'/_astro/a.js': 'import"./b.js"',
			'/_astro/b.js': 'import"./entry.js"',
			'/_astro/lazy.js': '',
		};
		expect(scriptClosure(['/_astro/entry.js', '/_astro/missing.js'], (p) => files[p])).toEqual({
			loaded: ['/_astro/entry.js', '/_astro/a.js', '/_astro/b.js'],
			lazy: ['/_astro/lazy.js'],
		});
	});
});

describe('onUseClosure', () => {
	it('follows dynamic imports, their static imports and their own dynamic imports, minus what the page has', () => {
		const files: Record<string, string> = {
			'/_astro/island.js': 'import"./shared.js";import("./rules.js")',
			'/_astro/shared.js': '',
			'/_astro/rules.js': 'import"./jose.js";import"./shared.js";import("./later.js")',
			'/_astro/jose.js': 'import("./rules.js")',
			'/_astro/later.js': 'import("./missing.js")',
		};
		const read = (path: string) => files[path];
		expect(onUseClosure(['/_astro/island.js'], read)).toEqual([
			'/_astro/rules.js',
			'/_astro/jose.js',
			'/_astro/shared.js',
			'/_astro/later.js',
		]);
		expect(onUseClosure(['/_astro/island.js'], read, new Set(['/_astro/island.js', '/_astro/shared.js']))).toEqual([
			'/_astro/rules.js',
			'/_astro/jose.js',
			'/_astro/later.js',
		]);
		expect(onUseClosure(['/_astro/shared.js'], read)).toEqual([]);
	});
});

describe('chunk names', () => {
	it('drops the content hash and finds the component of an island script', () => {
		expect(chunkStem('/_astro/page.cNngjUgL.js')).toBe('page.js');
		expect(chunkStem('/_astro/common.BwLapKBi.css')).toBe('common.css');
		const island = '/_astro/KeyCheck.astro_astro_type_script_index_0_lang.DDPqbS79.js';
		expect(componentOfChunk(island)).toBe('KeyCheck');
		expect(componentOfChunk('/_astro/kommuner.YebmNn08.js')).toBeUndefined();
	});
});

describe('stripComponents', () => {
	it("removes our components' imports and tags, keeps Starlight's and the prose", () => {
		const mdx = [
			'---',
			'title: T',
			'---',
			"import { Aside } from '@astrojs/starlight/components';",
			"import KeyCheck from '../../components/KeyCheck.astro';",
			"import Checklist from '../../components/Checklist.astro';",
			'',
			'Tekst før.',
			'<KeyCheck />',
			'<Checklist service="vkp"',
			'  phase="test" />',
			'<Checklist service="vkp">',
			'  <Checklist inner />',
			'</Checklist>',
			'<Aside>Behold meg</Aside>',
			'Tekst etter.',
		].join('\n');
		const { text, components } = stripComponents(mdx);
		expect(components).toEqual(['KeyCheck', 'Checklist']);
		expect(text).not.toMatch(/KeyCheck|Checklist/);
		expect(text).toContain("import { Aside } from '@astrojs/starlight/components';");
		expect(text).toContain('<Aside>Behold meg</Aside>');
		expect(text).toContain('Tekst før.');
		expect(text).toContain('Tekst etter.');
	});
});

describe('baseline config', () => {
	const ours = `import starlight from '@astrojs/starlight';
export default defineConfig({
	integrations: [
		starlight({
			title: 'Integrasjonsveiviser',
			locales: { root: { label: 'Norsk bokmål', lang: 'nb' } },
			lastUpdated: true,
			// a comment with an apostrophe: axe's rule, and a bracket (
			customCss: ['./src/styles/custom.css'],
			plugins: [starlightLinksValidator({ errorOnRelativeLinks: false })],
			sidebar: [{ label: 'Start her', slug: 'index' }, { label: 'VKP', items: [{ autogenerate: { directory: 'vkp' } }] }],
		}),
		securityHeaders(),
	],
});`;

	it("finds starlight()'s options by bracket matching", () => {
		expect(starlightOptions(ours).startsWith('{\n\t\t\ttitle:')).toBe(true);
		expect(starlightOptions(ours).endsWith('}')).toBe(true);
	});

	it('keeps title, locales and sidebar; drops plugins, custom CSS, lastUpdated and our integrations', () => {
		const config = baselineConfig(ours);
		expect(config).toContain("title: 'Integrasjonsveiviser'");
		expect(config).toContain("locales: { root: { label: 'Norsk bokmål', lang: 'nb' } }");
		expect(config).toContain("autogenerate: { directory: 'vkp' }");
		const options = config.slice(config.indexOf('starlight('));
		expect(options).not.toMatch(/plugins|customCss|lastUpdated|securityHeaders|starlightLinksValidator/);
		expect(options).toContain('sidebar:');
	});
});
