/**
 * checkKey, the public entry: it finds every key-like part of a paste, in any mix of formats, and says what it all
 * amounts to. Each format's own cases are in the test file of its reader (pem, ssh, xml, jwk, der-key, secrets).
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkKey, MAX_INPUT_LENGTH, statusOf } from '~/lib/keys/check';
import { finding } from '~/lib/keys/findings';
import {
	dotnetXml,
	opensshLine,
	pemBody,
	pkcs1Pem,
	publicJwk,
	rsaPair,
	selfSignedCertificatePem,
	spkiDerBase64,
	spkiPem,
} from '~test/helpers/key-fixtures';
import { findingCodes as codes, nodeThumbprint } from '~test/helpers/key-results';

beforeAll(() => {
	// Generate the slow sizes once, before any test's clock starts.
	for (const bits of [2048, 3072, 4096]) rsaPair(bits);
	// RSA prime search takes a few seconds for 4096 bits, much longer on a busy machine.
}, 60_000);

describe('RFC 7638 thumbprint, whatever the format', () => {
	for (const bits of [2048, 3072, 4096]) {
		it(`matches Node's own computation for a ${bits}-bit key, in every format`, async () => {
			const pair = rsaPair(bits);
			const expected = nodeThumbprint(spkiPem(pair.publicKey));
			const inputs = [
				spkiPem(pair.publicKey),
				pkcs1Pem(pair.publicKey),
				JSON.stringify(publicJwk(pair.publicKey)),
				spkiDerBase64(pair.publicKey),
				selfSignedCertificatePem(pair),
				opensshLine(pair.publicKey),
				dotnetXml(pair.publicKey),
			];
			for (const input of inputs) {
				const result = await checkKey(input);
				expect(result.status).not.toBe('error');
				expect(result.keys).toHaveLength(1);
				const key = result.keys[0]!;
				expect(key.thumbprint).toBe(expected);
				expect(key.bits).toBe(bits);
				expect(key.exponent).toBe('65537');
				expect(key.usable).toBe(true);
			}
		});
	}
});

describe('several parts in one paste', () => {
	it('tolerates CRLF, extra whitespace, text around blocks, and two keys at once', async () => {
		const one = spkiPem(rsaPair(2048).publicKey);
		const two = pkcs1Pem(rsaPair(3072).publicKey);
		const text = `Hei, her er nøklene våre:\r\n\r\n   ${one.replaceAll('\n', '\r\n')}\r\n\r\nog den andre:\r\n${two.replaceAll('\n', '  \r\n')}\r\nHilsen oss`;
		const result = await checkKey(text);
		expect(result.keys.map((k) => k.bits)).toEqual([2048, 3072]);
		expect(result.keys.map((k) => k.block)).toEqual([1, 2]);
		expect(codes(result)).toContain('text-ignored');
		expect(result.status).toBe('ok');
	});

	it('numbers mixed formats in the order pasted', async () => {
		const text = [
			opensshLine(rsaPair(3072).publicKey),
			spkiPem(rsaPair(2048).publicKey),
			dotnetXml(rsaPair(4096).publicKey),
		].join('\n');
		const result = await checkKey(text);
		expect(result.keys.map((k) => [k.block, k.format, k.bits])).toEqual([
			[1, 'openssh', 3072],
			[2, 'spki-pem', 2048],
			[3, 'xml', 4096],
		]);
	});

	it('notes the same key pasted twice', async () => {
		const pem = spkiPem(rsaPair(2048).publicKey);
		const result = await checkKey(pem + pem);
		expect(result.keys).toHaveLength(2);
		expect(result.keys[1]!.findings.map((f) => f.code)).toContain('duplicate-key');
	});

	it('reads at most MAX_KEYS blocks and says so', async () => {
		const pem = spkiPem(rsaPair(2048).publicKey);
		const result = await checkKey(pem.repeat(21));
		expect(result.keys).toHaveLength(20);
		expect(codes(result)).toContain('too-many-keys');
		expect(result.status).toBe('warning');
	});
});

describe('JSON between other parts', () => {
	it('reads a JWK glued to the end of a PEM block', async () => {
		const pem = spkiPem(rsaPair(2048).publicKey).trimEnd();
		const jwk = JSON.stringify(publicJwk(rsaPair(3072).publicKey));
		const result = await checkKey(`${pem}${jwk}`);
		expect(result.keys.map((k) => [k.format, k.bits])).toEqual([
			['spki-pem', 2048],
			['jwk', 3072],
		]);
		expect(codes(result)).not.toContain('text-ignored');
	});

	it('takes text between keys for JSON only with braces in order and a "kty" or "keys" member', async () => {
		const pem = spkiPem(rsaPair(2048).publicKey);
		const other = await checkKey(`${pem}{"navn": "Kari"}`);
		expect(codes(other)).toEqual(['text-ignored', 'key-ok']);
		for (const text of ['Se } og {"kty" uten slutt', 'Feltet "kty" mangler}']) {
			expect(codes(await checkKey(text)), text).toEqual(['unrecognised']);
		}
	});
});

describe('keys inside JSON string values', () => {
	/** The PEM as a string value of a JSON object, that JSON as a string value of another, `levels` deep. */
	const nested = (pem: string, levels: number) => {
		let text = pem;
		for (let level = 0; level < levels; level++) text = JSON.stringify({ verdi: text });
		return text;
	};

	it('reads a key three JSON strings deep, and not four', async () => {
		const pem = spkiPem(rsaPair(2048).publicKey);
		const three = await checkKey(nested(pem, 3));
		expect(three.keys.map((k) => k.format)).toEqual(['spki-pem']);
		expect(codes(three)).toEqual(['json-key-inside', 'json-key-inside', 'json-key-inside', 'key-ok']);
		const four = await checkKey(nested(pem, 4));
		expect(four.keys).toEqual([]);
		expect(four.status).toBe('error');
		expect(codes(four)).toEqual(['json-key-inside', 'json-key-inside', 'json-key-inside', 'json-not-jwk']);
	});

	it('reads a JWK written as a string in JSON after a PEM block, to the same depth', async () => {
		const pem = spkiPem(rsaPair(2048).publicKey);
		const jwk = JSON.stringify(publicJwk(rsaPair(3072).publicKey));
		const once = await checkKey(`${pem}${JSON.stringify({ keys: jwk })}`);
		expect(once.keys.map((k) => [k.format, k.bits])).toEqual([
			['spki-pem', 2048],
			['jwk', 3072],
		]);
		// The JSON after the PEM block is the first level, as the whole paste is when it is JSON.
		const deep = await checkKey(`${pem}${JSON.stringify({ keys: nested(jwk, 3) })}`);
		expect(deep.keys.map((k) => k.format)).toEqual(['spki-pem']);
		expect(codes(deep)).toContain('json-not-jwk');
	});

	it('reads JSON with blank lines before it as JSON', async () => {
		const pem = spkiPem(rsaPair(2048).publicKey);
		const result = await checkKey(`  \n${JSON.stringify([pem])}`);
		expect(codes(result)).toEqual(['json-key-inside', 'key-ok']);
	});
});

describe('a PEM block is read as one unit', () => {
	it('does not read an ssh-rsa line or .NET XML inside a PEM block as a key of its own', async () => {
		const pair = rsaPair(2048);
		const pem = spkiPem(pair.publicKey);
		for (const inside of [opensshLine(pair.publicKey), dotnetXml(pair.publicKey)]) {
			const result = await checkKey(pem.replace('\n-----END', `\n${inside}\n-----END`));
			expect(result.keys, inside.slice(0, 12)).toEqual([]);
			expect(codes(result), inside.slice(0, 12)).toEqual(['base64-invalid']);
		}
	});

	it('reads .NET XML that starts right where a PEM block ends', async () => {
		const pem = spkiPem(rsaPair(2048).publicKey).trimEnd();
		const result = await checkKey(`${pem}${dotnetXml(rsaPair(3072).publicKey)}`);
		expect(result.keys.map((k) => [k.format, k.bits])).toEqual([
			['spki-pem', 2048],
			['xml', 3072],
		]);
	});
});

describe('the order and the gaps of a mixed paste', () => {
	it('reads JSON keys on both sides of a line that is not JSON, each on its own', async () => {
		const [a, b, c] = [rsaPair(2048), rsaPair(3072), rsaPair(4096)];
		const ssh = rsaPair(2048, 3);
		const text = [
			JSON.stringify(publicJwk(a.publicKey)),
			opensshLine(ssh.publicKey),
			JSON.stringify(publicJwk(b.publicKey)),
			spkiPem(c.publicKey),
		].join('\n');
		const result = await checkKey(text);
		expect(result.keys.map((k) => [k.format, k.bits])).toEqual([
			['jwk', 2048],
			['openssh', 2048],
			['jwk', 3072],
			['spki-pem', 4096],
		]);
	});

	it('reads a JWK after each of two PEM blocks, in the order pasted', async () => {
		const pairs = [rsaPair(2048), rsaPair(3072), rsaPair(4096), rsaPair(2048, 3)];
		const text = [
			spkiPem(pairs[0]!.publicKey),
			JSON.stringify(publicJwk(pairs[1]!.publicKey)),
			spkiPem(pairs[2]!.publicKey),
			JSON.stringify(publicJwk(pairs[3]!.publicKey)),
		].join('\n');
		const result = await checkKey(text);
		expect(result.keys.map((k) => [k.block, k.format])).toEqual([
			[1, 'spki-pem'],
			[2, 'jwk'],
			[3, 'spki-pem'],
			[4, 'jwk'],
		]);
		expect(result.keys.map((k) => k.thumbprint)).toEqual(pairs.map((pair) => nodeThumbprint(spkiPem(pair.publicKey))));
	});

	it('numbers a JWK pasted before a PEM block first', async () => {
		const jwk = JSON.stringify(publicJwk(rsaPair(3072).publicKey));
		const result = await checkKey(`${jwk}\n${spkiPem(rsaPair(2048).publicKey)}`);
		expect(result.keys.map((k) => [k.block, k.format, k.bits])).toEqual([
			[1, 'jwk', 3072],
			[2, 'spki-pem', 2048],
		]);
	});

	it('notes the words before a JWK that comes before a PEM block', async () => {
		const jwk = JSON.stringify(publicJwk(rsaPair(3072).publicKey));
		const result = await checkKey(`Her er nøkkelen: ${jwk}\n${spkiPem(rsaPair(2048).publicKey)}`);
		expect(result.findings.map((f) => f.code)).toEqual(['text-ignored']);
		expect(result.keys).toHaveLength(2);
	});

	it('reads exactly MAX_KEYS blocks without a warning, and names the limit when there are more', async () => {
		const pem = spkiPem(rsaPair(2048).publicKey);
		const twenty = await checkKey(pem.repeat(20));
		expect(twenty.keys).toHaveLength(20);
		expect(twenty.findings).toEqual([]);
		const more = await checkKey(pem.repeat(21));
		const tooMany = more.findings.find((f) => f.code === 'too-many-keys');
		expect(tooMany?.message).toContain('de 20 første');
	});
});

describe('the input as a whole', () => {
	it('reads text of exactly the length limit, and refuses one character more', async () => {
		const pem = spkiPem(rsaPair(2048).publicKey);
		const padded = pem + ' '.repeat(MAX_INPUT_LENGTH - pem.length);
		expect(padded).toHaveLength(MAX_INPUT_LENGTH);
		expect((await checkKey(padded)).status).toBe('ok');
		const over = await checkKey(`${padded} `);
		expect(codes(over)).toEqual(['too-long']);
		expect(over.status).toBe('error');
	});

	it('refuses a private key in text over the length limit, by its label, without reading the rest', async () => {
		const result = await checkKey(`-----BEGIN PRIVATE KEY-----\n${'A'.repeat(MAX_INPUT_LENGTH)}`);
		expect(result.status).toBe('private-key');
		expect(result.keys).toEqual([]);
	});

	it('says only that text over the limit is too long when a private key in it has no label', async () => {
		const body = pemBody(rsaPair(2048).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
		expect((await checkKey(body)).status).toBe('private-key');
		const result = await checkKey(`${body}\n${' '.repeat(MAX_INPUT_LENGTH)}`);
		expect(codes(result)).toEqual(['too-long']);
	});

	it('refuses a private key whose label a paste repair took apart, by the label as pasted', async () => {
		// A BOM between two words is whitespace to the label scan; the repair removes it and joins the words, and
		// the body here is no key the base64 scan would know.
		const pasted = '-----BEGIN PRIVATE\uFEFFKEY-----\nbm90IGVuIG7DuGtrZWw=\n-----END PRIVATE\uFEFFKEY-----';
		const result = await checkKey(pasted);
		expect(result).toEqual({
			status: 'private-key',
			keys: [],
			findings: [expect.objectContaining({ code: 'private-key-pkcs8' })],
		});
	});

	it('names a private key pasted twice once', async () => {
		const pem = rsaPair(2048).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
		const result = await checkKey(pem + pem);
		expect(result.status).toBe('private-key');
		expect(result.findings).toHaveLength(1);
	});

	it('names the paste repairs first, and notes every later copy of the same key', async () => {
		const pem = spkiPem(rsaPair(2048).publicKey);
		const result = await checkKey(`\u200b${pem}${pem}${pem}`);
		expect(result.findings[0]!.code).toBe('paste-repaired');
		expect(result.findings[0]!.message).toContain('usynlige tegn');
		expect(result.keys.map((k) => k.findings.some((f) => f.code === 'duplicate-key'))).toEqual([false, true, true]);
	});

	it('says empty input is empty, and handles non-strings', async () => {
		expect(await checkKey('   \n ')).toEqual({ status: 'empty', keys: [], findings: [] });
		expect((await checkKey(42)).status).toBe('empty');
	});

	it('refuses text that is far too long', async () => {
		expect(codes(await checkKey('A'.repeat(300_000)))).toEqual(['too-long']);
	});

	it('reads through a byte order mark at the start, and says it repaired one further in', async () => {
		const pem = spkiPem(rsaPair(2048).publicKey);
		const result = await checkKey(`\uFEFF${pem}`);
		expect(result.status).toBe('ok');
		expect(result.findings).toEqual([]);
		const inside = await checkKey(`${pem.slice(0, 40)}\uFEFF${pem.slice(40)}`);
		expect(inside.findings.map((f) => f.code)).toEqual(['paste-repaired']);
	});

	it('takes the quote marks off a quoted reply with line ends of every kind', async () => {
		const pem = spkiPem(rsaPair(2048).publicKey);
		for (const end of ['\n', '\r\n', '\r']) {
			const quoted = pem
				.trimEnd()
				.split('\n')
				.map((line) => `> ${line}`)
				.join(end);
			const result = await checkKey(quoted);
			expect(
				result.keys.map((k) => k.format),
				JSON.stringify(end),
			).toEqual(['spki-pem']);
			expect(result.findings[0]?.message, JSON.stringify(end)).toContain('sitattegnene');
		}
	});

	it('reads line ends of every kind (LF, CRLF, CR alone) the same way, with nothing to repair', async () => {
		const pem = spkiPem(rsaPair(2048).publicKey);
		for (const end of ['\n', '\r\n', '\r']) {
			const result = await checkKey(`Nøkkelen:${end}${pem.replaceAll('\n', end)}`);
			expect(result.status, JSON.stringify(end)).toBe('ok');
			expect(
				result.findings.map((f) => f.code),
				JSON.stringify(end),
			).toEqual(['text-ignored']);
		}
	});
});

// 200 inputs per property: room for a loaded two-core CI machine. How fast the answers come is measured by
// `npm run bench` (scripts/bench/fuzz-timing.ts), not asserted here.

describe('the status of a result', () => {
	const key = { findings: [finding('key-ok', 1, { bits: 2048 })] } as unknown as Parameters<typeof statusOf>[0][number];

	it('is the worst finding, and an error when there is neither a key nor a finding', () => {
		expect(statusOf([key], [])).toBe('ok');
		expect(statusOf([key], [finding('text-ignored')])).toBe('ok');
		expect(statusOf([key], [finding('too-many-keys', undefined, { value: '20' })])).toBe('warning');
		expect(statusOf([key], [finding('too-long')])).toBe('error');
		expect(statusOf([], [])).toBe('error');
		expect(statusOf([], [finding('text-ignored')])).toBe('error');
	});
});

describe('when something inside the check fails', () => {
	afterEach(() => {
		vi.restoreAllMocks();
	});

	it('resolves with an internal error, and holds no key (WebCrypto missing, as on a page served over plain HTTP)', async () => {
		const pem = spkiPem(rsaPair(2048).publicKey);
		vi.spyOn(crypto.subtle, 'digest').mockRejectedValue(new TypeError('crypto.subtle is undefined'));
		const result = await checkKey(pem);
		expect(result).toEqual({ status: 'error', keys: [], findings: [finding('internal-error')] });
		vi.restoreAllMocks();
		expect((await checkKey(pem)).status).toBe('ok');
	});
});
