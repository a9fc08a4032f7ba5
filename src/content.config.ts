import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	// Starlight's nb strings still leave a few keys in English; src/content/i18n/nb.json fills them.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
