/**
 * Where each explanation of the error-answer tool comes from. Every explained code names at least one of these, and
 * the island links it. Checked in December 2026 against the stored pages and NHN's repositories (the README of
 * issue 19's report lists what each says); NHN's developer portal is linked on its production address.
 */
import type { Source } from '../helseid/sources';

export type { Source };

const PORTAL = 'https://utviklerportal.nhn.no/informasjonstjenester';
const RFC = 'https://www.rfc-editor.org/rfc';

export const ERROR_SOURCES = {
	'helseid-errors': {
		title: 'HelseID: feilmeldinger (utviklerportalen)',
		url: `${PORTAL}/helseid/bruksmoenstre-og-eksempelkode/bruk-av-helseid/docs/teknisk-referanse/feilmeldinger_enmd`,
	},
	'helseid-hid-codes': {
		title: 'HelseIDs eldre wiki: feilkoder for organisasjonsnumre (HID-1001 til HID-1010)',
		url: 'https://helseid.atlassian.net/wiki/pages/diffpages.action?originalId=321191940&pageId=750616578',
	},
	'helseid-orgnr': {
		title: 'HelseID: bruk av organisasjonsnumre (16.02.2026)',
		url: `${PORTAL}/helseid/bruksmoenstre-og-eksempelkode/bruk-av-helseid/docs/tekniske-mekanismer/organisasjonsnumre_no_nbmd`,
	},
	'helseid-library-rejected-scope': {
		title: 'NHNs HelseID.Library: rejected_scope i token-svaret',
		url: 'https://github.com/NorskHelsenett/HelseID.Library/blob/main/Documentation/ClientCredentialsUsage/token_requests.md',
	},
	'helseid-library-nonce-retry': {
		title: 'NHNs HelseID.Library: nytt forsøk med nonce (HelseIdClientCredentialsFlow.cs)',
		url: 'https://github.com/NorskHelsenett/HelseID.Library/blob/main/HelseId.Library.ClientCredentials/HelseIdClientCredentialsFlow.cs',
	},
	'helseid-assertion': {
		title: 'HelseID: bruk av client assertion',
		url: `${PORTAL}/helseid/bruksmoenstre-og-eksempelkode/bruk-av-helseid/docs/tekniske-mekanismer/bruk_av_client_assertion_enmd`,
	},
	'fhi-key-expiry': {
		title: 'FHIDev/Fhi.HelseId #582: utløpte nøkler',
		url: 'https://github.com/FHIDev/Fhi.HelseId/issues/582',
	},
	'jft-intro': {
		title: 'Journalføringstjenesten: introduksjon (26.02.2026)',
		url: `${PORTAL}/kommunale-samhandlingstjenester/journalfoeringstjenesten/jft-api/docs/introductionmd`,
	},
	'jft-write': {
		title: 'Journalføringstjenesten: WriteAPI (02.06.2026)',
		url: `${PORTAL}/kommunale-samhandlingstjenester/journalfoeringstjenesten/jft-api/docs/writeapi/overviewmd`,
	},
	'jft-vkp-proxy': {
		title: 'Journalføringstjenesten: VKP som reverse proxy (02.06.2026)',
		url: `${PORTAL}/kommunale-samhandlingstjenester/journalfoeringstjenesten/jft-api/docs/writeapi/vkp-reverse-proxymd`,
	},
	'pit-overview': {
		title: 'Pasientinformasjonstjenesten: PIT-API (17.06.2026)',
		url: `${PORTAL}/kommunale-samhandlingstjenester/pasientinformasjonstjenesten/pit-api/docs/overviewmd`,
	},
	'rfc6749-errors': { title: 'RFC 6749 §5.2: feilsvar fra token-endepunktet', url: `${RFC}/rfc6749#section-5.2` },
	'rfc6750-errors': { title: 'RFC 6750 §3.1: feilkoder fra API-et', url: `${RFC}/rfc6750#section-3.1` },
	'rfc9449-token-nonce': { title: 'RFC 9449 §8: nonce fra token-endepunktet', url: `${RFC}/rfc9449#section-8` },
	'rfc9449-resource-nonce': { title: 'RFC 9449 §9: nonce fra API-et', url: `${RFC}/rfc9449#section-9` },
	'rfc9449-token-error': { title: 'RFC 9449 §5: DPoP mot token-endepunktet', url: `${RFC}/rfc9449#section-5` },
	'rfc9449-challenge': { title: 'RFC 9449 §7.1: WWW-Authenticate med DPoP', url: `${RFC}/rfc9449#section-7.1` },
	'rfc9110-400': { title: 'RFC 9110 §15.5.1: 400 Bad Request', url: `${RFC}/rfc9110#section-15.5.1` },
	'rfc9110-401': { title: 'RFC 9110 §15.5.2: 401 Unauthorized', url: `${RFC}/rfc9110#section-15.5.2` },
	'rfc9110-403': { title: 'RFC 9110 §15.5.4: 403 Forbidden', url: `${RFC}/rfc9110#section-15.5.4` },
	'rfc9110-404': { title: 'RFC 9110 §15.5.5: 404 Not Found', url: `${RFC}/rfc9110#section-15.5.5` },
	'rfc9110-413': { title: 'RFC 9110 §15.5.14: 413 Content Too Large', url: `${RFC}/rfc9110#section-15.5.14` },
	'rfc9110-5xx': { title: 'RFC 9110 §15.6: 5xx, feil hos tjeneren', url: `${RFC}/rfc9110#section-15.6` },
	'rfc6585-429': { title: 'RFC 6585 §4: 429 Too Many Requests', url: `${RFC}/rfc6585#section-4` },
	'rfc9110-retry-after': { title: 'RFC 9110 §10.2.3: Retry-After', url: `${RFC}/rfc9110#section-10.2.3` },
	'fhir-operation-outcome': {
		title: 'FHIR R4: OperationOutcome',
		url: 'https://hl7.org/fhir/R4/operationoutcome.html',
	},
	'fhir-cardinality': {
		title: 'FHIR R4: antall forekomster (cardinality)',
		url: 'https://hl7.org/fhir/R4/conformance-rules.html#cardinality',
	},
	'fhir-issue-type': {
		title: 'FHIR R4: IssueType (issue.code)',
		url: 'https://hl7.org/fhir/R4/valueset-issue-type.html',
	},
	'fhir-json': { title: 'FHIR R4: JSON-formatet (lister og tomme verdier)', url: 'https://hl7.org/fhir/R4/json.html' },
} as const satisfies Record<string, Source>;

export type ErrorSourceId = keyof typeof ERROR_SOURCES;
