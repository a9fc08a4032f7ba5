import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEmail } from '~/lib/profile/email';
import { emailMessage } from '~/lib/profile/messages';

describe('checkEmail', () => {
	it.each([
		['', 'empty'],
		['   ', 'empty'],
		['kari nordmann@firma.no', 'has-space'],
		['kari.firma.no', 'no-at'],
		['@firma.no', 'no-at'],
		['kari@firma', 'bad-domain'],
		['kari@', 'bad-domain'],
		['kari@firma..no', 'bad-domain'],
		['kari@.no', 'bad-domain'],
		['kari@-firma.no', 'bad-domain'],
		['kari@firma_as.no', 'bad-domain'],
		['kari@firma.no.', 'bad-domain'],
		['a@x.no,b@y.no', 'several'],
		['a@x.no, b@y.no', 'several'],
		['a@x.no;b@y.no', 'several'],
		['kari@firma.no\r\nBcc: evil@x.no', 'several'],
		['kari@firma.no\r\nX: y', 'has-space'],
		['kåre@firma.no', 'non-ascii-local'],
		['<kari@firma.no>', 'bad-local'],
		['kari,nordmann@firma.no', 'bad-local'],
		['kari..nordmann@firma.no', 'bad-local'],
		['.kari@firma.no', 'bad-local'],
		['"kari"@firma.no', 'bad-local'],
		[`${'k'.repeat(65)}@firma.no`, 'too-long'],
		[`kari@${'a'.repeat(250)}.no`, 'too-long'],
	] as const)('refuses %j with %s', (input, code) => {
		expect(checkEmail(input)).toEqual({ ok: false, error: { code } });
	});

	it('accepts addresses as people write them, trimmed', () => {
		expect(checkEmail(' kari.nordmann@trygg-hjemme.example.no ')).toEqual({
			ok: true,
			value: 'kari.nordmann@trygg-hjemme.example.no',
		});
	});

	it('accepts a domain with æøå (the .eml writer puts it in ASCII), and the rest of the dot-atom', () => {
		expect(checkEmail('kari@blåbær.no')).toEqual({ ok: true, value: 'kari@blåbær.no' });
		expect(checkEmail("o'neil+vkp@sub.firma.no").ok).toBe(true);
		expect(checkEmail(`${'k'.repeat(64)}@firma.no`).ok).toBe(true);
	});

	it('accepts every local@domain.tld built from word characters', () => {
		const word = fc.stringMatching(/^[a-z0-9]{1,12}$/);
		fc.assert(
			fc.property(word, word, word, (local, domain, tld) => {
				expect(checkEmail(`${local}@${domain}.${tld}`).ok).toBe(true);
			}),
		);
	});

	it('never throws and has a Norwegian message for every error', () => {
		fc.assert(
			fc.property(fc.string(), (input) => {
				const result = checkEmail(input);
				if (!result.ok) expect(emailMessage(result.error.code)).toMatch(/\S/);
			}),
		);
	});
});
