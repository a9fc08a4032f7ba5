/**
 * Reads a `WWW-Authenticate` header: one or more challenges, each a scheme with parameters
 * (RFC 9110 §11.6.1: `DPoP error="invalid_token", algs="ES256 PS256"`, `Bearer realm="x", error="insufficient_scope"`).
 * One pass over the value; quoted strings may hold commas and escaped quotes.
 */

export interface Challenge {
	/** As written (`DPoP`, `Bearer`); schemes compare without case. */
	readonly scheme: string;
	/** Parameter names in lower case (they are case-insensitive), values unquoted. */
	readonly params: Readonly<Record<string, string>>;
}

/** Splits at commas outside quoted strings. */
function splitOutsideQuotes(value: string): string[] {
	const parts: string[] = [];
	let part = '';
	let quoted = false;
	for (let i = 0; i < value.length; i++) {
		const character = value[i]!;
		if (quoted && character === '\\' && i + 1 < value.length) {
			part += character + value[++i]!;
			continue;
		}
		if (character === '"') quoted = !quoted;
		if (character === ',' && !quoted) {
			parts.push(part);
			part = '';
			continue;
		}
		part += character;
	}
	parts.push(part);
	return parts;
}

function unquote(value: string): string {
	const trimmed = value.trim();
	if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
		return trimmed.slice(1, -1).replace(/\\(.)/g, '$1');
	}
	return trimmed;
}

const TOKEN = "[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}";
/** `Scheme name=value` (a new challenge with its first parameter) or `Scheme` alone or with a token68. */
const SCHEME_START = new RegExp(`^\\s*(${TOKEN})(?:\\s+(${TOKEN})\\s*=(?!=)\\s*([\\s\\S]*))?\\s*$`);
const PARAM = new RegExp(`^\\s*(${TOKEN})\\s*=(?!=)\\s*([\\s\\S]*)$`);

export function parseChallenges(value: string): Challenge[] {
	const challenges: { scheme: string; params: Record<string, string> }[] = [];
	for (const part of splitOutsideQuotes(value.slice(0, 8000))) {
		if (part.trim() === '') continue;
		const param = PARAM.exec(part);
		const current = challenges.at(-1);
		if (param && current) {
			current.params[param[1]!.toLowerCase()] = unquote(param[2]!);
			continue;
		}
		const start = SCHEME_START.exec(part);
		if (start) {
			const params: Record<string, string> = {};
			if (start[2] !== undefined) params[start[2].toLowerCase()] = unquote(start[3] ?? '');
			challenges.push({ scheme: start[1]!, params });
			continue;
		}
		// `Bearer abc==` (a token68) or text that is no challenge: the scheme is kept, the rest is not read.
		const scheme = /^\s*([A-Za-z0-9_-]{1,32})\s/.exec(part);
		if (scheme) challenges.push({ scheme: scheme[1]!, params: {} });
	}
	return challenges;
}
