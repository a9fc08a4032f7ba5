/**
 * The error-answer tool's own Norwegian: the field, who answered and how sure, the secrets found, unknown codes.
 * The explanations of the codes themselves are in messages-token.ts, messages-resource.ts, messages-helseid.ts and
 * messages-fhir.ts.
 */
/** What kind of secret a paste held (src/lib/errors/secrets.ts finds them). */
export type SecretKind =
	| 'authorization-header'
	| 'dpop-header'
	| 'cookie'
	| 'access-token'
	| 'client-assertion'
	| 'dpop-proof'
	| 'id-token'
	| 'refresh-token'
	| 'jwt'
	| 'secret-parameter';

export const fieldLabels = {
	input: 'Feilsvar fra HelseID eller API-et',
	hint: 'Lim inn hele svaret (statuslinje, headere og innhold), bare headerne, bare JSON, en OperationOutcome, en logglinje eller utskrift fra curl -i. Du kan også velge en fil eller dra den hit. Alt skjer i nettleseren din: ingenting sendes og ingenting lagres.',
	file: 'Velg fil med svaret',
	clear: 'Tøm feltet',
	noscript: 'Verktøyet trenger JavaScript. Du kan lese om feilkodene lenger ned på siden.',
} as const;

export type Answerer =
	| 'helseid-token'
	| 'helseid-par'
	| 'helseid'
	| 'token-endpoint'
	| 'jft'
	| 'pit'
	| 'vkp'
	| 'fhir-api'
	| 'api'
	| 'unknown';

export const ANSWERER_WORDS: Record<Answerer, string> = {
	'helseid-token': 'HelseIDs token-endepunkt',
	'helseid-par': 'HelseIDs PAR-endepunkt',
	helseid: 'HelseID',
	'token-endpoint': 'et token-endepunkt, trolig HelseIDs (eller PAR-endepunktet, som svarer likt)',
	jft: 'Journalføringstjenesten (JFT)',
	pit: 'Pasientinformasjonstjenesten (PIT)',
	vkp: 'VKP',
	'fhir-api': 'et FHIR-API, for eksempel VKP, JFT eller PIT',
	api: 'et API som krever tilgangstoken',
	unknown: 'ukjent',
};

export type Confidence = 'sure' | 'likely' | 'unsure';

export const CONFIDENCE_WORDS: Record<Confidence, string> = {
	sure: 'Det er sikkert.',
	likely: 'Det er sannsynlig, men ikke sikkert.',
	unsure: 'Det er usikkert.',
};

export type Reason =
	| 'host-helseid'
	| 'path-token'
	| 'path-par'
	| 'host-jft'
	| 'host-pit'
	| 'host-vkp'
	| 'hid-code'
	| 'oauth-error-body'
	| 'www-authenticate'
	| 'operation-outcome'
	| 'nothing';

export const REASON_WORDS: Record<Reason, string> = {
	'host-helseid': 'Adressen til HelseID står i det du limte inn.',
	'path-token': 'Stien /connect/token står i det du limte inn.',
	'path-par': 'Stien /connect/par står i det du limte inn.',
	'host-jft': 'Adressen til JFTs API står i det du limte inn.',
	'host-pit': 'Adressen til PITs API står i det du limte inn.',
	'host-vkp': 'En VKP-adresse eller et VKP-scope står i det du limte inn.',
	'hid-code': 'Svaret har en HID-kode, og den kommer bare fra HelseID.',
	'oauth-error-body': 'Svaret har en OAuth-feilkode i JSON uten WWW-Authenticate, slik et token-endepunkt svarer.',
	'www-authenticate': 'Svaret har headeren WWW-Authenticate, slik et API svarer når det ikke godtar tokenet.',
	'operation-outcome': 'Svaret er en FHIR OperationOutcome.',
	nothing: 'Det du limte inn, sier ikke hvem som svarte.',
};

export const SECRET_WORDS: Record<SecretKind, string> = {
	'authorization-header': 'Authorization-header',
	'dpop-header': 'DPoP-header (DPoP-bevis)',
	cookie: 'informasjonskapsel (Cookie)',
	'access-token': 'tilgangstoken',
	'client-assertion': 'client assertion',
	'dpop-proof': 'DPoP-bevis',
	'id-token': 'ID-token',
	'refresh-token': 'refresh-token',
	jwt: 'JWT',
	'secret-parameter': 'hemmelig verdi',
};

export const ENVIRONMENT_WORDS = { test: 'testmiljøet', production: 'produksjonsmiljøet' } as const;

export const fileProblems = {
	'too-large': 'Filen er for stor. Et feilsvar er noen få kilobyte: velg filen med bare svaret, eller lim det inn.',
	unreadable: 'Vi kunne ikke lese filen. Åpne den i et tekstprogram og lim inn svaret i stedet.',
} as const;

export const resultLabels = {
	answered: 'Hvem svarte',
	answeredBy: 'Svaret kom fra',
	confidence: 'Hvor sikkert',
	causes: 'Årsak og hva du gjør',
	responses: 'Svarene vi fant',
	status: 'Status',
	noStatus: 'ingen statuslinje',
	meaning: 'Hva det betyr',
	steps: 'Slik gjør du',
	source: 'Kilde:',
	sources: 'Kilder:',
	unknown: 'ukjent kode',
	unknownText:
		'Veiviseren kjenner ikke denne koden. Den vises slik den kom. Les dokumentasjonen til tjenesten som svarte.',
	description: 'Feilteksten fra tjeneren',
	secretsHeading: 'Det du limte inn, har hemmeligheter',
	secretsShown: 'Vi viser dem ikke. De er byttet ut med ‹skjult …›. Ingenting har forlatt nettleseren din.',
	secretsRevoke:
		'Har du limt dette inn andre steder, eller er det fra produksjon, må du regne det som lekket. Et tilgangstoken virker til det utløper (exp). Har en client assertion lekket, virker den til den utløper. Vårt råd: lag et nytt nøkkelpar i HelseIDs selvbetjening hvis du er i tvil.',
	secretsProduction:
		'Minst ett token er fra HelseIDs produksjonsmiljø. Vårt råd: ikke lim inn tokens fra produksjon. Del svaret uten headerne Authorization og DPoP.',
	refusalHeading: 'Ikke lim inn dette: det har en privat nøkkel',
	refusalDone: 'Ingenting har forlatt nettleseren din, og feltet er tømt. Les mer på',
	keyPageLink: 'siden om nøkkelsjekken',
	tooLong: 'Teksten er for lang. Lim inn bare svaret, høyst 200 000 tegn.',
	nothingFound:
		'Vi fant ingen feilkode og ingen HTTP-status i teksten. Lim inn hele svaret, med statuslinjen (HTTP/1.1 400 …) og innholdet.',
	summaryOne: 'Vi fant 1 årsak.',
	summaryMany: (count: number) => `Vi fant ${count} årsaker.`,
	nonce: 'Verdien av DPoP-Nonce (ikke hemmelig, bruk den i neste bevis)',
	algs: 'Algoritmer API-et godtar',
	scope: 'Scope API-et vil ha',
	retryAfter: 'Retry-After',
	rejectedScope: 'Scope HelseID tok bort',
	severity: 'Alvor',
	expression: 'Hvor',
	diagnostics: 'Diagnostics',
	scheme: 'Ordning',
	structureGuess: 'Funnet ut fra teksten i diagnostics.',
} as const;
