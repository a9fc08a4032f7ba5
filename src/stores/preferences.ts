/**
 * What the user chose about how the checklists look (the "Bare mine steg" filter), remembered in this browser
 * (`veiviser:preferences:v1`) on the same durable layer as the progress. Not part of the export file: it is about
 * this browser, not the work.
 */
import { defaultPreferences, readPreferences, type Preferences, type WhoFilter } from '../lib/checklist/filter';
import { createDurableStore } from './durable';

export const preferencesStore = createDurableStore<Preferences>({
	key: 'veiviser:preferences:v1',
	version: 1,
	empty: defaultPreferences,
	read: (data) => readPreferences(data),
});

export const $preferences = preferencesStore.$value;

export function setWhoFilter(who: WhoFilter): boolean {
	return preferencesStore.update((preferences) => (preferences.who === who ? preferences : { ...preferences, who }));
}
