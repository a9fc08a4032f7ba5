import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { htmlBlocks, lix } from '../unit/content/lix';
import { sitePaths } from './site';

/*
 * The built pages' text, read from dist/ without a browser (so this file runs in the "chromium" project only):
 * readability (issue 10: LIX of every page's main text at most 40, the mean at most 33, issue 20) and the pagination under
 * each guide page. The LIX rules are in tests/unit/content/lix.ts and tested there.
 */

const MAX_PAGE_LIX = 40;
const MAX_MEAN_LIX = 33;

const pages = sitePaths()
	.filter((path) => path.endsWith('/'))
	.map((path) => ({ path, html: readFileSync(new URL(`../../dist${path}index.html`, import.meta.url), 'utf8') }));

test('every page reads plainly: LIX at most 40 on each page, at most 33 on average', () => {
	const scores = pages
		.map(({ path, html }) => ({ path, ...lix(htmlBlocks(html)) }))
		.filter((score) => score.words > 0)
		.sort((a, b) => b.lix - a.lix);
	const table = scores.map(
		(s) => `${s.lix.toFixed(1).padStart(5)}  ${s.path} (${s.words} ord, ${s.sentences} setninger)`,
	);
	test.info().annotations.push({ type: 'LIX per side', description: `\n${table.join('\n')}` });
	const mean = scores.reduce((sum, s) => sum + s.lix, 0) / scores.length;

	expect(scores.length).toBe(pages.length);
	expect(
		scores.filter((s) => s.lix > MAX_PAGE_LIX).map((s) => `${s.path}: ${s.lix.toFixed(1)}`),
		`pages above LIX ${MAX_PAGE_LIX}, worst first`,
	).toEqual([]);
	expect(mean, `mean LIX ${mean.toFixed(1)}; worst pages:\n${table.slice(0, 5).join('\n')}`).toBeLessThanOrEqual(
		MAX_MEAN_LIX,
	);
});

test("the pagination under a guide page never leads into the other service's guide", () => {
	const services = ['/vkp/', '/verktoykatalogen/'];
	const leaks: string[] = [];
	for (const { path, html } of pages) {
		const service = services.find((s) => path.startsWith(s));
		if (!service) continue;
		const pagination = /<div class="pagination-links[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';
		for (const [, href] of pagination.matchAll(/href="([^"]+)"/g)) {
			if (services.some((s) => s !== service && href!.startsWith(s))) leaks.push(`${path} → ${href}`);
		}
	}
	expect(pages.filter(({ path }) => path.startsWith('/vkp/')).length).toBeGreaterThan(5);
	expect(leaks).toEqual([]);
});
