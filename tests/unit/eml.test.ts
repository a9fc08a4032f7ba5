import { describe, expect, it } from 'vitest';
import { buildEml, encodeHeaderValue } from '../../src/lib/eml';

/** A small RFC 5322 reader for the test: unfolds headers, decodes RFC 2047 B-words, reads the UTF-8 body. */
function parse(eml: string) {
	const split = eml.indexOf('\r\n\r\n');
	expect(split).toBeGreaterThan(0);
	const head = eml.slice(0, split).replace(/\r\n[ \t]/g, ' ');
	const headers = new Map<string, string>();
	for (const line of head.split('\r\n')) {
		const colon = line.indexOf(':');
		const value = line
			.slice(colon + 1)
			.trim()
			.replace(/=\?UTF-8\?B\?([^?]*)\?=\s*/g, (_m, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
		headers.set(line.slice(0, colon).toLowerCase(), value);
	}
	return { headers, body: eml.slice(split + 4), head };
}

describe('buildEml', () => {
	const subject = 'Bestilling av HelseID-klienter for produksjon (VKP): Ærlige Øvre Åsen Helseteknologi AS';
	const body = 'Hei,\n\nVi ønsker å bli godkjente.\nHilsen Åse';
	const eml = buildEml({ to: 'kundesenter@nhn.no', from: 'ase@example.no', subject, body, date: new Date(0) });

	it('writes an unsent RFC 5322 draft with a UTF-8 body and CRLF line endings', () => {
		const { headers, body: parsedBody } = parse(eml);
		expect(headers.get('x-unsent')).toBe('1');
		expect(headers.get('to')).toBe('kundesenter@nhn.no');
		expect(headers.get('from')).toBe('ase@example.no');
		expect(headers.get('mime-version')).toBe('1.0');
		expect(headers.get('content-type')).toBe('text/plain; charset=UTF-8');
		expect(headers.get('content-transfer-encoding')).toBe('8bit');
		expect(headers.get('date')).toBe('Thu, 01 Jan 1970 00:00:00 +0000');
		expect(headers.get('subject')).toBe(subject);
		expect(parsedBody).toBe('Hei,\r\n\r\nVi ønsker å bli godkjente.\r\nHilsen Åse\r\n');
		expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it('keeps every header line to RFC 2047’s 75-character encoded-words, ASCII only', () => {
		const { head } = parse(eml);
		for (const line of eml.slice(0, eml.indexOf('\r\n\r\n')).split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
		expect(head).toMatch(/^[\x20-\x7E\r\n]*$/);
	});

	it('leaves out an empty recipient so the user fills it in', () => {
		const { headers } = parse(buildEml({ to: '', subject: 'Testrapport', body: 'x' }));
		expect(headers.has('to')).toBe(false);
		expect(headers.get('subject')).toBe('Testrapport');
	});

	it('keeps ASCII subjects readable and encodes the rest', () => {
		expect(encodeHeaderValue('Plain subject')).toBe('Plain subject');
		expect(encodeHeaderValue('Søknad')).toBe(`=?UTF-8?B?${Buffer.from('Søknad').toString('base64')}?=`);
	});
});
