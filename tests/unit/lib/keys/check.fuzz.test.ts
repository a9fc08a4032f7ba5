/**
 * Fuzzing the key checker: thousands of random and mutated inputs each get an answer with a Norwegian message and
 * never an exception, and a refused private key comes back with nothing of it. How fast the answers come is
 * measured by `npm run bench`, not here.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { checkKey } from '~/lib/keys/check';
import { anyText, deepJson, mutated, privatePem } from '~test/helpers/fuzz-inputs';
import { pemBody } from '~test/helpers/key-fixtures';

// Thousands of inputs per property: allow the whole file a minute on a slow machine.
vi.setConfig({ testTimeout: 60_000 });

async function expectAnswer(input: string): Promise<void> {
	const result = await checkKey(input);
	expect(['empty', 'ok', 'warning', 'error', 'private-key']).toContain(result.status);
	for (const finding of result.findings) expect(finding.message.length).toBeGreaterThan(10);
	if (result.status === 'private-key') {
		// Nothing of the secret comes back: no 16-character run of the private key's base64 body.
		const echoed = JSON.stringify(result);
		const body = pemBody(privatePem);
		for (let i = 0; i + 16 <= body.length; i += 16) expect(echoed).not.toContain(body.slice(i, i + 16));
	}
}

describe('key checker fuzz', () => {
	it('answers random text, bytes and JSON', async () => {
		await fc.assert(fc.asyncProperty(anyText, expectAnswer), { numRuns: 2000 });
	});

	it('answers mutated keys: truncated, doubled, flipped, bad base64', async () => {
		await fc.assert(fc.asyncProperty(mutated, expectAnswer), { numRuns: 1500 });
	});

	it('answers deep JSON, huge JSON and a 5 MB paste', async () => {
		await fc.assert(fc.asyncProperty(deepJson, expectAnswer), { numRuns: 20 });
		await expectAnswer(
			JSON.stringify({ keys: Array.from({ length: 20_000 }, () => ({ kty: 'RSA', n: 'AQAB', e: 'AQAB' })) }),
		);
		await expectAnswer('A'.repeat(5 * 1024 * 1024));
		await expectAnswer(`-----BEGIN PUBLIC KEY-----\n${'A'.repeat(5 * 1024 * 1024)}\n-----END PUBLIC KEY-----`);
	});
});
