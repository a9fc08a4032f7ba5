/**
 * The three places a client assertion is sent to, and what each expects of it. HelseID's issuers come from NHN's
 * HelseID.Library (HelseIdConfiguration.cs); the token endpoint `{issuer}/connect/token` from NHN's examples (read it
 * from the metadata in real code). Helsenorge's rules come from its own "Client Assertion" page, which names no
 * token endpoint and no `kid`.
 */

export type EnvironmentId = 'helseid-test' | 'helseid-prod' | 'helsenorge';

/** RS256/384/512, PS256/384/512, ES256/384/512: the list in NHN's JwkGenerator (AlgorithmValidator.cs). */
export const HELSEID_ALGORITHMS = [
	'RS256',
	'RS384',
	'RS512',
	'PS256',
	'PS384',
	'PS512',
	'ES256',
	'ES384',
	'ES512',
] as const;

export interface Environment {
	readonly id: EnvironmentId;
	/** The exact `aud` a client assertion for this environment carries. */
	readonly audience: string;
	/** HelseID's token endpoint; undefined where no public source names it (Helsenorge). */
	readonly tokenEndpoint?: string;
	/** The header `typ` the environment's documentation asks for. */
	readonly typ: string;
	/** The `alg` values it takes. */
	readonly algorithms: readonly string[];
	/** The longest `exp − iat` in seconds, and whether that value itself is allowed (HelseID: "no more than 60"). */
	readonly maxLifetime: { readonly seconds: number; readonly inclusive: boolean };
}

export const HELSEID_TEST_ISSUER = 'https://helseid-sts.test.nhn.no';
export const HELSEID_PROD_ISSUER = 'https://helseid-sts.nhn.no';
/** Helsenorge's page: `aud` is "sikkerhet.helsenorge.no", or the issuer from the environment's .well-known. */
export const HELSENORGE_AUDIENCE = 'sikkerhet.helsenorge.no';

const helseId = (id: EnvironmentId, issuer: string): Environment => ({
	id,
	audience: issuer,
	tokenEndpoint: `${issuer}/connect/token`,
	typ: 'client-authentication+jwt',
	algorithms: HELSEID_ALGORITHMS,
	maxLifetime: { seconds: 60, inclusive: true },
});

export const ENVIRONMENTS: Record<EnvironmentId, Environment> = {
	'helseid-test': helseId('helseid-test', HELSEID_TEST_ISSUER),
	'helseid-prod': helseId('helseid-prod', HELSEID_PROD_ISSUER),
	helsenorge: {
		id: 'helsenorge',
		audience: HELSENORGE_AUDIENCE,
		typ: 'JWT',
		algorithms: ['RS256'],
		// "Helsenorge aksepterer kun tokens som har exp < 2 minutter fra iat"
		maxLifetime: { seconds: 120, inclusive: false },
	},
};

export const ENVIRONMENT_IDS: readonly EnvironmentId[] = ['helseid-test', 'helseid-prod', 'helsenorge'];

/** The environment a chosen radio's value stands for; anything else (no choice, a tampered value) is HelseID test. */
export function environmentOf(value: unknown): Environment {
	return ENVIRONMENTS[ENVIRONMENT_IDS.find((id) => id === value) ?? 'helseid-test'];
}

/** HelseID's token endpoints, test and production. */
export const HELSEID_TOKEN_ENDPOINTS: readonly string[] = [
	`${HELSEID_TEST_ISSUER}/connect/token`,
	`${HELSEID_PROD_ISSUER}/connect/token`,
];

/** Where a DPoP proof needs HelseID's nonce: the token endpoints and the PAR endpoints (`/connect/par`). */
export const HELSEID_NONCE_ENDPOINTS: readonly string[] = [
	...HELSEID_TOKEN_ENDPOINTS,
	`${HELSEID_TEST_ISSUER}/connect/par`,
	`${HELSEID_PROD_ISSUER}/connect/par`,
];
