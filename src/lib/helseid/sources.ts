/**
 * Where each rule of the HelseID tools comes from: NHN's pages, NHN's own code on GitHub, Helsenorge's page and the
 * standards. Every finding names one of these, and the island links it, so a supplier can read the source for
 * themselves. Checked against the stored pages and repositories in November 2026 (see the README); a GitHub link
 * points at the file on its main branch, which may have changed since.
 */

export interface Source {
	/** Norwegian, as the link text says it. */
	readonly title: string;
	readonly url: string;
}

const GITHUB = 'https://github.com/NorskHelsenett';
const PORTAL = 'https://utviklerportal.nhn.no/informasjonstjenester/helseid';
const DUENDE =
	'https://github.com/DuendeSoftware/products/blob/main/identity-server/src/IdentityServer/Validation/Default';

export const SOURCES = {
	// --- client assertion
	'helseid-assertion-portal': {
		title: 'HelseID: bruk av client assertion (NHNs utviklerportal)',
		url: `${PORTAL}/bruksmoenstre-og-eksempelkode/bruk-av-helseid/docs/tekniske-mekanismer/bruk_av_client_assertion_enmd`,
	},
	'helseid-assertion-wiki': {
		title: 'HelseID: client assertion (HelseIDs eldre wiki-side)',
		url: 'https://helseid.atlassian.net/wiki/pages/viewpage.action?pageId=541982723',
	},
	'helseid-sfm-example': {
		title: 'HelseID: SFM-id for multi-tenant-klienter (eksempel på client assertion, 16.02.2026)',
		url: `${PORTAL}/bruksmoenstre-og-eksempelkode/bruk-av-helseid/docs/tekniske-mekanismer/sfm-id_for_multi_tenant-klienter_enmd`,
	},
	'helseid-library-claims': {
		title: 'NHNs HelseID.Library: claims i client assertion',
		url: `${GITHUB}/HelseID.Library/blob/main/HelseId.Library.ClientCredentials/PayloadClaimCreators/ClientAssertionPayloadClaimsCreator.cs`,
	},
	'helseid-library-typ': {
		title: 'NHNs HelseID.Library: typ i client assertion',
		url: `${GITHUB}/HelseID.Library/blob/main/HelseId.Library/Models/Payloads/PayloadClaimParameters.cs`,
	},
	'helseid-library-issuer': {
		title: 'NHNs HelseID.Library: HelseIDs issuer i test og produksjon',
		url: `${GITHUB}/HelseID.Library/blob/main/HelseId.Library/Configuration/HelseIdConfiguration.cs`,
	},
	'vkp-samples-aud-fix': {
		title: 'NHNs VKP.Samples: client assertion etter de nye kravene (7. april 2025)',
		url: `${GITHUB}/VKP.Samples/commit/f06074143bb10f138b4510616d34fa23ee30acdc`,
	},
	'helseid-bff-sample': {
		title: 'NHNs BFF-eksempel: Authority med skråstrek på slutten',
		url: `${GITHUB}/HelseID.Samples/blob/master/HelseId.Core.BFF.Sample/Client/appsettings.Development.json`,
	},
	'helseid-algorithms': {
		title: 'NHNs JwkGenerator: algoritmene HelseID godtar',
		url: `${GITHUB}/HelseID.Samples/blob/master/HelseId.JwkGenerator/AlgorithmValidator.cs`,
	},
	'vkp-samples-no-kid': {
		title: 'NHNs VKP.Samples: HelseId.json (nøkkelen har ingen kid)',
		url: `${GITHUB}/VKP.Samples/blob/main/Common/HelseId.json`,
	},
	'vkp-samples-kid': {
		title: 'NHNs VKP.Samples: HelseIdService.cs (kid-linjen du ikke skal kopiere)',
		url: `${GITHUB}/VKP.Samples/blob/main/Common/HelseIdService.cs`,
	},
	'helseid-constants': {
		title: 'NHNs HelseID.Library: client_assertion_type',
		url: `${GITHUB}/HelseID.Library/blob/main/HelseId.Library/Models/Constants/HelseIdConstants.cs`,
	},
	'helseid-token-request': {
		title: 'NHNs HelseID.Library: token-forespørselen med client assertion',
		url: `${GITHUB}/HelseID.Library/blob/main/HelseId.Library.ClientCredentials/Services/TokenRequests/ClientCredentialsTokenRequestBuilder.cs`,
	},
	'helseid-clock': {
		title: 'HelseID: funksjonelle krav til klienter (FK3 og FK4)',
		url: `${PORTAL}/protokoller-og-sikkerhetsprofil/sikkerhetsprofil/docs/funksjonelle_krav_no_nbmd`,
	},
	'duende-private-key-jwt': {
		title: 'Duende IdentityServer, som HelseID bygger på: PrivateKeyJwtSecretValidator.cs',
		url: `${DUENDE}/PrivateKeyJwtSecretValidator.cs`,
	},
	'duende-dpop-validator': {
		title: 'Duende IdentityServer, som HelseID bygger på: DefaultDPoPProofValidator.cs',
		url: `${DUENDE}/DefaultDPoPProofValidator.cs`,
	},
	'duende-clock-skew': {
		title: 'Duende IdentityServer: JwtValidationClockSkew (5 minutter)',
		url: 'https://github.com/DuendeSoftware/products/blob/main/identity-server/src/IdentityServer/Configuration/DependencyInjection/Options/IdentityServerOptions.cs',
	},
	'helsenorge-assertion': {
		title: 'Helsenorge: Client Assertion',
		url: 'https://helsenorge.atlassian.net/wiki/spaces/HELSENORGE/pages/1368752157/Client+Assertion',
	},

	// --- DPoP
	'dpop-format': {
		title: 'HelseID: formatering av DPoP-bevis',
		url: `${PORTAL}/bruksmoenstre-og-eksempelkode/bruk-av-helseid/docs/dpop/dpop-vedlegg/formatering_av_dpop_bevismd/`,
	},
	'dpop-validator': {
		title: 'NHNs HelseID.Samples: DPoPProofValidator.cs',
		url: `${GITHUB}/HelseID.Samples/blob/master/Common/ApiDPoPValidation/DPoPProofValidator.cs`,
	},
	'dpop-proof-creator': {
		title: 'NHNs HelseID.Library: DPoPProofCreator.cs',
		url: `${GITHUB}/HelseID.Library/blob/main/HelseId.Library/Services/JwtTokens/DPoPProofCreator.cs`,
	},
	'dpop-nonce-error': {
		title: 'HelseID: feilmeldinger (use_dpop_nonce)',
		url: `${PORTAL}/bruksmoenstre-og-eksempelkode/bruk-av-helseid/docs/teknisk-referanse/feilmeldinger_enmd`,
	},
	'dpop-nonce-retry': {
		title: 'NHNs HelseID.Library: nytt forsøk med nonce (HelseIdClientCredentialsFlow.cs)',
		url: `${GITHUB}/HelseID.Library/blob/main/HelseId.Library.ClientCredentials/HelseIdClientCredentialsFlow.cs`,
	},
	'dpop-header-usage': {
		title: 'NHNs HelseID.Library: Authorization: DPoP og DPoP-headeren',
		url: `${GITHUB}/HelseID.Library/blob/main/Documentation/ClientCredentialsUsage/dpop.md`,
	},
	'security-profile': {
		title: 'HelseID: sikkerhetsprofil (FAPI 2.0, 05.11.2025)',
		url: 'https://utviklerportal.nhn.no/no/informasjonstjenester/helseid/protokoller-og-sikkerhetsprofil/sikkerhetsprofil/docs/sikkerhetsprofil_enmd',
	},

	// --- access token and VKP
	'helseid-claims': {
		title: 'HelseID: claims i tokens',
		url: `${PORTAL}/bruksmoenstre-og-eksempelkode/bruk-av-helseid/docs/teknisk-referanse/claims_enmd`,
	},
	'vkp-auth': {
		title: 'Autentisering og autorisering med HelseID i VKP',
		url: 'https://utviklerportal.nhn.no/informasjonstjenester/velferdsteknologisk-knutepunkt-vkp/teknisk-dokumentasjon/om-vkp-apier/autentisering-og-autorisering-med-helseid-i-vkp',
	},
	'vkp-selvbetjening': {
		title: 'VKP: Selvbetjening (testmiljøet)',
		url: 'https://portal.test.vkpnorge.no/Selvbetjening',
	},
	'vkp-how-to-api': {
		title: 'VKP: slik bruker du API-ene',
		url: 'https://portal.test.vkpnorge.no/how-to-api',
	},
	'vkp-samples-scopes': {
		title: 'NHNs VKP.Samples: HelseId.json (scopene i eksempelet)',
		url: `${GITHUB}/VKP.Samples/blob/main/Common/HelseId.json`,
	},

	// --- standards
	'rfc7515-header': {
		title: 'RFC 7515 §4.1: headeren i et JWS',
		url: 'https://www.rfc-editor.org/rfc/rfc7515#section-4.1',
	},
	'rfc6749-scope': {
		title: 'RFC 6749 §3.3: scope skiller mellom store og små bokstaver',
		url: 'https://www.rfc-editor.org/rfc/rfc6749#section-3.3',
	},
	'rfc7515-crit': {
		title: 'RFC 7515 §4.1.11: crit',
		url: 'https://www.rfc-editor.org/rfc/rfc7515#section-4.1.11',
	},
	rfc8725: {
		title: 'RFC 8725: god praksis for JWT (JWT BCP)',
		url: 'https://www.rfc-editor.org/rfc/rfc8725#section-3.10',
	},
	'rfc7515-typ': { title: 'RFC 7515 §4.1.9: typ', url: 'https://www.rfc-editor.org/rfc/rfc7515#section-4.1.9' },
	'rfc7516-jwe': {
		title: 'RFC 7516 §7.1: JWE med fem deler',
		url: 'https://www.rfc-editor.org/rfc/rfc7516#section-7.1',
	},
	'rfc7519-claims': {
		title: 'RFC 7519 §4.1: de registrerte claimene',
		url: 'https://www.rfc-editor.org/rfc/rfc7519#section-4.1',
	},
	'rfc7519-numericdate': {
		title: 'RFC 7519 §2: NumericDate er et tall',
		url: 'https://www.rfc-editor.org/rfc/rfc7519#section-2',
	},
	'rfc7519-jwt': { title: 'RFC 7519: JSON Web Token', url: 'https://www.rfc-editor.org/rfc/rfc7519#section-7.2' },
	rfc7638: { title: 'RFC 7638: JWK-tommelavtrykk', url: 'https://www.rfc-editor.org/rfc/rfc7638' },
	rfc9068: {
		title: 'RFC 9068: JWT som tilgangstoken',
		url: 'https://www.rfc-editor.org/rfc/rfc9068#section-2.2',
	},
	'rfc9449-proof': {
		title: 'RFC 9449 §4.2: DPoP-bevisets innhold',
		url: 'https://www.rfc-editor.org/rfc/rfc9449#section-4.2',
	},
	'rfc9449-jti': {
		title: 'RFC 9449 §4.2: jti med minst 96 bit tilfeldighet',
		url: 'https://www.rfc-editor.org/rfc/rfc9449#section-4.2',
	},
	'rfc9449-check': {
		title: 'RFC 9449 §4.3: slik sjekkes et DPoP-bevis',
		url: 'https://www.rfc-editor.org/rfc/rfc9449#section-4.3',
	},
	'rfc9449-jkt': {
		title: 'RFC 9449 §6.1: cnf.jkt i tilgangstokenet',
		url: 'https://www.rfc-editor.org/rfc/rfc9449#section-6.1',
	},
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
