/**
 * The core every reader of the key check shares: a finding (code, severity, Norwegian message), how severe each
 * code is, and which codes mean a secret was given. The wording itself lives in messages.ts.
 */
import { keyMessage, type FindingCode, type MessageParams, type Severity } from './messages';

export type { FindingCode, MessageParams, Severity } from './messages';

export interface Finding {
	readonly code: FindingCode;
	readonly severity: Severity;
	readonly message: string;
	/** Which key-like part of the input (1-based, in the order pasted) this is about, when there are several. */
	readonly block?: number;
}

const SEVERITY: Record<FindingCode, Severity> = {
	'too-long': 'error',
	unrecognised: 'error',
	'looks-like-jwt': 'error',
	'text-ignored': 'info',
	'too-many-keys': 'warning',
	'internal-error': 'error',
	'base64-invalid': 'error',
	'pem-truncated': 'error',
	'pem-end-mismatch': 'error',
	'pem-header-malformed': 'warning',
	'pem-unknown-header': 'error',
	'pem-csr': 'error',
	'pem-label-mismatch': 'warning',
	'der-truncated': 'error',
	'der-invalid': 'error',
	'json-invalid': 'error',
	'json-not-jwk': 'error',
	'jwks-empty': 'error',
	'jwk-invalid': 'error',
	'jwk-unknown-kty': 'error',
	'jwk-use-not-sig': 'warning',
	'jwk-alg-unexpected': 'warning',
	'jwk-kty-case': 'warning',
	'jwk-not-base64url': 'warning',
	'jwk-leading-zero': 'warning',
	'jwk-kid-unsafe': 'warning',
	'json-key-inside': 'info',
	'paste-repaired': 'info',
	'ssh-line-joined': 'info',
	'openssh-certificate': 'info',
	'ssh-invalid': 'error',
	'xml-invalid': 'error',
	'certificate-given': 'info',
	'pkcs1-given': 'info',
	'der-given': 'info',
	'openssh-given': 'info',
	'xml-given': 'info',
	'rsa-pss-key': 'info',
	'not-rsa': 'error',
	'key-too-small': 'error',
	'key-too-large': 'error',
	'modulus-not-whole-bytes': 'warning',
	'modulus-invalid': 'error',
	'exponent-unusual': 'warning',
	'exponent-invalid': 'error',
	'exponent-too-small': 'error',
	'exponent-too-large': 'error',
	'webcrypto-rejected': 'warning',
	'duplicate-key': 'info',
	'key-ok': 'info',
	'private-key-pkcs8': 'error',
	'private-key-pkcs1': 'error',
	'private-key-encrypted': 'error',
	'private-key-jwk': 'error',
	'private-key-jwks': 'error',
	'private-key-other': 'error',
	'secret-key-jwk': 'error',
};

const PRIVATE_CODES = new Set<FindingCode>([
	'private-key-pkcs8',
	'private-key-pkcs1',
	'private-key-encrypted',
	'private-key-jwk',
	'private-key-jwks',
	'private-key-other',
	'secret-key-jwk',
]);

export function isPrivateKeyFinding(code: FindingCode): boolean {
	return PRIVATE_CODES.has(code);
}

export function finding(code: FindingCode, block?: number, params: MessageParams = {}): Finding {
	return {
		code,
		severity: SEVERITY[code],
		message: keyMessage(code, params),
		...(block === undefined ? {} : { block }),
	};
}

/**
 * Characters that make a text look other than it is: C0 and C1 controls (NUL, ESC sequences, CR, LF, BEL), format
 * characters (the bidi overrides U+202A–U+202E and U+2066–U+2069, zero-width spaces, the BOM) and line separators.
 */
const CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const CONTROLS = new RegExp(CONTROL.source, 'gu');

export function hasControls(value: string): boolean {
	return CONTROL.test(value);
}

/** A pasted value to show, with each control or bidi character written out as `[U+202E]`, so none can act. */
export function markControls(value: string): string {
	return value.replace(CONTROLS, (char) => `[U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
}
