/**
 * The key check's and the key generator's shared names, at the bottom of the module graph: messages.ts words them
 * and collected.ts / generate.ts use them, so neither side imports the other (no import circle).
 */

/** How a key was given to us. */
export type KeyFormat =
	'spki-pem' | 'pkcs1-pem' | 'x509-pem' | 'x509-base64' | 'der-base64' | 'jwk' | 'jwks' | 'openssh' | 'xml';

export type KeySize = 2048 | 3072 | 4096;
/** RS256 = RSASSA-PKCS1-v1_5 with SHA-256, PS256 = RSASSA-PSS with SHA-256 (RFC 7518 §3.3, §3.5). */
export type SigningAlg = 'RS256' | 'PS256';
