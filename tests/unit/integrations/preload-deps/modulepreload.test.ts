import { describe, expect, it } from 'vitest';
import { staticImports, withModulePreloads } from '~/integrations/preload-deps/modulepreload';

const files: Record<string, string> = {
	'/_astro/Island.js': 'import{t as e}from"./island.js";import"./store.js";e(()=>import("./later.js"));',
	'/_astro/island.js': 'var t=1;export{t};',
	'/_astro/store.js': 'import{r}from"./record.js";export{r as s};',
	'/_astro/record.js': 'export const r=1;',
	'/_astro/later.js': 'export const l=1;',
	'/_astro/Search.js': 'import{t}from"./island.js";',
};
const read = (path: string) => files[path];

describe('staticImports', () => {
	it('finds static imports and re-exports, not dynamic import()', () => {
		expect(staticImports(files['/_astro/Island.js']!)).toEqual(['./island.js', './store.js']);
		expect(staticImports('export*from"./a.js";export{b}from"./b.js"')).toEqual(['./a.js', './b.js']);
	});
});

describe('withModulePreloads', () => {
	const page = (head: string, body: string) => `<html><head>${head}</head><body>${body}</body></html>`;

	it('names each module script and its static imports once, in <head>, never what loads on first use', () => {
		const html = page(
			'<script type="module" src="/_astro/Search.js"></script>',
			'<script type="module" src="/_astro/Island.js"></script>',
		);
		const links = /<\/script>(.*)<\/head>/.exec(withModulePreloads(html, read))?.[1];
		expect(links).toBe(
			['/_astro/Search.js', '/_astro/Island.js', '/_astro/island.js', '/_astro/store.js', '/_astro/record.js']
				.map((href) => `<link rel="modulepreload" href="${href}">`)
				.join(''),
		);
	});

	it('leaves inline, classic and outside scripts alone, and does not name a preloaded file twice', () => {
		const html = page(
			'<link rel="modulepreload" href="/_astro/Search.js"><script>var inline=1</script><script src="/_astro/island.js"></script>',
			'<script type="module" src="//cdn.example/x.js"></script><script type="module" src="/_astro/Search.js"></script>',
		);
		const out = withModulePreloads(html, read);
		expect(out.match(/modulepreload/g)).toHaveLength(2);
		expect(out).toContain('<link rel="modulepreload" href="/_astro/island.js"></head>');
	});

	it('returns the page unchanged when it has no module script of the build', () => {
		const html = page('', '<script type="module" src="/_astro/gone.js"></script>');
		expect(withModulePreloads(html, read)).toBe(html);
	});

	it('resolves imports under a sub-path', () => {
		const sub = (path: string) => read(path.replace(/^\/veiviser/, ''));
		const html = page('', '<script type="module" src="/veiviser/_astro/Island.js"></script>');
		expect(withModulePreloads(html, sub)).toContain('<link rel="modulepreload" href="/veiviser/_astro/record.js">');
	});
});
