/**
 * No import circle inside src/lib: every module imports only downwards, so each can be read, tested and chunked on
 * its own. Imports are read with TypeScript's own scanner (`preProcessFile`): static imports, `import type`,
 * `export … from` and `import()` all count, since a circle through types only is still a circle a reader must follow.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../../src', import.meta.url));
const LIB = join(SRC, 'lib');

function tsFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return tsFiles(path);
		return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
	});
}

/** The file an import specifier names inside src, or undefined for a package or a file outside src/lib. */
function resolveImport(from: string, specifier: string, exists: (path: string) => boolean): string | undefined {
	let base: string;
	if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
	else if (specifier.startsWith('~/')) base = join(SRC, specifier.slice(2));
	else return undefined;
	const candidates = [base, `${base}.ts`, join(base, 'index.ts'), base.replace(/\.js$/, '.ts')];
	return candidates.find((path) => path.endsWith('.ts') && exists(path));
}

/** Each module's imports (static, type-only, re-exports and `import()`), as file paths. */
function importGraph(
	files: readonly string[],
	read: (file: string) => string,
	exists: (path: string) => boolean = existsSync,
): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	for (const file of files) {
		const info = ts.preProcessFile(read(file), true, true);
		const targets = info.importedFiles
			.map((ref) => resolveImport(file, ref.fileName, exists))
			.filter((path): path is string => path !== undefined);
		graph.set(file, [...new Set(targets)]);
	}
	return graph;
}

/** Every circle found by a depth-first walk, each as the path that closes it (first module repeated at the end). */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
	const done = new Set<string>();
	const onStack: string[] = [];
	const cycles: string[][] = [];
	const visit = (node: string): void => {
		onStack.push(node);
		for (const next of graph.get(node) ?? []) {
			const at = onStack.indexOf(next);
			if (at >= 0) cycles.push([...onStack.slice(at), next]);
			else if (!done.has(next) && graph.has(next)) visit(next);
		}
		onStack.pop();
		done.add(node);
	};
	for (const node of graph.keys()) if (!done.has(node)) visit(node);
	return cycles;
}

describe('import circles in src/lib', () => {
	it('finds a circle through a type import, a re-export and import() (the check itself can fail)', () => {
		const sources: Record<string, string> = {
			[join(LIB, 'a.ts')]: "import type { B } from './b';\nexport const a = 1;",
			[join(LIB, 'b.ts')]: "export { c } from './c';\nexport type B = string;",
			[join(LIB, 'c.ts')]: "export const c = () => import('./a');",
			[join(LIB, 'd.ts')]: "import { a } from '~/lib/a';\nimport 'jose';",
		};
		const graph = importGraph(
			Object.keys(sources),
			(file) => sources[file] ?? '',
			(path) => path in sources,
		);
		const cycles = findCycles(graph).map((cycle) => cycle.map((path) => relative(LIB, path)));
		expect(cycles).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
		expect(graph.get(join(LIB, 'd.ts'))).toEqual([join(LIB, 'a.ts')]);
	});

	it('reads the real graph: the known downward imports are there', () => {
		const graph = importGraph(tsFiles(LIB), (file) => readFileSync(file, 'utf8'));
		expect(graph.size).toBeGreaterThan(50);
		// Spot checks that resolution works for each kind of import the code uses.
		expect(graph.get(join(LIB, 'keys/messages.ts'))).toContain(join(LIB, 'keys/types.ts'));
		expect(graph.get(join(LIB, 'checklist/messages.ts'))).toContain(join(LIB, 'checklist/messages-lazy.ts'));
	});

	it('has none', () => {
		const graph = importGraph(tsFiles(LIB), (file) => readFileSync(file, 'utf8'));
		const cycles = findCycles(graph).map((cycle) => cycle.map((path) => relative(SRC, path)).join(' → '));
		expect(cycles).toEqual([]);
	});
});
