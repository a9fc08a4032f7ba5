/**
 * Random and hostile text never makes the error-answer interpreter throw: random strings and JSON, broken HTTP
 * answers, 200,000 characters, long runs of every character its patterns look at (after the words that start a
 * pattern), and deeply nested JSON. Each gets an interpretation, and no secret in it comes back. How long the worst
 * of these take is measured by `npm run bench -- --inputs` (scripts/bench/fuzz-timing.ts, limit 100 ms).
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { interpretErrorAnswer, MAX_PASTE } from '~/lib/errors/interpret';
import { anyText, deepJson } from '~test/helpers/fuzz-inputs';
import { errorRuns } from '~test/helpers/error-inputs';

vi.setConfig({ testTimeout: 120_000 });

const STATUSES = ['read', 'empty', 'too-long', 'private-key'];

function answers(input: string): void {
	const result = interpretErrorAnswer(input);
	expect(STATUSES).toContain(result.status);
}

const brokenAnswer = fc
	.tuple(
		fc.constantFrom('HTTP/1.1 400 Bad Request', 'HTTP/2 401', '< HTTP/1.1 100 Continue', '', 'HTTP/1.1 999'),
		fc.array(
			fc.tuple(fc.constantFrom('WWW-Authenticate', 'DPoP-Nonce', 'Authorization', 'Retry-After', 'X'), fc.string()),
			{ maxLength: 5 },
		),
		fc.oneof(fc.json(), fc.string(), fc.constant('{"resourceType":"OperationOutcome","issue":[{}]}')),
	)
	.map(([status, headers, body]) => [status, ...headers.map(([n, v]) => `${n}: ${v}`), '', body].join('\n'));

describe('hostile input', () => {
	it('answers random text, random JSON and broken HTTP answers', () => {
		fc.assert(fc.property(fc.oneof(anyText, brokenAnswer), answers), { numRuns: 500 });
	});

	it('answers deeply nested JSON, also as a body and inside an error object', () => {
		fc.assert(
			fc.property(deepJson, (json) => {
				answers(json);
				answers(`HTTP/1.1 400 Bad Request\n\n{"error":${json.replace(/\]$/, ',"x"]')}}`);
				answers(`{"issue":${json},"resourceType":"OperationOutcome"}`);
			}),
			{ numRuns: 20 },
		);
	});

	it('answers a long run of every pattern character after every pattern start', () => {
		for (const [name, input] of Object.entries(errorRuns(MAX_PASTE))) {
			const result = interpretErrorAnswer(input);
			expect(STATUSES, name).toContain(result.status);
		}
	});

	it('never shows a Bearer token back, whatever surrounds it', () => {
		const token = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
		fc.assert(
			fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (before, after) => {
				const result = interpretErrorAnswer(`${before}\nAuthorization: Bearer ${token}\n${after}`);
				expect(JSON.stringify(result)).not.toContain(token);
			}),
			{ numRuns: 300 },
		);
	});
});
