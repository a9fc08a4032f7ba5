/**
 * A real OpenID provider on loopback for the tests: `oidc-provider` (OpenID Certified, by the author of `jose`),
 * configured as close to HelseID as it allows, plus a small DPoP-protected API.
 *
 * - Token endpoint `/connect/token` (HelseID's path), client credentials only, `private_key_jwt` only, the
 *   algorithms HelseID lists (RS/PS/ES 256/384/512) for assertions and DPoP proofs, Duende's 5-minute clock skew.
 * - DPoP required (`dpop_bound_access_tokens` on every client) with server nonces on every request: the first
 *   token request without `nonce` gets `400 use_dpop_nonce` and a `DPoP-Nonce` header, as HelseID answers.
 * - Access tokens are JWTs (`at+jwt`, RFC 9068) for the one resource, `resourceUrl`, with `cnf.jkt` (RFC 9449 §6).
 * - No PAR endpoint: oidc-provider's PAR (RFC 9126) serves the authorization-code flow only, and these clients
 *   have the client-credentials grant alone, as HelseID's machine-to-machine clients do.
 * - `resourceUrl` answers like an API behind HelseID: 200 with a valid DPoP-bound token and proof (`ath`, `htm`,
 *   `htu`, fresh `iat`, unused `jti`, key = `cnf.jkt`); otherwise 401 with `WWW-Authenticate: DPoP error=…`
 *   (RFC 9449 §7.1, RFC 6750 §3), or 403 `insufficient_scope` when the token lacks the API's scope.
 *
 * Where this server and HelseID (Duende IdentityServer) differ, see docs/helseid-vs-reference-server.md.
 * Everything listens on 127.0.0.1 on free ports; call `stop()` in `afterAll`.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
	calculateJwkThumbprint,
	createLocalJWKSet,
	EmbeddedJWK,
	exportJWK,
	generateKeyPair,
	jwtVerify,
	type JWK,
	type JWTPayload,
} from 'jose';
import Provider from 'oidc-provider';
import { PRIVATE_JWK_MEMBERS } from '~/lib/helseid/reading';

/** The algorithms HelseID lists for client assertions and DPoP proofs. */
export const REFERENCE_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512'];
/** The one scope the reference API has (a HelseID-like name). */
export const REFERENCE_SCOPE = 'nhn:reference/api';
/** Duende's default `JwtValidationClockSkew`, five minutes, used as oidc-provider's `clockTolerance`. */
export const REFERENCE_CLOCK_TOLERANCE = 300;
/** How long the protected resource takes a DPoP proof's `iat` to be away from now (seconds). */
export const RESOURCE_PROOF_WINDOW = 60;

export interface ReferenceServerOptions {
	/** Log oidc-provider's server-side errors to stderr (off: a refused request is the expected outcome here). */
	readonly verbose?: boolean;
}

export interface RegisteredClient {
	readonly clientId: string;
}

export interface ReferenceServer {
	/** `http://127.0.0.1:<port>`, no trailing slash (HelseID's issuer has none either). */
	readonly issuer: string;
	/** `<issuer>/connect/token`. */
	readonly tokenEndpoint: string;
	/** Always undefined: see the module comment (PAR is for the authorization-code flow). */
	readonly parEndpoint?: string;
	/** The protected API: `GET` or `POST` with `Authorization: DPoP <token>` and a `DPoP` proof. */
	readonly resourceUrl: string;
	/** The public JWKs oidc-provider signs access tokens with (for the tests' own checks). */
	readonly signingKeys: { readonly keys: readonly JWK[] };
	/**
	 * Registers a client with one public JWK. `kid` is set on the registered key when given (and removed when
	 * `null`), so a client can be registered with or without a `kid`. Returns the new client id (a GUID, as HelseID's).
	 */
	registerClient(publicJwk: JWK, options?: { kid?: string | null; clientId?: string }): Promise<RegisteredClient>;
	stop(): Promise<void>;
}

type Challenge = { status: 401 | 403; error?: string; description?: string; scope?: string };

const quoted = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;

/** `WWW-Authenticate: DPoP error="…", error_description="…", algs="…"` (RFC 9449 §7.1, RFC 6750 §3). */
function challengeHeader(challenge: Challenge): string {
	const params: string[] = [];
	if (challenge.error) params.push(`error=${quoted(challenge.error)}`);
	if (challenge.description) params.push(`error_description=${quoted(challenge.description)}`);
	if (challenge.scope) params.push(`scope=${quoted(challenge.scope)}`);
	params.push(`algs=${quoted(REFERENCE_ALGORITHMS.join(' '))}`);
	return `DPoP ${params.join(', ')}`;
}

function answer(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
	res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
	res.end(JSON.stringify(body));
}

/** What the API checks, in RFC 9449 §4.3 and §7.1 order; a challenge when something is wrong. */
async function checkResourceRequest(
	req: IncomingMessage,
	resourceUrl: string,
	issuer: string,
	jwks: ReturnType<typeof createLocalJWKSet>,
	seenJti: Set<string>,
): Promise<Challenge | { token: JWTPayload }> {
	const authorization = req.headers.authorization ?? '';
	const [scheme = '', token = '', ...rest] = authorization.split(' ');
	if (!authorization) return { status: 401 };
	if (scheme.toLowerCase() === 'bearer')
		return { status: 401, error: 'invalid_token', description: 'a DPoP-bound token must use the DPoP scheme' };
	if (scheme.toLowerCase() !== 'dpop' || !token || rest.length > 0)
		return { status: 401, error: 'invalid_request', description: 'Authorization: DPoP <token> expected' };
	let claims: JWTPayload;
	try {
		({ payload: claims } = await jwtVerify(token, jwks, { issuer, audience: resourceUrl, typ: 'at+jwt' }));
	} catch (error) {
		return { status: 401, error: 'invalid_token', description: (error as Error).message };
	}
	const proof = req.headers['dpop'];
	if (typeof proof !== 'string')
		return { status: 401, error: 'invalid_dpop_proof', description: 'DPoP header missing' };
	let proofClaims: JWTPayload;
	let jkt: string;
	try {
		const verified = await jwtVerify(proof, EmbeddedJWK, { typ: 'dpop+jwt', algorithms: REFERENCE_ALGORITHMS });
		proofClaims = verified.payload;
		jkt = await calculateJwkThumbprint(verified.protectedHeader.jwk as JWK);
	} catch (error) {
		return { status: 401, error: 'invalid_dpop_proof', description: (error as Error).message };
	}
	const fail = (description: string): Challenge => ({ status: 401, error: 'invalid_dpop_proof', description });
	if (proofClaims['htm'] !== req.method) return fail('htm mismatch');
	if (proofClaims['htu'] !== resourceUrl) return fail('htu mismatch');
	const iat = proofClaims.iat;
	if (typeof iat !== 'number' || Math.abs(Date.now() / 1000 - iat) > RESOURCE_PROOF_WINDOW)
		return fail('iat missing or not recent');
	const jti = proofClaims.jti;
	if (typeof jti !== 'string' || jti === '') return fail('jti missing');
	if (seenJti.has(jti)) return fail('jti used before');
	const ath = createHash('sha256').update(token, 'ascii').digest('base64url');
	if (proofClaims['ath'] !== ath) return fail('ath does not match the access token');
	const cnf = claims['cnf'] as { jkt?: unknown } | undefined;
	if (cnf?.jkt !== jkt) return { status: 401, error: 'invalid_token', description: 'proof key is not cnf.jkt' };
	seenJti.add(jti);
	const scopes = typeof claims['scope'] === 'string' ? claims['scope'].split(' ') : [];
	if (!scopes.includes(REFERENCE_SCOPE)) return { status: 403, error: 'insufficient_scope', scope: REFERENCE_SCOPE };
	return { token: claims };
}

/**
 * oidc-provider's storage, in memory and per server (its own memory adapter is one per process and warns).
 * Only what client credentials use: clients, access tokens, replay detection.
 */
function memoryAdapter(): new (model: string) => object {
	const store = new Map<string, { payload: Record<string, unknown>; expiresAt: number }>();
	return class {
		readonly #model: string;
		constructor(model: string) {
			this.#model = model;
		}
		upsert(id: string, payload: Record<string, unknown>, expiresIn?: number) {
			const expiresAt = expiresIn ? Date.now() + expiresIn * 1000 : Infinity;
			store.set(`${this.#model}:${id}`, { payload, expiresAt });
			return Promise.resolve();
		}
		find(id: string) {
			const entry = store.get(`${this.#model}:${id}`);
			return Promise.resolve(entry && entry.expiresAt > Date.now() ? entry.payload : undefined);
		}
		consume(id: string) {
			const entry = store.get(`${this.#model}:${id}`);
			if (entry) entry.payload['consumed'] = Math.floor(Date.now() / 1000);
			return Promise.resolve();
		}
		destroy(id: string) {
			store.delete(`${this.#model}:${id}`);
			return Promise.resolve();
		}
		findByUid() {
			return Promise.resolve(undefined);
		}
		findByUserCode() {
			return Promise.resolve(undefined);
		}
		revokeByGrantId() {
			return Promise.resolve();
		}
	};
}

function listen(server: Server): Promise<number> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
	});
}

/**
 * Starts the reference server (see the module comment). Resolves once it listens; nothing leaves loopback.
 *
 * @example
 * const server = await startReferenceServer();
 * const { clientId } = await server.registerClient(publicJwk);
 * // … POST server.tokenEndpoint …
 * await server.stop();
 */
export async function startReferenceServer(options: ReferenceServerOptions = {}): Promise<ReferenceServer> {
	const http = createServer();
	const port = await listen(http);
	const issuer = `http://127.0.0.1:${port}`;
	const tokenEndpoint = `${issuer}/connect/token`;
	const resourceUrl = `${issuer}/api/resource`;

	const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
	const kid = 'reference-signing-key';
	const signingJwk = { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
	const publicSigningJwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
	const jwks = createLocalJWKSet({ keys: [publicSigningJwk] });

	const provider = new Provider(issuer, {
		adapter: memoryAdapter(),
		clients: [],
		ttl: { ClientCredentials: 300 },
		jwks: { keys: [signingJwk] },
		clientAuthMethods: ['private_key_jwt'],
		clockTolerance: REFERENCE_CLOCK_TOLERANCE,
		enabledJWA: {
			clientAuthSigningAlgValues: REFERENCE_ALGORITHMS,
			dPoPSigningAlgValues: REFERENCE_ALGORITHMS,
		},
		routes: { token: '/connect/token', jwks: '/.well-known/openid-configuration/jwks' },
		scopes: [REFERENCE_SCOPE],
		features: {
			// The login and consent pages for development: not needed (no user ever logs in here) and noisy.
			devInteractions: { enabled: false },
			clientCredentials: { enabled: true },
			dPoP: { enabled: true, nonceSecret: randomBytes(32), requireNonce: () => true },
			resourceIndicators: {
				enabled: true,
				defaultResource: () => resourceUrl,
				useGrantedResource: () => true,
				getResourceServerInfo: () => ({
					scope: REFERENCE_SCOPE,
					audience: resourceUrl,
					accessTokenTTL: 300,
					accessTokenFormat: 'jwt',
					jwt: { sign: { alg: 'RS256' } },
				}),
			},
		},
	});
	if (options.verbose) {
		provider.on('grant.error', (_ctx, error) => console.error('reference server, token:', error));
	}

	const seenJti = new Set<string>();
	const callback = provider.callback();
	http.on('request', (req: IncomingMessage, res: ServerResponse) => {
		if (!req.url?.startsWith('/api/')) {
			callback(req, res);
			return;
		}
		if (new URL(req.url, issuer).pathname !== '/api/resource') {
			answer(res, 404, { error: 'not_found' });
			return;
		}
		void checkResourceRequest(req, resourceUrl, issuer, jwks, seenJti).then((result) => {
			if ('token' in result) answer(res, 200, { ok: true, client_id: result.token['client_id'] });
			else
				answer(res, result.status, result.error ? { error: result.error } : {}, {
					'www-authenticate': challengeHeader(result),
				});
		});
	});

	return {
		issuer,
		tokenEndpoint,
		resourceUrl,
		signingKeys: { keys: [publicSigningJwk] },
		async registerClient(publicJwk, registration = {}) {
			const clientId = registration.clientId ?? randomUUID();
			// Only the public members: a private `d` must never reach a client's registration.
			const key: JWK = Object.fromEntries(
				Object.entries(publicJwk).filter(([name]) => !(PRIVATE_JWK_MEMBERS as readonly string[]).includes(name)),
			);
			if (registration.kid === null) delete key.kid;
			else if (registration.kid !== undefined) key.kid = registration.kid;
			await provider.Client.adapter.upsert(clientId, {
				client_id: clientId,
				grant_types: ['client_credentials'],
				response_types: [],
				redirect_uris: [],
				token_endpoint_auth_method: 'private_key_jwt',
				dpop_bound_access_tokens: true,
				scope: REFERENCE_SCOPE,
				jwks: { keys: [key] },
			});
			return { clientId };
		},
		stop() {
			return new Promise<void>((resolve, reject) => {
				http.close((error) => (error ? reject(error) : resolve()));
				http.closeAllConnections();
			});
		},
	};
}
