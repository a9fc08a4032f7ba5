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

describe('XML-DSig forms of the same key', () => {
	it('reads RSAKeyValue with a namespace, a ds: prefix, attributes and wrapped base64, as the same key', async () => {
		const plain = dotnetXml(rsaPair(2048).publicKey);
		const [, modulus, exponent] = /<Modulus>(.*)<\/Modulus><Exponent>(.*)<\/Exponent>/.exec(plain)!;
		const forms = [
			plain.replace('<RSAKeyValue>', '<RSAKeyValue xmlns="http://www.w3.org/2000/09/xmldsig#">'),
			`<ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:KeyValue><ds:RSAKeyValue>\n  <ds:Modulus>${modulus!.match(/.{1,76}/g)!.join('\r\n')}</ds:Modulus>\n  <ds:Exponent>${exponent}</ds:Exponent>\n</ds:RSAKeyValue ></ds:KeyValue></ds:KeyInfo>`,
			`<RSAKeyValue><Modulus encoding="base64">${modulus}</Modulus><Exponent >${exponent}</Exponent></RSAKeyValue>`,
		];
		const expected = (await checkKey(plain)).keys[0]!.thumbprint;
		for (const form of forms) {
			const result = await checkKey(form);
			expect(
				result.keys.map((k) => k.thumbprint),
				form.slice(0, 50),
			).toEqual([expected]);
			expect(codes(result)).toContain('xml-given');
		}
	});
});

describe('XML that is not a whole key', () => {
	it('says XML with an empty modulus or exponent is broken, and reads no key', async () => {
		const xml = dotnetXml(rsaPair(2048).publicKey);
		for (const input of [
			xml.replace(/<Modulus>[^<]*</, '<Modulus><'),
			xml.replace(/<Exponent>[^<]*</, '<Exponent> <'),
			'<RSAKeyValue><Modulus>AQAB</Modulus></RSAKeyValue>',
			'<RSAKeyValue><Exponent>AQAB</Exponent></RSAKeyValue>',
		]) {
			const result = await checkKey(input);
			expect(codes(result), input.slice(0, 60)).toEqual(['xml-invalid']);
			expect(result.keys).toEqual([]);
		}
	});

	it('says nothing about ignored text when the XML is all there is, and does when words surround it', async () => {
		const xml = dotnetXml(rsaPair(2048).publicKey);
		expect(codes(await checkKey(xml))).not.toContain('text-ignored');
		expect(codes(await checkKey(`Her er nøkkelen: ${xml}`))).toContain('text-ignored');
		expect(codes(await checkKey(`${xml} Hilsen Kari`))).toContain('text-ignored');
	});
});
