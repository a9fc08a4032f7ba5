import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	checkStepFiles,
	describeContentProblems,
	PHASE_INFO,
	PHASES,
	SERVICE_NAMES,
	serviceOfPhase,
	SERVICES,
	STEP_ID,
	type RawStepFile,
} from '~/lib/checklist/content';

const root = join(import.meta.dirname, '../../../..');

function realFiles(): RawStepFile[] {
	return SERVICES.map((service) => {
		const file = `src/content/checklist/${service}.json`;
		return { service, file, data: JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown };
	});
}

function step(id: string, extra: Record<string, unknown> = {}) {
	return { id, text: 'Et steg', phase: 'ta-kontakt', who: ['leverandør'], ...extra };
}

const codes = (files: RawStepFile[]) => checkStepFiles(files).map((p) => p.code);

describe('checkStepFiles', () => {
	it('accepts the real checklist content', () => {
		expect(checkStepFiles(realFiles())).toEqual([]);
	});

	it('finds duplicate IDs, also across files', () => {
		const files: RawStepFile[] = [
			{ service: 'vkp', file: 'a.json', data: [step('vkp.a.b'), step('vkp.a.b')] },
			{ service: 'verktoykatalogen', file: 'b.json', data: [step('vkp.a.b', { phase: 'krav' })] },
		];
		expect(codes(files)).toEqual(['duplicate-id', 'wrong-service', 'duplicate-id']);
	});

	it('finds missing and malformed IDs', () => {
		const files: RawStepFile[] = [
			{ service: 'vkp', file: 'a.json', data: [step(''), { text: 'uten id' }, step('VKP a'), 'tekst'] },
		];
		expect(codes(files)).toEqual(['missing-id', 'missing-id', 'bad-id', 'not-an-object']);
	});

	it('finds prerequisites that point nowhere, at the step itself, or in a circle', () => {
		const files: RawStepFile[] = [
			{
				service: 'vkp',
				file: 'a.json',
				data: [
					step('vkp.a.one', { requires: ['vkp.a.none'] }),
					step('vkp.a.two', { requires: ['vkp.a.two'] }),
					step('vkp.a.three', { requires: ['vkp.a.four'] }),
					step('vkp.a.four', { requires: ['vkp.a.three'] }),
				],
			},
		];
		expect(codes(files)).toEqual(['unknown-prerequisite', 'self-prerequisite', 'prerequisite-cycle']);
	});

	it('finds unknown phases, per-kommune steps outside VKP and a file that is not a list', () => {
		const files: RawStepFile[] = [
			{ service: 'vkp', file: 'a.json', data: [step('vkp.a.b', { phase: 'krav' })] },
			{
				service: 'verktoykatalogen',
				file: 'b.json',
				data: [step('verktoykatalogen.a.b', { phase: 'krav', perKommune: true })],
			},
			{ service: 'verktoykatalogen', file: 'c.json', data: { id: 'x' } },
		];
		expect(codes(files)).toEqual(['unknown-phase', 'per-kommune-outside-vkp', 'not-a-list']);
	});

	it('links every step to a guide page that exists, in its own service', () => {
		for (const { service, data } of realFiles()) {
			for (const entry of data as { id: string; href: string; phase: string }[]) {
				expect(entry.href, entry.id).toMatch(new RegExp(`^/${service}/`));
				const page = entry.href.split('#')[0]!.replace(/^\/|\/$/g, '');
				const candidates = [`${page}.mdx`, `${page}.md`, `${page}/index.mdx`, `${page}/index.md`];
				expect(
					candidates.some((c) => existsSync(join(root, 'src/content/docs', c))),
					entry.href,
				).toBe(true);
				expect(PHASES[service]).toContain(entry.phase);
			}
		}
	});
});

describe('what a content problem says to the author', () => {
	it('points to a step by its position when it has no usable ID, and by its ID otherwise', () => {
		const files: RawStepFile[] = [
			{ service: 'vkp', file: 'a.json', data: [step('vkp.a.b'), step('  '), 'tekst', step('vkp.a.c', { phase: 7 })] },
		];
		expect(checkStepFiles(files)).toEqual([
			{ code: 'missing-id', file: 'a.json', where: '#2' },
			{ code: 'not-an-object', file: 'a.json', where: '#3' },
			{ code: 'unknown-phase', file: 'a.json', where: 'vkp.a.c', detail: '7' },
		]);
	});

	it('names the whole circle of prerequisites, in the file where it closes', () => {
		const files: RawStepFile[] = [
			{
				service: 'vkp',
				file: 'a.json',
				data: [
					step('vkp.a.one', { requires: ['vkp.a.two', 'vkp.a.one'] }),
					step('vkp.a.two', { requires: ['vkp.a.three'] }),
					step('vkp.a.three', { requires: ['vkp.a.one'] }),
					step('vkp.a.four', { requires: ['vkp.a.one'] }),
				],
			},
		];
		expect(checkStepFiles(files)).toEqual([
			{ code: 'self-prerequisite', file: 'a.json', where: 'vkp.a.one' },
			{
				code: 'prerequisite-cycle',
				file: 'a.json',
				where: 'vkp.a.one',
				detail: 'vkp.a.one → vkp.a.two → vkp.a.three → vkp.a.one',
			},
		]);
	});

	it('writes one line per problem for the build log, with its detail when there is one', () => {
		expect(
			describeContentProblems([
				{ code: 'missing-id', file: 'a.json', where: '#2' },
				{ code: 'duplicate-id', file: 'b.json', where: 'vkp.a.b', detail: 'a.json' },
			]),
		).toBe('a.json #2: missing-id\nb.json vkp.a.b: duplicate-id (a.json)');
	});

	it('takes only whole step IDs of a known service', () => {
		expect(STEP_ID.test('vkp.helseid.klient')).toBe(true);
		expect(STEP_ID.test('x.vkp.helseid.klient')).toBe(false);
		expect(STEP_ID.test('vkp.helseid.klient ')).toBe(false);
	});
});

describe('the phases', () => {
	/** A guide page's frontmatter title, and its level-2 headings. */
	function page(href: string) {
		const path = href.split('#')[0]!.replace(/^\/|\/$/g, '');
		const file = [`${path}.mdx`, `${path}.md`, `${path}/index.mdx`].find((c) =>
			existsSync(join(root, 'src/content/docs', c)),
		);
		const text = file ? readFileSync(join(root, 'src/content/docs', file), 'utf8') : '';
		return {
			title: /^title: (.*)$/m.exec(text)?.[1],
			headings: [...text.matchAll(/^## (.*)$/gm)].map((m) => m[1]),
		};
	}

	it('gives every phase its own heading and a link to the guide page (or heading) that explains it', () => {
		const titles = new Set<string>();
		for (const service of SERVICES) {
			for (const phase of PHASES[service]) {
				const info = PHASE_INFO[phase];
				expect(info?.href.startsWith(`/${service}/`), phase).toBe(true);
				const { title, headings } = page(info!.href);
				if (info!.href.includes('#')) expect(headings, phase).toContain(info!.title);
				else expect(title, phase).toBeTruthy();
				expect(info!.title.length, phase).toBeGreaterThan(3);
				titles.add(info!.title);
				expect(serviceOfPhase(phase)).toBe(service);
			}
		}
		expect(titles.size).toBe(Object.keys(PHASE_INFO).length);
		expect(serviceOfPhase('ukjent')).toBeUndefined();
	});

	it("names each service as its overview page's title does", () => {
		for (const service of SERVICES) {
			expect(SERVICE_NAMES[service], service).toMatch(/^\p{Lu}/u);
			expect(page(`/${service}/`).title).toContain(SERVICE_NAMES[service]);
		}
	});
});
