import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMailto, isMailtoSafe, MAILTO_SAFE_LENGTH } from '~/lib/mail/mailto';

/** Reads a mailto link back the way a mail program does (RFC 6068 §2: percent-decoding, UTF-8). */
function parse(href: string) {
	const url = new URL(href);
	const fields = new Map<string, string>();
	for (const pair of url.search.slice(1).split('&')) {
		const [name, value = ''] = pair.split('=');
		fields.set(name!, decodeURIComponent(value));
	}
	return {
		to: decodeURIComponent(url.pathname).split(','),
		subject: fields.get('subject'),
		body: fields.get('body'),
		cc: fields.get('cc'),
	};
}

describe('buildMailto', () => {
	it('encodes spaces as %20, line breaks as CRLF and æøå as UTF-8', () => {
		const href = buildMailto({
			to: ['kundesenter@nhn.no'],
			subject: 'Bestilling – Bodø',
			body: 'Hei,\nblåbær og ærfugl',
		});
		expect(href).toBe(
			'mailto:kundesenter@nhn.no?subject=Bestilling%20%E2%80%93%20Bod%C3%B8&body=Hei%2C%0D%0Abl%C3%A5b%C3%A6r%20og%20%C3%A6rfugl',
		);
		expect(href).not.toContain('+');
	});

	it('escapes characters that would end a field early', () => {
		const { subject, body } = parse(buildMailto({ to: ['a@b.no'], subject: 'a&body=x?y#z', body: "(it's) 100% *" }));
		expect(subject).toBe('a&body=x?y#z');
		expect(body).toBe("(it's) 100% *");
	});

	it('round-trips any subject and body through new URL()', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (subject, body) => {
				const parsed = parse(buildMailto({ to: ['VKP@nhn.no'], cc: ['x@y.no'], subject, body }));
				expect(parsed.to).toEqual(['VKP@nhn.no']);
				expect(parsed.cc).toBe('x@y.no');
				expect(parsed.subject).toBe(subject);
				expect(parsed.body).toBe(body.replace(/\r\n|\r|\n/g, '\r\n'));
			}),
		);
	});

	it('says when a link is too long for mail programs to receive whole', () => {
		const short = buildMailto({ to: ['VKP@nhn.no'], subject: 'Hei', body: 'kort' });
		const long = buildMailto({ to: ['VKP@nhn.no'], subject: 'Hei', body: 'ø'.repeat(400) });
		expect(isMailtoSafe(short)).toBe(true);
		expect(long.length).toBeGreaterThan(MAILTO_SAFE_LENGTH);
		expect(isMailtoSafe(long)).toBe(false);
	});

	it('never throws on text with lone UTF-16 surrogates (a pasted broken emoji): they become U+FFFD', () => {
		// encodeURIComponent throws URIError on a lone surrogate; grapheme strings above never contain one.
		const units = fc.string({
			unit: fc.oneof(
				fc.constantFrom('\uD83D', '\uDE00', '😀', 'ø', '\n'),
				fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
			),
		});
		const wellFormed = (text: string) =>
			text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
		expect(parse(buildMailto({ to: ['VKP@nhn.no'], subject: 'a\uD83Db', body: '\uDE00' })).subject).toBe('a\uFFFDb');
		fc.assert(
			fc.property(units, units, (subject, body) => {
				const parsed = parse(buildMailto({ to: ['VKP@nhn.no'], subject, body }));
				// A subject is one line: every control character (CR and LF above all) becomes a space.
				expect(parsed.subject).toBe(wellFormed(subject).replace(/\r\n|[\p{Cc}\u2028\u2029]/gu, ' '));
				expect(parsed.body).toBe(wellFormed(body).replace(/\r\n|\r|\n/g, '\r\n'));
			}),
		);
	});

	it('separates several recipients with a comma, in the path and in cc (RFC 6068 §2)', () => {
		const href = buildMailto({ to: ['a@x.no', 'b@y.no'], cc: ['c@z.no', 'd@z.no'], subject: '', body: '' });
		expect(href).toBe('mailto:a@x.no,b@y.no?cc=c@z.no,d@z.no&subject=&body=');
	});

	it("writes the percent-escapes of !'()* in upper case, as RFC 3986 §2.1 recommends", () => {
		expect(buildMailto({ to: ['a@x.no'], subject: "*!'()", body: '' })).toContain('subject=%2A%21%27%28%29&');
	});

	it('takes a link of exactly the safe length as safe', () => {
		const base = buildMailto({ to: ['VKP@nhn.no'], subject: 'Hei', body: '' });
		const exact = buildMailto({
			to: ['VKP@nhn.no'],
			subject: 'Hei',
			body: 'a'.repeat(MAILTO_SAFE_LENGTH - base.length),
		});
		expect(exact.length).toBe(MAILTO_SAFE_LENGTH);
		expect(isMailtoSafe(exact)).toBe(true);
		expect(isMailtoSafe(`${exact}a`)).toBe(false);
	});
});
