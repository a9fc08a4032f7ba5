import { describe, expect, it } from 'vitest';
import { groupOf } from '~/integrations/chunk-groups/groups';

describe('chunk groups', () => {
	it('keeps the kommune store, its decoder and computed() in one chunk of their own', () => {
		for (const file of ['src/stores/kommuner.ts', 'src/lib/kommuner/chosen.ts', 'src/lib/kommuner/register.ts'])
			expect(groupOf(`/work/site/${file}`)).toBe('kommuner');
		expect(groupOf('/work/site/node_modules/nanostores/computed/index.js')).toBe('kommuner');
		expect(groupOf('/work/site/node_modules/nanostores/atom/index.js')).toBeUndefined();
	});

	it('puts the checklist’s stores, rules, view and texts in one chunk, with either path separator', () => {
		for (const file of [
			'stores/progress.ts',
			'stores/preferences.ts',
			'lib/checklist/progress.ts',
			'lib/checklist/view.ts',
			'lib/checklist/messages.ts',
			'lib/checklist/filter.ts',
		]) {
			expect(groupOf(`/work/site/src/${file}`)).toBe('checklist');
			expect(groupOf(`C:\\site\\src\\${file.replaceAll('/', '\\')}`)).toBe('checklist');
		}
	});

	it('leaves out what other islands load without the checklist, and what the checklist loads later', () => {
		for (const file of [
			// The durable layer and the profile (the mail island up front), the Island base and isRecord (every island).
			'stores/durable.ts',
			'stores/profile.ts',
			'components/shared/island.ts',
			'lib/shared/record.ts',
			// Loaded on first use or only with kommuner.
			'stores/progress-changes.ts',
			'stores/progress-done.ts',
			'lib/checklist/messages-lazy.ts',
			'lib/checklist/progress-file.ts',
			'lib/checklist/progress-changes.ts',
			// The element itself stays in its entry chunk: the phase map loads the group too.
			'components/checklist/checklist-element.ts',
		])
			expect(groupOf(`/work/site/src/${file}`)).toBeUndefined();
	});
});
