/**
 * The outside key material in tests/fixtures/keys: every file with its source and what the check must say about
 * it (manifest.json; the README there names each file's source). Used by the corpus test and by `npm run bench`,
 * which reports the worst time of the check over these files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const KEY_CORPUS_DIR = fileURLToPath(new URL('../../fixtures/keys', import.meta.url));

export interface CorpusExpectation {
	readonly private: boolean;
	readonly status?: string;
	readonly bits?: number;
	readonly thumbprint?: string;
	readonly thumbprints?: readonly string[];
	readonly keyCount?: number;
	readonly format?: string;
	readonly codes?: readonly string[];
	readonly noControlChars?: boolean;
	readonly notes?: string;
	readonly level: 'must' | 'should';
}

export interface CorpusFixture {
	readonly file: string;
	readonly source: string;
	readonly expect: CorpusExpectation;
	readonly text: string;
}

export function keyCorpus(dir = KEY_CORPUS_DIR): CorpusFixture[] {
	const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Omit<CorpusFixture, 'text'>[];
	return manifest.map((entry) => ({ ...entry, text: readFileSync(join(dir, entry.file), 'utf8') }));
}
