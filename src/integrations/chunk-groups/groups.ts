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
];

/** The group a module belongs to, by its id (a file path), or undefined. */
export function groupOf(id: string): string | undefined {
	return CHUNK_GROUPS.find((group) => group.test.test(id))?.name;
}
