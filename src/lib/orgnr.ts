/**
 * Norwegian organisasjonsnummer: nine digits, the last a MOD11 check digit over the first eight with the weights
 * 3, 2, 7, 6, 5, 4, 3, 2 (Brønnøysundregistrene). Remainder 0 gives check digit 0; remainder 1 means no number
 * with these eight digits is valid; otherwise the check digit is 11 − remainder.
 */
export type OrgnrErrorCode = 'empty' | 'not-digits' | 'wrong-length' | 'bad-check-digit';

export type OrgnrResult =
	| { ok: true; value: string }
	| { ok: false; error: { code: OrgnrErrorCode; message: string } };

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

const MESSAGES: Record<OrgnrErrorCode, string> = {
	empty: 'Skriv inn organisasjonsnummeret.',
	'not-digits': 'Organisasjonsnummeret kan bare inneholde sifre. Fjern bokstaver og tegn.',
	'wrong-length': 'Organisasjonsnummeret skal ha 9 sifre. Sjekk at du har fått med alle.',
	'bad-check-digit':
		'Dette er ikke et gyldig organisasjonsnummer (kontrollsifferet stemmer ikke). Sjekk at sifrene er riktige.',
};

function fail(code: OrgnrErrorCode): OrgnrResult {
	return { ok: false, error: { code, message: MESSAGES[code] } };
}

/** The check digit for eight digits, or undefined when MOD11 gives remainder 1 (no valid number). */
export function orgnrCheckDigit(firstEight: string): number | undefined {
	let sum = 0;
	for (let i = 0; i < 8; i++) sum += Number(firstEight[i]) * WEIGHTS[i]!;
	const remainder = sum % 11;
	if (remainder === 0) return 0;
	if (remainder === 1) return undefined;
	return 11 - remainder;
}

/** Checks an organisasjonsnummer; spaces (as in "123 456 789") are tolerated and removed. */
export function checkOrgnr(input: unknown): OrgnrResult {
	if (typeof input !== 'string') return fail('empty');
	const compact = input.replace(/\s+/g, '');
	if (compact === '') return fail('empty');
	if (!/^\d+$/.test(compact)) return fail('not-digits');
	if (compact.length !== 9) return fail('wrong-length');
	const expected = orgnrCheckDigit(compact.slice(0, 8));
	if (expected === undefined || expected !== Number(compact[8])) return fail('bad-check-digit');
	return { ok: true, value: compact };
}
