/**
 * The DPoP proof builder's Norwegian words (the builder is dpop-builder.ts, the island DpopBuilder.astro). Kept
 * beside messages.ts so that file stays one sitting long; the shared field labels (method, URL, nonce, access
 * token) come from messages.ts. Tests assert codes, never this text.
 */
import type { ProofAlg, ProofError, ProofNote } from './dpop-builder';

export const proofAlgNames: Record<ProofAlg, string> = {
	ES256: 'ES256 (elliptisk kurve P-256)',
	RS256: 'RS256 (RSA 2048 bit)',
	PS256: 'PS256 (RSA 2048 bit, PSS)',
};

export const dpopBuilderLabels = {
	alg: 'Nøkkeltype',
	method: 'HTTP-metode for beviset',
	url: 'Adresse for beviset',
	nonce: 'Nonce til beviset (valgfritt)',
	accessToken: 'Tilgangstoken til API-kallet (valgfritt)',
	urlHint: 'Token-endepunktet eller adressen i API-et. En ?- eller #-del tas bort.',
	accessTokenHint:
		'Bare for kall til et API: da får beviset ath. Tokenet vises ikke, lagres ikke og sendes ikke, og feltet tømmes når du forlater siden.',
	build: 'Lag DPoP-bevis',
	rebuild: 'Lag et nytt bevis',
	checkIt: 'Sjekk det i sjekken over',
	copyProof: 'Kopier beviset',
	proof: 'DPoP-beviset',
	header: 'Header, med den offentlige nøkkelen i jwk',
	payload: 'Innhold (payload)',
	thumbprint: 'Tommelavtrykket (RFC 7638)',
	thumbprintNote: 'HelseID setter dette tommelavtrykket som cnf.jkt i tilgangstokenet.',
	notes: 'Merk',
} as const;

export const dpopBuilderMessages = {
	keyNote:
		'Nøkkelparet lages i nettleseren din, bare for å prøve. Den private nøkkelen kan ikke leses ut: den vises ikke, lagres ikke og sendes ikke. Den er borte når du lukker siden.',
	generating: (alg: string) => `Lager et nøkkelpar (${alg}) i nettleseren …`,
	built: (alg: string) => `DPoP-beviset er laget med ${alg}. Det gjelder for én forespørsel: lag et nytt for hver.`,
	forgotten: 'Nøkkelparet er glemt. Neste gang lages et nytt.',
	unsupported:
		'Nettleseren din kan ikke lage nøkler her. Den trenger WebCrypto, som bare virker over https. Prøv en nyere nettleser.',
} as const;

export const proofErrorMessages: Record<ProofError, string> = {
	'method-invalid': 'Velg en HTTP-metode.',
	'url-missing': 'Skriv adressen forespørselen går til, for eksempel https://helseid-sts.test.nhn.no/connect/token.',
	'url-invalid': 'Adressen må begynne med https:// eller http://. Skriv hele adressen.',
	'access-token-private-key':
		'Feltet for tilgangstoken hadde en privat nøkkel. Den er ikke brukt og ikke sendt noe sted, og feltet er tømt. Lim inn tilgangstokenet fra HelseID.',
};

export const proofNoteMessages: Record<ProofNote, string> = {
	'query-stripped': 'Delen etter ? eller # er tatt bort: htu har den ikke (RFC 9449).',
	'url-normalised':
		'Adressen er skrevet på standardform i htu: små bokstaver i vertsnavnet, og uten :443 eller :80. Bruk den samme formen i koden din.',
	'nonce-missing':
		'Beviset har ingen nonce. HelseIDs token-endepunkt svarer da use_dpop_nonce. Lim inn verdien fra DPoP-Nonce, og lag et nytt bevis.',
	'ath-added': 'Beviset har ath: en hash av tilgangstokenet. Tokenet selv står ikke i beviset.',
};
