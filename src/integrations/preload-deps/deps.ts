// Which chunks a dynamic import() should preload, given what the importing chunk has already loaded.

/** What the bundle tells about one chunk: the chunks it imports statically (loaded before it runs). */
export type ChunkImports = (fileName: string) => readonly string[] | undefined;

/** Every chunk `host` loads before it runs: itself and its static imports, recursively. */
export function staticClosure(host: string, importsOf: ChunkImports): Set<string> {
	const seen = new Set<string>();
	const queue = [host];
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		queue.push(...(importsOf(file) ?? []));
	}
	return seen;
}

/**
 * The JS files Vite should preload beside `import(target)` from `host`: Vite's list without the chunks the host
 * has already loaded (the preload helper above all, which every host of an import() imports). A list of only the
 * target itself becomes empty, as Vite makes it for a target without imports: import() fetches the target anyway,
 * and an empty list spares the chunk its `__vite__mapDeps` table.
 */
export function preloadList(target: string, deps: readonly string[], host: string, importsOf: ChunkImports): string[] {
	const loaded = staticClosure(host, importsOf);
	const needed = deps.filter((dep) => !loaded.has(dep));
	return needed.length === 1 && needed[0] === target ? [] : needed;
}
