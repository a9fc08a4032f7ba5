/**
 * Fuzzing the progress import: random and mutated files are refused with a Norwegian message, never an exception,
 * and never change stored progress. Timing is measured by `npm run bench`, not here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROGRESS_FILE_MESSAGES } from '~/lib/checklist/messages';
import { parseProgressFile } from '~/lib/checklist/progress-file';
import { anyText, deepJson } from '~test/helpers/fuzz-inputs';
import { MemoryStorage, withStorage } from '~test/helpers/memory-storage';

function expectRefusedOrRead(text: string): void {
	const result = parseProgressFile(text);
	if (!result.ok) expect(PROGRESS_FILE_MESSAGES[result.error.code].length).toBeGreaterThan(10);
}

// Thousands of runs: on a busy two-core machine they outlast Vitest's 5 s default, which is no finding. How fast
// a parse is, is measured by `npm run bench`.
describe('progress import fuzz', { timeout: 60_000 }, () => {
	it('refuses random and mutated files with a message', () => {
		const exported = JSON.stringify({
			format: 'veiviser-sjekkliste',
			version: 1,
			exportedAt: '',
			progress: {},
			kommuner: [],
		});
		const mutatedFile = fc.tuple(fc.nat(), fc.string({ maxLength: 10 })).map(([n, junk]) => {
			const at = n % exported.length;
			return exported.slice(0, at) + junk + exported.slice(at + (n % 3));
		});
		fc.assert(fc.property(fc.oneof(anyText, mutatedFile, deepJson), expectRefusedOrRead), { numRuns: 2000 });
		expectRefusedOrRead('x'.repeat(5 * 1024 * 1024));
	});

	it('never changes stored progress when a bad file is imported', async () => {
		const storage = new MemoryStorage();
		const { progress, changes } = await withStorage(storage, async () => ({
			progress: await import('~/stores/progress'),
			changes: await import('~/stores/progress-changes'),
		}));
		expect(progress.setStepStatus('vkp.kontakt.epost', 'fullfort', '2026-11-01T10:00:00.000Z')).toBe(true);
		const before = storage.getItem('veiviser:progress:v1');
		expect(before).toContain('vkp.kontakt.epost');
		fc.assert(
			fc.property(fc.oneof(anyText, deepJson), (text) => {
				// What the checklist island does with a chosen file: merge only what parses.
				const parsed = parseProgressFile(text);
				if (parsed.ok) changes.importProgress(parsed.file.progress);
				expect(storage.getItem('veiviser:progress:v1')).toBe(before);
			}),
			{ numRuns: 1000 },
		);
	});
});
