// Every guide page ends with where to go next for its reader, and no next step leads into the other service's
// guide (issue 10, part 2). The journeys in tests/e2e/journeys.spec.ts follow these links in a browser; the
// pagination ("Neste" under the page) is checked on the built pages in tests/e2e/guide-text.spec.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const docsDir = join(import.meta.dirname, '../../../src/content/docs');
const SERVICES = ['vkp', 'verktoykatalogen'] as const;

const guidePages = SERVICES.flatMap((service) =>
	readdirSync(join(docsDir, service))
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => ({ service, name: `${service}/${file}`, text: readFileSync(join(docsDir, service, file), 'utf8') })),
);

/** The "Neste steg" section: its heading, then the links as a navigation region named by it, last on the page. */
const NEXT_STEP = /## Neste steg\s*<nav aria-labelledby="neste-steg">([\s\S]*?)<\/nav>\s*$/;

describe('every guide page ends with its next step', () => {
	it('finds the guide pages of both services', () => {
		expect(guidePages.filter((p) => p.service === 'vkp').length).toBeGreaterThanOrEqual(7);
		expect(guidePages.filter((p) => p.service === 'verktoykatalogen').length).toBeGreaterThanOrEqual(8);
	});

	for (const { service, name, text } of guidePages) {
		it(`${name} ends with "Neste steg", and its links stay in the ${service} guide`, () => {
			const section = NEXT_STEP.exec(text)?.[1];
			expect(section, `${name} has no "Neste steg" section at its end`).toBeDefined();
			const other = SERVICES.find((s) => s !== service)!;
			const links = [...(section ?? '').matchAll(/\]\(([^)]+)\)/g)].map(([, target]) => target!);
			expect(links.length).toBeGreaterThan(0);
			expect(links.filter((target) => target.startsWith(`/${other}/`))).toEqual([]);
		});
	}

	it("keeps the services apart in the pagination at each guide's ends", () => {
		const frontmatter = (file: string) =>
			/^---\n([\s\S]*?)\n---/.exec(guidePages.find((p) => p.name === file)!.text)![1]!;
		expect(frontmatter('vkp/sjekkliste.mdx')).toMatch(/^next: false$/m);
		expect(frontmatter('verktoykatalogen/index.mdx')).toMatch(/^prev: false$/m);
		expect(frontmatter('verktoykatalogen/sjekkliste.mdx')).toMatch(/^next: false$/m);
	});
});
