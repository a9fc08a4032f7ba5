/**
 * The HelseID tools' Norwegian words beside the findings (finding-messages.ts has those): times, the claims the
 * access-token explainer knows, the VKP scopes, and the islands' own words. Tests assert codes, never this text.
 */
import type { EnvironmentId } from './environments';
import { NEW_EACH_TIME } from './phrases';
import type { Severity } from './findings';
import type { DpopApiScope, ParsedScope } from './scopes';
import type { LinkedText } from '../shared/linked-text';
import type { SourceId } from './sources';

export const environmentNames: Record<EnvironmentId, string> = {
	'helseid-test': 'HelseID test',
	'helseid-prod': 'HelseID produksjon',
	helsenorge: 'Helsenorge',
};

/** A finding's severity in words, so it is not told by colour alone. */
export const severityLabels: Record<Severity, string> = {
	error: 'Feil',
	warning: 'Advarsel',
	ok: 'OK',
	info: 'Merk',
};

const TOKEN_SHAPE = 'Et JWT er tre deler skilt med punktum, og de to første begynner med «eyJ».';
const COPY_AGAIN = 'Kopier det på nytt, helt, uten noe rundt.';

/** What a paste that is not a readable JWT gets; `what` is the tool's word for what it wants. */
export const decodeMessages = {
	'too-long': (what: string) => `Teksten er for lang til å være ${what}. Lim inn bare tokenet.`,
	jwe: (what: string) =>
		`Dette er et kryptert token (JWE, fem deler skilt med punktum). Bare mottakeren kan lese det, så vi kan ikke sjekke det. ${capitalise(what)} er et signert JWT med tre deler.`,
	'not-jwt': (what: string) => `Dette er ikke ${what}. ${TOKEN_SHAPE} ${COPY_AGAIN}`,
	// Every decode message takes the tool's noun, so callers need not tell them apart; these two do not use it.
	'header-invalid': (_what?: string) =>
		`Den første delen (headeren) kan ikke leses som JSON. Tokenet er ødelagt eller avkuttet. ${COPY_AGAIN}`,
	'payload-invalid': (_what?: string) =>
		`Den andre delen (innholdet) kan ikke leses som et JSON-objekt. Tokenet er ødelagt eller avkuttet. ${COPY_AGAIN}`,
	'private-key': () =>
		'Dette er en privat nøkkel, ikke et token. Den er ikke sendt noe sted, og feltet er tømt. Den private nøkkelen skal bare ligge i systemet som signerer.',
	'private-jwk-in-header': () =>
		'Headeren har en privat nøkkel i jwk (hemmelige deler som «d»). En privat nøkkel skal aldri stå i et token: alle som ser tokenet, kan da lage sine egne. Lag et nytt nøkkelpar, og legg bare den offentlige delen i jwk. Ingenting er sendt noe sted, og feltet er tømt.',
	'internal-error': () =>
		'Noe uventet gikk galt i sjekken. Ingenting ble sendt noe sted. Prøv igjen, eller lim inn tokenet på nytt.',
} as const;

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The limit on `exp − iat` in words: "høyst 60 sekunder" (HelseID), "under 120 sekunder" (Helsenorge). */
export function lifetimeLimits(seconds: number, inclusive: boolean): string {
	return inclusive ? `høyst ${seconds} sekunder` : `under ${seconds} sekunder`;
}

/** "Bergen", "Bergen og Oslo", "Bergen, Oslo og Bodø". */
export function listText(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} og ${items.at(-1)!}`;
}

/** What the public-key field says when it cannot use what was pasted. */
export const keyReadMessages = {
	unreadable:
		'Vi fant ingen offentlig nøkkel her. Lim inn nøkkelen som JWK, JWKS eller PEM (-----BEGIN PUBLIC KEY-----).',
	notRsaOrEc:
		'Dette er verken en RSA-nøkkel eller en EC-nøkkel på P-256, P-384 eller P-521, som HelseID bruker. Lim inn den offentlige nøkkelen klienten signerer med.',
} as const;

/** The tools' words for what they read. */
export const tokenNouns = {
	assertion: 'en client assertion',
	dpop: 'et DPoP-bevis',
	accessToken: 'et tilgangstoken',
} as const;

export const timeMessages = {
	second: '1 sekund',
	seconds: (n: number) => `${n} sekunder`,
	minutes: (n: number) => (n === 1 ? '1 minutt' : `${n} minutter`),
	hours: (n: number) => (n === 1 ? '1 time' : `${n} timer`),
	days: (n: number) => `${n} døgn`,
	invalid: 'ikke et gyldig tidspunkt',
	now: { exp: 'utløper nå', iat: 'utstedt nå', nbf: 'gyldig fra nå', auth_time: 'nå' },
	expiresIn: (span: string) => `utløper om ${span}`,
	expiredAgo: (span: string) => `utløpt for ${span} siden`,
	validIn: (span: string) => `gyldig først om ${span}`,
	validSince: (span: string) => `gyldig fra for ${span} siden`,
	issuedAgo: (span: string) => `utstedt for ${span} siden`,
	issuedStale: (span: string) => `utstedt for ${span} siden: sjekk klokka hvis du nettopp laget det`,
	issuedAhead: (span: string) => `utstedt ${span} frem i tid: sjekk klokka`,
	issuedJustAhead: (span: string) => `utstedt ${span} frem i tid`,
	ago: (span: string) => `for ${span} siden`,
	inFuture: (span: string) => `om ${span}`,
} as const;

// --- the access-token explainer ------------------------------------------------------------------------------

export interface ClaimText {
	readonly text: string;
	readonly source: SourceId;
}

/** A table's own entry for a name, never one inherited from Object (a claim may be called "constructor"). */
export function ownEntry<T>(table: Readonly<Record<string, T>>, name: string): T | undefined {
	return Object.hasOwn(table, name) ? table[name] : undefined;
}

export const claimTexts = {
	known: {
		iss: {
			text: 'Utstederen: hvem som laget tokenet. Fra HelseID er det https://helseid-sts.test.nhn.no i test og https://helseid-sts.nhn.no i produksjon.',
			source: 'helseid-library-issuer',
		},
		sub: { text: 'Hvem eller hva tokenet gjelder.', source: 'rfc7519-claims' },
		aud: {
			text: 'Mottakeren: API-et eller API-ene tokenet er laget for. Et API skal avvise et token som ikke har det selv i aud. VKPs sider sier ikke hvilken aud et VKP-token har; API-et du velger i Selvbetjening heter nhn:vkp, så det er det du kan vente å se her.',
			source: 'helseid-claims',
		},
		exp: {
			text: 'Når tokenet utløper. Bruk tokenet til det utløper i stedet for å hente et nytt til hvert kall: det ber HelseID om (FK3).',
			source: 'helseid-clock',
		},
		nbf: { text: 'Tokenet kan ikke brukes før dette tidspunktet.', source: 'rfc7519-claims' },
		iat: { text: 'Når tokenet ble utstedt.', source: 'rfc7519-claims' },
		auth_time: { text: 'Når brukeren logget inn.', source: 'helseid-claims' },
		jti: { text: 'En unik ID for akkurat dette tokenet.', source: 'rfc7519-claims' },
		client_id: { text: 'Klient-ID-en til klienten som fikk tokenet: din HelseID-klient.', source: 'rfc9068' },
		scope: {
			text: 'Tilgangene (scope) tokenet gir. For VKP har de formen nhn:vkp/api/user/<FHIR-ressurs>.<read|write|*>.',
			source: 'vkp-auth',
		},
		cnf: {
			text: 'Bekreftelsen (confirmation). jkt er tommelavtrykket (RFC 7638) til DPoP-nøkkelen tokenet er bundet til: tokenet virker bare sammen med DPoP-bevis signert med den nøkkelen.',
			source: 'rfc9449-jkt',
		},
		client_amr: {
			text: 'Hvordan klienten logget inn hos HelseID. HelseID setter den, og VKP krever verdien private_key_jwt.',
			source: 'vkp-auth',
		},
		'nhn:vkp/client/claims/vkp-id': {
			text: 'VKPs egen ID for klienten. VKPs selvbetjeningsside sier at den har formen «leverandørnavn-kommunenavn» i produksjon og «leverandørnavn-test» i test. En annen VKP-side skriver formen «Leverandør_System_Kommune».',
			source: 'vkp-selvbetjening',
		},
		'helseid://claims/client/client_name': {
			text: 'Navnet på klienten, slik det er satt opp i NHN Selvbetjening. Til logging, ikke til tilgangsstyring.',
			source: 'helseid-claims',
		},
		'helseid://claims/client/claims/orgnr_parent': {
			text: 'Organisasjonsnummeret til virksomheten klienten opptrer for (overenheten).',
			source: 'helseid-claims',
		},
		'helseid://claims/client/claims/orgnr_child': {
			text: 'Organisasjonsnummeret til underenheten, for eksempel behandlingsstedet.',
			source: 'helseid-claims',
		},
		'helseid://claims/client/claims/orgnr_supplier': {
			text: 'For et system med flere kunder (multi-tenant): organisasjonsnummeret til leverandøren som har fått tilgangen delegert.',
			source: 'helseid-claims',
		},
	} satisfies Record<string, ClaimText>,
	helseidUnknown: 'Et HelseID-claim veiviseren ikke forklarer. Se HelseIDs oversikt over claims.',
	unknown: 'Ukjent for veiviseren: vist slik det står i tokenet.',
} as const;

export const headerTexts: Readonly<Record<string, ClaimText>> = {
	alg: { text: 'Algoritmen tokenet er signert med.', source: 'rfc7515-header' },
	kid: {
		text: 'ID-en til nøkkelen tokenet er signert med. API-et finner den offentlige nøkkelen med denne ID-en.',
		source: 'rfc7515-header',
	},
	typ: { text: 'Typen token. «at+jwt» betyr et tilgangstoken i JWT-form.', source: 'rfc9068' },
};

/** The FHIR resources of the VKP scopes, with a few Norwegian words for what each holds. */
export const resourceGlosses: Readonly<Record<string, string>> = {
	AllergyIntolerance: 'allergier og intoleranser',
	Bundle: 'flere ressurser sendt samlet',
	CarePlan: 'planer for pleie og oppfølging',
	Communication: 'meldinger',
	Composition: 'dokumenter',
	Condition: 'tilstander og diagnoser',
	Encounter: 'kontakter og besøk',
	EpisodeOfCare: 'forløp',
	MedicationDispense: 'utlevering av legemidler',
	MedicationStatement: 'opplysninger om legemiddelbruk',
	Patient: 'pasienten',
};

export const accessNames = { read: 'lese', write: 'skrive', '*': 'lese og skrive' } as const;

/** One scope in words: "Lese Patient (pasienten)", "Alle scope i VKP: bare i test", "Ikke et VKP-scope". */
/** JFT's and PIT's scopes (issue 20): what each gives, and that the API takes DPoP only. */
export const DPOP_SCOPE_TEXTS: Readonly<Record<DpopApiScope, string>> = {
	'nhn:jft/api': 'Journalføringstjenesten (JFT): skrive og lese hendelser. Bare med DPoP.',
	'nhn:pit/api.read': 'Pasientinformasjonstjenesten (PIT): lese pasienter. Bare med DPoP.',
	'nhn:pit/api.write': 'Pasientinformasjonstjenesten (PIT): sende pasienter. Bare med DPoP.',
};

export function scopeText(scope: ParsedScope): string {
	if (scope.kind === 'all') return 'Alle scope i VKP. Virker bare i testmiljøet.';
	if (scope.kind === 'dpop-api') return DPOP_SCOPE_TEXTS[scope.scope];
	if (scope.kind === 'other') return 'Ikke et VKP-scope.';
	if (scope.kind === 'wrong-case')
		return `Nesten et VKP-scope, men med store bokstaver. Scope sammenlignes tegn for tegn, så dette gir ikke tilgang. Skriv «${scope.expected}».`;
	const gloss = ownEntry(resourceGlosses, scope.resource);
	const access = accessNames[scope.access];
	return `${access.charAt(0).toUpperCase()}${access.slice(1)} ${scope.resource}${gloss ? ` (${gloss})` : ''}.`;
}

// --- the islands: summaries, labels, statuses ---------------------------------------------------------------

export type SummaryTool = 'assertion' | 'dpop' | 'token';

const warningCount = (n: number) => (n === 1 ? '1 advarsel' : `${n} advarsler`);
const andWarnings = (n: number) => (n > 0 ? ` og ${warningCount(n)}` : '');
const readThem = (n: number) => `les ${n === 1 ? 'den' : 'dem'} under`;

export const summaryMessages = {
	assertion: {
		errors: (errors: number, warnings: number, environment: string) =>
			`Client assertion har ${errors} feil${andWarnings(warnings)}. Rett feilene før du bruker den mot ${environment}.`,
		warnings: (warnings: number) => `Ingen feil, men ${warningCount(warnings)}: ${readThem(warnings)}.`,
		ok: (environment: string) => `Client assertion følger reglene for ${environment} som vi kan sjekke her.`,
	},
	dpop: {
		errors: (errors: number, warnings: number) =>
			`DPoP-beviset har ${errors} feil${andWarnings(warnings)}. Rett feilene, og lag et nytt bevis.`,
		warnings: (warnings: number) => `Ingen feil, men ${warningCount(warnings)}: ${readThem(warnings)}.`,
		ok: () => 'DPoP-beviset følger reglene vi kan sjekke her.',
	},
	token: {
		errors: (errors: number, warnings: number) => `Tokenet har ${errors} feil${andWarnings(warnings)}.`,
		warnings: (warnings: number) => `Tokenet er lest. Se ${warningCount(warnings)} under.`,
		ok: () => 'Tokenet er lest. Hvert claim er forklart under.',
	},
	key: (label: string, thumbprint: string, kid?: string) =>
		`Nøkkel lest: ${label}, tommelavtrykk ${thumbprint}${kid && kid !== thumbprint ? `, kid ${kid}` : ''}.`,
} as const;

/** Words the islands show around the results: headings, badges, statuses. */
export const resultLabels = {
	findings: 'Funn',
	header: 'Header',
	payload: 'Innhold (payload)',
	source: 'Kilde: ',
	unknown: 'Ukjent',
	helseidUnknown: 'HelseID-claim',
	refusalHeading: 'Ikke lim inn en privat nøkkel',
	refusalDone: 'Ingenting har forlatt nettleseren din, og feltet er tømt.',
	keyPageLink: 'Slik får du den offentlige nøkkelen fra den private',
	copied: 'Kopiert til utklippstavlen.',
	copyFailed: 'Nettleseren lot oss ikke kopiere. Merk teksten og kopier den med Ctrl+C (Cmd+C på Mac).',
	seeTool: 'Åpne siden',
} as const;

/** The islands' field labels and buttons, rendered on the server (the .astro files import them). */
export const fieldLabels = {
	environment: 'Miljø',
	assertion: 'Client assertion',
	assertionHint:
		'Lim inn hele tokenet (det begynner med eyJ). Sjekken skjer bare i nettleseren din: ingenting sendes, og ingenting lagres.',
	clientId: 'Klient-ID (valgfritt)',
	publicKey: 'Offentlig nøkkel (valgfritt)',
	publicKeyHint:
		'JWK, JWKS eller PEM. Med nøkkelen sjekkes også kid og signaturen. Lim aldri inn den private nøkkelen: den avvises.',
	clear: 'Tøm feltene',
	noscript: 'Sjekken trenger JavaScript. Uten JavaScript kan du lese reglene under.',
	// builder
	builderClientId: 'Klient-ID',
	builderScope: 'Scope (valgfritt)',
	builderScopeHint: 'Ett eller flere scope, skilt med mellomrom. Brukes bare i token-forespørselen.',
	build: 'Lag client assertion',
	rebuild: 'Lag en ny',
	checkIt: 'Sjekk den i sjekken over',
	copyAssertion: 'Kopier client assertion',
	copyHttp: 'Kopier forespørselen',
	copyCurl: 'Kopier curl-kommandoen',
	forget: 'Glem nøkkelparet',
	builtAssertion: 'Client assertion',
	httpRequest: 'Token-forespørselen',
	curlRequest: 'Det samme med curl',
	builderPublicKey: 'Den offentlige nøkkelen',
	// DPoP
	proof: 'DPoP-bevis',
	proofHint:
		'Lim inn beviset fra DPoP-headeren (det begynner med eyJ). Sjekken skjer bare i nettleseren din: ingenting sendes, og ingenting lagres.',
	method: 'HTTP-metode (valgfritt)',
	methodNone: 'Ikke valgt',
	url: 'Adresse forespørselen går til (valgfritt)',
	nonce: 'Nonce fra HelseID (valgfritt)',
	nonceHint: 'Verdien i DPoP-Nonce-headeren fra HelseIDs siste svar.',
	proofAccessToken: 'Tilgangstoken (valgfritt)',
	proofAccessTokenHint:
		'Med tokenet sjekkes også ath og cnf.jkt. Et tilgangstoken er en hemmelighet så lenge det gjelder: bruk helst et fra testmiljøet. Det lagres ikke, sendes ikke, og feltet tømmes når du forlater siden.',
	// access token
	accessToken: 'Tilgangstoken',
	accessTokenHint:
		'Bruk helst et token fra testmiljøet, eller et som er utløpt. Tokenet er en hemmelighet: det lagres ikke, sendes ikke, og feltet tømmes når du forlater siden.',
	clearOne: 'Tøm feltet',
	// scopes
	scopeTableCaption: 'VKP-ressursene i NHNs eksempelkode',
	resource: 'Ressurs',
	read: 'Lese',
	write: 'Skrive',
	allScopes: 'nhn:vkp/api/*.*: alle scope, bare i testmiljøet',
	dpopApis: 'Nyere API-er fra NHN, bare med DPoP',
	sampleScopes: 'Velg scopene fra NHNs eksempel',
	noScopes: 'Fjern alle',
	scopeResult: 'Scopene du har valgt',
	copyScopes: 'Kopier scopene',
	useScopes: 'Bruk i bestillingen',
} as const;

export const builderMessages = {
	needClientId: 'Skriv klient-ID-en først: den blir iss og sub i client assertion.',
	generating: 'Lager et nøkkelpar (RSA 2048 bit) i nettleseren …',
	built: (environment: string, seconds: number) =>
		`Client assertion er laget for ${environment}. Den gjelder i ${seconds} sekunder: ${NEW_EACH_TIME}.`,
	forgotten: 'Nøkkelparet er glemt. Neste gang lages et nytt.',
	noTokenRequest:
		'Helsenorges side beskriver client assertion, men ikke token-endepunktet eller resten av forespørselen. Finn token-endepunktet i metadataene (.well-known) for miljøet ditt.',
	dpopNote:
		'Bruker klienten DPoP, skal forespørselen også ha headeren DPoP med et DPoP-bevis. Da svarer HelseID første gang med use_dpop_nonce, og du sender på nytt med et nytt bevis og en ny client assertion.',
	endpointNote: 'I din egen kode leser du token-endepunktet fra HelseIDs metadata (.well-known/openid-configuration).',
	keyNote:
		'Nøkkelparet er laget i nettleseren bare for å prøve. Den private nøkkelen forlater ikke siden og lagres ikke; i virkeligheten signerer systemet ditt med sin egen nøkkel.',
} as const;

export const scopeBuilderMessages = {
	none: 'Ingen scope valgt ennå.',
	testOnly:
		'nhn:vkp/api/*.* virker bare i testmiljøet. Den blir ikke med i bestillingen for produksjon: velg scopene du trenger, hvert for seg.',
	saved: (count: number, kommuner: readonly string[]) =>
		`${count === 1 ? '1 scope' : `${count} scope`} er lagt inn i profilen din og brukes i ${
			kommuner.length > 0
				? `bestillingene for produksjon, én per kommune: ${listText(kommuner)}.`
				: 'bestillingen for produksjon. Legg til kommunene i sjekklisten for VKP: hver kommune får sin egen bestilling.'
		}`,
	nothingToSave: 'Velg minst ett scope for produksjon først.',
	notSaved: 'Scopene kunne ikke lagres i profilen. Åpne profilen og se om den melder om et problem med lagringen.',
	replaceTitle: 'Erstatte scopene i profilen?',
	replaceText: 'Profilen din har allerede disse scopene. De blir erstattet av scopene du har valgt her.',
	replaceConfirm: 'Erstatt scopene',
	whereUsed: [
		'Scopene i profilen brukes i ',
		{ text: 'utkastet til bestillingen for produksjon', path: '/vkp/helseid-produksjon/#e-postutkast' },
		'. Du kan også endre dem i ',
		{ text: 'profilen', path: '/verktoy/e-post/#profil' },
		'.',
	] satisfies LinkedText,
} as const;
