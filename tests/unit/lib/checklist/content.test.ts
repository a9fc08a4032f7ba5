import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStepFiles, PHASES, SERVICES, type RawStepFile } from '~/lib/checklist/content';

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
