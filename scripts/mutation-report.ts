// The per-module table of `npm run mutation`: the mutation score of every module Stryker changed (killed and timed
// out mutants over all that ran or had no test), from reports/mutation/mutation.json, against its threshold. The
// key check's readers and the mail writers must reach 90 %, every other module under src/lib and src/stores 80 %.
// Exits 1 when a module is below its threshold. `node scripts/mutation-report.ts --survivors <path part>` lists
// the mutants no test noticed in the matching modules. `--from <report.json>...` reads those reports instead and
// puts their modules in one table (runs of separate folders, e.g. one per feature; a module in several reports
// counts from the last one given).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

type Status =
	'Killed' | 'Survived' | 'NoCoverage' | 'Timeout' | 'CompileError' | 'RuntimeError' | 'Ignored' | 'Pending';
interface Mutant {
	mutatorName: string;
	replacement?: string;
	status: Status;
	location: { start: { line: number; column: number } };
}
interface Report {
	files: Record<string, { source: string; mutants: Mutant[] }>;
}

/** The readers of pasted keys and the writers of mail: where a surviving mutant is most likely a real bug. */
const STRICT = new Set([
	'src/lib/keys/check.ts',
	'src/lib/keys/der.ts',
	'src/lib/keys/der-key.ts',
	'src/lib/keys/jwk.ts',
	'src/lib/keys/paste.ts',
	'src/lib/keys/pem.ts',
	'src/lib/keys/secrets.ts',
	'src/lib/keys/ssh.ts',
	'src/lib/keys/xml.ts',
	'src/lib/mail/eml.ts',
	'src/lib/mail/mailto.ts',
]);
const threshold = (file: string) => (STRICT.has(file) ? 90 : 80);

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Report;
const from = args[0] === '--from' ? args.splice(0).slice(1) : [];
const report: Report = from.length
	? { files: Object.assign({}, ...from.map((path) => read(path).files)) as Report['files'] }
	: read(join(root, 'reports/mutation/mutation.json'));

if (args[0] === '--survivors') {
	for (const [file, { source, mutants }] of Object.entries(report.files)) {
		if (!file.includes(args[1] ?? '')) continue;
		const lines = source.split('\n');
		for (const m of mutants.filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')) {
			const { line, column } = m.location.start;
			console.log(
				`${file}:${line}:${column} ${m.status} ${m.mutatorName} → ${JSON.stringify(m.replacement ?? '')?.slice(0, 80)}\n    ${lines[line - 1]?.trim().slice(0, 140)}`,
			);
		}
	}
	process.exit(0);
}

const rows = Object.entries(report.files)
	.map(([file, { mutants }]) => {
		const count = (...statuses: Status[]) => mutants.filter((m) => statuses.includes(m.status)).length;
		const detected = count('Killed', 'Timeout');
		const undetected = count('Survived', 'NoCoverage');
		const valid = detected + undetected;
		const score = valid === 0 ? 100 : (100 * detected) / valid;
		return { file, detected, survived: count('Survived'), noCoverage: count('NoCoverage'), valid, score };
	})
	.sort((a, b) => a.file.localeCompare(b.file));

console.log(
	`${'module'.padEnd(44)}${'score'.padStart(8)}${'killed'.padStart(8)}${'survived'.padStart(10)}${'no test'.padStart(9)}  target`,
);
const below: string[] = [];
for (const r of rows) {
	const target = threshold(r.file);
	const ok = r.score >= target;
	if (!ok) below.push(r.file);
	console.log(
		`${r.file.padEnd(44)}${`${r.score.toFixed(1)} %`.padStart(8)}${String(r.detected).padStart(8)}${String(r.survived).padStart(10)}${String(r.noCoverage).padStart(9)}  ${target} %${ok ? '' : '  BELOW'}`,
	);
}
const total = rows.reduce((sum, r) => ({ detected: sum.detected + r.detected, valid: sum.valid + r.valid }), {
	detected: 0,
	valid: 0,
});
console.log(`${'all modules'.padEnd(44)}${`${((100 * total.detected) / total.valid).toFixed(1)} %`.padStart(8)}`);
if (below.length) console.error(`mutation: ${below.length} module(s) below target: ${below.join(', ')}`);
process.exit(below.length ? 1 : 0);
