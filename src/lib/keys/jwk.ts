/**
 * JSON input: a JWK or a JWKS (RFC 7517 §4, §5). Private and symmetric JWKs are refused, other key types named.
 * Values from the paste are never repeated in a message unless they are a name we know (an algorithm, a key type,
 * a curve), and then as they were written; anything else is "ukjent". Shown members (`kid`, `use`, `alg`) have
 * their control and bidi characters marked.
 */
import { decodeBase64 } from '../shared/base64';
import { isRecord } from '../shared/record';
import { MAX_KEYS, type Collected, type KeyFormat } from './collected';
import { stripLeadingZeros } from './der';
import { finding, hasControls, markControls, type Finding } from './findings';

/** RFC 7518 §3.1: the RSA signature algorithms HelseID accepts for client authentication. */
const SIGNING_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'];
/** RFC 7518 §4.1 (and RFC 9864's -384/-512 variants): RSA key-management (encryption) algorithms. */
const ENCRYPTION_ALGORITHMS = ['RSA1_5', 'RSA-OAEP', 'RSA-OAEP-256', 'RSA-OAEP-384', 'RSA-OAEP-512'];
/** Other registered names (RFC 7518 §3.1, §4.1, RFC 8037 §3.1) a message may name. */
const OTHER_ALGORITHMS = ['ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519', 'HS256', 'HS384', 'HS512', 'none', 'dir'];
const KEY_TYPES = ['RSA', 'EC', 'OKP', 'oct'];
const USES = ['sig', 'enc'];
/** RFC 7518 §6.2.1.1, RFC 8037 §2, and secp256k1 (RFC 8812 §3.1). */
const CURVES = ['P-256', 'P-384', 'P-521', 'secp256k1', 'Ed25519', 'Ed448', 'X25519', 'X448'];

/** RFC 7518 §6.3.2: the members only a private RSA JWK has. */
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'];

/** At most this deep, and this many string values, are searched for a key inside other JSON. */
const MAX_NESTED_DEPTH = 8;

function optionalString(value: unknown): string | undefined {
	return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : undefined;
}

/**
 * A pasted value that is one of the names we know, compared without regard to case: returned as it was written
 * (only letters, digits and the registry's punctuation can pass), with the registered spelling. Undefined otherwise.
 */
function knownName(value: string | undefined, names: readonly string[]) {
	if (value === undefined) return undefined;
	const registered = names.find((name) => name.toLowerCase() === value.toLowerCase());
	return registered === undefined ? undefined : { written: value, registered };
}

/**
 * `n` or `e`: base64url without padding (RFC 7518 §6.3.1.1). Standard base64 or padding is still unambiguous, so it
 * is read and said; anything else is not a number.
 */
function readNumber(value: unknown): { bytes: Uint8Array; base64url: boolean } | undefined {
	if (typeof value !== 'string') return undefined;
	const strict = decodeBase64(value, true);
	if (strict) return { bytes: strict, base64url: true };
	const body = value.replace(/={1,2}$/, '');
	// A mix of both alphabets fails both decodings.
	const standard = /[+/]/.test(body);
	const bytes = decodeBase64(body, !standard);
	return bytes ? { bytes, base64url: false } : undefined;
}

function readAlg(alg: string | undefined, block: number, notes: Finding[]): string | undefined {
	if (alg === undefined) return undefined;
	const signing = knownName(alg, SIGNING_ALGORITHMS);
	if (signing?.registered === alg) return alg;
	if (signing) {
		notes.push(finding('jwk-alg-unexpected', block, { value: signing.written, expected: signing.registered }));
		return signing.registered;
	}
	const encryption = knownName(alg, ENCRYPTION_ALGORITHMS);
	const other = encryption ?? knownName(alg, OTHER_ALGORITHMS);
	notes.push(finding('jwk-alg-unexpected', block, { value: other?.written, encryption: encryption !== undefined }));
	// The JWK we hand back is for signing: it never keeps an encryption (or any other) algorithm next to "use":"sig".
	return undefined;
}

function readRsaJwk(jwk: Record<string, unknown>, block: number, format: KeyFormat, into: Collected): void {
	const n = readNumber(jwk['n']);
	const e = readNumber(jwk['e']);
	// decodeBase64 gives at least one byte or nothing.
	if (!n || !e) {
		into.findings.push(finding('jwk-invalid', block));
		return;
	}
	const notes: Finding[] = [];
	if (jwk['kty'] !== 'RSA') notes.push(finding('jwk-kty-case', block, { value: String(jwk['kty']) }));
	if (!n.base64url || !e.base64url) notes.push(finding('jwk-not-base64url', block));
	if ((n.bytes.length > 1 && n.bytes[0] === 0) || (e.bytes.length > 1 && e.bytes[0] === 0))
		notes.push(finding('jwk-leading-zero', block));
	const kid = optionalString(jwk['kid']);
	const use = optionalString(jwk['use']);
	const alg = optionalString(jwk['alg']);
	if (use !== undefined && use !== 'sig')
		notes.push(finding('jwk-use-not-sig', block, { value: knownName(use, USES)?.written }));
	const keptAlg = readAlg(alg, block, notes);
	const safeKid = kid !== undefined && !hasControls(kid);
	if (kid !== undefined && !safeKid) notes.push(finding('jwk-kid-unsafe', block));
	into.candidates.push({
		block,
		format,
		rsa: { n: stripLeadingZeros(n.bytes), e: stripLeadingZeros(e.bytes) },
		notes,
		...(kid === undefined ? {} : { kid: markControls(kid) }),
		...(use === undefined ? {} : { use: markControls(use) }),
		...(alg === undefined ? {} : { alg: markControls(alg) }),
		keep: { ...(safeKid ? { kid } : {}), ...(keptAlg === undefined ? {} : { alg: keptAlg }) },
	});
}

function readJwk(jwk: unknown, block: number, format: KeyFormat, into: Collected): void {
	if (!isRecord(jwk)) {
		into.findings.push(finding('jwk-invalid', block));
		return;
	}
	if (PRIVATE_JWK_MEMBERS.some((member) => member in jwk)) {
		into.findings.push(finding(format === 'jwks' ? 'private-key-jwks' : 'private-key-jwk'));
		return;
	}
	const kty = typeof jwk['kty'] === 'string' ? jwk['kty'] : undefined;
	const keyType = knownName(kty, KEY_TYPES)?.registered;
	if (keyType === 'oct' || 'k' in jwk) {
		into.findings.push(finding('secret-key-jwk'));
		return;
	}
	if (keyType === 'EC' || keyType === 'OKP') {
		const curve = knownName(optionalString(jwk['crv']), CURVES)?.registered;
		into.findings.push(
			finding('not-rsa', block, { keyType: keyType === 'EC' ? `EC${curve ? ` ${curve}` : ''}` : (curve ?? 'OKP') }),
		);
		return;
	}
	if (keyType === 'RSA') {
		readRsaJwk(jwk, block, format, into);
		return;
	}
	// Every key type we know has been read above: an unknown one is never quoted.
	into.findings.push(finding(kty === undefined ? 'jwk-invalid' : 'jwk-unknown-kty', block));
}

/** String values of parsed JSON that may hold a key (a PEM, a JWK as a string, an ssh-rsa line, XML). */
function nestedKeyTexts(value: unknown, depth = 0, out: string[] = []): string[] {
	if (out.length >= MAX_KEYS || depth > MAX_NESTED_DEPTH) return out;
	if (typeof value === 'string') {
		if (/-----BEGIN|ssh-rsa|RSAKeyValue|"kty"/.test(value)) out.push(value);
	} else if (Array.isArray(value)) {
		for (const item of value) nestedKeyTexts(item, depth + 1, out);
	} else if (isRecord(value)) {
		for (const item of Object.values(value)) nestedKeyTexts(item, depth + 1, out);
	}
	return out;
}

/**
 * JSON text as it is or, copied as printed (an RFC, a wrapped mail), with line breaks inside the string values: JSON
 * needs no line break anywhere, so taking them out with their indentation joins the values and keeps the structure.
 * `joined` says the second way was needed; undefined when the text is JSON neither way.
 */
export function parseJsonText(text: string): { value: unknown; joined: boolean } | undefined {
	try {
		return { value: JSON.parse(text), joined: false };
	} catch {
		try {
			return { value: JSON.parse(text.replace(/[ \t]*\n[ \t]*/g, '')), joined: true };
		} catch {
			return undefined;
		}
	}
}

function parseJson(text: string, into: Collected): unknown {
	const parsed = parseJsonText(text);
	if (parsed === undefined) into.findings.push(finding('json-invalid'));
	else if (parsed.joined) into.findings.push(finding('paste-repaired', undefined, { repairs: ['json-line-breaks'] }));
	return parsed?.value;
}

/**
 * Reads JSON text as a JWKS (every key, up to MAX_KEYS) or a single JWK. Other JSON (an appsettings.json, a
 * Kubernetes manifest) is searched for string values that hold a key, which `readNested` reads as pasted text.
 */
export function readJson(text: string, into: Collected, readNested?: (text: string) => void): void {
	const parsed = parseJson(text, into);
	if (parsed === undefined) return;
	if (isRecord(parsed) && Array.isArray(parsed['keys'])) {
		const keys = parsed['keys'] as unknown[];
		if (keys.length === 0) into.findings.push(finding('jwks-empty'));
		for (const jwk of keys.slice(0, MAX_KEYS)) readJwk(jwk, into.nextBlock++, 'jwks', into);
		if (keys.length > MAX_KEYS) into.findings.push(finding('too-many-keys', undefined, { value: String(MAX_KEYS) }));
		return;
	}
	if (isRecord(parsed) && 'kty' in parsed) {
		readJwk(parsed, into.nextBlock++, 'jwk', into);
		return;
	}
	const nested = readNested ? nestedKeyTexts(parsed) : [];
	if (nested.length === 0) {
		into.findings.push(finding('json-not-jwk'));
		return;
	}
	into.findings.push(finding('json-key-inside'));
	for (const value of nested) readNested!(value);
}
