import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEml, encodeHeaderValue } from '~/lib/mail/eml';

/** A small RFC 5322 / MIME reader for the tests: unfolds headers, decodes encoded-words and quoted-printable. */
function parseEml(eml: string) {
	const split = eml.indexOf('\r\n\r\n');
	expect(split).toBeGreaterThan(0);
	const headerText = eml.slice(0, split).replace(/\r\n[ \t]/g, ' ');
	const headers = new Map<string, string>();
	for (const line of headerText.split('\r\n')) {
		const colon = line.indexOf(':');
		headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).replace(/^ /, ''));
	}
	const rawBody = eml.slice(split + 4);
	for (const line of rawBody.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
	const bytes: number[] = [];
	const unfolded = rawBody.replace(/=\r\n/g, '');
	for (let i = 0; i < unfolded.length; i++) {
		if (unfolded[i] === '=') {
			bytes.push(parseInt(unfolded.slice(i + 1, i + 3), 16));
			i += 2;
		} else bytes.push(unfolded.charCodeAt(i));
	}
	const body = new TextDecoder().decode(new Uint8Array(bytes)).replace(/\r\n$/, '');
	return { headers, body };
}

/** Decodes a header made wholly of RFC 2047 encoded-words (whitespace between them is not part of the text). */
function decodeWords(value: string): string {
	const parts = value.split(' ');
	const words = parts.map((part) => /^=\?UTF-8\?B\?([^?]*)\?=$/.exec(part));
	if (!words.every(Boolean)) return value;
	const bytes = words.flatMap((m) => [...atob(m![1]!)].map((c) => c.charCodeAt(0)));
	return new TextDecoder().decode(Uint8Array.from(bytes));
}

describe('buildEml', () => {
	it('writes a draft with UTF-8 body, encoded subject, X-Unsent and a blank line before the body', () => {
		const eml = buildEml({
			to: ['kundesenter@nhn.no'],
			subject: 'Godkjenning – tredjepartsleverandør',
			body: 'Hei,\n\nVi ønsker å bli godkjente.',
			date: new Date('2026-11-23T08:00:00Z'),
		});
		const { headers, body } = parseEml(eml);
		expect(headers.get('to')).toBe('kundesenter@nhn.no');
		expect(headers.get('x-unsent')).toBe('1');
		expect(headers.get('mime-version')).toBe('1.0');
		expect(headers.get('content-type')).toBe('text/plain; charset=UTF-8');
		expect(headers.get('content-transfer-encoding')).toBe('quoted-printable');
		expect(headers.get('date')).toBe('Mon, 23 Nov 2026 08:00:00 +0000');
		expect(decodeWords(headers.get('subject')!)).toBe('Godkjenning – tredjepartsleverandør');
		expect(body).toBe('Hei,\r\n\r\nVi ønsker å bli godkjente.');
		expect(eml).not.toMatch(/[^\r]\n/);
	});

	it('leaves out To when the user must fill in the recipient', () => {
		const { headers } = parseEml(buildEml({ to: [], subject: 'Testrapport', body: 'x' }));
		expect(headers.has('to')).toBe(false);
	});

	it('keeps any text intact, with every line within 76 characters', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'grapheme', maxLength: 400 }),
				fc.string({ unit: 'grapheme', maxLength: 120 }),
				(body, subject) => {
					const cleanSubject = subject.replace(/[\r\n]/g, ' ');
					const { headers, body: parsed } = parseEml(buildEml({ to: ['VKP@nhn.no'], subject: cleanSubject, body }));
					expect(parsed).toBe(body.replace(/\r\n|\r|\n/g, '\r\n'));
					expect(decodeWords(headers.get('subject')!)).toBe(cleanSubject);
				},
			),
		);
	});

	it('leaves plain ASCII subjects as they are', () => {
		expect(encodeHeaderValue('Test report')).toBe('Test report');
	});
});
