// Runs npm scripts side by side and fails when any of them fails: `node scripts/parallel.ts check lint …`. `npm test`
// runs its static checks this way (astro check, ESLint, Prettier, cspell: each mostly one core, 53 s one after
// another on two cores). Each script's output is printed whole when it ends, in the order given, so the logs of
// two scripts never interleave.
import { spawn } from 'node:child_process';

interface Run {
	readonly name: string;
	readonly code: number;
	readonly output: string;
}

function run(name: string): Promise<Run> {
	return new Promise((resolve) => {
		const chunks: Buffer[] = [];
		// A shell, so `npm` is found as npm.cmd on Windows too; the names are this package's script names.
		const child = spawn(`npm run --silent ${name}`, { shell: true, env: process.env });
		child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
		child.on('close', (code) => resolve({ name, code: code ?? 1, output: Buffer.concat(chunks).toString('utf8') }));
	});
}

const names = process.argv.slice(2);
if (names.length === 0 || names.some((name) => !/^[\w:-]+$/.test(name))) {
	console.error('usage: node scripts/parallel.ts <npm script> [<npm script> …]');
	process.exit(2);
}
const failed: string[] = [];
for (const pending of names.map(run)) {
	const { name, code, output } = await pending;
	process.stdout.write(`\n> ${name}\n${output}`);
	if (code !== 0) failed.push(`${name} (exit ${code})`);
}
if (failed.length > 0) {
	console.error(`\nfailed: ${failed.join(', ')}`);
	process.exit(1);
}
