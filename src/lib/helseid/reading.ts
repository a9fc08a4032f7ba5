/**
 * The first step of every HelseID tool: what did the user paste? A readable JWT, nothing, something else (with the
 * reason), or a private key, which is refused before anything of it is shown: pasted instead of a token (the key
 * check's reader finds it), or inside a token's header `jwk` (a DPoP proof made with the private half).
 */
import { checkKey } from '../keys/check';
import { isRecord } from '../shared/record';
import { decodeMessages } from './messages';
import { decodeToken, type DecodedToken, type DecodeFailure } from './token';

export type TokenReading =
	| { readonly status: 'empty' }
	| { readonly status: 'private-key'; readonly messages: readonly string[] }
	| { readonly status: 'unreadable'; readonly code: DecodeFailure | 'internal-error'; readonly message: string }
	| { readonly status: 'read'; readonly decoded: DecodedToken };

/** RFC 7518 §6.2.2, §6.3.2, §6.4.1 and RFC 8037 §2: members only a private or secret JWK has. */
export const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;

export function hasPrivateMembers(jwk: unknown): boolean {
	return isRecord(jwk) && PRIVATE_JWK_MEMBERS.some((member) => member in jwk);
}

/** Reads a pasted token; `noun` is the tool's word for what it wants ("en client assertion"). Never rejects. */
export async function readToken(input: unknown, noun: string): Promise<TokenReading> {
	const decoded = decodeToken(input);
	if (decoded.ok) {
		if (hasPrivateMembers(decoded.value.header['jwk'])) {
			return { status: 'private-key', messages: [decodeMessages['private-jwk-in-header']()] };
		}
		return { status: 'read', decoded: decoded.value };
	}
	if (decoded.code === 'empty') return { status: 'empty' };
	const asKey = await checkKey(input);
	if (asKey.status === 'private-key') {
		return {
			status: 'private-key',
			messages: [decodeMessages['private-key'](), ...asKey.findings.map((f) => f.message)],
		};
	}
	const code = decoded.code;
	return { status: 'unreadable', code, message: decodeMessages[code](noun) };
}

/** What a tool shows when a rule threw after all (a bug): a plain message, nothing of the paste. */
export function internalError(): TokenReading {
	return { status: 'unreadable', code: 'internal-error', message: decodeMessages['internal-error']() };
}
