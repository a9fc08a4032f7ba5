// `npm test`: every check, in the order that lets two of them share the machine's cores, then the time of each step.
// The type checks (`astro check`, which also writes the content types ESLint reads, then ESLint) are one lane; the
// checks that read files only (Prettier, cspell) are the other. Each is one process on one core, so the two lanes
// together take about as long as the longer one. The unit tests, the builds and the browser tests follow, one at a
// time: Vitest takes every core (beside ESLint, a CPU-bound fuzz test ran out of its 5 s), both builds write
// .astro/, and the browser tests need both builds.
// A failed step stops its lane; nothing after the lanes runs then. A step's output is printed whole when it ends, so
// the two lanes' output does not interleave. Runs from cmd and PowerShell too (no shell syntax of its own).
import { spawn } from 'node:child_process';

type Lane = readonly string[];

/** What runs, in order: a stage is one lane or lanes side by side. */
const STAGES: readonly (readonly Lane[])[] = [
	[
		['check', 'lint'],
		['format:check', 'spell'],
	],
	[['test:unit', 'build', 'build:subpath', 'test:e2e']],
];

const times: { step: string; seconds: number; ok: boolean }[] = [];

function runStep(step: string, alone: boolean): Promise<boolean> {
	const started = performance.now();
	return new Promise((resolve) => {
		// Alone, the step writes straight to the terminal (colours, progress); beside another, into a buffer.
		// One command string: npm is npm.cmd on Windows, which needs the shell; the steps are this file's own names.
		const child = spawn(`npm run ${step}`, { shell: true, stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
		const output: Buffer[] = [];
		child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
		child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));
		child.on('close', (code) => {
			const seconds = (performance.now() - started) / 1000;
			const ok = code === 0;
			times.push({ step, seconds, ok });
			if (!alone) process.stdout.write(Buffer.concat(output).toString());
			console.log(`test: ${step} ${ok ? 'passed' : 'FAILED'} in ${seconds.toFixed(1)} s`);
			resolve(ok);
		});
	});
}

async function runLane(lane: Lane, alone: boolean): Promise<boolean> {
	for (const step of lane) if (!(await runStep(step, alone))) return false;
	return true;
}

const started = performance.now();
let ok = true;
for (const lanes of STAGES) {
	const results = await Promise.all(lanes.map((lane) => runLane(lane, lanes.length === 1)));
	if (results.includes(false)) {
		ok = false;
		break;
	}
}
const total = (performance.now() - started) / 1000;
console.log(
	`\ntest: ${times.map((t) => `${t.step} ${t.seconds.toFixed(1)} s${t.ok ? '' : ' (failed)'}`).join(', ')}; ` +
		`total ${total.toFixed(1)} s`,
);
process.exitCode = ok ? 0 : 1;
