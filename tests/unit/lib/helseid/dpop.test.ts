/**
 * The DPoP proof check: each rule with a valid and a failing vector, and the whole check on proofs jose signs here.
 */
import { describe, expect, it } from 'vitest';
import {
	accessTokenHash,
	athRule,
	checkDpopProof,
	dpopJwkRule,
	dpopTypRule,
	htmRule,
	htuRule,
	jktRule,
	nonceRule,
	proofIatRule,
	PROOF_MAX_AGE_SECONDS,
	targetUri,
} from '~/lib/helseid/dpop';
import type { Finding } from '~/lib/helseid/findings';
import { accessToken, ath, dpopProof, now, testKey, TOKEN_ENDPOINT, unsigned } from '~test/helpers/helseid-tokens';

/** Where the claim a finding names lives: the proof's header or payload (RFC 9449 §4.2), or the access token's payload. */
const PART_OF: Readonly<Record<string, Finding['part']>> = {
	typ: 'header',
	alg: 'header',
	jwk: 'header',
	htm: 'payload',
	htu: 'payload',
	iat: 'payload',
	jti: 'payload',
	nonce: 'payload',
	ath: 'payload',
	'cnf.jkt': 'payload',
};

/** A finding's code, severity, claim and source; and it is placed in the part its claim is in (the signature's has none). */
const shape = (findings: readonly Finding[]) =>
	findings.map((f) => {
		expect(f.part, `${f.code} ${f.claim ?? ''}`).toBe(f.claim === undefined ? 'signature' : PART_OF[f.claim]);
		return [f.code, f.severity, f.claim, f.source];
	});
const codes = (findings: readonly Finding[]) => findings.map((f) => f.code);
const API = 'https://api.test.vkpnorge.no/epj/r4/123456789/Patient';

describe('dpopTypRule', () => {
	it.each([
		[{ typ: 'dpop+jwt' }, 'dpop-typ-ok', 'ok'],
		[{}, 'dpop-typ-missing', 'error'],
		[{ typ: 3 }, 'dpop-typ-missing', 'error'],
		[{ typ: 'JWT' }, 'dpop-typ-wrong', 'error'],
		[{ typ: 'client-authentication+jwt' }, 'dpop-typ-assertion', 'error'],
	])('%j → %s', (header, code, severity) => {
		expect(shape(dpopTypRule(header))).toEqual([[code, severity, 'typ', 'dpop-format']]);
	});
	// Duende: typ != "dpop+jwt" → "Invalid 'typ' value." (ordinal), though RFC 7515 §4.1.9 calls these equal.
	it.each(['DPoP+JWT', 'application/dpop+jwt', 'application/DPoP+JWT', 'DPOP+JWT'])(
		'%s matches only without case or prefix: an error naming dpop+jwt',
		(typ) => {
			const found = dpopTypRule({ typ });
			expect(shape(found)).toEqual([['dpop-typ-not-exact', 'error', 'typ', 'duende-dpop-validator']]);
			expect(found[0]!.message).toContain('«dpop+jwt»');
		},
	);
});

describe('dpopJwkRule', () => {
	it('gives the thumbprint of a public jwk', async () => {
		const key = await testKey('ES256');
		const result = await dpopJwkRule({ jwk: key.publicJwk });
		expect(result.thumbprint).toBe(key.thumbprint);
		expect(shape(result.findings)).toEqual([['dpop-jwk-ok', 'ok', 'jwk', 'rfc7638']]);
		expect(result.findings[0]!.message).toContain(key.thumbprint);
	});
	it.each([
		[{}, 'dpop-jwk-missing'],
		[{ jwk: 'key' }, 'dpop-jwk-invalid'],
		[{ jwk: [1] }, 'dpop-jwk-invalid'],
		[{ jwk: { kty: 'RSA' } }, 'dpop-jwk-invalid'],
		[{ jwk: { kty: 'nope' } }, 'dpop-jwk-invalid'],
	])('%j → %s', async (header, code) => {
		const result = await dpopJwkRule(header);
		expect(shape(result.findings)).toEqual([[code, 'error', 'jwk', 'dpop-format']]);
		expect(result.thumbprint).toBeUndefined();
	});
});

describe('htmRule', () => {
	it('checks the method exactly, when given', () => {
		expect(shape(htmRule({ htm: 'POST' }, 'POST'))).toEqual([['htm-ok', 'ok', 'htm', 'rfc9449-check']]);
		expect(shape(htmRule({ htm: 'post' }, 'POST'))).toEqual([['htm-mismatch', 'error', 'htm', 'rfc9449-check']]);
		expect(shape(htmRule({ htm: 'GET' }, 'POST'))).toEqual([['htm-mismatch', 'error', 'htm', 'rfc9449-check']]);
		expect(htmRule({ htm: 'GET' }, 'POST')[0]!.message).toContain('POST');
		expect(shape(htmRule({ htm: 'GET' }))).toEqual([['htm-unchecked', 'info', 'htm', 'rfc9449-proof']]);
		expect(shape(htmRule({ htm: 'GET' }, ''))).toEqual([['htm-unchecked', 'info', 'htm', 'rfc9449-proof']]);
	});
	it('refuses a missing or non-string htm', () => {
		expect(shape(htmRule({}, 'POST'))).toEqual([['htm-missing', 'error', 'htm', 'rfc9449-proof']]);
		expect(shape(htmRule({ htm: 1 }, 'POST'))).toEqual([['claim-not-string', 'error', 'htm', 'rfc9449-proof']]);
		expect(htmRule({ htm: 1 }, 'POST')[0]!.message).toBe('htm skal være en tekst.');
	});
	it('names the method that matched', () => {
		expect(htmRule({ htm: 'PUT' }, 'PUT')[0]!.message).toContain('htm er PUT');
	});
});

describe('targetUri', () => {
	it.each([
		['https://Helseid-STS.test.nhn.no:443/connect/token?x=1#y', 'https://helseid-sts.test.nhn.no/connect/token'],
		['  http://localhost:8080/a  ', 'http://localhost:8080/a'],
		['https://a.no', 'https://a.no/'],
		['ftp://a.no/x', undefined],
		['ikke en adresse', undefined],
		['', undefined],
	])('%j → %j', (url, expected) => {
		expect(targetUri(url)).toBe(expected);
	});
});

describe('htuRule', () => {
	it('compares with the given URL without its query and fragment', () => {
		expect(shape(htuRule({ htu: TOKEN_ENDPOINT }, `${TOKEN_ENDPOINT}?a=1#b`))).toEqual([
			['htu-ok', 'ok', 'htu', 'rfc9449-check'],
		]);
		expect(shape(htuRule({ htu: TOKEN_ENDPOINT }, 'https://HELSEID-sts.test.nhn.no:443/connect/token'))).toEqual([
			['htu-ok', 'ok', 'htu', 'rfc9449-check'],
		]);
		const mismatch = htuRule({ htu: API }, TOKEN_ENDPOINT);
		expect(shape(mismatch)).toEqual([['htu-mismatch', 'error', 'htu', 'rfc9449-check']]);
		expect(mismatch[0]!.message).toContain(TOKEN_ENDPOINT);
	});
	// RFC 9449 §4.3 lets a server normalise; Duende and NHN's sample API compare the string (context.Url.Equals(htu)).
	it.each([
		'https://HELSEID-sts.test.nhn.no/connect/token',
		'https://helseid-sts.test.nhn.no:443/connect/token',
		'https://helseid-sts.test.nhn.no./connect/token',
	])('%s matches only after normalisation: a warning naming the exact form', (htu) => {
		const found = htuRule({ htu }, TOKEN_ENDPOINT);
		expect(shape(found)).toEqual([['htu-not-exact', 'warning', 'htu', 'duende-dpop-validator']]);
		expect(found[0]!.message).toContain(`«${TOKEN_ENDPOINT}»`);
		expect(shape(htuRule({ htu }))).toEqual([
			['htu-not-canonical', 'warning', 'htu', 'duende-dpop-validator'],
			['htu-unchecked', 'info', 'htu', 'rfc9449-proof'],
		]);
	});
	it('needs no URL to refuse a query or a fragment', () => {
		expect(shape(htuRule({ htu: `${API}?_count=1` }))).toEqual([['htu-query', 'error', 'htu', 'dpop-proof-creator']]);
		expect(shape(htuRule({ htu: `${API}#x` }, API))).toEqual([['htu-query', 'error', 'htu', 'dpop-proof-creator']]);
	});
	it.each([
		[{}, undefined, 'htu-missing', 'error'],
		[{ htu: 5 }, undefined, 'claim-not-string', 'error'],
		[{ htu: '/connect/token' }, undefined, 'htu-not-url', 'error'],
		[{ htu: API }, undefined, 'htu-unchecked', 'info'],
		[{ htu: API }, '   ', 'htu-unchecked', 'info'],
		[{ htu: API }, 'ikke en adresse', 'htu-unchecked', 'info'],
	])('%j with %j → %s', (claims, url, code, severity) => {
		expect(shape(htuRule(claims, url))).toEqual([[code, severity, 'htu', 'rfc9449-proof']]);
	});
	it('names htu when it is not a text', () => {
		expect(htuRule({ htu: 5 })[0]!.message).toBe('htu skal være en tekst.');
	});
});

describe('proofIatRule', () => {
	const T = 1_000_000;
	it('passes a proof made just now', () => {
		expect(shape(proofIatRule({ iat: T }, T))).toEqual([['dpop-iat-ok', 'ok', 'iat', 'dpop-validator']]);
		expect(shape(proofIatRule({ iat: T - PROOF_MAX_AGE_SECONDS }, T))).toEqual([
			['dpop-iat-ok', 'ok', 'iat', 'dpop-validator'],
		]);
		expect(shape(proofIatRule({ iat: T + 5 }, T))).toEqual([['dpop-iat-ok', 'ok', 'iat', 'dpop-validator']]);
	});
	it('warns about an old proof, saying how old', () => {
		const old = proofIatRule({ iat: T - PROOF_MAX_AGE_SECONDS - 1 }, T);
		expect(shape(old)).toEqual([['dpop-iat-old', 'warning', 'iat', 'dpop-validator']]);
		expect(old[0]!.message).toContain(`${PROOF_MAX_AGE_SECONDS + 1} sekunder`);
		expect(proofIatRule({ iat: T - 600 }, T)[0]!.message).toContain('10 minutter');
	});
	it('warns about a proof from the future, saying how far ahead', () => {
		expect(shape(proofIatRule({ iat: T + 6 }, T))).toEqual([['issued-ahead', 'warning', 'iat', 'helseid-clock']]);
		expect(proofIatRule({ iat: T + 6.4 }, T)[0]!.message).toContain('iat er 6 sekunder frem i tid');
	});
	it('refuses a missing or textual iat, naming it', () => {
		const missing = proofIatRule({}, T);
		expect(shape(missing)).toEqual([['time-missing', 'error', 'iat', 'dpop-format']]);
		expect(missing[0]!.message).toBe('iat mangler. HelseID venter iat som et tall (sekunder siden 1970).');
		const text = proofIatRule({ iat: '1' }, T);
		expect(shape(text)).toEqual([['time-not-number', 'error', 'iat', 'rfc7519-numericdate']]);
		expect(text[0]!.message).toMatch(/^iat er ikke et tall\./);
	});
});

describe('nonceRule', () => {
	it('explains use_dpop_nonce for a proof to HelseID’s token endpoint without a nonce', () => {
		for (const htu of [
			TOKEN_ENDPOINT,
			'https://helseid-sts.nhn.no/connect/token',
			'https://HELSEID-STS.nhn.no/connect/token',
		])
			expect(shape(nonceRule({ htu }))).toEqual([['nonce-needed', 'warning', 'nonce', 'dpop-nonce-error']]);
		expect(nonceRule({ htu: TOKEN_ENDPOINT })[0]!.message).toContain('use_dpop_nonce');
	});
	it('asks for a nonce at the PAR endpoint too', () => {
		for (const htu of ['https://helseid-sts.test.nhn.no/connect/par', 'https://helseid-sts.nhn.no/connect/par'])
			expect(shape(nonceRule({ htu }))).toEqual([['nonce-needed', 'warning', 'nonce', 'dpop-nonce-error']]);
	});
	// Duende: Nonce.IsMissing() (null, empty or white space) → use_dpop_nonce. HelseID's own example has "nonce": "".
	it('counts an empty or blank nonce as missing', () => {
		for (const nonce of ['', '   '])
			expect(shape(nonceRule({ htu: TOKEN_ENDPOINT, nonce }))).toEqual([
				['nonce-blank', 'warning', 'nonce', 'dpop-nonce-error'],
			]);
		expect(shape(nonceRule({ htu: TOKEN_ENDPOINT, nonce: '' }, 'n-1'))).toEqual([
			['nonce-blank', 'error', 'nonce', 'duende-dpop-validator'],
		]);
		expect(shape(nonceRule({ htu: API, nonce: '' }))).toEqual([
			['nonce-blank', 'warning', 'nonce', 'duende-dpop-validator'],
		]);
		expect(nonceRule({ htu: TOKEN_ENDPOINT, nonce: '' })[0]!.message).toContain('use_dpop_nonce');
	});
	it('says nothing about a proof to an API without a nonce', () => {
		expect(nonceRule({ htu: API })).toEqual([]);
		expect(nonceRule({ htu: 7 })).toEqual([]);
		expect(nonceRule({})).toEqual([]);
	});
	it('checks the nonce against the one HelseID sent', () => {
		expect(shape(nonceRule({ nonce: 'n-1' }, ' n-1 '))).toEqual([['nonce-ok', 'ok', 'nonce', 'dpop-nonce-retry']]);
		expect(shape(nonceRule({ nonce: 'n-2' }, 'n-1'))).toEqual([
			['nonce-mismatch', 'error', 'nonce', 'dpop-nonce-retry'],
		]);
		expect(shape(nonceRule({ htu: TOKEN_ENDPOINT }, 'n-1'))).toEqual([
			['nonce-missing', 'error', 'nonce', 'duende-dpop-validator'],
		]);
		expect(shape(nonceRule({ nonce: 'n-1' }))).toEqual([['nonce-unchecked', 'info', 'nonce', 'dpop-format']]);
		expect(shape(nonceRule({ nonce: 'n-1' }, '  '))).toEqual([['nonce-unchecked', 'info', 'nonce', 'dpop-format']]);
	});
});

describe('athRule', () => {
	it('computes ath as Node does', async () => {
		expect(await accessTokenHash('eyJ.a.b')).toBe(await ath('eyJ.a.b'));
		expect(await accessTokenHash('')).toBe('47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU');
	});
	it('checks ath against the given token', async () => {
		const hash = await ath('eyJ.token.x');
		expect(shape(await athRule({ ath: hash }, 'eyJ.token.x'))).toEqual([['ath-ok', 'ok', 'ath', 'dpop-proof-creator']]);
		expect(shape(await athRule({ ath: hash }, 'eyJ.token.y'))).toEqual([
			['ath-mismatch', 'error', 'ath', 'dpop-proof-creator'],
		]);
		expect(shape(await athRule({}, 'eyJ.token.x'))).toEqual([['ath-missing', 'error', 'ath', 'dpop-format']]);
	});
	it('without a token, notes an ath it cannot check and ignores a missing one', async () => {
		expect(shape(await athRule({ ath: 'x' }))).toEqual([['ath-unchecked', 'info', 'ath', 'rfc9449-proof']]);
		expect(await athRule({})).toEqual([]);
		expect(await athRule({}, '')).toEqual([]);
	});
});

describe('jktRule', () => {
	it('compares cnf.jkt with the proof key’s thumbprint', () => {
		expect(shape(jktRule({ cnf: { jkt: 'tp' } }, 'tp'))).toEqual([['jkt-ok', 'ok', 'cnf.jkt', 'dpop-validator']]);
		expect(shape(jktRule({ cnf: { jkt: 'tp' } }, 'other'))).toEqual([
			['jkt-mismatch', 'error', 'cnf.jkt', 'dpop-validator'],
		]);
		expect(shape(jktRule({ cnf: { jkt: 'tp' } }, undefined))).toEqual([
			['jkt-mismatch', 'error', 'cnf.jkt', 'dpop-validator'],
		]);
	});
	it('warns about a token without cnf.jkt, and notes a token it cannot read', () => {
		for (const payload of [{}, { cnf: 'x' }, { cnf: {} }, { cnf: { jkt: 1 } }])
			expect(shape(jktRule(payload, 'tp'))).toEqual([['jkt-missing', 'warning', 'cnf.jkt', 'rfc9449-jkt']]);
		expect(shape(jktRule(undefined, 'tp'))).toEqual([['jkt-unreadable', 'info', 'cnf.jkt', 'rfc9449-jkt']]);
	});
});

describe('checkDpopProof', () => {
	it.each(['ES256', 'ES384', 'ES512', 'RS256', 'PS256'])(
		'a %s proof to HelseID with the nonce passes every rule',
		async (alg) => {
			const key = await testKey(alg);
			const T = now();
			const proof = await dpopProof(key, { at: T, claims: { nonce: 'fra-helseid' } });
			const result = await checkDpopProof(proof, { method: 'POST', url: TOKEN_ENDPOINT, nonce: 'fra-helseid', now: T });
			expect(result.thumbprint).toBe(key.thumbprint);
			expect(result.accessToken).toBe('none');
			expect(codes(result.findings)).toEqual([
				'dpop-typ-ok',
				'alg-ok',
				'dpop-jwk-ok',
				'htm-ok',
				'htu-ok',
				'dpop-iat-ok',
				'jti-ok',
				'nonce-ok',
				'signature-embedded-ok',
			]);
		},
	);

	it('a proof to an API with its access token: ath and cnf.jkt pass; another key fails both', async () => {
		const key = await testKey('ES256');
		const other = await testKey('ES256', 'other');
		const helseId = await testKey('RS256', 'helseid');
		const T = now();
		const token = await accessToken(helseId, { claims: { cnf: { jkt: key.thumbprint } } });
		const proof = await dpopProof(key, { at: T, claims: { htm: 'GET', htu: API, ath: await ath(token) } });
		const ok = await checkDpopProof(proof, { method: 'GET', url: API, accessToken: `DPoP ${token}`, now: T });
		expect(ok.accessToken).toBe('jwt');
		expect(ok.findings.filter((f) => f.severity !== 'ok')).toEqual([]);
		expect(codes(ok.findings)).toEqual(expect.arrayContaining(['ath-ok', 'jkt-ok']));

		const wrong = await dpopProof(other, { at: T, claims: { htm: 'GET', htu: API, ath: await ath('annet token') } });
		const failed = await checkDpopProof(wrong, { method: 'GET', url: API, accessToken: token, now: T });
		expect(codes(failed.findings)).toEqual(expect.arrayContaining(['ath-mismatch', 'jkt-mismatch']));
	});

	it('an opaque access token: ath checked, cnf.jkt noted as unreadable', async () => {
		const key = await testKey('ES256');
		const T = now();
		const proof = await dpopProof(key, { at: T, claims: { htu: API, ath: await ath('opaque-token') } });
		const result = await checkDpopProof(proof, { accessToken: 'opaque-token', now: T });
		expect(result.accessToken).toBe('opaque');
		expect(codes(result.findings)).toEqual(expect.arrayContaining(['ath-ok', 'jkt-unreadable']));
	});

	it('one failing vector per rule', async () => {
		const key = await testKey('ES256');
		const T = now();
		const cases: [Parameters<typeof dpopProof>[1], string][] = [
			[{ header: { typ: 'JWT' } }, 'dpop-typ-wrong'],
			[{ header: { alg: 'HS256' } }, 'alg-symmetric'],
			[{ header: { jwk: undefined } }, 'dpop-jwk-missing'],
			[{ claims: { htm: 'GET' } }, 'htm-mismatch'],
			[{ claims: { htu: `${TOKEN_ENDPOINT}?x=1` } }, 'htu-query'],
			[{ at: T - 60 }, 'dpop-iat-old'],
			[{ claims: { jti: undefined } }, 'jti-missing'],
			[{ claims: { nonce: 'gammel' } }, 'nonce-mismatch'],
		];
		for (const [options, code] of cases) {
			const proof =
				options?.header?.['alg'] === 'HS256'
					? unsigned({ typ: 'dpop+jwt', alg: 'HS256', jwk: key.publicJwk }, { htm: 'POST' }, 'c2ln')
					: await dpopProof(key, { at: T, ...options });
			const result = await checkDpopProof(proof, { method: 'POST', url: TOKEN_ENDPOINT, nonce: 'ny', now: T });
			expect(codes(result.findings), code).toContain(code);
		}
	});

	it('a signature made with another key than the header jwk fails', async () => {
		const key = await testKey('ES256');
		const other = await testKey('ES256', 'other');
		const proof = await dpopProof(key, { header: { jwk: other.publicJwk } });
		const result = await checkDpopProof(proof, { now: now() });
		expect(result.findings.at(-1)).toMatchObject({ code: 'signature-invalid', severity: 'error' });
		const unsignedProof = unsigned({ typ: 'dpop+jwt', alg: 'ES256', jwk: key.publicJwk }, { htm: 'POST' });
		expect((await checkDpopProof(unsignedProof, { now: now() })).findings.at(-1)!.code).toBe('signature-missing');
	});

	it('refuses a proof with a private jwk, and a private key in the token field, echoing nothing', async () => {
		const key = await testKey('ES256');
		const proof = await dpopProof(key, { header: { jwk: key.privateJwk } });
		const refused = await checkDpopProof(proof, { now: now() });
		expect(refused.reading.status).toBe('private-key');
		expect(refused.findings).toEqual([]);
		const withKey = await checkDpopProof(await dpopProof(key), {
			accessToken: JSON.stringify(key.privateJwk),
			now: now(),
		});
		expect(withKey.accessToken).toBe('private-key');
		expect(withKey.accessTokenRefusal?.length).toBeGreaterThan(0);
		expect(JSON.stringify([refused, withKey])).not.toContain(String(key.privateJwk.d));
	});

	it('says what a paste that is not a proof is', async () => {
		expect((await checkDpopProof('', { now: now() })).reading).toEqual({ status: 'empty' });
		const reading = (await checkDpopProof('tull', { now: now() })).reading;
		expect(reading.status === 'unreadable' && reading.message).toMatch(/Dette er ikke et DPoP-bevis/);
	});

	it('shows a plain internal error when a rule throws (a bug), keeping how the token field was read', async () => {
		const key = await testKey('ES256');
		const options = {
			now: now(),
			accessToken: JSON.stringify(key.privateJwk),
			get method(): never {
				throw new Error('a bug');
			},
		};
		const result = await checkDpopProof(await dpopProof(key), options);
		expect(result.reading).toMatchObject({ status: 'unreadable', code: 'internal-error' });
		expect(result.findings).toEqual([]);
		expect(result.accessToken).toBe('private-key');
		expect(result.accessTokenRefusal?.length).toBeGreaterThan(0);
		expect(result.thumbprint).toBeUndefined();
	});
});
