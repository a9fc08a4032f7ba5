/** Fuzzing the stored profile: any stored text is read or kept as it was, never thrown on, never overwritten. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText, deepJson } from '~test/helpers/fuzz-inputs';
import { MemoryStorage, withStorage } from '~test/helpers/memory-storage';

// Two thousand runs: on a busy two-core machine they outlast Vitest's 5 s default (6970 ms in one run), which is no
// finding; progress-file.fuzz.test.ts gives its runs the same time.
describe('stored profile fuzz', { timeout: 60_000 }, () => {
	it('reads or keeps any stored text, never throws, never overwrites what it cannot read', async () => {
		const { profileStore } = await withStorage(new MemoryStorage(), () => import('~/stores/profile'));
		const stored = fc.oneof(
			anyText,
			deepJson,
			fc.jsonValue().map((data) => JSON.stringify({ v: 1, data })),
			fc.tuple(fc.integer(), fc.jsonValue()).map(([v, data]) => JSON.stringify({ v, data })),
		);
		fc.assert(
			fc.property(stored, (raw) => {
				const loaded = profileStore.decode(raw);
				if (loaded.status === 'unreadable') expect(loaded.raw).toBe(raw);
			}),
			{ numRuns: 2000 },
		);
	});
});
