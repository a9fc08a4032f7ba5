import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A supplier with many kommuner (issue 21 §4), as the stores write it: the first `count` kommuner of the directory,
 * every fifth with a key thumbprint, key expiry dates spread from a month ago to two years ahead (so the overview
 * has expired keys, keys expiring soon and keys in order), some register fields, and progress on a few steps per
 * kommune. Used by the 100-kommune e2e test, `npm run screenshots` and the bench (scripts/bench/kommuner.ts).
 */
interface DirectoryKommune {
	readonly nummer: string;
	readonly navn: string;
}

const directory = JSON.parse(
	readFileSync(join(import.meta.dirname, '../../src/data/kommuner-2025.json'), 'utf8'),
) as DirectoryKommune[];

/** The kommuner of the directory in its order, from `from`: the bench adds the one after the chosen ones. */
export const directoryKommune = (index: number): DirectoryKommune => directory[index]!;

const day = (today: Date, offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

/** An RFC 7638-shaped thumbprint (43 base64url characters), made from the kommunenummer: no real key behind it. */
const thumbprintOf = (nummer: string) => createHash('sha256').update(`kommune ${nummer}`).digest('base64url');

const PER_KOMMUNE_STEPS = [
	'vkp.kommune.nokkelpar',
	'vkp.kommune.altinn-delegering',
	'vkp.kommune.bestilling',
	'vkp.kommune.codereview',
] as const;
const STATUSES = ['fullfort', 'pagar', 'venter-nhn', 'ikke-startet'] as const;

/** localStorage entries (key → envelope) for `count` kommuner, dated from `today`. */
export function manyKommunerStorage(count: number, today = new Date()): Record<string, unknown> {
	const kommuner = directory.slice(0, count).map(({ nummer, navn }, i) => ({
		nummer,
		navn,
		...(i % 5 === 0 ? { thumbprint: thumbprintOf(nummer) } : {}),
		...(i % 3 === 0 ? { clientIdTest: `test-${nummer}`, vkpId: `trygghjemme-${nummer}` } : {}),
		// From 30 days ago to about two years ahead; every seventh kommune has no date yet.
		...(i % 7 === 6 ? {} : { keyExpires: day(today, -30 + i * 7) }),
	}));
	const changedAt = '2026-11-02T09:00:00.000Z';
	const steps: Record<string, unknown> = {};
	kommuner.forEach(({ nummer }, i) => {
		PER_KOMMUNE_STEPS.forEach((step, s) => {
			const status = STATUSES[(i + s) % STATUSES.length]!;
			if (status === 'ikke-startet') return;
			steps[`${step}@${nummer}`] =
				status === 'fullfort' ? { status, changedAt, completedAt: changedAt } : { status, changedAt };
		});
	});
	return {
		'veiviser:kommuner:v1': { v: 1, data: { kommuner } },
		'veiviser:progress:v1': { v: 1, data: { steps } },
	};
}
