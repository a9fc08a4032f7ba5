import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64, encodeBase64Url, isBase64 } from '~/lib/shared/base64';

describe('base64', () => {
	it('round-trips any bytes the way Node does, in both alphabets', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
				const buffer = Buffer.from(bytes);
				expect(encodeBase64(bytes)).toBe(buffer.toString('base64'));
				expect(encodeBase64Url(bytes)).toBe(buffer.toString('base64url'));
				if (bytes.length > 0) {
					expect(decodeBase64(buffer.toString('base64'))).toEqual(bytes);
					expect(decodeBase64(buffer.toString('base64url'), true)).toEqual(bytes);
				}
			}),
		);
	});

	it('rejects malformed base64', () => {
		for (const bad of ['', 'A', 'AB=C', 'AB===', 'A!BC', 'ABC=D===', 'ABCDE=']) expect(isBase64(bad)).toBe(false);
		expect(decodeBase64('a-b_', false)).toBeUndefined();
		expect(decodeBase64('ab+/', true)).toBeUndefined();
	});
});
