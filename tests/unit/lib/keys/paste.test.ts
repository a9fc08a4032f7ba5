/** Paste damage put right before the readers see the text, each repair named. */
import { describe, expect, it } from 'vitest';
import { repairPaste } from '~/lib/keys/paste';

describe('repairPaste', () => {
	it('leaves a clean paste as it is, with no repair named', () => {
		const pem = '-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----\n';
		expect(repairPaste(pem)).toEqual({ text: pem, repairs: [] });
	});

	it('takes out invisible characters: zero-width space, joiners, word joiner, BOM, soft hyphen', () => {
		expect(repairPaste('a\u200bb\u200cc\u200dd\u2060e\ufefff\u00adg')).toEqual({
			text: 'abcdefg',
			repairs: ['invisible-characters'],
		});
	});

	it('turns HTML line breaks into line breaks, however written', () => {
		expect(repairPaste('a<br>b<BR/>c<br />d<br\t/>e')).toEqual({
			text: 'a\nb\nc\nd\ne',
			repairs: ['html-line-breaks'],
		});
	});

	it('turns \\n, \\r\\n and \\r written out into line breaks, but not in JSON, which reads them itself', () => {
		expect(repairPaste('a\\nb\\r\\nc\\rd')).toEqual({ text: 'a\nb\nc\nd', repairs: ['escaped-line-breaks'] });
		const json = '{"pem":"a\\nb"}';
		expect(repairPaste(json)).toEqual({ text: json, repairs: [] });
		expect(repairPaste(' [ "a\\nb" ]').repairs).toEqual([]);
	});

	it('unpacks a whole JSON string literal, and only a whole one', () => {
		expect(repairPaste(' "-----BEGIN\\nMIIB\\u0041" ')).toEqual({
			text: '-----BEGIN\nMIIBA',
			repairs: ['json-string'],
		});
		expect(repairPaste('"a" and "b"')).toEqual({ text: '"a" and "b"', repairs: [] });
		expect(repairPaste('"unfinished\\n').repairs).toEqual(['escaped-line-breaks']);
	});

	it('takes the > of a quoted mail reply off every quoted line, when most lines are quoted', () => {
		const reply = 'Kari skrev:\n> -----BEGIN\n>> MIIB\n > > AQAB\n>\n>-----END';
		expect(repairPaste(reply)).toEqual({
			text: 'Kari skrev:\n-----BEGIN\nMIIB\nAQAB\n\n-----END',
			repairs: ['quote-prefix'],
		});
		// One quoted line, or quoted lines in the minority, is left alone.
		expect(repairPaste('a\n> b\nc').repairs).toEqual([]);
		expect(repairPaste('a\nb\nc\n> d\n> e').repairs).toEqual([]);
		expect(repairPaste('a\n> d\n> e').repairs).toEqual(['quote-prefix']);
	});

	it('names several repairs in the order made', () => {
		expect(repairPaste('\u200b> a<br>> b\\n> c').repairs).toEqual([
			'invisible-characters',
			'html-line-breaks',
			'escaped-line-breaks',
			'quote-prefix',
		]);
	});

	it('unpacks only a JSON string: a JWK, a number or true stays as pasted', () => {
		for (const json of ['{"kty":"RSA"}', '["a"]', '42', 'true', 'null']) {
			expect(repairPaste(json)).toEqual({ text: json, repairs: [] });
		}
	});

	it('repairs written-out line breaks when JSON punctuation is only inside or after the text', () => {
		expect(repairPaste('MIIB\\nAQAB"}, {"pem": "x')).toEqual({
			text: 'MIIB\nAQAB"}, {"pem": "x',
			repairs: ['escaped-line-breaks'],
		});
	});

	it('counts quoted lines against the lines with text: half is enough, one line is not, empty lines do not count', () => {
		expect(repairPaste('> MIIB').repairs).toEqual([]);
		expect(repairPaste('Kari skrev:\n> MIIB').repairs).toEqual([]);
		expect(repairPaste('a\nb\n> MIIB\n> AQAB')).toEqual({ text: 'a\nb\nMIIB\nAQAB', repairs: ['quote-prefix'] });
		expect(repairPaste('> MIIB\n\n \n\n\t\n \n \n> AQAB').repairs).toEqual(['quote-prefix']);
	});
});
