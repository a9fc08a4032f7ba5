/**
 * The differential matrix's vectors: each is one request to the reference server (reference-server.ts) and one
 * run of our checker on the same token. A vector changes one thing against a valid request (or takes the shape of
 * an NHN sample) and says what oidc-provider answers and what our checker says. Where the two differ, `difference`
 * names the row in docs/helseid-vs-reference-server.md that explains why, with HelseID's (Duende's) side.
 */

/** Members to put into (or, with `undefined`, take out of) the header or payload the vector starts from. */
export type Changes = Readonly<Record<string, unknown>>;

/** What the request is signed with, where a vector does not sign normally. */
export type Signing = 'wrong-key' | 'hmac' | 'none' | 'tampered';

/** The registered clients: RSA with `kid`, RSA registered without `kid`, and one EC client per curve. */
export type ClientName = 'rsa' | 'rsa-no-kid' | 'ec256' | 'ec384' | 'ec521';

/** What a vector may read while it is built: the server's addresses, now, the client and its key. */
export interface VectorContext {
	readonly issuer: string;
	readonly tokenEndpoint: string;
	readonly resourceUrl: string;
	readonly now: number;
	readonly clientId: string;
	/** The RFC 7638 thumbprint of the client's key (its registered `kid`, where it has one). */
	readonly thumbprint: string;
	/** The `kid` of the key the reference server signs its access tokens with (the VKP.Samples trap). */
	readonly serverKid: string;
}

interface VectorBase {
	readonly name: string;
	/** The row in docs/helseid-vs-reference-server.md, when oidc-provider and our checker disagree by design. */
	readonly difference?: string;
	/** What oidc-provider does with the request. */
	readonly server: 'accepted' | 'refused';
	/** The OAuth error code of a refusal (`error` in the JSON body, or in `WWW-Authenticate`). */
	readonly serverError?: string;
	/** The finding code of the error our checker must show, or null: no error at all. */
	readonly checker: string | null;
}

/** A change to the client assertion; the DPoP proof that goes with it is valid. */
export interface AssertionVector extends VectorBase {
	readonly kind: 'assertion';
	readonly client?: ClientName;
	readonly alg?: string;
	readonly header?: (ctx: VectorContext) => Changes;
	readonly payload?: (ctx: VectorContext) => Changes;
	readonly signing?: Signing;
	/** Send an assertion with the same `jti` first (accepted), then this one. */
	readonly replay?: boolean;
}

/** A change to the DPoP proof at the token endpoint; the assertion is valid. */
export interface ProofVector extends VectorBase {
	readonly kind: 'proof' | 'resource';
	readonly alg?: string;
	readonly header?: (ctx: VectorContext) => Changes;
	readonly payload?: (ctx: VectorContext) => Changes;
	readonly signing?: Signing;
	readonly replay?: boolean;
	/** Resource vectors: sign with a key other than the token's `cnf.jkt` (a valid proof otherwise). */
	readonly otherKey?: boolean;
}

export type Vector = AssertionVector | ProofVector;

const uuid = '3f0c7b6e-9a41-4c55-8d2e-6b1f0a9c7d21';
const later = (ctx: VectorContext, seconds: number) => ctx.now + seconds;
const times = (ctx: VectorContext, iat: number, nbf: number, exp: number) => ({
	iat: later(ctx, iat),
	nbf: later(ctx, nbf),
	exp: later(ctx, exp),
});

/** Every algorithm HelseID lists, signed with a key of the right type. */
const algorithmVectors: AssertionVector[] = [
	...['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'].map((alg): AssertionVector => ({
		kind: 'assertion',
		name: `alg ${alg}`,
		alg,
		server: 'accepted',
		checker: null,
	})),
	...(
		[
			['ES256', 'ec256'],
			['ES384', 'ec384'],
			['ES512', 'ec521'],
		] as const
	).map(([alg, client]): AssertionVector => ({
		kind: 'assertion',
		name: `alg ${alg}`,
		alg,
		client,
		server: 'accepted',
		checker: null,
	})),
];

export const ASSERTION_VECTORS: readonly AssertionVector[] = [
	{ kind: 'assertion', name: 'valid (the site builder’s shape)', server: 'accepted', checker: null },
	...algorithmVectors,
	// Signature and algorithm
	{
		kind: 'assertion',
		name: 'alg none, no signature',
		header: () => ({ alg: 'none' }),
		signing: 'none',
		server: 'refused',
		serverError: 'invalid_client',
		checker: 'alg-none',
	},
	{
		kind: 'assertion',
		name: 'alg HS256 (a shared secret)',
		header: () => ({ alg: 'HS256' }),
		signing: 'hmac',
		server: 'refused',
		serverError: 'invalid_client',
		checker: 'alg-symmetric',
	},
	{
		kind: 'assertion',
		name: 'signed with another key',
		signing: 'wrong-key',
		server: 'refused',
		serverError: 'invalid_client',
		checker: 'signature-invalid',
	},
	{
		kind: 'assertion',
		name: 'payload changed after signing',
		signing: 'tampered',
		server: 'refused',
		serverError: 'invalid_client',
		checker: 'signature-invalid',
	},
	// typ (the 2025 change: client-authentication+jwt instead of JWT)
	{ kind: 'assertion', name: 'typ missing', header: () => ({ typ: undefined }), server: 'accepted', checker: null },
	{
		kind: 'assertion',
		name: 'typ JWT (before 2025)',
		header: () => ({ typ: 'JWT' }),
		server: 'accepted',
		checker: null,
	},
	{
		kind: 'assertion',
		name: 'typ Client-Authentication+JWT',
		header: () => ({ typ: 'Client-Authentication+JWT' }),
		server: 'accepted',
		checker: 'typ-not-exact',
		difference: 'typ-exact',
	},
	{
		kind: 'assertion',
		name: 'typ application/client-authentication+jwt',
		header: () => ({ typ: 'application/client-authentication+jwt' }),
		server: 'accepted',
		checker: 'typ-not-exact',
		difference: 'typ-exact',
	},
	{
		kind: 'assertion',
		name: 'typ dpop+jwt on an assertion',
		header: () => ({ typ: 'dpop+jwt' }),
		server: 'accepted',
		checker: 'typ-is-dpop',
		difference: 'typ-exact',
	},
	// kid
	{ kind: 'assertion', name: 'kid missing', header: () => ({ kid: undefined }), server: 'accepted', checker: null },
	{
		kind: 'assertion',
		name: 'kid missing, key registered without kid',
		client: 'rsa-no-kid',
		header: () => ({ kid: undefined }),
		server: 'accepted',
		checker: null,
	},
	{
		kind: 'assertion',
		name: 'kid names another key',
		header: () => ({ kid: 'another-key' }),
		server: 'refused',
		serverError: 'invalid_client',
		checker: null,
		difference: 'kid-lookup',
	},
	{
		kind: 'assertion',
		name: 'kid = thumbprint, key registered without kid',
		client: 'rsa-no-kid',
		server: 'refused',
		serverError: 'invalid_client',
		checker: null,
		difference: 'kid-lookup',
	},
	// Header members RFC 8725 and RFC 7515 speak of
	{
		kind: 'assertion',
		name: 'header with jwk',
		header: () => ({
			jwk: {
				kty: 'EC',
				crv: 'P-256',
				x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
				y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
			},
		}),
		server: 'accepted',
		checker: null,
	},
	{
		kind: 'assertion',
		name: 'header with x5u',
		header: () => ({ x5u: 'https://example.com/cert.pem' }),
		server: 'accepted',
		checker: null,
	},
	{
		kind: 'assertion',
		name: 'crit with an unknown member',
		header: () => ({ crit: ['urn:example:unknown'], 'urn:example:unknown': true }),
		server: 'refused',
		serverError: 'invalid_client',
		checker: 'crit-unknown',
	},
	// iss and sub
	{
		kind: 'assertion',
		name: 'iss missing',
		payload: () => ({ iss: undefined }),
		server: 'refused',
		serverError: 'invalid_client',
		checker: 'iss-missing',
	},
	{
		kind: 'assertion',
		name: 'iss another client',
		payload: () => ({ iss: uuid }),
		server: 'refused',
		serverError: 'invalid_client',
		checker: 'iss-sub-differ',
	},
	{
		kind: 'assertion',
		name: 'sub missing',
		payload: () => ({ sub: undefined }),
		server: 'refused',
		serverError: 'invalid_client',
		checker: 'sub-missing',
	},
	{
		kind: 'assertion',
		name: 'sub another client',
		payload: () => ({ sub: uuid }),
		server: 'refused',
		serverError: 'invalid_request',
		checker: 'iss-sub-differ',
	},
	// aud (the 2025 change: the issuer instead of the token endpoint)
	{
		kind: 'assertion',
		name: 'aud missing',
		payload: () => ({ aud: undefined }),
		server: 'refused',
		serverError: 'invalid_client',
		checker: 'aud-missing',
	},
	{
		kind: 'assertion',
		name: 'aud the token endpoint (before 2025)',
		payload: (ctx) => ({ aud: ctx.tokenEndpoint }),
		server: 'accepted',
		checker: 'aud-token-endpoint',
		difference: 'aud-token-endpoint',
	},
	{
		kind: 'assertion',
		name: 'aud the issuer with a trailing slash',
		payload: (ctx) => ({ aud: `${ctx.issuer}/` }),
		server: 'refused',
		serverError: 'invalid_client',
		checker: null,
		difference: 'aud-trailing-slash',
	},
	{
		kind: 'assertion',
		name: 'aud an array of the issuer alone',
		payload: (ctx) => ({ aud: [ctx.issuer] }),
		server: 'accepted',
		checker: 'aud-array',
		difference: 'aud-array',
	},
	{
		kind: 'assertion',
		name: 'aud an array of the issuer and another',
		payload: (ctx) => ({ aud: [ctx.issuer, 'https://api.example.com'] }),
		server: 'accepted',
		checker: 'aud-array',
		difference: 'aud-array',
	},
	{
		kind: 'assertion',
		name: 'aud HelseID production',
		payload: () => ({ aud: 'https://helseid-sts.nhn.no' }),
		server: 'refused',
		serverError: 'invalid_client',
		checker: 'aud-other-environment',
	},
	{
		kind: 'assertion',
		name: 'aud something else',
		payload: () => ({ aud: 'https://example.com' }),
		server: 'refused',
		serverError: 'invalid_client',
		checker: 'aud-wrong',
	},
	// Time claims: presence and type
	{
		kind: 'assertion',
		name: 'exp missing',
		payload: () => ({ exp: undefined }),
		server: 'refused',
		serverError: 'invalid_client',
		checker: 'time-missing',
	},
	{ kind: 'assertion', name: 'iat missing', payload: () => ({ iat: undefined }), server: 'accepted', checker: null },
	{ kind: 'assertion', name: 'nbf missing', payload: () => ({ nbf: undefined }), server: 'accepted', checker: null },
	{
		kind: 'assertion',
		name: 'iat a numeric string',
		payload: (ctx) => ({ iat: String(ctx.now) }),
		server: 'refused',
		serverError: 'invalid_client',
		checker: null,
		difference: 'numeric-string',
	},
	{
		kind: 'assertion',
		name: 'nbf a numeric string',
		payload: (ctx) => ({ nbf: String(ctx.now) }),
		server: 'refused',
		serverError: 'invalid_client',
		checker: null,
		difference: 'numeric-string',
	},
	{
		kind: 'assertion',
		name: 'exp a numeric string',
		payload: (ctx) => ({ exp: String(ctx.now + 30) }),
		server: 'refused',
		serverError: 'invalid_client',
		checker: null,
		difference: 'numeric-string',
	},
	{
		kind: 'assertion',
		name: 'exp not a number ("soon")',
		payload: () => ({ exp: 'soon' }),
		server: 'refused',
		serverError: 'invalid_client',
		checker: 'time-not-number',
	},
	// Lifetime
	{
		kind: 'assertion',
		name: 'lifetime exactly 60 s',
		payload: (ctx) => times(ctx, 0, 0, 60),
		server: 'accepted',
		checker: null,
	},
	{
		kind: 'assertion',
		name: 'lifetime 120 s',
		payload: (ctx) => times(ctx, 0, 0, 120),
		server: 'accepted',
		checker: 'lifetime-too-long',
		difference: 'lifetime',
	},
	{
		kind: 'assertion',
		name: 'exp = iat',
		payload: (ctx) => times(ctx, 0, 0, 0),
		server: 'accepted',
		checker: 'lifetime-not-positive',
		difference: 'lifetime',
	},
	// Clock edges (the server allows Duende's 5 minutes of clock skew)
	{
		kind: 'assertion',
		name: 'exp 10 s past (within the skew)',
		payload: (ctx) => times(ctx, -40, -40, -10),
		server: 'accepted',
		checker: null,
	},
	{
		kind: 'assertion',
		name: 'exp 400 s past (beyond the skew)',
		payload: (ctx) => times(ctx, -430, -430, -400),
		server: 'refused',
		serverError: 'invalid_client',
		checker: null,
		difference: 'expired',
	},
	{
		kind: 'assertion',
		name: 'iat and nbf 30 s ahead, exp 60 s from now',
		payload: (ctx) => times(ctx, 30, 30, 60),
		server: 'accepted',
		checker: null,
	},
	{
		kind: 'assertion',
		name: 'iat 120 s ahead, exp 150 s from now',
		payload: (ctx) => times(ctx, 120, 120, 150),
		server: 'accepted',
		checker: 'exp-too-far-from-now',
		difference: 'lifetime',
	},
	{
		kind: 'assertion',
		name: 'nbf 10 s after iat',
		payload: (ctx) => times(ctx, -20, -10, 30),
		server: 'accepted',
		checker: null,
	},
	{
		kind: 'assertion',
		name: 'nbf 120 s ahead (within the skew)',
		payload: (ctx) => ({ nbf: later(ctx, 120) }),
		server: 'accepted',
		checker: null,
	},
	{
		kind: 'assertion',
		name: 'nbf 400 s ahead (beyond the skew)',
		payload: (ctx) => ({ nbf: later(ctx, 400) }),
		server: 'refused',
		serverError: 'invalid_client',
		checker: 'nbf-future',
	},
	// jti
	{
		kind: 'assertion',
		name: 'jti missing',
		payload: () => ({ jti: undefined }),
		server: 'refused',
		serverError: 'invalid_client',
		checker: 'jti-missing',
	},
	{
		kind: 'assertion',
		name: 'jti used before',
		replay: true,
		server: 'refused',
		serverError: 'invalid_client',
		checker: 'jti-reused',
	},
	{
		kind: 'assertion',
		name: 'jti "1" (too little randomness)',
		payload: () => ({ jti: '1' }),
		server: 'accepted',
		checker: null,
	},
	// NHN's own samples
	{
		kind: 'assertion',
		name: 'VKP.Samples shape: no kid, iat a string, jti a GUID in "N" form',
		client: 'rsa-no-kid',
		header: () => ({ kid: undefined }),
		payload: (ctx) => ({ iat: String(ctx.now), jti: '0f8fad5bd9cb469fa16570867728950e' }),
		server: 'refused',
		serverError: 'invalid_client',
		checker: null,
		difference: 'numeric-string',
	},
	{
		kind: 'assertion',
		name: 'VKP.Samples shape: kid of the server’s own signing key',
		header: (ctx) => ({ kid: ctx.serverKid }),
		server: 'refused',
		serverError: 'invalid_client',
		checker: null,
		difference: 'kid-lookup',
	},
	{
		kind: 'assertion',
		name: 'NHN SFM example shape: other kid, iat a string, authorization_details, 60 s',
		header: () => ({ kid: 'B2C61A07EE0661237D19BEE1E0A1463C' }),
		payload: (ctx) => ({
			authorization_details: [
				{
					type: 'helseid_authorization',
					practitioner_role: {
						organization: {
							identifier: { system: 'urn:oid:1.0.6523', type: 'ENH', value: 'NO:ORGNR:972418013:974042436' },
						},
					},
				},
			],
			iat: String(ctx.now),
			nbf: ctx.now,
			exp: ctx.now + 60,
			jti: 'cf6a320674cf44cba9177ac6f84103a3',
		}),
		server: 'refused',
		serverError: 'invalid_client',
		checker: null,
		difference: 'kid-lookup',
	},
	{
		kind: 'assertion',
		name: 'before 2025: typ JWT and aud the token endpoint',
		header: () => ({ typ: 'JWT' }),
		payload: (ctx) => ({ aud: ctx.tokenEndpoint }),
		server: 'accepted',
		checker: 'aud-token-endpoint',
		difference: 'aud-token-endpoint',
	},
];

export const PROOF_VECTORS: readonly ProofVector[] = [
	{ kind: 'proof', name: 'valid proof with the server’s nonce (ES256)', server: 'accepted', checker: null },
	...['ES384', 'ES512', 'RS256', 'PS256', 'RS512', 'PS384'].map((alg): ProofVector => ({
		kind: 'proof',
		name: `proof alg ${alg}`,
		alg,
		server: 'accepted',
		checker: null,
	})),
	// typ
	{
		kind: 'proof',
		name: 'typ missing',
		header: () => ({ typ: undefined }),
		server: 'refused',
		serverError: 'invalid_dpop_proof',
		checker: 'dpop-typ-missing',
	},
	{
		kind: 'proof',
		name: 'typ DPoP+JWT',
		header: () => ({ typ: 'DPoP+JWT' }),
		server: 'accepted',
		checker: 'dpop-typ-not-exact',
		difference: 'typ-exact',
	},
	{
		kind: 'proof',
		name: 'typ application/dpop+jwt',
		header: () => ({ typ: 'application/dpop+jwt' }),
		server: 'accepted',
		checker: 'dpop-typ-not-exact',
		difference: 'typ-exact',
	},
	{
		kind: 'proof',
		name: 'typ JWT',
		header: () => ({ typ: 'JWT' }),
		server: 'refused',
		serverError: 'invalid_dpop_proof',
		checker: 'dpop-typ-wrong',
	},
	{
		kind: 'proof',
		name: 'typ client-authentication+jwt',
		header: () => ({ typ: 'client-authentication+jwt' }),
		server: 'refused',
		serverError: 'invalid_dpop_proof',
		checker: 'dpop-typ-assertion',
	},
	// Key and signature
	{
		kind: 'proof',
		name: 'jwk missing',
		header: () => ({ jwk: undefined }),
		server: 'refused',
		serverError: 'invalid_dpop_proof',
		checker: 'dpop-jwk-missing',
	},
	{
		kind: 'proof',
		name: 'jwk with the private key',
		header: () => ({ jwk: 'private' }),
		server: 'refused',
		serverError: 'invalid_dpop_proof',
		checker: 'reading:private-key',
	},
	{
		kind: 'proof',
		name: 'alg none',
		header: () => ({ alg: 'none' }),
		signing: 'none',
		server: 'refused',
		serverError: 'invalid_dpop_proof',
		checker: 'alg-none',
	},
	{
		kind: 'proof',
		name: 'alg HS256',
		header: () => ({ alg: 'HS256' }),
		signing: 'hmac',
		server: 'refused',
		serverError: 'invalid_dpop_proof',
		checker: 'alg-symmetric',
	},
	{
		kind: 'proof',
		name: 'signed with another key than jwk',
		signing: 'wrong-key',
		server: 'refused',
		serverError: 'invalid_dpop_proof',
		checker: 'signature-invalid',
	},
	{
		kind: 'proof',
		name: 'crit with an unknown member',
		header: () => ({ crit: ['urn:example:unknown'], 'urn:example:unknown': true }),
		server: 'refused',
		serverError: 'invalid_dpop_proof',
		checker: 'crit-unknown',
	},
	// htm and htu
	{
		kind: 'proof',
		name: 'htm GET for a POST',
		payload: () => ({ htm: 'GET' }),
		server: 'refused',
		serverError: 'invalid_dpop_proof',
		checker: 'htm-mismatch',
	},
	{
		kind: 'proof',
		name: 'htm post in lower case',
		payload: () => ({ htm: 'post' }),
		server: 'refused',
		serverError: 'invalid_dpop_proof',
		checker: 'htm-mismatch',
	},
	{
		kind: 'proof',
		name: 'htm missing',
		payload: () => ({ htm: undefined }),
		server: 'refused',
		serverError: 'invalid_dpop_proof',
		checker: 'htm-missing',
	},
	{
		kind: 'proof',
		name: 'htu missing',
		payload: () => ({ htu: undefined }),
		server: 'refused',
		serverError: 'invalid_dpop_proof',
		checker: 'htu-missing',
	},
	{
		kind: 'proof',
		name: 'htu another endpoint',
		payload: (ctx) => ({ htu: `${ctx.issuer}/connect/authorize` }),
		server: 'refused',
		serverError: 'invalid_dpop_proof',
		checker: 'htu-mismatch',
	},
	{
		kind: 'proof',
		name: 'htu with a query',
		payload: (ctx) => ({ htu: `${ctx.tokenEndpoint}?x=1` }),
		server: 'accepted',
		checker: 'htu-query',
		difference: 'htu-normalised',
	},
	{
		kind: 'proof',
		name: 'htu with the scheme in capitals',
		payload: (ctx) => ({ htu: ctx.tokenEndpoint.replace('http://', 'HTTP://') }),
		server: 'accepted',
		checker: null,
	},
	// iat
	{
		kind: 'proof',
		name: 'iat missing',
		payload: () => ({ iat: undefined }),
		server: 'refused',
		serverError: 'invalid_dpop_proof',
		checker: 'time-missing',
	},
	{
		kind: 'proof',
		name: 'iat a numeric string',
		payload: (ctx) => ({ iat: String(ctx.now) }),
		server: 'refused',
		serverError: 'invalid_dpop_proof',
		checker: 'time-not-number',
	},
	{
		kind: 'proof',
		name: 'iat 120 s old, with nonce',
		payload: (ctx) => ({ iat: later(ctx, -120) }),
		server: 'accepted',
		checker: null,
	},
	// jti and nonce
	{
		kind: 'proof',
		name: 'jti missing',
		payload: () => ({ jti: undefined }),
		server: 'refused',
		serverError: 'invalid_dpop_proof',
		checker: 'jti-missing',
	},
	{
		kind: 'proof',
		name: 'jti used before',
		replay: true,
		server: 'refused',
		serverError: 'invalid_grant',
		checker: 'jti-reused',
	},
	{
		kind: 'proof',
		name: 'nonce missing',
		payload: () => ({ nonce: undefined }),
		server: 'refused',
		serverError: 'use_dpop_nonce',
		checker: 'nonce-missing',
	},
	{
		kind: 'proof',
		name: 'nonce "" (as in HelseID’s own example)',
		payload: () => ({ nonce: '' }),
		server: 'refused',
		serverError: 'use_dpop_nonce',
		checker: 'nonce-blank',
	},
	{
		kind: 'proof',
		name: 'nonce not the server’s',
		payload: () => ({ nonce: 'eyJ7S_zG.eyJH0-Z.HX4w-7v' }),
		server: 'refused',
		serverError: 'use_dpop_nonce',
		checker: 'nonce-mismatch',
	},
	// The API call (the reference server's protected resource)
	{ kind: 'resource', name: 'API: valid proof with ath', server: 'accepted', checker: null },
	{
		kind: 'resource',
		name: 'API: ath missing',
		payload: () => ({ ath: undefined }),
		server: 'refused',
		serverError: 'invalid_dpop_proof',
		checker: 'ath-missing',
	},
	{
		kind: 'resource',
		name: 'API: ath of another token',
		payload: () => ({ ath: 'fUHyO2r2Z3DZ53EsNrWBb0xWXoaNy59IiKCAqksmQEo' }),
		server: 'refused',
		serverError: 'invalid_dpop_proof',
		checker: 'ath-mismatch',
	},
	{
		kind: 'resource',
		name: 'API: proof key is not the token’s cnf.jkt',
		otherKey: true,
		server: 'refused',
		serverError: 'invalid_token',
		checker: 'jkt-mismatch',
	},
	{
		kind: 'resource',
		name: 'API: htm POST for a GET',
		payload: () => ({ htm: 'POST' }),
		server: 'refused',
		serverError: 'invalid_dpop_proof',
		checker: 'htm-mismatch',
	},
];
