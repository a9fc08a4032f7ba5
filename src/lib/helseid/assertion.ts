/**
 * The client-assertion check: reads the pasted assertion and the optional public key, runs every rule of
 * assertion-rules.ts, and checks the signature with jose against the key. Resolves, never rejects; a private key in
 * either field comes back as a refusal with nothing of it.
 */
import { HELSEID_ALGORITHMS, type Environment } from './environments';
import { finding, type Finding } from './findings';
import { tokenNouns } from './messages';
export { CLOCK_SKEW_SECONDS } from './assertion-rules';
import {
	algRule,
	audRule,
	clockRule,
	critRule,
	helsenorgeJtiRule,
	issSubRule,
	jtiRule,
	jtiSource,
	keyMemberRule,
	kidRule,
	lifetimeRule,
	nbfRule,
	timeTypeRule,
	typRule,
} from './assertion-rules';
import { internalError, readToken, type TokenReading } from './reading';
import { verifySignature, type SignatureOutcome } from './signature';
import type { SourceId } from './sources';
import type { DecodedToken } from './token';
import { readVerificationKey, type KeyReadResult, type VerificationKey } from './verification-key';

export interface AssertionOptions {
	readonly environment: Environment;
	/** The client id the user typed, if any. */
	readonly clientId?: string;
	/** The public key the user pasted, if any. */
	readonly keyText?: string;
	/** Now, in seconds since 1970. */
	readonly now: number;
	/** `jti` → signature of the first token seen with it, on this page (never stored). */
	readonly seenJti?: ReadonlyMap<string, string>;
}

export interface AssertionCheck {
	readonly reading: TokenReading;
	readonly key: KeyReadResult;
	/** Header findings, then payload findings, then the signature; empty unless the token was read. */
	readonly findings: readonly Finding[];
}

/** Every rule that needs no key material but the given keys (for `kid`). */
export function assertionFindings(
	decoded: DecodedToken,
	options: AssertionOptions,
	keys?: readonly VerificationKey[],
): Finding[] {
	const { header, payload, signature } = decoded;
	const env = options.environment;
	return [
		...algRule(header, env),
		...typRule(header, env),
		...kidRule(header, env, keys),
		...keyMemberRule(header),
		...critRule(header),
		...issSubRule(payload, env, options.clientId),
		...audRule(payload, env),
		...timeTypeRule(payload, env),
		...lifetimeRule(payload, env),
		...nbfRule(payload, options.now),
		...clockRule(payload, options.now, env),
		...jtiRule(payload, signature, options.seenJti ?? new Map(), jtiSource(env)),
		...helsenorgeJtiRule(payload, env),
	];
}

/**
 * The keys to verify with, in the order to try them: the one whose `kid` or thumbprint is the header's `kid`
 * first, then the rest. Duende's validator tries every key registered for the client, whatever `kid` says.
 */
export function keysInOrder(kid: unknown, keys: readonly VerificationKey[]): VerificationKey[] {
	const named = keys.find((key) => key.kid === kid) ?? keys.find((key) => key.thumbprint === kid);
	return named ? [named, ...keys.filter((key) => key !== named)] : [...keys];
}

const OUTCOME_CODES: Record<Exclude<SignatureOutcome, 'ok'>, Finding['code']> = {
	invalid: 'signature-invalid',
	'key-mismatch': 'signature-key-mismatch',
	'key-too-short': 'signature-key-too-short',
	'alg-refused': 'signature-alg-refused',
	unsupported: 'signature-unsupported',
};

/** A signature outcome as a finding. */
export function signatureFinding(
	outcome: SignatureOutcome,
	source: SourceId,
	okCode: Finding['code'] = 'signature-ok',
): Finding {
	if (outcome === 'ok') return finding(okCode, 'signature', undefined, source, 'ok');
	return finding(
		OUTCOME_CODES[outcome],
		'signature',
		undefined,
		source,
		outcome === 'unsupported' ? 'warning' : 'error',
	);
}

/** The signature, checked against the pasted key with every algorithm HelseID takes. */
export async function assertionSignature(
	decoded: DecodedToken,
	env: Environment,
	key: KeyReadResult,
): Promise<Finding> {
	const source: SourceId = env.id === 'helsenorge' ? 'helsenorge-assertion' : 'duende-private-key-jwt';
	if (decoded.signature === '') return finding('signature-missing', 'signature', undefined, source, 'error');
	if (key.status !== 'ok') return finding('signature-not-checked', 'signature', undefined, source, 'info');
	const alg = decoded.header['alg'];
	let first: SignatureOutcome | undefined;
	for (const candidate of keysInOrder(decoded.header['kid'], key.keys)) {
		const outcome = await verifySignature(decoded.token, candidate, HELSEID_ALGORITHMS, alg);
		if (outcome === 'ok') return signatureFinding(outcome, source);
		first ??= outcome;
	}
	return signatureFinding(first ?? 'invalid', source);
}

export async function checkAssertion(input: unknown, options: AssertionOptions): Promise<AssertionCheck> {
	const [reading, key] = await Promise.all([
		readToken(input, tokenNouns.assertion),
		options.keyText ? readVerificationKey(options.keyText) : Promise.resolve<KeyReadResult>({ status: 'empty' }),
	]);
	if (reading.status !== 'read') return { reading, key, findings: [] };
	try {
		const keys = key.status === 'ok' ? key.keys : undefined;
		const findings = assertionFindings(reading.decoded, options, keys);
		findings.push(await assertionSignature(reading.decoded, options.environment, key));
		return { reading, key, findings };
	} catch {
		return { reading: internalError(), key, findings: [] };
	}
}
