/**
 * Fuzzing the key checker: thousands of random and mutated inputs each get an answer with a Norwegian message and
 * never an exception, and a refused private key comes back with nothing of it. How fast the answers come is
 * measured by `npm run bench`, not here.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { checkKey } from '~/lib/keys/check';
import { anyText, deepJson, mutated, privatePem } from '~test/helpers/fuzz-inputs';
import { pemBody, pkcs1Pem, rsaPair, selfSignedCertificatePem, spkiPem } from '~test/helpers/key-fixtures';

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

const PROPERTY_TIMEOUT = 30_000;

describe('never throws, always answers', () => {
	const pems = [
		spkiPem(rsaPair(2048).publicKey),
		pkcs1Pem(rsaPair(2048).publicKey),
		spkiPem(rsaPair(4096).publicKey),
		selfSignedCertificatePem(rsaPair(2048)),
	];

	async function answers(input: string): Promise<void> {
		const result = await checkKey(input);
		expect(['empty', 'ok', 'warning', 'error', 'private-key']).toContain(result.status);
		for (const finding of result.findings) expect(finding.message.length).toBeGreaterThan(10);
	}

	beforeAll(async () => {
		// Warm WebCrypto and jose up, so the first property run does not spend its time loading them.
		for (const pem of pems) await checkKey(pem);
	});

	it(
		'random strings',
		async () => {
			await fc.assert(fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 3000 }), answers), { numRuns: 200 });
		},
		PROPERTY_TIMEOUT,
	);

	it(
		'random bytes as base64, bare and in PEM armour',
		async () => {
			await fc.assert(
				fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.boolean(), async (bytes, armour) => {
					const b64 = Buffer.from(bytes).toString('base64');
					await answers(armour ? `-----BEGIN PUBLIC KEY-----\n${b64}\n-----END PUBLIC KEY-----` : b64);
				}),
				{ numRuns: 200 },
			);
		},
		PROPERTY_TIMEOUT,
	);

	it(
		'mutated valid PEM: truncated, characters flipped, parts duplicated',
		async () => {
			const mutation = fc.oneof(
				fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
				fc.record({
					kind: fc.constant('flip' as const),
					at: fc.nat(),
					char: fc.string({ minLength: 1, maxLength: 1, unit: 'binary' }),
				}),
				fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat({ max: 400 }) }),
			);
			await fc.assert(
				fc.asyncProperty(
					fc.constantFrom(...pems),
					fc.array(mutation, { minLength: 1, maxLength: 4 }),
					async (pem, steps) => {
						let text = pem;
						for (const step of steps) {
							const at = step.at % (text.length + 1);
							if (step.kind === 'truncate') text = text.slice(0, at);
							else if (step.kind === 'flip') text = text.slice(0, at) + step.char + text.slice(at + 1);
							else text = text.slice(0, at) + text.slice(at, at + step.length) + text.slice(at);
						}
						await answers(text);
					},
				),
				{ numRuns: 200 },
			);
		},
		PROPERTY_TIMEOUT,
	);
});
