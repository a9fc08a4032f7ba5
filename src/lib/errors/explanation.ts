/**
 * The shape every explained code has, whatever its topic: a short title, what it means, what to do step by step
 * (with links to the site's own checks) and the sources it rests on. The Norwegian text lives in the messages-*.ts
 * files, one per topic.
 */
import type { LinkedText } from '../shared/linked-text';
import type { ErrorSourceId } from './sources';

export interface Explanation {
	readonly title: string;
	readonly meaning: string;
	readonly steps: readonly LinkedText[];
	readonly sources: readonly ErrorSourceId[];
}

export type Catalogue = Readonly<Record<string, Explanation>>;

/** The entry for a code, never one inherited from Object.prototype (`constructor`, `__proto__`). */
export function lookUp(catalogue: Catalogue, code: string): Explanation | undefined {
	return Object.hasOwn(catalogue, code) ? catalogue[code] : undefined;
}
