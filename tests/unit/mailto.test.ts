import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMailto, MAILTO_SAFE_LENGTH, wellFormed } from '../../src/lib/mailto';

/** Text with the characters that matter here (æøå, line breaks, URI delimiters) and any UTF-16 unit, lone surrogates too. */
const text = fc.string({
	unit: fc.oneof(
		fc.constantFrom('æ', 'ø', 'å', 'Æ', 'Ø', 'Å', '\n', '\r', '\r\n', ' ', '&', '=', '#', '%', '+', '?', '😀'),
		fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
	),
});

function decode(href: string) {
	const url = new URL(href);
	const params = new Map<string, string>();
	for (const pair of url.search.slice(1).split('&')) {
		const [name, value = ''] = pair.split('=');
		params.set(name!, decodeURIComponent(value));
	}
	return { to: decodeURIComponent(url.pathname), params };
}

describe('buildMailto', () => {
	it('encodes spaces as %20 and line breaks as %0D%0A (RFC 6068), and keeps æøå as UTF-8', () => {
		const { href } = buildMailto({ to: 'VKP@nhn.no', subject: 'Bør vi søke?', body: 'Første linje\nÅ andre' });
		expect(href.startsWith('mailto:VKP@nhn.no?subject=')).toBe(true);
		expect(href).toContain('B%C3%B8r%20vi%20s%C3%B8ke%3F');
		expect(href).toContain('linje%0D%0A%C3%85');
		expect(href).not.toContain('+');
		const decoded = decode(href);
		expect(decoded.to).toBe('VKP@nhn.no');
		expect(decoded.params.get('subject')).toBe('Bør vi søke?');
		expect(decoded.params.get('body')).toBe('Første linje\r\nÅ andre');
	});

	it('leaves the recipient empty when there is none, and adds cc only when given', () => {
		expect(buildMailto({ to: '', subject: 'a', body: 'b' }).href).toBe('mailto:?subject=a&body=b');
		expect(buildMailto({ to: 'a@b.no', cc: 'c@d.no', subject: 'a', body: 'b' }).href).toBe(
			'mailto:a@b.no?cc=c@d.no&subject=a&body=b',
		);
	});

	it('says when a link passes the safe length', () => {
		expect(MAILTO_SAFE_LENGTH).toBe(1800);
		expect(buildMailto({ to: 'VKP@nhn.no', subject: 's', body: 'x'.repeat(100) }).tooLong).toBe(false);
		const long = buildMailto({ to: 'VKP@nhn.no', subject: 's', body: 'x'.repeat(1800) });
		expect(long.tooLong).toBe(true);
		expect(long.length).toBe(long.href.length);
	});

	it('round-trips any subject and body through new URL and decodeURIComponent', () => {
		fc.assert(
			fc.property(text, text, (subject, body) => {
				const { href } = buildMailto({ to: 'kundesenter@nhn.no', subject, body });
				const decoded = decode(href);
				expect(decoded.to).toBe('kundesenter@nhn.no');
				expect(decoded.params.get('subject')).toBe(wellFormed(subject).replace(/[\r\n]+/g, ' '));
				expect(decoded.params.get('body')).toBe(wellFormed(body).replace(/\r\n|\r|\n/g, '\r\n'));
			}),
		);
	});
});
