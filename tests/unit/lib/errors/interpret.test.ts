/**
 * The error-answer interpreter on what people paste: curl output with several answers, only headers, only JSON,
 * log lines, HelseID's HID codes, FHIR OperationOutcomes with the structural errors JFT rejects, the HTTP statuses,
 * unknown codes, and secrets (which must never come back in full).
 */
import { describe, expect, it } from 'vitest';
import { parseChallenges } from '~/lib/errors/challenge';
import type { Catalogue } from '~/lib/errors/explanation';
import { interpretErrorAnswer, MAX_PASTE, type Interpretation } from '~/lib/errors/interpret';
import { FHIR_ISSUES, FHIR_STRUCTURE } from '~/lib/errors/messages-fhir';
import { HELSEID_CODES } from '~/lib/errors/messages-helseid';
import { HTTP_STATUSES, RESOURCE_ERRORS } from '~/lib/errors/messages-resource';
import { TOKEN_ERRORS } from '~/lib/errors/messages-token';
import { ERROR_SOURCES } from '~/lib/errors/sources';
import { privatePem } from '~test/helpers/fuzz-inputs';
import { PROD_ISSUER, TEST_ISSUER, unsigned } from '~test/helpers/helseid-tokens';

function read(text: string): Extract<Interpretation, { status: 'read' }> {
	const result = interpretErrorAnswer(text);
	if (result.status !== 'read') throw new Error(`not read: ${result.status}`);
	return result;
}
const codes = (text: string) => read(text).causes.map((cause) => `${cause.origin}:${cause.code}`);
const details = (text: string) => read(text).causes.flatMap((cause) => cause.details.map((d) => d.value));

const accessToken = (iss = TEST_ISSUER) =>
	unsigned(
		{ alg: 'PS256', typ: 'at+jwt' },
		{ iss, scope: 'nhn:jft/api', exp: 2_000_000_000 },
		'c2lnbmF0dXJlLXNpZ25hdHVyZQ',
	);
const proof = () => unsigned({ alg: 'ES256', typ: 'dpop+jwt', jwk: { kty: 'EC' } }, { htm: 'POST', jti: 'x' }, 'c2ln');
const clientAssertion = () =>
	unsigned({ alg: 'PS256', typ: 'client-authentication+jwt' }, { iss: 'c', sub: 'c', aud: PROD_ISSUER }, 'c2ln');

describe('what people paste', () => {
	it('reads curl -i with 100 Continue before the answer, and names HelseID from its host', () => {
		const text = [
			'HTTP/1.1 100 Continue',
			'',
			'HTTP/1.1 400 Bad Request',
			'Content-Type: application/json',
			'DPoP-Nonce: Xq1-nonce-value_2',
			'',
			'{"error":"use_dpop_nonce","error_description":"Missing nonce"}',
			'',
			'Tried https://helseid-sts.test.nhn.no/connect/token',
		].join('\r\n');
		const result = read(text);
		expect(result.responses.map((r) => r.status)).toEqual([100, 400]);
		expect(result.causes.map((c) => c.code)).toEqual(['use_dpop_nonce']);
		expect(result.answeredBy).toBe('helseid-token');
		expect(result.confidence).toBe('sure');
		expect(result.environment).toBe('test');
		expect(details(text)).toEqual(expect.arrayContaining(['Xq1-nonce-value_2', 'Missing nonce']));
	});

	it('reads curl -v with a redirect and the request lines, and tells PAR from the path', () => {
		const text = [
			'* Connected to helseid-sts.nhn.no',
			'> POST /connect/par HTTP/2',
			'> Host: helseid-sts.nhn.no',
			'>',
			'< HTTP/2 307',
			'< location: /connect/par',
			'<',
			'< HTTP/2 400',
			'< content-type: application/json',
			'<',
			'{"error":"invalid_request","error_description":"HID-1004"}',
		].join('\n');
		const result = read(text);
		expect(result.responses.map((r) => r.status)).toEqual([307, 400]);
		expect(result.answeredBy).toBe('helseid-par');
		expect(result.confidence).toBe('sure');
		expect(result.environment).toBe('production');
		expect(result.causes.map((c) => `${c.origin}:${c.code}`)).toEqual(['token:invalid_request', 'helseid:HID-1004']);
	});

	it('reads only headers, with several challenges in one WWW-Authenticate', () => {
		expect(
			codes(
				'WWW-Authenticate: Bearer realm="jft", DPoP error="insufficient_scope", scope="nhn:jft/api", algs="ES256 PS256"',
			),
		).toEqual(['resource:insufficient_scope', 'resource:algs']);
		expect(details('WWW-Authenticate: DPoP error="insufficient_scope", scope="nhn:jft/api"')).toContain('nhn:jft/api');
	});

	it('reads only a JSON body, and a log line with JSON inside, escaped or not', () => {
		expect(codes('{"error":"invalid_client"}')).toEqual(['token:invalid_client']);
		expect(
			codes('2026-12-07T10:00:00Z ERR token failed: {"error":"invalid_scope","error_description":"x"} (retry 1)'),
		).toEqual(['token:invalid_scope']);
		expect(codes('level=error msg="{\\"error\\":\\"invalid_grant\\"}"')).toEqual(['token:invalid_grant']);
		expect(codes('token request failed: error=unauthorized_client')).toEqual(['token:unauthorized_client']);
		expect(codes('{"response":{"body":{"error":"unsupported_grant_type"}}}')).toEqual(['token:unsupported_grant_type']);
	});

	it('knows every HID code HelseID lists, and shows an unknown one as it came', () => {
		for (const code of Object.keys(HELSEID_CODES)) {
			const result = read(`{"error":"invalid_request","error_description":"${code}: see docs"}`);
			expect(result.answeredBy).toBe('helseid-token');
			expect(result.causes.find((c) => c.code === code)?.explanation).toBeDefined();
		}
		const unknown = read('{"error":"invalid_request","error_description":"HID-1099"}').causes.find(
			(c) => c.code === 'HID-1099',
		);
		expect(unknown?.explanation).toBeUndefined();
	});

	it('shows an unknown OAuth code as it came, marked unknown', () => {
		const [cause] = read('HTTP/1.1 400 Bad Request\n\n{"error":"slow_down_please"}').causes;
		expect(cause).toMatchObject({ code: 'slow_down_please', explanation: undefined });
	});

	it('reads a FHIR OperationOutcome and names the structural errors NHN lists', () => {
		const outcome = JSON.stringify({
			resourceType: 'OperationOutcome',
			issue: [
				{
					severity: 'error',
					code: 'structure',
					diagnostics: 'Expected an array for property identifier but found an object',
					expression: ['Patient.identifier'],
				},
				{
					severity: 'error',
					code: 'value',
					diagnostics: 'The value is an empty string',
					expression: ['Patient.name[0].family'],
				},
				{
					severity: 'error',
					code: 'required',
					diagnostics: 'Minimum required = 1, but only found 0',
					expression: ['Composition.subject'],
				},
				{ severity: 'warning', code: 'mystery-code' },
			],
		});
		const result = read(
			`HTTP/1.1 400 Bad Request\nContent-Type: application/fhir+json\n\n${outcome}\n\nPOST https://api.write.jft.test.nhn.no/v1/Composition`,
		);
		expect(result.answeredBy).toBe('jft');
		expect(result.causes.map((c) => `${c.origin}:${c.code}`)).toEqual([
			'fhir:structure',
			'fhir-structure:object-for-list',
			'fhir:value',
			'fhir-structure:empty-string',
			'fhir:required',
			'fhir-structure:cardinality',
			'fhir:mystery-code',
		]);
		expect(result.causes.at(-1)?.explanation).toBeUndefined();
		expect(details(outcome)).toEqual(expect.arrayContaining(['Patient.identifier', 'warning (advarsel)']));
		expect(read(outcome).answeredBy).toBe('fhir-api');
	});

	it("explains the HTTP statuses that matter, with the APIs' size limits and Retry-After", () => {
		expect(codes('HTTP/1.1 413 Payload Too Large\n\nPOST https://api.pit.test.nhn.no/v1/Patient')).toEqual([
			'http:413',
		]);
		expect(read('HTTP/1.1 413 Payload Too Large').causes[0]?.explanation?.meaning).toMatch(/1 MB.*900 KB/);
		expect(details('HTTP/2 429\nRetry-After: 30\n')).toContain('30');
		for (const status of [500, 502, 503, 504])
			expect(read(`HTTP/1.1 ${status} X`).causes[0]?.explanation).toBe(HTTP_STATUSES['5xx']);
		expect(codes('HTTP/1.1 403 Forbidden')).toEqual(['http:403']);
		expect(codes('HTTP/1.1 404 Not Found')).toEqual(['http:404']);
		expect(codes('HTTP/1.1 400 Bad Request')).toEqual(['http:400']);
		expect(read('HTTP/1.1 418 I am a teapot').causes[0]).toMatchObject({ code: '418', explanation: undefined });
		expect(read('HTTP/1.1 200 OK\n\n{}').causes).toEqual([]);
	});

	it('says when nothing names who answered', () => {
		const result = read('something went wrong');
		expect(result).toMatchObject({ answeredBy: 'unknown', confidence: 'unsure', reasons: ['nothing'], causes: [] });
	});
});

describe('secrets in the paste', () => {
	it('hides Authorization, DPoP and Cookie headers and every token, and never returns them', () => {
		const token = accessToken();
		const dpop = proof();
		const text = [
			'> POST /v1/Composition HTTP/2',
			`> Authorization: DPoP ${token}`,
			`> DPoP: ${dpop}`,
			'> Cookie: session=abc123secretvalue',
			'< HTTP/2 401',
			'< WWW-Authenticate: DPoP error="invalid_token"',
			`{"access_token":"opaque-secret-value-123","debug":"${token}"}`,
			`client_assertion=${clientAssertion()}&grant_type=client_credentials`,
		].join('\n');
		const result = read(text);
		const serialised = JSON.stringify(result);
		for (const secret of [token, dpop, 'abc123secretvalue', 'opaque-secret-value-123', clientAssertion()]) {
			expect(serialised).not.toContain(secret);
		}
		expect(result.secrets.map((s) => s.kind).sort()).toEqual(
			['access-token', 'client-assertion', 'cookie', 'dpop-proof'].sort(),
		);
		expect(result.secrets.find((s) => s.kind === 'client-assertion')?.production).toBe(true);
		expect(result.causes.map((c) => c.code)).toEqual(['invalid_token', '401']);
	});

	it('tells a production access token from a test one', () => {
		expect(read(`token: ${accessToken(PROD_ISSUER)}`).secrets).toEqual([{ kind: 'access-token', production: true }]);
		expect(read(`token: ${accessToken()}`).secrets).toEqual([{ kind: 'access-token', production: false }]);
	});

	it('refuses a private key and shows nothing of the paste', () => {
		const result = interpretErrorAnswer(`HTTP/1.1 400 Bad Request\n\n{"error":"invalid_client"}\n${privatePem}`);
		expect(result.status).toBe('private-key');
		expect(JSON.stringify(result)).not.toContain(privatePem.split('\n')[1]!);
	});

	it('keeps a DPoP-Nonce that looks like a JWT readable (it is no secret)', () => {
		expect(read('DPoP-Nonce: eyJ7S_zG.eyJH0-Z.HX4w-7v').secrets).toEqual([]);
	});
});

describe('limits', () => {
	it('answers empty text and refuses text over the limit, still naming a private key in it', () => {
		expect(interpretErrorAnswer('  \n')).toEqual({ status: 'empty' });
		expect(interpretErrorAnswer('x'.repeat(MAX_PASTE + 1))).toEqual({ status: 'too-long', privateKey: false });
		expect(interpretErrorAnswer(`${privatePem}${'x'.repeat(MAX_PASTE)}`)).toEqual({
			status: 'too-long',
			privateKey: true,
		});
	});
});

describe('challenges (RFC 9110 §11.6.1)', () => {
	it('reads schemes, quoted values with commas and escapes, and a token68', () => {
		expect(
			parseChallenges(
				'DPoP error="invalid_token", error_description="a, \\"b\\"", algs="ES256 PS256", Bearer realm="x"',
			),
		).toEqual([
			{ scheme: 'DPoP', params: { error: 'invalid_token', error_description: 'a, "b"', algs: 'ES256 PS256' } },
			{ scheme: 'Bearer', params: { realm: 'x' } },
		]);
		expect(parseChallenges('Negotiate abc==')).toEqual([{ scheme: 'Negotiate', params: {} }]);
		expect(parseChallenges('Basic')).toEqual([{ scheme: 'Basic', params: {} }]);
	});
});

describe('the catalogue', () => {
	const catalogues: Record<string, Catalogue> = {
		TOKEN_ERRORS,
		RESOURCE_ERRORS,
		HTTP_STATUSES,
		HELSEID_CODES,
		FHIR_ISSUES,
		FHIR_STRUCTURE,
	};
	it('gives every code a title, a meaning and at least one known source', () => {
		for (const [name, catalogue] of Object.entries(catalogues)) {
			for (const [code, entry] of Object.entries(catalogue)) {
				expect(entry.title, `${name}.${code}`).not.toBe('');
				expect(entry.meaning, `${name}.${code}`).toMatch(/\.$/);
				expect(entry.sources.length, `${name}.${code}`).toBeGreaterThan(0);
				for (const source of entry.sources) expect(ERROR_SOURCES[source], source).toBeDefined();
			}
		}
	});

	it('links invalid_client to the client-assertion check, and invalid_dpop_proof to the DPoP check', () => {
		const paths = (code: string, catalogue: Catalogue) =>
			catalogue[code]!.steps.flat().flatMap((part) => (typeof part === 'string' ? [] : [part.path]));
		expect(paths('invalid_client', TOKEN_ERRORS)).toContain('/verktoy/client-assertion/');
		expect(paths('invalid_dpop_proof', TOKEN_ERRORS)).toContain('/verktoy/dpop/');
		expect(paths('invalid_dpop_proof', RESOURCE_ERRORS)).toContain('/verktoy/dpop/');
	});

	it('never takes a code from Object.prototype', () => {
		expect(read('{"error":"constructor"}').causes[0]?.explanation).toBeUndefined();
		expect(read('{"error":"__proto__"}').causes[0]?.explanation).toBeUndefined();
	});
});
