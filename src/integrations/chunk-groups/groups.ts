// Which of our modules Rolldown bundles together in the browser build (output.codeSplitting.groups,
// https://rolldown.rs/reference/TypeAlias.CodeSplittingGroup). Left to itself, Rolldown makes one chunk per set of
// importers, so the checklist's first script came in seven files; every file costs its import and export names and
// its own gzip start. Only modules listed here are grouped (includeDependenciesRecursively off): their imports keep
// their own chunks.

/** A module path matcher that works with both path separators. */
const path = (...parts: string[]) => new RegExp(`src[\\\\/]${parts.join('[\\\\/]')}\\.ts$`);

export type ChunkGroup = { name: string; test: RegExp };

export const CHUNK_GROUPS: readonly ChunkGroup[] = [
	// What the checklist's first script needs beside the durable layer: the progress and "Bare mine steg" stores,
	// the progress rules, the view and its texts. The phase map loads the same chunk (it needs most of it).
	{
		name: 'checklist',
		test: path('(stores[\\\\/](progress|preferences)|lib[\\\\/]checklist[\\\\/](progress|view|messages|filter))'),
	},
	// The kommune store with its decoder and what it checks stored members with, as one file, as Rolldown made it
	// while the checklist imported the store up front: once the checklist loads it later, Rolldown would split the
	// register rules and dates into a chunk of their own, one more file (and preload entry) for every island that
	// loads the store.
	{
		name: 'kommuner',
		test: new RegExp(
			[
				path(
					'(stores[\\\\/]kommuner|lib[\\\\/]kommuner[\\\\/](chosen|register)|lib[\\\\/]shared[\\\\/](dates|thumbprint))',
				).source,
				// nanostores' computed(), which only the kommune store still uses ($kommuner).
				'node_modules[\\\\/]nanostores[\\\\/]computed[\\\\/]',
			].join('|'),
		),
	},
];

/** The group a module belongs to, by its id (a file path), or undefined. */
export function groupOf(id: string): string | undefined {
	return CHUNK_GROUPS.find((group) => group.test.test(id))?.name;
}
