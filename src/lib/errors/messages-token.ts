/**
 * The codes HelseID's token endpoint (and PAR endpoint) answers with: OAuth 2.0's (RFC 6749 §5.2) as HelseID's
 * "Feilmeldinger" page explains them, DPoP's (RFC 9449 §5 and §8), and `rejected_scope` from a token answer that
 * did succeed (HelseID.Library). Norwegian, short sentences; our own advice starts with «Vårt råd:».
 */
import type { Catalogue } from './explanation';

const ASSERTION_CHECK = { text: 'Sjekk client assertion', path: '/verktoy/client-assertion/' };
const DPOP_CHECK = { text: 'Sjekk DPoP-bevis', path: '/verktoy/dpop/' };
const SCOPE_TOOL = { text: 'Velg scope for VKP', path: '/verktoy/vkp-scopes/' };

export const TOKEN_ERRORS: Catalogue = {
	invalid_request: {
		title: 'Forespørselen er ikke gyldig',
		meaning:
			'Token-endepunktet kan ikke lese forespørselen. Det mangler en parameter, en parameter står to ganger, eller en verdi er ikke støttet. HelseID nevner også feil HTTP-metode eller feil Content-Type.',
		steps: [
			['Send forespørselen som POST med Content-Type application/x-www-form-urlencoded.'],
			[
				'Sjekk at hver parameter står én gang, og at ingen mangler (grant_type, client_assertion_type, client_assertion).',
			],
			['Les feilteksten fra tjeneren over: den sier ofte hvilken parameter det gjelder.'],
		],
		sources: ['helseid-errors', 'rfc6749-errors'],
	},
	invalid_client: {
		title: 'HelseID godtok ikke klienten',
		meaning:
			'Klienten ble ikke autentisert. HelseID skriver at client assertion kan være signert med feil nøkkel, eller at klient-ID-en er feil. Det samme svaret kommer når client assertion bryter en regel: aud, typ, levetid eller en jti som er brukt før.',
		steps: [
			['Sjekk at client_id i forespørselen er den samme som iss og sub i client assertion.'],
			[
				'Lim inn client assertion i ',
				ASSERTION_CHECK,
				'. Det er verdien av client_assertion i token-forespørselen, den lange teksten som starter med eyJ. Lim inn den offentlige nøkkelen også, så sjekkes signaturen.',
			],
			[
				'Se i HelseIDs selvbetjening om nøkkelen til klienten har gått ut. Når nøkkelen er utløpt, feiler autentiseringen.',
			],
			['Lag en ny client assertion for hver forespørsel, med ny jti og ny iat.'],
		],
		sources: ['helseid-errors', 'helseid-assertion', 'fhi-key-expiry', 'rfc6749-errors'],
	},
	invalid_grant: {
		title: 'Tillatelsen er ikke gyldig',
		meaning:
			'Koden, refresh-tokenet eller en annen tillatelse er ugyldig eller utløpt. Ved innlogging med PKCE kan også code_verifier eller redirect_uri være feil.',
		steps: [
			['Hent en ny kode eller et nytt refresh-token, og bruk det bare én gang.'],
			['Bruker du PKCE: send den samme code_verifier som hørte til koden, og den samme redirect_uri.'],
		],
		sources: ['helseid-errors', 'rfc6749-errors'],
	},
	unauthorized_client: {
		title: 'Klienten får ikke bruke denne flyten',
		meaning: 'Klienten prøver en grant_type den ikke har lov til, eller en redirect_uri mangler der den trengs.',
		steps: [
			['Sjekk grant_type. For maskin-til-maskin er den client_credentials.'],
			['Se i HelseIDs selvbetjening hvilke flyter klienten er satt opp med.'],
		],
		sources: ['helseid-errors', 'rfc6749-errors'],
	},
	unsupported_grant_type: {
		title: 'grant_type mangler eller er ikke støttet',
		meaning: 'Parameteren grant_type mangler, eller den har en verdi klienten ikke kan bruke.',
		steps: [['Send grant_type=client_credentials for maskin-til-maskin, skrevet nøyaktig slik.']],
		sources: ['helseid-errors', 'rfc6749-errors'],
	},
	unsupported_response_type: {
		title: 'response_type mangler',
		meaning: 'HelseID skriver at denne feilen bare skal komme når parameteren response_type mangler.',
		steps: [['Send response_type i forespørselen til authorize- eller PAR-endepunktet.']],
		sources: ['helseid-errors'],
	},
	invalid_scope: {
		title: 'Et scope er ikke tillatt',
		meaning:
			'Klienten ber om scope den ikke har tilgang til. Eller den ber om identitets-scope (som openid) i en maskin-til-maskin-flyt.',
		steps: [
			['Sammenlign scope i forespørselen med scopene klienten har i HelseIDs selvbetjening.'],
			['Ta bort openid, profile og andre identitets-scope fra client credentials-forespørselen.'],
			['For VKP kan du lage listen med ', SCOPE_TOOL, '.'],
		],
		sources: ['helseid-errors', 'rfc6749-errors'],
	},
	use_dpop_nonce: {
		title: 'Ventet: HelseID vil ha en nonce i DPoP-beviset',
		meaning:
			'Dette er som regel ikke en feil i koden din. Beviset i den første token-forespørselen har ingen nonce, så HelseID svarer slik. HelseID sender en nonce i headeren DPoP-Nonce, og du skal prøve igjen med den.',
		steps: [
			['Les verdien av headeren DPoP-Nonce i svaret. Den står over, hvis den var med.'],
			['Lag et nytt DPoP-bevis med claimet nonce satt til denne verdien, og med ny jti og ny iat.'],
			[
				'Send hele token-forespørselen på nytt med det nye beviset i DPoP-headeren. NHNs HelseID.Library lager hele forespørselen på nytt, også client assertion.',
			],
			['Får du use_dpop_nonce igjen, lim inn beviset i ', DPOP_CHECK, ' og se om nonce er med.'],
		],
		sources: ['helseid-errors', 'rfc9449-token-nonce', 'helseid-library-nonce-retry'],
	},
	invalid_dpop_proof: {
		title: 'DPoP-beviset ble avvist',
		meaning:
			'DPoP-beviset i DPoP-headeren er ikke gyldig. Det kan være feil typ, feil htm eller htu, en gammel iat, en jti som er brukt før eller en signatur som ikke stemmer med jwk i headeren.',
		steps: [
			['Lim inn verdien av DPoP-headeren fra forespørselen i ', DPOP_CHECK, '. Den sjekker hvert claim.'],
			['htm og htu skal være nøyaktig metoden og adressen du sender til, uten spørring.'],
			['Lag et nytt bevis for hver forespørsel.'],
		],
		sources: ['rfc9449-token-error'],
	},
	rejected_scope: {
		title: 'Tokenet kom, men uten noen av scopene',
		meaning:
			'rejected_scope er ingen feilkode: HelseID ga deg et token, men tok bort scopene som står her. NHNs HelseID.Library sier at dette bare skjer for en multi-tenant-klient som representerer en organisasjon som ikke har signert de nødvendige bruksvilkårene.',
		steps: [
			['Se hvilke scope som mangler (over), og hvilket organisasjonsnummer du sendte.'],
			['Organisasjonen må signere bruksvilkårene. HelseID.Library sier ikke hvor det gjøres. Spør NHNs kundesenter.'],
		],
		sources: ['helseid-library-rejected-scope'],
	},
};
