/**
 * Header injection, as a property: whatever a stored profile or a draft holds (CR, LF, `Bcc:`, encoded-word look-
 * alikes, commas, @), the .eml has exactly the headers we write, each on its own lines, and the mailto link's
 * subject is one line. Stored address fields with a line break are refused before any draft is made.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEml } from '~/lib/mail/eml';
import { buildMailto } from '~/lib/mail/mailto';
import { readProfile } from '~/lib/profile/profile';
import { EML_HEADERS, FIXED_HEADERS } from '~test/helpers/eml-headers';

/** Text built from the pieces an injection is made of, and anything else. */
const hostile = fc
	.array(
		fc.oneof(
			fc.constantFrom(
				'\r\n',
				'\n',
				'\r',
				'\r\n\r\n',
				'Bcc: evil@x.no',
				'Cc:',
				'To: a@b.no',
				'=?UTF-8?B?SGk=?=',
				':',
				',',
				';',
				'@',
			),
			fc.constantFrom('kari@firma.no', 'VKP@nhn.no', 'ø', '😀', '\u0000', '\u2028', '\t', ' '),
			fc.string({ maxLength: 12 }),
		),
		{ maxLength: 12 },
	)
	.map((pieces) => pieces.join(''));

describe('header injection', () => {
	it('gives an .eml with exactly our headers, once each, whatever the parts hold', () => {
		fc.assert(
			fc.property(
				hostile,
				fc.array(hostile, { maxLength: 3 }),
				fc.array(hostile, { maxLength: 3 }),
				hostile,
				hostile,
				(from, to, cc, subject, body) => {
					const eml = buildEml({ from, to, cc, subject, body, date: new Date(0) });
					// Line ends are CRLF pairs only: no lone CR or LF anywhere.
					expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
					const head = eml.slice(0, eml.indexOf('\r\n\r\n'));
					const names = head
						.split('\r\n')
						.filter((line) => !/^[ \t]/.test(line))
						.map((line) => line.slice(0, line.indexOf(':')));
					expect(new Set(names).size).toBe(names.length);
					for (const name of names) expect(EML_HEADERS).toContain(name);
					expect(names.slice(-FIXED_HEADERS.length)).toEqual(FIXED_HEADERS);
					for (const line of eml.split('\r\n')) expect(line.length).toBeLessThanOrEqual(line.includes('=?') ? 76 : 998);
				},
			),
			{ numRuns: 500 },
		);
	});

	it('gives a mailto link whose subject is one line, and only its own fields', () => {
		fc.assert(
			fc.property(hostile, hostile, (subject, body) => {
				const href = buildMailto({ to: ['VKP@nhn.no'], subject, body });
				const query = href.slice(href.indexOf('?') + 1).split('&');
				expect(query.map((field) => field.slice(0, field.indexOf('=')))).toEqual(['subject', 'body']);
				expect(decodeURIComponent(query[0]!.slice('subject='.length))).not.toMatch(/[\r\n]/);
			}),
			{ numRuns: 500 },
		);
	});

	it('refuses a stored profile whose address holds a line break', () => {
		fc.assert(
			fc.property(hostile, fc.constantFrom('\r', '\n', '\r\n'), hostile, (before, lineBreak, after) => {
				expect(readProfile({ company: 'Firma AS', email: `${before}${lineBreak}${after}` })).toBeUndefined();
			}),
		);
	});
});
