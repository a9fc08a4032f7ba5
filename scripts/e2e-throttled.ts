// The whole e2e suite three times over with Chromium four times slower (tests/e2e/fixtures.ts): a test that
// passes only when the page is fast enough fails here. Not part of `npm test` (it takes several times as long);
// run it after a change to an island or a spec. Extra arguments go to Playwright (`-- tests/e2e/foo.spec.ts`).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const playwright = join(import.meta.dirname, '../node_modules/@playwright/test/cli.js');
const result = spawnSync(process.execPath, [playwright, 'test', '--repeat-each', '3', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { E2E_CPU_THROTTLE: '4', ...process.env },
});
process.exit(result.status ?? 1);
