import { describe, expect, it } from 'vitest';
import { accessTokenFindings, claimRows, explainAccessToken, headerRows, scopeLines } from '~/lib/helseid/access-token';
import type { Finding } from '~/lib/helseid/findings';
import { claimTexts } from '~/lib/helseid/messages';
import { accessToken, now, testKey } from '~test/helpers/helseid-tokens';

const shape = (findings: readonly Finding[]) => findings.map((f) => [f.code, f.severity, f.claim, f.source]);

describe('claimRows', () => {
	it('explains the claims it knows, with their source, in the token’s order', () => {
		const rows = claimRows({ iss: 'https://helseid-sts.test.nhn.no', client_amr: 'private_key_jwt', exp: 100 });
		expect(rows.map((r) => [r.name, r.kind, r.source])).toEqual([
			['iss', 'known', 'helseid-library-issuer'],
			['client_amr', 'known', 'vkp-auth'],
			['exp', 'known', 'helseid-clock'],
		]);
		expect(rows[1]!.explanation).toContain('private_key_jwt');
		expect(rows[2]!.time).toEqual({ claim: 'exp', epoch: 100 });
		expect(rows[0]!.time).toBeUndefined();
	});

	it('marks HelseID claims it does not explain, and unknown claims, and never reads Object’s own members', () => {
		const rows = claimRows({
			'helseid://claims/client/amr': 'rsa_private_key',
			'helseid://claims/client/claims/orgnr_parent': '912159523',
			egen: { a: 1 },
			constructor: 'x',
			toString: 'y',
			__proto__: 'z',
		});
		expect(rows.map((r) => [r.name, r.kind])).toEqual([
			['helseid://claims/client/amr', 'helseid'],
			['helseid://claims/client/claims/orgnr_parent', 'known'],
			['egen', 'unknown'],
			['constructor', 'unknown'],
			['toString', 'unknown'],
		]);
		expect(rows[0]!.explanation).toBe(claimTexts.helseidUnknown);
		expect(rows[0]!.source).toBe('helseid-claims');
		expect(rows[2]!.explanation).toBe(claimTexts.unknown);
		expect(rows[2]!.source).toBeUndefined();
		expect(rows[2]!.value).toBe('{"a":1}');
	});

	it('shows times that are numbers or numeric strings as times, and others as they are', () => {
		const rows = claimRows({ iat: 5, nbf: '5', auth_time: 7, exp: Number.NaN });
		expect(rows.map((r) => r.time)).toEqual([
			{ claim: 'iat', epoch: 5 },
			{ claim: 'nbf', epoch: 5 },
			{ claim: 'auth_time', epoch: 7 },
			undefined,
		]);
	});

	it('marks hidden and bidi characters in names and values (CVE-2021-42574)', () => {
		const [row] = claimRows({ 'sub\u202e': 'a\u200bb\u0007c' });
		expect(row!.name).toBe('sub[U+202E]');
		expect(row!.value).toBe('a[U+200B]b[U+0007]c');
	});

	it('explains each scope', () => {
		const [row] = claimRows({ scope: 'nhn:vkp/api/user/patient.read nhn:vkp/api/*.* openid' });
		expect(row!.scopes).toEqual([
			{ scope: 'nhn:vkp/api/user/patient.read', text: 'Lese Patient (pasienten).', testOnly: false },
			{ scope: 'nhn:vkp/api/*.*', text: 'Alle scope i VKP. Virker bare i testmiljøet.', testOnly: true },
			{ scope: 'openid', text: 'Ikke et VKP-scope.', testOnly: false },
		]);
		expect(claimRows({ other: 'x' })[0]!.scopes).toBeUndefined();
	});
});

describe('scopeLines', () => {
	it('reads a list and a string, and nothing else', () => {
		expect(scopeLines(['nhn:vkp/api/user/careplan.*']).map((l) => l.text)).toEqual([
			'Lese og skrive CarePlan (planer for pleie og oppfølging).',
		]);
		expect(scopeLines('nhn:vkp/api/user/bundle.write').map((l) => l.text)).toEqual([
			'Skrive Bundle (flere ressurser sendt samlet).',
		]);
		expect(scopeLines(5)).toEqual([]);
	});
});

describe('headerRows', () => {
	it('explains alg, kid and typ', () => {
		expect(headerRows({ alg: 'RS256', kid: 'k', typ: 'at+jwt', x5t: 'y' }).map((r) => [r.name, r.kind])).toEqual([
			['alg', 'known'],
			['kid', 'known'],
			['typ', 'known'],
			['x5t', 'unknown'],
		]);
	});
});

describe('accessTokenFindings', () => {
	const T = 1_000_000;
	it('a valid VKP token with DPoP: client_amr ok, bound to DPoP, signature not checked', () => {
		expect(
			shape(
				accessTokenFindings({ typ: 'at+jwt' }, { exp: T + 60, client_amr: 'private_key_jwt', cnf: { jkt: 'x' } }, T),
			),
		).toEqual([
			['at-client-amr-ok', 'ok', 'client_amr', 'vkp-auth'],
			['at-dpop-bound', 'info', 'cnf', 'dpop-header-usage'],
			['at-signature-not-checked', 'info', undefined, 'helseid-claims'],
		]);
	});
	it('warns about an expired token, another client_amr, the test-only scope; Bearer without cnf', () => {
		expect(
			shape(
				accessTokenFindings(
					{},
					{ exp: T - 1, client_amr: 'client_secret', scope: ['nhn:vkp/api/*.*'], cnf: { jkt: 1 } },
					T,
				),
			),
		).toEqual([
			['at-expired', 'warning', 'exp', 'rfc7519-claims'],
			['at-client-amr-other', 'warning', 'client_amr', 'vkp-auth'],
			['at-scope-test-only', 'warning', 'scope', 'vkp-selvbetjening'],
			['at-bearer', 'info', 'cnf', 'vkp-auth'],
			['at-signature-not-checked', 'info', undefined, 'helseid-claims'],
		]);
	});
	it('warns about a VKP scope in capitals: scopes are compared exactly (RFC 6749 §3.3)', () => {
		const found = accessTokenFindings({}, { scope: 'nhn:vkp/api/user/Patient.read nhn:vkp/api/user/patient.write' }, T);
		expect(shape(found)).toContainEqual(['at-scope-wrong-case', 'warning', 'scope', 'rfc6749-scope']);
		expect(
			shape(accessTokenFindings({}, { scope: 'nhn:vkp/api/user/patient.read' }, T)).map((f) => f[0]),
		).not.toContain('at-scope-wrong-case');
		expect(scopeLines('nhn:vkp/api/user/Patient.read')[0]!.text).toContain('«nhn:vkp/api/user/patient.read»');
	});
	it('says when the token is a client assertion or a DPoP proof', () => {
		expect(shape(accessTokenFindings({ typ: 'client-authentication+jwt' }, {}, T))[0]).toEqual([
			'at-is-assertion',
			'warning',
			'typ',
			'helseid-library-typ',
		]);
		expect(shape(accessTokenFindings({ typ: 'application/dpop+jwt' }, {}, T))[0]).toEqual([
			'at-is-dpop',
			'warning',
			'typ',
			'dpop-format',
		]);
		expect(accessTokenFindings({ typ: 5 }, { exp: T }, T).map((f) => f.code)).toEqual([
			'at-bearer',
			'at-signature-not-checked',
		]);
	});
});

describe('explainAccessToken', () => {
	it('explains a token HelseID-style, for VKP', async () => {
		const signer = await testKey('RS256', 'helseid');
		const result = await explainAccessToken(`Bearer ${await accessToken(signer)}`, now());
		expect(result.reading.status).toBe('read');
		expect(result.claims.map((c) => c.name)).toEqual([
			'iss',
			'nbf',
			'iat',
			'exp',
			'aud',
			'scope',
			'client_id',
			'client_amr',
			'nhn:vkp/client/claims/vkp-id',
			'jti',
		]);
		expect(result.claims.every((c) => c.kind === 'known')).toBe(true);
		expect(result.header.map((h) => h.name)).toEqual(['alg', 'kid', 'typ']);
		expect(result.findings.map((f) => f.code)).toEqual(['at-client-amr-ok', 'at-bearer', 'at-signature-not-checked']);
	});
	it('says what a paste that is not a token is, and refuses a private key', async () => {
		const key = await testKey('RS256');
		expect((await explainAccessToken('', now())).reading).toEqual({ status: 'empty' });
		const reading = (await explainAccessToken('abc', now())).reading;
		expect(reading.status === 'unreadable' && reading.message).toMatch(/Dette er ikke et tilgangstoken/);
		const refused = await explainAccessToken(JSON.stringify(key.privateJwk), now());
		expect(refused.reading.status).toBe('private-key');
		expect(refused.claims).toEqual([]);
		expect(JSON.stringify(refused)).not.toContain(String(key.privateJwk.d));
	});

	it('shows a plain internal error when a rule throws (a bug)', async () => {
		const signer = await testKey('RS256', 'helseid');
		const broken = {
			valueOf(): never {
				throw new Error('a bug');
			},
		} as unknown as number;
		const result = await explainAccessToken(await accessToken(signer), broken);
		expect(result).toEqual({
			reading: { status: 'unreadable', code: 'internal-error', message: expect.any(String) as string },
			header: [],
			claims: [],
			findings: [],
		});
	});
});
