/** JSON input: a JWK or a JWKS (RFC 7517 §4, §5). Private and symmetric JWKs are refused, other key types named. */
import { decodeBase64 } from '../shared/base64';
import { isRecord } from '../shared/record';
import { MAX_KEYS, type Collected, type KeyFormat } from './collected';
import { stripLeadingZeros } from './der';
import { finding, safeLabel, type Finding } from './findings';

const SIGNING_ALGORITHMS = new Set(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512']);
/** RFC 7518 §6.3.2: the members only a private RSA JWK has. */
const PRIVATE_JWK_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'];

function optionalString(value: unknown): string | undefined {
	return typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : undefined;
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
	if (jwk['kty'] === 'oct' || 'k' in jwk) {
		into.findings.push(finding('secret-key-jwk'));
		return;
	}
	const kty = jwk['kty'];
	if (kty === 'EC' || kty === 'OKP') {
		const curve = optionalString(jwk['crv']);
		const keyType = kty === 'EC' ? `EC${curve ? ` ${curve}` : ''}` : (curve ?? 'OKP');
		into.findings.push(finding('not-rsa', block, { keyType }));
		return;
	}
	if (kty !== 'RSA') {
		into.findings.push(
			typeof kty === 'string'
				? finding('jwk-unknown-kty', block, { value: safeLabel(kty) })
				: finding('jwk-invalid', block),
		);
		return;
	}
	const n = typeof jwk['n'] === 'string' ? decodeBase64(jwk['n'], true) : undefined;
	const e = typeof jwk['e'] === 'string' ? decodeBase64(jwk['e'], true) : undefined;
	if (!n || !e || n.length === 0 || e.length === 0) {
		into.findings.push(finding('jwk-invalid', block));
		return;
	}
	const kid = optionalString(jwk['kid']);
	const use = optionalString(jwk['use']);
	const alg = optionalString(jwk['alg']);
	const notes: Finding[] = [];
	if (use !== undefined && use !== 'sig') notes.push(finding('jwk-use-not-sig', block, { value: safeLabel(use) }));
	if (alg !== undefined && !SIGNING_ALGORITHMS.has(alg))
		notes.push(finding('jwk-alg-unexpected', block, { value: safeLabel(alg) }));
	into.candidates.push({
		block,
		format,
		rsa: { n: stripLeadingZeros(n), e: stripLeadingZeros(e) },
		notes,
		...(kid === undefined ? {} : { kid }),
		...(use === undefined ? {} : { use }),
		...(alg === undefined ? {} : { alg }),
	});
}

/** Reads JSON text as a JWKS (every key, up to MAX_KEYS) or a single JWK. */
export function readJson(text: string, into: Collected): void {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		into.findings.push(finding('json-invalid'));
		return;
	}
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
	into.findings.push(finding('json-not-jwk'));
}
