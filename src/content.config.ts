import { readFile } from 'node:fs/promises';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { checkStepFiles, describeContentProblems, SERVICES, type RawStepFile } from './lib/checklist/content';

/**
 * Checklist steps, one JSON file per service (src/content/checklist/<service>.json). Astro's own `file()` loader
 * would only warn about a duplicate ID and skip an entry without one; progress is stored by ID, so this loader
 * checks the raw files first (checkStepFiles) and fails the build on any problem.
 */
function checklistStepsLoader(): Loader {
	return {
		name: 'veiviser-checklist-steps',
		load: async (context) => {
			const { store, watcher, config, logger } = context;
			const files: RawStepFile[] = [];
			for (const service of SERVICES) {
				const file = `src/content/checklist/${service}.json`;
				const url = new URL(file, config.root);
				watcher?.add(url.pathname);
				let data: unknown;
				try {
					data = JSON.parse(await readFile(url, 'utf8'));
				} catch (error) {
					throw new Error(`${file} is not valid JSON: ${String(error)}`, { cause: error });
				}
				files.push({ service, file, data });
			}
			const problems = checkStepFiles(files);
			if (problems.length > 0) {
				throw new Error(`Checklist steps have problems:\n${describeContentProblems(problems)}`);
			}
			store.clear();
			let order = 0;
			for (const { service, data } of files) {
				for (const raw of data as Record<string, unknown>[]) {
					const id = raw['id'] as string;
					const parsed = await context.parseData({ id, data: { ...raw, service, order: order++ } });
					store.set({ id, data: parsed, digest: context.generateDigest(parsed) });
				}
			}
			logger.info(`${order} checklist steps checked`);
		},
	};
}

const who = z.enum(['leverandør', 'bestiller', 'kommune', 'NHN', 'VKP', 'HelseID']);

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	// Starlight's nb strings still leave a few keys in English; src/content/i18n/nb.json fills them.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	checklistSteps: defineCollection({
		loader: checklistStepsLoader(),
		schema: z
			.object({
				id: z.string(),
				service: z.enum(SERVICES),
				order: z.number().int(),
				text: z.string().min(1),
				phase: z.string(),
				who: z.array(who).min(1),
				optional: z.boolean().default(false),
				requires: z.array(z.string()).default([]),
				/** A page of the guide, with the #anchor of the section that explains the step. */
				href: z.string().startsWith('/').optional(),
				/** VKP: one HelseID client per kommune, so this step is done once per kommune. */
				perKommune: z.boolean().default(false),
				note: z.string().optional(),
			})
			.strict(),
	}),
};
