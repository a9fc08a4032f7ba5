import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOrgnr } from '../../src/lib/orgnr';

/** An independent MOD11 (weights 3,2,7,6,5,4,3,2) for the test, written out differently from the module. */
function expectedCheckDigit(digits: number[]): number | 'none' {
	const weights = [3, 2, 7, 6, 5, 4, 3, 2];
	const sum = digits.reduce((acc, d, i) => acc + d * weights[i]!, 0);
	const check = (11 - (sum % 11)) % 11;
	return check === 10 ? 'none' : check;
}

describe('checkOrgnr', () => {
	it('accepts NHN’s own organisasjonsnummer, with or without spaces', () => {
		// 9·3+9·2+4·7+5·6+9·5+8·4+7·3+5·2 = 211; 211 mod 11 = 2; 11 − 2 = 9
		expect(checkOrgnr('994598759')).toEqual({ ok: true, value: '994598759' });
		expect(checkOrgnr(' 994 598 759 ')).toEqual({ ok: true, value: '994598759' });
	});

	it('names what is wrong', () => {
		const code = (input: unknown) => {
			const result = checkOrgnr(input);
			return result.ok ? 'ok' : result.error.code;
		};
		expect(code('')).toBe('empty');
		expect(code('   ')).toBe('empty');
		expect(code(undefined)).toBe('empty');
		expect(code('99459875A')).toBe('not-digits');
		expect(code('99459875')).toBe('wrong-length');
		expect(code('9945987590')).toBe('wrong-length');
		expect(code('994598758')).toBe('bad-check-digit');
	});

	it('accepts exactly the one right check digit for any eight digits (none when the remainder is 1)', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }), (digits) => {
				const expected = expectedCheckDigit(digits);
				for (let last = 0; last <= 9; last++) {
					const result = checkOrgnr(digits.join('') + last);
					expect(result.ok).toBe(last === expected);
					if (!result.ok) expect(result.error.code).toBe('bad-check-digit');
				}
			}),
		);
	});

	it('never throws on any text', () => {
		fc.assert(fc.property(fc.string(), (text) => void checkOrgnr(text)));
	});
});
