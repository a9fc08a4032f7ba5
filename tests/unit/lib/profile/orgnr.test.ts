import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOrgnr, orgnrCheckDigit } from '~/lib/profile/orgnr';

/** Builds a valid number from eight digits by the MOD11 rule, computed here independently of the module. */
function withCheckDigit(firstEight: string): string | undefined {
	const weights = [3, 2, 7, 6, 5, 4, 3, 2];
	const sum = [...firstEight].reduce((acc, digit, i) => acc + Number(digit) * weights[i]!, 0);
	const check = (11 - (sum % 11)) % 11;
	return check === 10 ? undefined : firstEight + String(check);
}

describe('checkOrgnr', () => {
	it('accepts numbers with a correct MOD11 check digit, with or without spaces', () => {
		// Norsk Helsenett SF's and Brønnøysundregistrene's published numbers.
		expect(checkOrgnr('994598759')).toEqual({ ok: true, value: '994598759' });
		expect(checkOrgnr('974 760 673')).toEqual({ ok: true, value: '974760673' });
	});

	it('names what is wrong', () => {
		expect(checkOrgnr('')).toEqual({ ok: false, error: { code: 'empty' } });
		expect(checkOrgnr('99459875X')).toEqual({ ok: false, error: { code: 'not-digits' } });
		expect(checkOrgnr('99459875')).toEqual({ ok: false, error: { code: 'wrong-length' } });
		expect(checkOrgnr('994598758')).toEqual({ ok: false, error: { code: 'bad-check-digit' } });
	});

	it('agrees with an independent MOD11 computation for any eight digits', () => {
		fc.assert(
			fc.property(fc.stringMatching(/^\d{8}$/), (firstEight) => {
				const valid = withCheckDigit(firstEight);
				if (valid === undefined) {
					expect(orgnrCheckDigit(firstEight)).toBeUndefined();
					for (let d = 0; d <= 9; d++) expect(checkOrgnr(firstEight + d).ok).toBe(false);
				} else {
					expect(checkOrgnr(valid).ok).toBe(true);
					const wrong = firstEight + String((Number(valid[8]) + 1) % 10);
					expect(checkOrgnr(wrong).ok).toBe(false);
				}
			}),
		);
	});
});
