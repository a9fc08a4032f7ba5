/**
 * Norwegian organisasjonsnummer: nine digits, the last a MOD11 check digit over the first eight with the
 * weights 3, 2, 7, 6, 5, 4, 3, 2 (Brønnøysundregistrene's rule). A remainder of 0 gives check digit 0; a remainder
 * of 1 means no valid number can end in any digit. The Norwegian messages for the error codes are in ./messages.ts.
 */

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

export type OrgnrError = 'empty' | 'not-digits' | 'wrong-length' | 'bad-check-digit';

export type OrgnrResult = { ok: true; value: string } | { ok: false; error: { code: OrgnrError } };

/** Checks an organisasjonsnummer, tolerating spaces (as in "923 609 016"). */
export function checkOrgnr(input: string): OrgnrResult {
	const value = input.replace(/\s+/g, '');
	if (value === '') return { ok: false, error: { code: 'empty' } };
	if (!/^\d+$/.test(value)) return { ok: false, error: { code: 'not-digits' } };
	if (value.length !== 9) return { ok: false, error: { code: 'wrong-length' } };
	const expected = orgnrCheckDigit(value.slice(0, 8));
	if (expected === undefined || expected !== Number(value[8])) return { ok: false, error: { code: 'bad-check-digit' } };
	return { ok: true, value };
}

/** The MOD11 check digit for eight digits, or undefined when none exists (remainder 1). */
export function orgnrCheckDigit(firstEight: string): number | undefined {
	let sum = 0;
	for (let i = 0; i < WEIGHTS.length; i++) sum += Number(firstEight[i]) * WEIGHTS[i]!;
	const remainder = sum % 11;
	if (remainder === 0) return 0;
	if (remainder === 1) return undefined;
	return 11 - remainder;
}
