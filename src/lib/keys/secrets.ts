/**
 * Secrets first: a scan of the raw text that no parsing error can skip, and the private kinds of DER structure.
 * Whatever else is wrong with a paste, a private or symmetric key in it is found here and refused.
 */
import type { DerKind } from './der';
import { finding, type Finding, type FindingCode, type MessageParams } from './findings';

/** Finds private key material anywhere in the text, whatever else is wrong with it. */
export function scanForSecrets(text: string): Finding[] {
	const found: Finding[] = [];
	const add = (code: FindingCode, params?: MessageParams) => {
		if (!found.some((f) => f.code === code && code !== 'private-key-other'))
			found.push(finding(code, undefined, params));
	};
	for (const match of text.matchAll(/BEGIN[ \t]+([A-Z0-9 ]{0,30}?)[ \t]*PRIVATE[ \t]+KEY/gi)) {
		const kind = (match[1] ?? '').trim().toUpperCase();
		if (kind === '') add('private-key-pkcs8');
		else if (kind === 'RSA') add('private-key-pkcs1');
		else if (kind === 'ENCRYPTED') add('private-key-encrypted');
		else if (kind === 'OPENSSH') add('private-key-other', { keyType: 'OpenSSH' });
		else if (kind === 'EC') add('private-key-other', { keyType: 'EC' });
		else if (kind === 'DSA') add('private-key-other', { keyType: 'DSA' });
		else add('private-key-other', { keyType: 'PEM' });
	}
	if (/PuTTY-User-Key-File-/.test(text)) add('private-key-other', { keyType: 'PuTTY' });
	if (/<(?:D|P|Q|DP|DQ|InverseQ)>/.test(text)) add('private-key-other', { keyType: '.NET XML' });
	// JWK private members, also inside JSON written as a string (a HelseID client configuration does that).
	if (/\\?"(?:d|p|q|dp|dq|qi)\\?"\s*:/.test(text))
		add(/\\?"keys\\?"\s*:/.test(text) ? 'private-key-jwks' : 'private-key-jwk');
	if (/\\?"kty\\?"\s*:\s*\\?"oct\\?"/.test(text) || /\\?"k\\?"\s*:\s*\\?"/.test(text)) add('secret-key-jwk');
	return found;
}

/** The refusal for a DER structure that holds a private key; undefined for the public kinds. */
export function privateFindingForDer(kind: DerKind['kind']): Finding | undefined {
	switch (kind) {
		case 'pkcs8-private':
			return finding('private-key-pkcs8');
		case 'pkcs1-private':
			return finding('private-key-pkcs1');
		case 'encrypted-private':
			return finding('private-key-encrypted');
		case 'ec-private':
			return finding('private-key-other', undefined, { keyType: 'EC' });
		default:
			return undefined;
	}
}
