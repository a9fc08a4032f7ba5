/**
 * How unpredictable a `jti` is. RFC 9449 §4.2 asks a DPoP proof's `jti` for at least 96 bits of pseudorandom data
 * or a version 4 UUID; a client assertion's `jti` is a replay guard of the same kind (HelseID.Library uses
 * `Guid.NewGuid().ToString("N")`). We cannot see randomness in one value, but we can see when there is too little
 * room for it (short, few distinct characters) or when it counts up (only digits, like a counter or a timestamp).
 */

/** At least this many bits of room, as RFC 9449 §4.2 asks. */
export const MIN_JTI_BITS = 96;

/** A GUID/UUID, with or without dashes and braces (`Guid.ToString("N")`, `"D"`, `"B"`). */
const GUID = /^\{?[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\}?$/i;

export function isGuid(jti: string): boolean {
	return GUID.test(jti);
}

/** Bits one character can carry, judged by the alphabet the value uses. */
function bitsPerCharacter(jti: string): number {
	if (/^\d+$/.test(jti)) return Math.log2(10);
	if (/^[0-9a-f]+$/i.test(jti)) return 4;
	if (/^[A-Za-z0-9_-]+$/.test(jti)) return 6;
	return 6.5;
}

export type JtiStrength = 'ok' | 'short' | 'sequential';

/**
 * `sequential`: a short run of digits (under 96 bits: a counter or a timestamp, so the next one can be guessed);
 * `short`: any other value with fewer than 96 bits of room, or two or fewer distinct characters ("aaaa…").
 */
export function jtiStrength(jti: string): JtiStrength {
	const tooShort = jti.length * bitsPerCharacter(jti) < MIN_JTI_BITS;
	if (tooShort && /^\d+$/.test(jti)) return 'sequential';
	// A GUID (32 hex digits, 128 bits) always has room enough; but its shape does not make it random: "000…0" and
	// "abab…ab" have 32 hex digits too.
	if (tooShort || new Set(jti).size <= 2) return 'short';
	return 'ok';
}
