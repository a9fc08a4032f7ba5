/**
 * The key check against outside material (tests/fixtures/keys): keys made with openssl and ssh-keygen, RFC
 * examples, identity providers' published JWKS, NHN's HelseID samples, paste damage, private keys hidden in other
 * forms, and hostile input. One test per file, against expectations computed without the project's code. How long
 * each takes is reported by `npm run bench`, not asserted here.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkKey } from '~/lib/keys/check';
import { KEY_CORPUS_DIR, keyCorpus } from '~test/helpers/key-corpus';
import { findingCodes } from '~test/helpers/key-results';

/**
 * Controls (C0, C1), format characters (bidi overrides, zero-width) and line separators: nothing may echo them. The
 * line feeds of the PEM we write ourselves are the one exception.
 */
const CONTROL = /(?!\n)[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

const corpus = keyCorpus();

describe('outside key corpus', () => {
	it('has a manifest entry for every file, and at least 140 cases', () => {
		const files = readdirSync(KEY_CORPUS_DIR).filter((f) => !['manifest.json', 'README.md', 'generate.sh'].includes(f));
		expect(corpus.map((c) => c.file).sort()).toEqual(files.sort());
		// Identity providers' published JWKS: at least 19 providers and 64 RSA keys, as the issue's own trial had.
		const idp = corpus.filter((c) => c.file.startsWith('idp-') && !c.file.includes('constructed'));
		expect(new Set(idp.map((c) => c.file)).size).toBeGreaterThanOrEqual(19);
		const published = idp.map((c) => (JSON.parse(c.text) as { keys: unknown[] }).keys.length);
		expect(published.reduce((sum, n) => sum + n, 0)).toBeGreaterThanOrEqual(64);
		expect(corpus.length).toBeGreaterThanOrEqual(140);
		for (const fixture of corpus) expect(fixture.source.trim(), fixture.file).not.toBe('');
	});

	for (const { file, expect: want, text } of corpus) {
		it(`${file} [${want.level}]`, async () => {
			const result = await checkKey(text);
			const codes = findingCodes(result);
			if (want.private) {
				expect(result.status).toBe('private-key');
				expect(result.keys).toEqual([]);
				for (const code of want.codes ?? []) expect(codes).toContain(code);
				return;
			}
			expect(result.status).not.toBe('private-key');
			if (want.status) expect(result.status).toBe(want.status);
			const prints = want.thumbprints ?? (want.thumbprint ? [want.thumbprint] : []);
			if (want.thumbprints) expect(result.keys.map((k) => k.thumbprint)).toEqual(prints);
			else if (want.thumbprint) expect(result.keys[0]?.thumbprint).toBe(want.thumbprint);
			if (want.keyCount !== undefined) expect(result.keys).toHaveLength(want.keyCount);
			if (want.bits !== undefined) expect(result.keys[0]?.bits).toBe(want.bits);
			if (want.format) expect(result.keys[0]?.format).toBe(want.format);
			for (const code of want.codes ?? []) expect(codes).toContain(code);
			if (want.noControlChars) {
				const strings: string[] = [];
				JSON.stringify(result, (_, value: unknown) => (typeof value === 'string' && strings.push(value), value));
				for (const value of strings) expect(value).not.toMatch(CONTROL);
			}
		}, 30_000);
	}
});
