/**
 * The README is what a newcomer reads on the first day; the reference lives in docs/ (issue 22). This keeps the
 * split working: every link between them leads to a file and heading that exist, the README stays short, and no
 * Markdown table grows wider than a terminal (Prettier pads every cell of a column to its widest one).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FILES = [
	'README.md',
	...readdirSync(join(ROOT, 'docs'))
		.filter((f) => f.endsWith('.md'))
		.map((f) => `docs/${f}`),
];
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchors(markdown: string): Set<string> {
	const headings = [...markdown.matchAll(/^#{1,6} (.+)$/gm)].map((m) => m[1]!);
	return new Set(
		headings.map((h) =>
			h
				.toLowerCase()
				.replace(/[^\p{L}\p{N} _-]/gu, '')
				.replace(/ /g, '-'),
		),
	);
}

/** Each relative link in a file whose target file or heading does not exist. */
function brokenLinks(file: string, markdown = read(file)): string[] {
	const text = markdown.replace(/```[\s\S]*?```/g, '');
	return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
		.map((m) => m[1]!)
		.filter((href) => !/^[a-z]+:/.test(href))
		.filter((href) => {
			const [path, hash] = href.split('#');
			const target = path ? relative(ROOT, join(ROOT, dirname(file), path)) : file;
			if (!existsSync(join(ROOT, target))) return true;
			return hash !== undefined && target.endsWith('.md') && !anchors(read(target)).has(hash);
		})
		.map((href) => `${file}: ${href}`);
}

describe('README and docs/', () => {
	it('finds a broken link (the check itself can fail)', () => {
		expect(anchors('## Where things live\n### CI')).toEqual(new Set(['where-things-live', 'ci']));
		const links = '[a](docs/nope.md) [b](docs/checklists.md#nope) [c](docs/checklists.md) [d](#privacy) [e](#nope)';
		expect(brokenLinks('README.md', links)).toEqual([
			'README.md: docs/nope.md',
			'README.md: docs/checklists.md#nope',
			'README.md: #nope',
		]);
	});

	it('links only to files and headings that exist', () => {
		expect(FILES.length).toBeGreaterThan(5);
		expect(FILES.flatMap((file) => brokenLinks(file))).toEqual([]);
	});

	it('the README links every reference page in docs/', () => {
		const readme = read('README.md');
		for (const file of FILES.filter((f) => f.startsWith('docs/'))) expect(readme).toContain(`](${file}`);
	});

	it('keeps the README short and every table narrow enough for a terminal', () => {
		expect(read('README.md').split('\n').length).toBeLessThanOrEqual(150);
		const wide = FILES.flatMap((file) =>
			read(file)
				.split('\n')
				.filter((line) => line.startsWith('|') && line.length > 120)
				.map((line) => `${file}: ${line.slice(0, 40)}…`),
		);
		expect(wide).toEqual([]);
	});
});
