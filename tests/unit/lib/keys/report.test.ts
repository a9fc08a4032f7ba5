/** What the key check island shows for a result: decided in report.ts, asserted here by code and structure. */
import { describe, expect, it } from 'vitest';
import { checkKey } from '~/lib/keys/check';
import { formatNames, severityLabels, summaryMessages } from '~/lib/keys/messages';
import {
	carryOverOffer,
	carryOverStatus,
	CHECKLIST_PATH,
	copyStatusText,
	downloadStatusText,
	isFileTooLarge,
	keyFileText,
	MAX_FILE_BYTES,
	reportOf,
	summaryOf,
	summaryText,
} from '~/lib/keys/report';
import { publicJwk, rsaPair, spkiPem } from '~test/helpers/key-fixtures';

const pem2048 = () => spkiPem(rsaPair(2048).publicKey);
const pem1024 = () => spkiPem(rsaPair(1024).publicKey);
/** 65539: inside FIPS 186-5's range, but not the usual 65537, so a warning (rsa.ts). */
const pemUnusualExponent = () => spkiPem(rsaPair(2048, 65539).publicKey);

describe('summaryOf', () => {
	const cases: [string, () => string, ReturnType<typeof summaryOf>][] = [
		['one good key', pem2048, { code: 'ok-one', count: 1 }],
		['two good keys', () => pem2048() + spkiPem(rsaPair(3072).publicKey), { code: 'ok-several', count: 2 }],
		['one key with a warning', pemUnusualExponent, { code: 'warning-one', count: 1 }],
		[
			'two keys with warnings',
			() => pemUnusualExponent() + pemUnusualExponent(),
			{ code: 'warning-several', count: 2 },
		],
		['no key at all', () => 'Hei!', { code: 'no-key', count: 0 }],
		['a good key and a too small one', () => pem2048() + pem1024(), { code: 'some-unusable', count: 1 }],
		['only a too small key', pem1024, { code: 'unusable', count: 0 }],
		[
			'a private key',
			() => rsaPair(2048).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
			{ code: 'private-key', count: 0 },
		],
		['nothing', () => '  ', undefined],
	];
	for (const [name, input, expected] of cases) {
		it(`${name}: ${expected?.code ?? 'no summary'}`, async () => {
			const result = await checkKey(input());
			expect(summaryOf(result)).toEqual(expected);
			expect(summaryText(result)).toBe(expected ? summaryMessages[expected.code]({ count: expected.count }) : '');
		});
	}
});

describe('reportOf', () => {
	it('shows nothing for empty input', async () => {
		expect(reportOf(await checkKey(''))).toMatchObject({ empty: true, privateKey: false, findings: [], cards: [] });
	});

	it('shows only the refusal for a private key: its reasons, no key, no key line', async () => {
		const report = reportOf(
			await checkKey(rsaPair(2048).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()),
		);
		expect(report.privateKey).toBe(true);
		expect(report.findings.map((f) => f.severity)).toEqual(['error']);
		expect(report.findings[0]!.label).toBe(severityLabels.error);
		expect(report.cards).toEqual([]);
		expect(report.keyLines).toEqual([]);
	});

	it('gives one key a card with its facts, outputs with file names, and no numbering in its labels', async () => {
		const result = await checkKey(
			JSON.stringify({ ...publicJwk(rsaPair(2048).publicKey), kid: 'min-nokkel', alg: 'RS256' }),
		);
		const key = result.keys[0]!;
		const report = reportOf(result);
		expect(report.keyLines).toHaveLength(1);
		expect(report.keyLines[0]).toContain(key.thumbprint);
		const card = report.cards[0]!;
		expect(card.suffix).toBe('');
		expect(card.facts.map((f) => [f.value, f.code])).toEqual([
			[formatNames.jwk, false],
			['2048 bit', false],
			['65537', false],
			[key.thumbprint, true],
			['min-nokkel', true],
			['RS256', true],
		]);
		expect(card.facts.slice(4).map((f) => f.term)).toEqual(['kid', 'alg']);
		const short = key.thumbprint.slice(0, 8);
		expect(card.outputs.map((o) => [o.fileName, o.mediaType])).toEqual([
			[`offentlig-nokkel-${short}.json`, 'application/json'],
			[`offentlig-nokkel-${short}.pem`, 'application/x-pem-file'],
		]);
		expect(JSON.parse(card.outputs[0]!.text)).toEqual(key.jwk);
		expect(card.outputs[1]!.text).toBe(key.pem);
		expect(card.carryOver).toBe(true);
	});

	it('numbers findings and control labels when there are several keys, so every button name is unique', async () => {
		const report = reportOf(await checkKey(`${pem2048()}${pem1024()}`));
		expect(report.cards.map((c) => c.suffix)).toEqual([' (nøkkel 1)', ' (nøkkel 2)']);
		const labels = report.cards.flatMap((c) => [
			c.copyThumbprintLabel,
			...c.outputs.flatMap((o) => [o.copyLabel, o.downloadLabel]),
		]);
		expect(new Set(labels).size).toBe(labels.length);
	});

	it('offers no JWK, PEM or kommune for a key that may not be sent, but still its thumbprint', async () => {
		const card = reportOf(await checkKey(pem1024())).cards[0]!;
		expect(card.outputs).toEqual([]);
		expect(card.carryOver).toBe(false);
		expect(card.thumbprint).toHaveLength(43);
		expect(card.findings.map((f) => f.severity)).toContain('error');
	});

	it('prefixes a finding with its key number only when the paste had several parts', async () => {
		const one = reportOf(await checkKey(`Hei\n${pem2048()}`));
		expect(one.findings.map((f) => f.text)).toEqual([expect.not.stringMatching(/^Nøkkel/)]);
		const two = reportOf(
			await checkKey(`${pem2048()}\n-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----`),
		);
		expect(two.findings.map((f) => f.text)).toEqual([expect.stringMatching(/^Nøkkel 2: /)]);
	});
});

describe('a chosen file', () => {
	it('reads binary DER as base64 and anything else as UTF-8 text', async () => {
		const der = rsaPair(2048).publicKey.export({ type: 'spki', format: 'der' });
		expect(keyFileText(der)).toBe(der.toString('base64'));
		const pem = pem2048();
		expect(keyFileText(Buffer.from(pem))).toBe(pem);
		expect(keyFileText(Buffer.from('{"kty":"RSA"}'))).toBe('{"kty":"RSA"}');
		// 0x30 followed by a short length is the text "0…", not DER.
		expect(keyFileText(Buffer.from('0A'))).toBe('0A');
		expect(keyFileText(new Uint8Array())).toBe('');
		// What the island then checks is the same key.
		expect((await checkKey(keyFileText(der))).keys[0]!.format).toBe('der-base64');
	});

	it('refuses files larger than any key file', () => {
		expect(isFileTooLarge(MAX_FILE_BYTES)).toBe(false);
		expect(isFileTooLarge(MAX_FILE_BYTES + 1)).toBe(true);
	});
});

describe('carry-over to a kommune', () => {
	const thumbprint = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';
	const other = 'A'.repeat(43);

	it('points to the checklist when no kommune is chosen', () => {
		const offer = carryOverOffer([], thumbprint, '');
		expect(offer.none?.linkPath).toBe(CHECKLIST_PATH);
		expect(offer.options).toEqual([]);
	});

	it('lists every kommune by its number, marked when it already has this or another thumbprint', () => {
		const offer = carryOverOffer(
			[
				{ nummer: '1804', navn: 'Bodø' },
				{ nummer: '0301', navn: 'Oslo', thumbprint },
				{ nummer: '4601', navn: 'Bergen', thumbprint: other },
			],
			thumbprint,
			' (nøkkel 2)',
		);
		expect(offer.none).toBeUndefined();
		expect(offer.options.map((o) => o.value)).toEqual(['1804', '0301', '4601']);
		const [none, same, different] = offer.options.map((o) => o.text);
		expect(none).toBe('Bodø (1804)');
		expect(same).toMatch(/^Oslo \(0301\) . har dette$/);
		expect(different).toMatch(/^Bergen \(4601\) . har et annet$/);
		expect(offer.selectLabel.endsWith(' (nøkkel 2)')).toBe(true);
		expect(offer.saveLabel.endsWith(' (nøkkel 2)')).toBe(true);
	});

	it('names the kommune the thumbprint was saved for, or says it was not saved', () => {
		const kommuner = [{ nummer: '1804', navn: 'Bodø' }];
		expect(carryOverStatus(true, kommuner, '1804')).toContain('Bodø');
		expect(carryOverStatus(true, kommuner, '9999')).toContain('9999');
		expect(carryOverStatus(false, kommuner, '1804')).not.toContain('Bodø');
	});
});

describe('copy and download statuses', () => {
	it('says whether copying worked, and which file was saved', () => {
		expect(copyStatusText(true)).not.toBe(copyStatusText(false));
		expect(downloadStatusText('offentlig-nokkel-abc.pem')).toContain('offentlig-nokkel-abc.pem');
	});
});
