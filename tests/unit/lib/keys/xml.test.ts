/** .NET's `<RSAKeyValue>` XML. */
import { describe, expect, it } from 'vitest';
import { checkKey } from '~/lib/keys/check';
import { dotnetXml, rsaPair } from '~test/helpers/key-fixtures';
import { findingCodes as codes } from '~test/helpers/key-results';

describe('.NET XML', () => {
	it('reads an RSAKeyValue', async () => {
		const xml = await checkKey(dotnetXml(rsaPair(2048).publicKey));
		expect(xml.keys[0]!.format).toBe('xml');
		expect(codes(xml)).toContain('xml-given');
	});

	it('says XML without exponent, or without its closing tag, is broken', async () => {
		for (const input of [
			'<RSAKeyValue><Modulus>AQAB</Modulus></RSAKeyValue>',
			dotnetXml(rsaPair(2048).publicKey).replace('</RSAKeyValue>', ''),
		]) {
			const result = await checkKey(input);
			expect(codes(result)).toContain('xml-invalid');
			expect(result.status).toBe('error');
			expect(result.keys).toEqual([]);
		}
	});
});
