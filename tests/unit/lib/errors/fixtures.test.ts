/**
 * Every sourced error answer in tests/fixtures/error-responses gets the cause its source names, and (where the
 * answer has one) the DPoP-Nonce value shown as it came.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interpretErrorAnswer } from '~/lib/errors/interpret';

const DIR = join(import.meta.dirname, '../../../fixtures/error-responses');
interface Fixture {
	file: string;
	source: string;
	answeredBy: string;
	causes: string[];
	nonce?: string;
}
const { fixtures } = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) as { fixtures: Fixture[] };

interface ServerFixture {
	file: string;
	source: string;
	answeredBy: string;
	cause: string;
}
const SERVER_DIR = join(DIR, 'server');
const server = (JSON.parse(readFileSync(join(SERVER_DIR, 'index.json'), 'utf8')) as { fixtures: ServerFixture[] })
	.fixtures;

describe('answers the reference server made (kept, so they are read without a server)', () => {
	it('keeps at least the twelve broken requests of reference-server.test.ts', () => {
		expect(server.length).toBeGreaterThanOrEqual(12);
	});

	for (const fixture of server) {
		it(`${fixture.file}: ${fixture.cause}`, () => {
			const result = interpretErrorAnswer(readFileSync(join(SERVER_DIR, fixture.file), 'utf8'));
			expect(result.status).toBe('read');
			if (result.status !== 'read') return;
			expect(result.causes.map((cause) => `${cause.origin}:${cause.code}`)).toContain(fixture.cause);
			expect(result.causes.every((cause) => cause.explanation !== undefined)).toBe(true);
			expect(result.answeredBy).toBe(fixture.answeredBy);
		});
	}
});

describe('sourced error answers', () => {
	it('lists every file in the folder', () => {
		const files = fixtures.map((fixture) => fixture.file);
		expect(new Set(files).size).toBe(files.length);
		expect(fixtures.length).toBeGreaterThanOrEqual(7);
	});

	for (const fixture of fixtures) {
		it(`${fixture.file}: ${fixture.causes.join(', ')}`, () => {
			const result = interpretErrorAnswer(readFileSync(join(DIR, fixture.file), 'utf8'));
			expect(result.status).toBe('read');
			if (result.status !== 'read') return;
			expect(result.causes.map((cause) => `${cause.origin}:${cause.code}`)).toEqual(fixture.causes);
			expect(result.causes.every((cause) => cause.explanation !== undefined)).toBe(true);
			expect(result.answeredBy).toBe(fixture.answeredBy);
			if (fixture.nonce) {
				const values = result.causes.flatMap((cause) => cause.details.map((detail) => detail.value));
				expect(values).toContain(fixture.nonce);
			}
		});
	}
});
