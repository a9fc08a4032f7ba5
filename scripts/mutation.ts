// `npm run mutation [-- <stryker options>]`: Stryker over src/lib and src/stores (stryker.config.mjs), then the
// per-module table (scripts/mutation-report.ts). Options go to Stryker: `-- --mutate "src/lib/mail/**/*.ts"` for
// one folder, `-- --force` to run every mutant again instead of only the changed ones. Takes minutes to an hour
// on two cores: not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const stryker = spawnSync(
	process.execPath,
	[join(root, 'node_modules/@stryker-mutator/core/bin/stryker.js'), 'run', ...process.argv.slice(2)],
	{
		cwd: root,
		stdio: 'inherit',
	},
);
if (stryker.status !== 0) process.exit(stryker.status ?? 1);
const report = spawnSync(process.execPath, [join(root, 'scripts/mutation-report.ts')], { cwd: root, stdio: 'inherit' });
process.exit(report.status ?? 1);
