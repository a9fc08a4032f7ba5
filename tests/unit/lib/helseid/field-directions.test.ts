/**
 * A finding that sends the user to another field says where it is, «over» or «under», as the check's own page lays
 * it out: the public-key field of the client-assertion check comes before its results (issue 22: the page said «under»
 * for a field that is above).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findingMessages } from '~/lib/helseid/finding-messages';

const CHECK = readFileSync(new URL('../../../../src/components/helseid/AssertionCheck.astro', import.meta.url), 'utf8');

/** Codes whose sentence asks the user to paste the public key in the check's key field. */
const ASKS_FOR_KEY = ['kid-unchecked', 'signature-not-checked'] as const;

describe('where a finding points', () => {
	it('the key field is above the results on the client-assertion check', () => {
		const keyField = CHECK.indexOf('role="key"');
		const results = CHECK.indexOf('<ToolResults');
		expect(keyField).toBeGreaterThan(0);
		expect(results).toBeGreaterThan(keyField);
	});

	it.each(ASKS_FOR_KEY)('%s sends the user to the field above, never below', (code) => {
		const sentence = findingMessages[code]();
		expect(sentence).toMatch(/offentlige nøkkelen/);
		expect(sentence).toMatch(/\bover\b/);
		expect(sentence).not.toMatch(/\bunder\b/);
	});
});
