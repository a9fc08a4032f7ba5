/** Reading checkKey's results in tests: finding codes, and the thumbprint Node itself computes. */
import { createHash, createPublicKey } from 'node:crypto';
import { expect, it } from 'vitest';
import { checkKey, type FindingCode, type KeyCheckResult } from '~/lib/keys/check';

/** Every finding code of a result, the paste's own first, then each key's in order. */
export const findingCodes = (result: KeyCheckResult) => [
	...result.findings.map((f) => f.code),
	...result.keys.flatMap((key) => key.findings.map((f) => f.code)),
];

/** RFC 7638 §3.1 computed by Node itself: SHA-256 over {"e","kty","n"} from Node's own JWK export. */
export function nodeThumbprint(pem: string): string {
	const { e, n } = createPublicKey(pem).export({ format: 'jwk' });
	return createHash('sha256').update(`{"e":"${e}","kty":"RSA","n":"${n}"}`).digest('base64url');
}

/** One test per case: the input gets its own finding, the result is an error, and no key comes back. */
export function itFindsEachBrokenInput(
	cases: readonly (readonly [name: string, input: string, code: FindingCode])[],
): void {
	for (const [name, input, code] of cases) {
		it(`${name}: ${code}`, async () => {
			const result = await checkKey(input);
			expect(findingCodes(result)).toContain(code);
			expect(result.status).toBe('error');
			expect(result.keys).toEqual([]);
		});
	}
}
