import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEml, headerAddresses, headerLine, quotedPrintable } from '~/lib/mail/eml';

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
		expect(headerLine('Subject', 'Test report')).toBe('Subject: Test report');
		expect(headerLine('Subject', '')).toBe('Subject: ');
	});

	it('encodes an ASCII subject that looks like an encoded-word, and one with a space at either end', () => {
		for (const subject of ['Hei =?UTF-8?B?SGFja2Vy?=', ' Hei', 'Hei ']) {
			const line = headerLine('Subject', subject);
			expect(line).toMatch(/^Subject: =\?UTF-8\?B\?/);
			expect(decodeWords(line.slice('Subject: '.length).replace(/\r\n /g, ' '))).toBe(subject);
		}
	});

	it('puts CR, LF and other controls in a subject as spaces, never as a new header', () => {
		const eml = buildEml({ to: [], subject: 'Firma\r\nBcc: evil@x.no\u0000\u2028x', body: '' });
		expect(eml).not.toMatch(/^Bcc:/im);
		expect(parseEml(eml).headers.get('subject')).toBe('Firma Bcc: evil@x.no  x');
	});

	it('folds a long ASCII subject before a space, every line within 76, and unfolds to the same text', () => {
		const subject = `${'Bestilling av HelseID-klienter '.repeat(6)}slutt`;
		const line = headerLine('Subject', subject);
		const lines = line.split('\r\n');
		expect(lines.length).toBeGreaterThan(2);
		for (const [i, l] of lines.entries()) {
			expect(l.length).toBeLessThanOrEqual(76);
			if (i > 0) expect(l).toMatch(/^ \S/);
		}
		expect(line.replace(/\r\n/g, '')).toBe(`Subject: ${subject}`);
	});

	it('never folds at a run of spaces into a blank line, and keeps the spaces', () => {
		const subject = `${'a'.repeat(70)}      ${'b'.repeat(10)}`;
		const line = headerLine('Subject', subject);
		expect(line.replace(/\r\n/g, '')).toBe(`Subject: ${subject}`);
		for (const l of line.split('\r\n')) expect(l.trim()).not.toBe('');
	});

	it('encodes an ASCII word too long for any line (over 998) instead of folding it', () => {
		const line = headerLine('Subject', 'x'.repeat(1200));
		expect(line).toMatch(/^Subject: =\?UTF-8\?B\?/);
		for (const l of line.split('\r\n')) expect(l.length).toBeLessThanOrEqual(76);
	});

	it('writes encoded-words of whole characters, the first line with its name within 76', () => {
		const subject = 'Ø'.repeat(100) + '😀'.repeat(30);
		const line = headerLine('Subject', subject);
		const lines = line.split('\r\n');
		expect(lines[0]!.length).toBeLessThanOrEqual(76);
		expect(lines[0]!.length).toBeGreaterThan(70);
		for (const l of lines.slice(1)) expect(l.length).toBeLessThanOrEqual(76);
		// Full lines use the room there is: 45 bytes of UTF-8 per continuation line, 39 on the first.
		for (const l of lines.slice(1, -1)) expect(l.length).toBeGreaterThan(66);
		// Each word decodes on its own: no character is split between two words (RFC 2047 §5).
		for (const word of line.match(/=\?UTF-8\?B\?[^?]*\?=/g)!) expect(decodeWords(word)).not.toContain('\uFFFD');
		expect(decodeWords(lines.map((l) => l.trim().replace(/^Subject: /, '')).join(' '))).toBe(subject);
	});

	it('writes only plain single addresses into address headers, the domain in ASCII', () => {
		expect(headerAddresses(['kari@blåbær.no', 'a@x.no\r\nBcc: evil@x.no', 'a@x.no, b@y.no', 'ola@firma.no'])).toEqual([
			'kari@xn--blbr-roah.no',
			'ola@firma.no',
		]);
		const eml = buildEml({
			from: 'kari@x.no\r\nBcc: evil@x.no',
			to: ['VKP@nhn.no'],
			cc: ['ø@x.no'],
			subject: 's',
			body: 'b',
		});
		const { headers } = parseEml(eml);
		expect(headers.has('from')).toBe(false);
		expect(headers.has('cc')).toBe(false);
		expect(headers.has('bcc')).toBe(false);
		expect(headers.get('to')).toBe('VKP@nhn.no');
	});

	it('folds a long address list after a comma', () => {
		const to = Array.from({ length: 6 }, (_, i) => `mottaker.nummer.${i}@kommune.example.no`);
		const eml = buildEml({ to, cc: to, subject: 's', body: 'b' });
		const { headers } = parseEml(eml);
		expect(headers.get('to')).toBe(to.join(', '));
		expect(headers.get('cc')).toBe(to.join(', '));
		for (const line of eml.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
	});

	it('folds exactly at 76: a line of 76 stays, one of 77 is folded', () => {
		expect(headerLine('Subject', `${'a'.repeat(30)} ${'b'.repeat(36)}`)).toBe(
			`Subject: ${'a'.repeat(30)} ${'b'.repeat(36)}`,
		);
		expect(headerLine('Subject', `${'a'.repeat(30)} ${'b'.repeat(37)}`)).toBe(
			`Subject: ${'a'.repeat(30)}\r\n ${'b'.repeat(37)}`,
		);
		// A run of spaces at the fold point stays on the line; the fold comes before the next word.
		expect(headerLine('Subject', `${'a'.repeat(67)}  b`)).toBe(`Subject: ${'a'.repeat(67)} \r\n b`);
	});

	it('keeps a folded line of exactly 998 plain, and encodes when any line would be longer', () => {
		expect(headerLine('Subject', `a ${'x'.repeat(997)}`)).toBe(`Subject: a\r\n ${'x'.repeat(997)}`);
		expect(headerLine('Subject', `a ${'x'.repeat(998)}`)).toMatch(/^Subject: =\?UTF-8\?B\?/);
	});

	it('fills each encoded-word with as many whole characters as fit: 39 bytes first, then 45', () => {
		const line = headerLine('Subject', `${'a'.repeat(100)}ø`);
		const words = line.match(/=\?UTF-8\?B\?([^?]*)\?=/g)!.map((word) => decodeWords(word));
		expect(words.map((word) => new TextEncoder().encode(word).length)).toEqual([39, 45, 18]);
		const twoByte = headerLine('Subject', 'ø'.repeat(60));
		expect(twoByte.match(/=\?UTF-8\?B\?([^?]*)\?=/g)!.map((word) => decodeWords(word).length)).toEqual([19, 22, 19]);
	});

	it('writes a one-address header on one line, however long the address, and short lists on one line', () => {
		const long = `${'k'.repeat(60)}@${'d'.repeat(30)}.no`;
		expect(buildEml({ to: [long], subject: 's', body: 'b' }).startsWith(`To: ${long}\r\nSubject:`)).toBe(true);
		expect(buildEml({ to: ['a@b.no', 'c@d.no'], subject: 's', body: 'b' }).startsWith('To: a@b.no, c@d.no\r\n')).toBe(
			true,
		);
		expect(buildEml({ from: 'kari@firma.no', to: [], subject: 's', body: 'b' })).toMatch(
			/^From: kari@firma\.no\r\nSubject:/,
		);
	});

	it('checks each address itself: trimmed, one @, an ASCII domain of letters, digits and hyphens, case kept', () => {
		expect(headerAddresses([' kari@firma.no ', 'VKP@Nhn.no'])).toEqual(['kari@firma.no', 'VKP@Nhn.no']);
		for (const bad of ['kari.no', 'a@x.no>', 'a@<x.no', 'a@x', 'a@ø ø.no', '@x.no', 'a b@x.no', 'a@x_y.no'])
			expect(headerAddresses([bad]), bad).toEqual([]);
	});
});

describe('quotedPrintable', () => {
	it('writes printable ASCII as it is and everything else as =XX in upper case (RFC 2045 §6.7)', () => {
		expect(quotedPrintable('Hei på deg = 100 % !~')).toBe('Hei p=C3=A5 deg =3D 100 % !~');
		expect(quotedPrintable('a\u007fb\u001fc')).toBe('a=7Fb=1Fc');
	});

	it('keeps spaces and tabs inside a line, and encodes them at its end', () => {
		expect(quotedPrintable('a b\tc')).toBe('a b\tc');
		expect(quotedPrintable('a ')).toBe('a=20');
		expect(quotedPrintable('a\t\nb')).toBe('a=09\r\nb');
	});

	it('breaks lines softly after 75 characters, never inside an =XX', () => {
		expect(quotedPrintable('x'.repeat(75))).toBe('x'.repeat(75));
		expect(quotedPrintable('x'.repeat(76))).toBe(`${'x'.repeat(75)}=\r\nx`);
		expect(quotedPrintable(`${'x'.repeat(73)}ø`)).toBe(`${'x'.repeat(73)}=\r\n=C3=B8`);
		expect(quotedPrintable('a\nb\r\nc\rd')).toBe('a\r\nb\r\nc\r\nd');
	});
});
