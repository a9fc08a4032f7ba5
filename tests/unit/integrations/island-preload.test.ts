import { describe, expect, it } from 'vitest';
import { moduleScripts, withModulePreloads } from '~/integrations/island-preload/links';

// A bundle like ours: the checklist's entry imports the store chunks and Vite's preload helper; the mail island has
// its own entry.
const imports: Record<string, string[]> = {
	'_astro/Checklist.astro_astro_type_script_index_0_lang.A.js': ['_astro/checklist.B.js', '_astro/island.C.js'],
	'_astro/checklist.B.js': ['_astro/versioned.D.js', '_astro/record.E.js'],
	'_astro/versioned.D.js': ['_astro/record.E.js'],
	'_astro/island.C.js': [],
	'_astro/record.E.js': [],
	'_astro/MailDraft.astro_astro_type_script_index_0_lang.F.js': ['_astro/island.C.js'],
	'_astro/page.G.js': [],
};
const importsOf = (file: string) => imports[file];
const checklistOnly = (file: string) => file.startsWith('_astro/Checklist.astro_astro_type_script');

const page = (base: string, scripts: string[]) =>
	`<html><head><link rel="stylesheet" href="${base}_astro/common.css"><script type="module" src="${base}_astro/page.G.js"></script></head>` +
	`<body><main>…</main>${scripts.map((s) => `<script type="module" src="${base}_astro/${s}"></script>`).join('')}</body></html>`;

const preloads = (html: string) => [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);

describe('withModulePreloads', () => {
	it('preloads every body script and every chunk they import, once each, at the end of the head, on the wanted island’s pages', () => {
		const html = withModulePreloads(
			page('/', [
				'MailDraft.astro_astro_type_script_index_0_lang.F.js',
				'Checklist.astro_astro_type_script_index_0_lang.A.js',
			]),
			checklistOnly,
			importsOf,
		);
		expect(preloads(html).sort()).toEqual([
			'/_astro/Checklist.astro_astro_type_script_index_0_lang.A.js',
			'/_astro/MailDraft.astro_astro_type_script_index_0_lang.F.js',
			'/_astro/checklist.B.js',
			'/_astro/island.C.js',
			'/_astro/record.E.js',
			'/_astro/versioned.D.js',
		]);
		expect(html.indexOf('rel="modulepreload"')).toBeLessThan(html.indexOf('</head>'));
		expect(html.indexOf('rel="modulepreload"')).toBeGreaterThan(html.indexOf('rel="stylesheet"'));
	});

	it('keeps the sub-path base of the page’s own script URLs', () => {
		const html = withModulePreloads(
			page('/veiviser/', ['Checklist.astro_astro_type_script_index_0_lang.A.js']),
			checklistOnly,
			importsOf,
		);
		expect(preloads(html)).toContain('/veiviser/_astro/record.E.js');
		expect(preloads(html).every((href) => href!.startsWith('/veiviser/_astro/'))).toBe(true);
	});

	it('leaves a page without the island as it is (content pages, other islands)', () => {
		for (const html of [page('/', []), page('/', ['MailDraft.astro_astro_type_script_index_0_lang.F.js'])])
			expect(withModulePreloads(html, checklistOnly, importsOf)).toBe(html);
	});

	it('does not add a preload twice when run again', () => {
		const once = withModulePreloads(
			page('/', ['Checklist.astro_astro_type_script_index_0_lang.A.js']),
			checklistOnly,
			importsOf,
		);
		expect(withModulePreloads(once, checklistOnly, importsOf)).toBe(once);
	});
});

describe('moduleScripts', () => {
	it('finds module scripts with a src, not inline ones or data blocks', () => {
		const html =
			'<script type="module" src="/_astro/a.js"></script><script type="module">x</script>' +
			'<script type="application/json" data-role="steps">[]</script><script src="/classic.js"></script>';
		expect(moduleScripts(html)).toEqual(['/_astro/a.js']);
	});
});
