/**
 * Inputs for the fuzz tests of the three places where text from outside enters the site: the key checker, the
 * progress import and the stored profile. Random text and bytes, and valid inputs broken the ways a paste breaks.
 */
import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { pkcs1Pem, spkiPem } from './key-fixtures';

const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
export const privatePem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const samples = [
	spkiPem(pair.publicKey),
	pkcs1Pem(pair.publicKey),
	privatePem,
	JSON.stringify(pair.publicKey.export({ format: 'jwk' })),
];

/** Valid inputs broken the ways a paste breaks: cut short, doubled, a character changed, lines lost, junk added. */
export const mutated = fc
	.tuple(
		fc.constantFrom(...samples),
		fc.nat(),
		fc.constantFrom('truncate', 'double', 'flip', 'drop-line', 'bad-base64', 'prefix', 'crlf'),
		fc.string({ maxLength: 20 }),
	)
	.map(([text, n, op, junk]) => {
		const at = n % Math.max(text.length, 1);
		switch (op) {
			case 'truncate':
				return text.slice(0, at);
			case 'double':
				return text + text;
			case 'flip':
				return (
					text.slice(0, at) + String.fromCharCode((text.charCodeAt(at) + 1 + (n % 50)) % 0x2000) + text.slice(at + 1)
				);
			case 'drop-line': {
				const lines = text.split('\n');
				lines.splice(n % lines.length, 1);
				return lines.join('\n');
			}
			case 'bad-base64':
				return text.slice(0, at) + '*%$' + text.slice(at);
			case 'prefix':
				return junk + text + junk;
			default:
				return text.replace(/\n/g, '\r\n');
		}
	});

const randomBytesAsBase64 = fc.uint8Array({ maxLength: 600 }).map((bytes) => Buffer.from(bytes).toString('base64'));
export const deepJson = fc.integer({ min: 1, max: 50_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth));
export const anyText = fc.oneof(
	fc.string({ maxLength: 400 }),
	fc.string({ unit: 'binary', maxLength: 400 }),
	fc.json(),
	randomBytesAsBase64,
);
