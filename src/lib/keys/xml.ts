/**
 * RSA keys in XML: .NET's `RSA.ToXmlString(false)` (`<RSAKeyValue><Modulus>…</Modulus><Exponent>…</Exponent>`) and
 * the same element in XML-DSig (W3C xmldsig-core §4.5.2.2, RFC 3275), with its namespace or a `ds:` prefix, as in
 * SAML metadata and `<KeyInfo>`. Private elements are found before this reader runs (secrets.ts).
 */
import { decodeBase64 } from '../shared/base64';
import { firstMatches, type Span } from './collected';
import { stripLeadingZeros } from './der';
import { finding } from './findings';

/** An optional namespace prefix (`ds:`) and an opening tag's attributes (`xmlns="…"`), both bounded. */
const PREFIX = '(?:[A-Za-z_][\\w.-]{0,30}:)?';
const ATTRIBUTES = '(?:\\s[^<>]{0,500})?';

const KEY_VALUE = new RegExp(`<${PREFIX}RSAKeyValue${ATTRIBUTES}>([\\s\\S]*?)(</${PREFIX}RSAKeyValue\\s{0,8}>|$)`, 'g');

const FIELDS = {
	Modulus: new RegExp(`<${PREFIX}Modulus${ATTRIBUTES}>([^<]*)</${PREFIX}Modulus\\s{0,8}>`),
	Exponent: new RegExp(`<${PREFIX}Exponent${ATTRIBUTES}>([^<]*)</${PREFIX}Exponent\\s{0,8}>`),
};

/** Every `<RSAKeyValue>` in the text; one with no closing tag runs to the end and is reported as broken. */
export function xmlSpans(text: string): Span[] {
	const spans: Span[] = [];
	for (const match of firstMatches(text, KEY_VALUE)) {
		const inner = match[1]!;
		// Both groups always take part in a match: the second is empty when the text ended first.
		const closed = match[2] !== '';
		spans.push({
			start: match.index,
			end: match.index + match[0].length,
			read: (block, into) => {
				const field = (name: keyof typeof FIELDS) => {
					const found = FIELDS[name].exec(inner);
					return found ? decodeBase64(found[1]!.replace(/\s+/g, '')) : undefined;
				};
				const n = field('Modulus');
				const e = field('Exponent');
				// decodeBase64 gives undefined for an empty field, never zero bytes.
				if (!closed || !n || !e) {
					into.findings.push(finding('xml-invalid', block));
					return;
				}
				const rsa = { n: stripLeadingZeros(n), e: stripLeadingZeros(e) };
				into.candidates.push({ block, format: 'xml', rsa, notes: [finding('xml-given', block)] });
			},
		});
	}
	return spans;
}
