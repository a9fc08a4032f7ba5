/**
 * `npm run test:e2e:throttled` slows Chromium down through `tests/e2e/fixtures.ts`: a spec that takes `test` from
 * '@playwright/test' directly runs unthrottled there, and the race hunt silently skips it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const E2E = fileURLToPath(new URL('../../e2e/', import.meta.url));

/** The values (not types) a spec imports from '@playwright/test'. */
function directValues(text: string): string[] {
	return [...text.matchAll(/import\s+\{([^}]*)\}\s+from\s+'@playwright\/test'/g)].flatMap(([, names]) =>
		(names ?? '')
			.split(',')
			.map((name) => name.trim())
			.filter((name) => name !== '' && !name.startsWith('type ')),
	);
}

describe('e2e specs', () => {
	it('the check sees a direct import of test (it can fail)', () => {
		expect(directValues("import { expect, test, type Page } from '@playwright/test';")).toEqual(['expect', 'test']);
		expect(directValues("import type { Page } from '@playwright/test';")).toEqual([]);
	});

	it('every spec takes test and expect from ./fixtures', () => {
		const specs = readdirSync(E2E).filter((name) => name.endsWith('.spec.ts'));
		expect(specs.length).toBeGreaterThan(10);
		const direct = specs.filter((name) => directValues(readFileSync(E2E + name, 'utf8')).length > 0);
		expect(direct).toEqual([]);
	});
});
