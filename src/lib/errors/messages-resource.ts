/**
 * What an API (VKP, JFT, PIT) answers when it will not take the token: the error codes of a `WWW-Authenticate`
 * challenge (RFC 6750 §3.1, RFC 9449 §7.1 and §9) and the HTTP statuses that matter here (RFC 9110, RFC 6585), with
 * the APIs' own size limits from NHN's pages.
 */
import type { Catalogue } from './explanation';

const TOKEN_TOOL = { text: 'Forklar tilgangstoken', path: '/verktoy/tilgangstoken/' };
const DPOP_CHECK = { text: 'Sjekk DPoP-bevis', path: '/verktoy/dpop/' };

export const RESOURCE_ERRORS: Catalogue = {
	invalid_token: {
		title: 'API-et godtok ikke tilgangstokenet',
		meaning:
			'Tokenet er utløpt, trukket tilbake, ødelagt eller ugyldig av en annen grunn. Med DPoP kan også beviset eller bindingen mellom token og bevis være feil.',
		steps: [
			['Lim inn tokenet i ', TOKEN_TOOL, ' og se exp, aud og scope.'],
			[
				'Er tokenet bundet til DPoP (claimet cnf), skal det sendes med Authorization: DPoP, ikke Bearer. JFT og PIT tar bare imot DPoP.',
			],
			['Hent et nytt token når det gamle er utløpt.'],
		],
		sources: ['rfc6750-errors', 'rfc9449-challenge', 'jft-intro', 'pit-overview'],
	},
	insufficient_scope: {
		title: 'Tokenet mangler et scope',
		meaning: 'Tokenet er gyldig, men gir ikke tilgang til det du ba om. API-et kan nevne scopet det vil ha (under).',
		steps: [
			['Lim inn tokenet i ', TOKEN_TOOL, ' og se hvilke scope det har.'],
			['JFT vil ha nhn:jft/api. PIT vil ha nhn:pit/api.read eller nhn:pit/api.write.'],
			['Be om scopet i token-forespørselen. Klienten må ha det i HelseIDs selvbetjening.'],
		],
		sources: ['rfc6750-errors', 'jft-intro', 'pit-overview'],
	},
	invalid_request: {
		title: 'Forespørselen til API-et er ikke gyldig',
		meaning: 'Det mangler en parameter, en parameter står to ganger, eller tokenet er sendt på mer enn én måte.',
		steps: [['Send tokenet bare i Authorization-headeren, én gang.'], ['Les feilteksten fra tjeneren over.']],
		sources: ['rfc6750-errors'],
	},
	use_dpop_nonce: {
		title: 'Ventet: API-et vil ha en nonce i DPoP-beviset',
		meaning: 'API-et krever en nonce som det selv har laget. Den står i headeren DPoP-Nonce. Prøv igjen med den.',
		steps: [
			['Les verdien av DPoP-Nonce i svaret (over).'],
			['Lag et nytt DPoP-bevis med nonce satt til denne verdien, ny jti, ny iat og ath for tokenet.'],
			['Send forespørselen på nytt.'],
		],
		sources: ['rfc9449-resource-nonce'],
	},
	invalid_dpop_proof: {
		title: 'API-et avviste DPoP-beviset',
		meaning: 'DPoP-beviset er ikke gyldig. Mot et API må beviset også ha ath, en SHA-256-sum av tilgangstokenet.',
		steps: [
			['Lim inn beviset i ', DPOP_CHECK, ', sammen med tokenet, så sjekkes også ath.'],
			['htm og htu skal være nøyaktig metoden og adressen til API-kallet.'],
		],
		sources: ['rfc9449-challenge'],
	},
	algs: {
		title: 'Algoritmene API-et tar imot for DPoP',
		meaning: 'algs lister algoritmene API-et godtar for DPoP-bevis.',
		steps: [['Sjekk at alg i headeren til DPoP-beviset er en av disse (over).']],
		sources: ['rfc9449-challenge'],
	},
};

export const HTTP_STATUSES: Catalogue = {
	'400': {
		title: '400 Bad Request',
		meaning:
			'Tjeneren kunne ikke lese forespørselen. JFT svarer 400 på JSON som ikke er gyldig FHIR R4, eller der påkrevde FHIR-elementer mangler.',
		steps: [['Les feilteksten i svaret. Lim inn hele svaret her, med innholdet, så forklarer verktøyet mer.']],
		sources: ['rfc9110-400', 'jft-write'],
	},
	'401': {
		title: '401 Unauthorized',
		meaning:
			'API-et godtok ikke autentiseringen: tokenet mangler, er utløpt eller er ugyldig. Headeren WWW-Authenticate sier mer, hvis den er med.',
		steps: [
			['Se etter WWW-Authenticate i svaret. Står det error der, forklares den over.'],
			['Lim inn tokenet i ', TOKEN_TOOL, '.'],
			['JFT og PIT tar bare imot Authorization: DPoP med et DPoP-bevis i headeren DPoP.'],
		],
		sources: ['rfc9110-401', 'jft-intro', 'pit-overview'],
	},
	'403': {
		title: '403 Forbidden',
		meaning:
			'API-et vet hvem du er, men du har ikke tilgang. Det kan være et scope som mangler, eller en tilgang som ikke er gitt.',
		steps: [['Lim inn tokenet i ', TOKEN_TOOL, ' og se scope.'], ['PIT krever claimet orgnr_parent i tokenet.']],
		sources: ['rfc9110-403', 'pit-overview'],
	},
	'404': {
		title: '404 Not Found',
		meaning: 'Adressen finnes ikke hos tjeneren.',
		steps: [['Sjekk adressen, også miljøet (test eller produksjon) og versjonen i stien (/v1/).']],
		sources: ['rfc9110-404'],
	},
	'413': {
		title: '413 Content Too Large',
		meaning:
			'Forespørselen er for stor. JFTs WriteAPI har en grense på omtrent 1 MB. PIT har omtrent 900 KB for POST /v1/Patient.',
		steps: [['Gjør forespørselen mindre, for eksempel ved å sende færre ressurser i hver.']],
		sources: ['rfc9110-413', 'jft-write', 'pit-overview'],
	},
	'429': {
		title: '429 Too Many Requests',
		meaning: 'Du har sendt for mange forespørsler på kort tid.',
		steps: [
			['Vent før du prøver igjen. Står Retry-After i svaret, sier den hvor lenge (over).'],
			['Vårt råd: gjenbruk tilgangstokenet til det utløper i stedet for å hente et nytt til hvert kall.'],
		],
		sources: ['rfc6585-429', 'rfc9110-retry-after'],
	},
	'5xx': {
		title: 'Feil hos tjeneren',
		meaning: 'Tjeneren eller noe foran den feilet. Det er ikke nødvendigvis noe galt med forespørselen din.',
		steps: [
			['Prøv igjen litt senere.'],
			['Vedvarer feilen, kontakt NHNs kundesenter med tidspunktet og eventuell ID for feilen fra svaret.'],
		],
		sources: ['rfc9110-5xx'],
	},
};
