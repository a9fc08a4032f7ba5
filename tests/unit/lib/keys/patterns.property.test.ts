/**
 * The key check's patterns against long runs of every character they look at: spaces, tabs, hyphens, `=`, base64
 * letters, `<`, `{` and the rest, alone and after the words that start a pattern (`BEGIN`, `-----BEGIN`, `ssh-rsa`,
 * `<D`, `"d":`, `PRIVATE`). A quadratic pattern turns such a paste into seconds or minutes of a frozen page; here
 * each must simply come back with an answer. How long it takes is measured by `npm run bench` (scripts/bench), not
 * asserted here.
 *
 * Also: a private key stays refused, and nothing of it comes back, whatever paste damage or wrapping surrounds it.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { checkKey, MAX_INPUT_LENGTH } from '~/lib/keys/check';
import { scanForSecrets } from '~/lib/keys/secrets';
import { pemBody, publicJwk, rsaPair, spkiPem } from '~test/helpers/key-fixtures';

vi.setConfig({ testTimeout: 120_000 });

/** The characters the patterns repeat over. */
const RUN_CHARACTERS = [' ', '\t', '-', '=', 'A', '/', '_', '<', '>', '{', '[', '"', "'", '\\', ':', '\n', '\r\n'];
/** The words after which a run is read by a pattern. */
const PATTERN_STARTS = [
	'',
	'BEGIN ',
	'-----BEGIN ',
	'-----BEGIN PUBLIC KEY-----\n',
	'---- BEGIN SSH2 PUBLIC KEY ----\n',
	'PRIVATE ',
	'ssh-rsa ',
	'ssh-rsa-cert-v01@openssh.com ',
	'<RSAKeyValue ',
	'<ds:D ',
	'<D>',
	'"d":',
	'  d: ',
	'{"kty":"RSA","n":"',
	'\\\\\\"',
	'> ',
	'<br',
];

const patternRun = fc.record({
	start: fc.constantFrom(...PATTERN_STARTS),
	character: fc.constantFrom(...RUN_CHARACTERS),
	length: fc.integer({ min: 1, max: MAX_INPUT_LENGTH - 40 }),
	end: fc.constantFrom('', 'x', '-----', 'KEY-----', '>', '}', '\n'),
});

async function answers(input: string): Promise<void> {
	const result = await checkKey(input);
	expect(['empty', 'ok', 'warning', 'error', 'private-key']).toContain(result.status);
	for (const finding of result.findings) expect(finding.message.length).toBeGreaterThan(10);
}

describe('long runs of the characters the patterns look at', () => {
	it('get an answer, alone and after every word that starts a pattern', async () => {
		await fc.assert(
			fc.asyncProperty(patternRun, async ({ start, character, length, end }) => {
				await answers(start + character.repeat(Math.ceil(length / character.length)) + end);
			}),
			{ numRuns: 150, seed: 12 },
		);
	});

	it('get an answer at the length limit for every character and start, and beyond it', async () => {
		for (const start of PATTERN_STARTS) {
			for (const character of RUN_CHARACTERS) {
				await answers((start + character.repeat(MAX_INPUT_LENGTH)).slice(0, MAX_INPUT_LENGTH));
			}
		}
		const over = await checkKey('-'.repeat(MAX_INPUT_LENGTH + 1));
		expect(over.findings.map((f) => f.code)).toEqual(['too-long']);
	});

	it('get an answer when a pattern word repeats all the way (many short matches)', async () => {
		for (const start of PATTERN_STARTS.filter(Boolean)) {
			await answers(start.repeat(Math.floor(MAX_INPUT_LENGTH / start.length)));
		}
	});
});

describe('a private key in a damaged or wrapped paste', () => {
	const pair = rsaPair(2048);
	const pkcs8 = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
	const privateJwk = pair.privateKey.export({ format: 'jwk' }) as Record<string, string>;
	const wrappings: Record<string, (text: string) => string> = {
		'as is': (t) => t,
		'CRLF line ends': (t) => t.replace(/\n/g, '\r\n'),
		'quoted mail reply': (t) => t.replace(/^/gm, '> '),
		'JSON string': (t) => JSON.stringify(t),
		'JSON string inside a JSON string': (t) => JSON.stringify({ value: JSON.stringify(t) }),
		'HTML line breaks': (t) => t.replace(/\n/g, '<br>'),
		'zero-width spaces': (t) => t.replace(/\n/g, '\n\u200b'),
		'indented YAML block': (t) => `key: |\n${t.replace(/^/gm, '    ')}`,
		'one line with spaces': (t) => t.replace(/\n/g, ' '),
		'armour removed': (t) => t.replace(/-----[^-]+-----/g, ''),
		'armour lines broken': (t) => t.replace(/PRIVATE KEY/g, 'PRIVATE\nKEY'),
		'after a public key': (t) => spkiPem(rsaPair(3072).publicKey) + t,
	};
	const secrets = [
		['PKCS#8 PEM', pkcs8],
		['PKCS#1 PEM', pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()],
		['private JWK', JSON.stringify(privateJwk, null, 2)],
	] as const;

	it('is refused and never echoed, whatever wrapping and junk surrounds it', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(...secrets),
				fc.constantFrom(...Object.keys(wrappings)),
				fc.string({ maxLength: 30 }),
				fc.string({ maxLength: 30 }),
				async ([, secret], wrapping, before, after) => {
					const input = `${before}\n${wrappings[wrapping]!(secret)}\n${after}`;
					const result = await checkKey(input);
					expect(result.status, `${wrapping}`).toBe('private-key');
					expect(result.keys).toEqual([]);
					const echoed = JSON.stringify(result);
					expect(echoed).not.toContain(privateJwk['d']!.slice(0, 16));
					const body = pemBody(secret);
					for (let i = 0; i + 16 <= body.length; i += 64) expect(echoed).not.toContain(body.slice(i, i + 16));
				},
			),
			{ numRuns: 200, seed: 7 },
		);
	});

	it('finds nothing private in public keys wrapped the same ways', () => {
		const pem = spkiPem(pair.publicKey);
		const jwk = JSON.stringify(publicJwk(pair.publicKey));
		for (const wrap of Object.values(wrappings)) {
			expect(scanForSecrets(wrap(pem))).toEqual([]);
			expect(scanForSecrets(wrap(jwk))).toEqual([]);
		}
	});
});
