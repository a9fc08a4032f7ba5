/**
 * What the format readers (pem.ts, ssh.ts, xml.ts, jwk.ts, der-key.ts) hand to the checker: RSA keys still to
 * check, and findings about everything else they met.
 */
import type { RsaNumbers } from './der';
import type { Finding } from './findings';
import type { KeyFormat } from './types';

export type { KeyFormat } from './types';

/** At most this many keys are read from one paste; the rest get a `too-many-keys` finding. */
export const MAX_KEYS = 20;

/**
 * The matches of a reader's pattern, at most enough to know there are too many keys: a paste of 25,000 `ssh-rsa `
 * costs no more than one of a hundred.
 */
export function firstMatches(text: string, pattern: RegExp, limit = 4 * MAX_KEYS): RegExpExecArray[] {
	const matches: RegExpExecArray[] = [];
	for (const match of text.matchAll(pattern)) {
		matches.push(match);
		if (matches.length >= limit) break;
	}
	return matches;
}

/** One key-like thing found in the input, before the RSA work. */
export interface RsaCandidate {
	readonly block: number;
	readonly format: KeyFormat;
	readonly rsa: RsaNumbers;
	readonly notes: Finding[];
	/** The JWK members as given, to show; control and bidi characters marked (findings.ts `markControls`). */
	readonly kid?: string;
	readonly use?: string;
	readonly alg?: string;
	/** What the JWK we hand back keeps of the given one: a safe `kid`, a signing `alg` in its registered spelling. */
	readonly keep?: { readonly kid?: string; readonly alg?: string };
}

/** What reading the text gave: RSA keys to check, and findings about everything else. */
export interface Collected {
	candidates: RsaCandidate[];
	findings: Finding[];
	nextBlock: number;
}

/** Where a key-like part of the text is, and how to read it once it has its block number. */
export interface Span {
	readonly start: number;
	readonly end: number;
	readonly read: (block: number, into: Collected) => void;
}
