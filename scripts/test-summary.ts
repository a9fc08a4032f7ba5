// Prints `tests: N passed, M failed, K skipped` from the Vitest and Playwright JSON reports.
// Exits non-zero when a test failed or when no test ran at all.
import { existsSync, readFileSync } from 'node:fs';

type VitestReport = {
	numPassedTests?: number;
	numFailedTests?: number;
	numPendingTests?: number;
	numTodoTests?: number;
};
type PlaywrightReport = {
	stats?: { expected?: number; flaky?: number; unexpected?: number; skipped?: number };
	errors?: unknown[];
};

function read<T>(path: string): T | undefined {
	return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

let passed = 0;
let failed = 0;
let skipped = 0;
const missing: string[] = [];

const vitest = read<VitestReport>('reports/vitest.json');
if (vitest) {
	passed += vitest.numPassedTests ?? 0;
	failed += vitest.numFailedTests ?? 0;
	skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
} else missing.push('vitest');

const playwright = read<PlaywrightReport>('reports/playwright.json');
if (playwright) {
	const s = playwright.stats ?? {};
	passed += (s.expected ?? 0) + (s.flaky ?? 0);
	failed += s.unexpected ?? 0;
	skipped += s.skipped ?? 0;
	failed += (playwright.errors ?? []).length;
} else missing.push('playwright');

if (missing.length) console.error(`test-summary: no report from ${missing.join(' and ')} (did an earlier step fail?)`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 || missing.length > 0 ? 1 : 0);
