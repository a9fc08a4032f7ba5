/**
 * The access-token explainer: every header member and claim of a pasted token, each with what it means (the claims
 * the site knows, with their source), HelseID claims the site does not explain marked as such, and the rest shown
 * as they are and marked unknown; VKP's scopes one by one; a few findings (expired, `client_amr`, the test-only
 * scope, DPoP or Bearer). The token is decoded, never verified: that needs HelseID's keys, which only the API has.
 */
import { finding, type Finding } from './findings';
import { claimTexts, headerTexts, ownEntry, scopeText, tokenNouns, type ClaimText } from './messages';
import { readToken, internalError, type TokenReading } from './reading';
import { parseScope, scopesOf, VKP_ALL_SCOPES } from './scopes';
import type { SourceId } from './sources';
import { timeOf, type TimeClaim } from './times';
import { markHidden, normalTyp, numberMember, valueText } from './token';
import { isRecord } from '../shared/record';

export type ClaimKind = 'known' | 'helseid' | 'unknown';

export interface ScopeLine {
	readonly scope: string;
	readonly text: string;
	readonly testOnly: boolean;
}

export interface ClaimRow {
	readonly name: string;
	/** The value as text: a string as it is, anything else as JSON. */
	readonly value: string;
	readonly kind: ClaimKind;
	readonly explanation: string;
	readonly source?: SourceId;
	/** For `exp`, `iat`, `nbf`, `auth_time` holding a number: shown as local time and counted down or up. */
	readonly time?: { readonly claim: TimeClaim; readonly epoch: number };
	/** For `scope`: each scope explained. */
	readonly scopes?: readonly ScopeLine[];
}

export interface TokenExplanation {
	readonly reading: TokenReading;
	readonly header: readonly ClaimRow[];
	readonly claims: readonly ClaimRow[];
	readonly findings: readonly Finding[];
}

function row(name: string, value: unknown, text: ClaimText | undefined): ClaimRow {
	const kind: ClaimKind = text ? 'known' : name.startsWith('helseid://claims/') ? 'helseid' : 'unknown';
	const explanation = text?.text ?? (kind === 'helseid' ? claimTexts.helseidUnknown : claimTexts.unknown);
	const source = text?.source ?? (kind === 'helseid' ? 'helseid-claims' : undefined);
	return {
		name: markHidden(name),
		value: valueText(value),
		kind,
		explanation,
		...(source ? { source } : {}),
		...timeOf(name, value),
	};
}

export function scopeLines(claim: unknown): ScopeLine[] {
	return scopesOf(claim).map((scope) => {
		const parsed = parseScope(scope);
		return { scope, text: scopeText(parsed), testOnly: parsed.kind === 'all' };
	});
}

/** Every payload claim, in the token's order, explained. */
export function claimRows(payload: Readonly<Record<string, unknown>>): ClaimRow[] {
	return Object.entries(payload).map(([name, value]) => {
		const base = row(name, value, ownEntry<ClaimText>(claimTexts.known, name));
		return name === 'scope' ? { ...base, scopes: scopeLines(value) } : base;
	});
}

export function headerRows(header: Readonly<Record<string, unknown>>): ClaimRow[] {
	return Object.entries(header).map(([name, value]) => row(name, value, ownEntry(headerTexts, name)));
}

/** The notes worth a finding: the wrong kind of token, expired, `client_amr`, the test-only scope, DPoP or Bearer. */
export function accessTokenFindings(
	header: Readonly<Record<string, unknown>>,
	payload: Readonly<Record<string, unknown>>,
	now: number,
): Finding[] {
	const findings: Finding[] = [];
	const typ = typeof header['typ'] === 'string' ? normalTyp(header['typ']) : '';
	if (typ === 'client-authentication+jwt')
		findings.push(finding('at-is-assertion', 'header', 'typ', 'helseid-library-typ', 'warning'));
	if (typ === 'dpop+jwt') findings.push(finding('at-is-dpop', 'header', 'typ', 'dpop-format', 'warning'));
	const exp = numberMember(payload, 'exp');
	if (exp !== undefined && exp < now)
		findings.push(finding('at-expired', 'payload', 'exp', 'rfc7519-claims', 'warning'));
	const amr = payload['client_amr'];
	if (amr !== undefined) {
		findings.push(
			amr === 'private_key_jwt'
				? finding('at-client-amr-ok', 'payload', 'client_amr', 'vkp-auth', 'ok')
				: finding('at-client-amr-other', 'payload', 'client_amr', 'vkp-auth', 'warning'),
		);
	}
	const scopes = scopesOf(payload['scope']);
	if (scopes.includes(VKP_ALL_SCOPES))
		findings.push(finding('at-scope-test-only', 'payload', 'scope', 'vkp-selvbetjening', 'warning'));
	if (scopes.some((scope) => parseScope(scope).kind === 'wrong-case'))
		findings.push(finding('at-scope-wrong-case', 'payload', 'scope', 'rfc6749-scope', 'warning'));
	const cnf = payload['cnf'];
	findings.push(
		isRecord(cnf) && typeof cnf['jkt'] === 'string'
			? finding('at-dpop-bound', 'payload', 'cnf', 'dpop-header-usage', 'info')
			: finding('at-bearer', 'payload', 'cnf', 'vkp-auth', 'info'),
	);
	findings.push(finding('at-signature-not-checked', 'signature', undefined, 'helseid-claims', 'info'));
	return findings;
}

export async function explainAccessToken(input: unknown, now: number): Promise<TokenExplanation> {
	const reading = await readToken(input, tokenNouns.accessToken);
	if (reading.status !== 'read') return { reading, header: [], claims: [], findings: [] };
	try {
		const { header, payload } = reading.decoded;
		return {
			reading,
			header: headerRows(header),
			claims: claimRows(payload),
			findings: accessTokenFindings(header, payload, now),
		};
	} catch {
		return { reading: internalError(), header: [], claims: [], findings: [] };
	}
}
