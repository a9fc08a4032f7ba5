import { describe, expect, it } from 'vitest';
import { firstMatches, MAX_KEYS } from '~/lib/keys/collected';

describe('firstMatches', () => {
	it('stops at four times MAX_KEYS matches: enough to know a paste has too many keys', () => {
		const many = 'ssh-rsa AAAA\n'.repeat(25_000);
		const matches = firstMatches(many, /ssh-rsa /g);
		expect(matches).toHaveLength(4 * MAX_KEYS);
		expect(matches.at(-1)!.index).toBe((4 * MAX_KEYS - 1) * 'ssh-rsa AAAA\n'.length);
	});

	it('gives every match when there are fewer than the limit, and stops at a limit of its own', () => {
		expect(firstMatches('a b a b a', /a/g).map((m) => m.index)).toEqual([0, 4, 8]);
		expect(firstMatches('a b a b a', /a/g, 2).map((m) => m.index)).toEqual([0, 4]);
		expect(firstMatches('b', /a/g)).toEqual([]);
	});
});
