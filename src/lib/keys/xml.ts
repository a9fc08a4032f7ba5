/** .NET's `RSA.ToXmlString(false)` form: `<RSAKeyValue><Modulus>…</Modulus><Exponent>…</Exponent></RSAKeyValue>`. */
import { decodeBase64 } from '../shared/base64';
import type { Span } from './collected';
import { stripLeadingZeros } from './der';
import { finding } from './findings';

/** Every `<RSAKeyValue>` in the text; one with no closing tag runs to the end and is reported as broken. */
export function xmlSpans(text: string): Span[] {
	const spans: Span[] = [];
	for (const match of text.matchAll(/<RSAKeyValue>([\s\S]*?)(?:<\/RSAKeyValue>|$)/g)) {
		const inner = match[1] ?? '';
		const closed = match[0].endsWith('</RSAKeyValue>');
		spans.push({
			start: match.index,
			end: match.index + match[0].length,
			read: (block, into) => {
				const field = (name: string) => {
					const found = new RegExp(`<${name}>([^<]*)</${name}>`).exec(inner);
					return found ? decodeBase64((found[1] ?? '').replace(/\s+/g, '')) : undefined;
				};
				const n = field('Modulus');
				const e = field('Exponent');
				if (!closed || !n || !e || n.length === 0 || e.length === 0) {
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
