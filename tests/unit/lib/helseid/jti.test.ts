/**
 * How much room for randomness a `jti` has (RFC 9449 §4.2: at least 96 bits, or a UUID), judged by its alphabet:
 * digits 3.32 bits a character, hex 4, base64url 6, anything else 6.5. Each boundary is tested on both sides.
 */
import { describe, expect, it } from 'vitest';
import { isGuid, jtiStrength, MIN_JTI_BITS } from '~/lib/helseid/jti';

describe('jtiStrength', () => {
	it('asks for 96 bits', () => {
		expect(MIN_JTI_BITS).toBe(96);
	});

	it.each([
		// digits: 28 × 3.32 = 93 bits (a counter or a timestamp), 29 × 3.32 = 96.3
		['1234567890123456789012345678', 'sequential'],
		['12345678901234567890123456789', 'ok'],
		// hex: 23 × 4 = 92, 24 × 4 = 96
		['0123456789abcdef0123456', 'short'],
		['0123456789abcdef01234567', 'ok'],
		['0123456789ABCDEF01234567', 'ok'],
		// hex digits, then other base64url characters: read as base64url (22 × 6 = 132), not hex (88)
		['abcdef0123456789abc_xy', 'ok'],
		// base64url: 15 × 6 = 90, 16 × 6 = 96
		['_-AbCdEfGhIjKlM', 'short'],
		['_-AbCdEfGhIjKlMn', 'ok'],
		// other characters anywhere: 15 × 6.5 = 97.5
		['a!b@c#d$e%f^g&h', 'ok'],
		['!!AbCdEfGhIjKlM', 'ok'],
		['AbCdEfGhIjKlM!!', 'ok'],
		// few distinct characters, whatever the length
		['ab'.repeat(20), 'short'],
		['0'.repeat(32), 'short'],
		// GUIDs
		['5f1b9c3e-8a44-4d3b-9f0e-2c7a1d6b8e90', 'ok'],
		['892ba3d44a37411ebc92482234176157', 'ok'],
	])('%j → %s', (jti, strength) => {
		expect(jtiStrength(jti)).toBe(strength);
	});
});

describe('isGuid', () => {
	it.each([
		'5f1b9c3e-8a44-4d3b-9f0e-2c7a1d6b8e90',
		'{5F1B9C3E-8A44-4D3B-9F0E-2C7A1D6B8E90}',
		'892ba3d44a37411ebc92482234176157',
		// each dash may be left out on its own, as .NET's "N" format leaves them all out
		'5f1b9c3e8a44-4d3b-9f0e-2c7a1d6b8e90',
		'5f1b9c3e-8a444d3b-9f0e-2c7a1d6b8e90',
		'5f1b9c3e-8a44-4d3b9f0e-2c7a1d6b8e90',
		'5f1b9c3e-8a44-4d3b-9f0e2c7a1d6b8e90',
	])('%j is a GUID', (jti) => {
		expect(isGuid(jti)).toBe(true);
	});

	it.each([
		'x5f1b9c3e-8a44-4d3b-9f0e-2c7a1d6b8e90',
		'5f1b9c3e-8a44-4d3b-9f0e-2c7a1d6b8e90x',
		'5f1b9c3e-8a44-4d3b-9f0e-2c7a1d6b8e9',
		'5f1b9c3g-8a44-4d3b-9f0e-2c7a1d6b8e90',
		'',
	])('%j is not', (jti) => {
		expect(isGuid(jti)).toBe(false);
	});
});
