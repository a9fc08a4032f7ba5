/**
 * Every Norwegian sentence of the HelseID tools: the findings (code → sentence), times, the claims the access-token
 * explainer knows, the VKP scopes, and the islands' own words. The rules decide, this module words it; tests
 * assert codes, never this text. A message never repeats a value from a pasted token: it names what we expect
 * (our own constants), numbers we computed, or the claim's name.
 */
import type { EnvironmentId } from './environments';
import type { Severity } from './findings';
import type { DpopApiScope, ParsedScope } from './scopes';
import type { LinkedText } from '../shared/linked-text';
import type { SourceId } from './sources';

/** Values a message may mention: expected values, computed numbers, claim names. Never pasted text. */
export interface MessageParams {
	readonly claim?: string;
	readonly expected?: string;
	readonly environment?: string;
	readonly seconds?: number;
	readonly limit?: string;
	/** A value we produced ourselves (an alg from our list, a thumbprint we computed, a duration in words). */
	readonly value?: string;
}

type Wording = (params: MessageParams) => string;

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
const NEW_EACH_TIME = 'lag en ny rett før du bruker den';

export const findingMessages = {
	// --- alg (client assertion and DPoP proof)
	'alg-missing': () =>
		'Headeren mangler alg, så ingen kan vite hvordan tokenet er signert. Sett alg til algoritmen nøkkelen signerer med, for eksempel RS256 eller PS256.',
	'alg-none': () =>
		'alg er «none»: tokenet er ikke signert. Da kan hvem som helst lage det, og det blir avvist. Signer med den private nøkkelen.',
	'alg-symmetric': ({ expected }) =>
		`alg er en HMAC-algoritme (HS…), som bruker en delt hemmelighet. HelseID godtar bare asymmetriske algoritmer, der du signerer med en privat nøkkel: ${expected ?? ''}.`,
	'alg-unknown': ({ expected, environment }) =>
		`${environment ?? 'Mottakeren'} godtar ikke denne alg-verdien. Bruk en av disse: ${expected ?? ''}.`,
	'alg-not-rs256': ({ value }) =>
		`alg er ${value ?? ''}. HelseID godtar den, men Helsenorges side oppgir RS256: bruk RS256 mot Helsenorge.`,
	'alg-ok': ({ value, environment }) => `alg er ${value ?? ''}, som ${environment ?? 'mottakeren'} godtar.`,

	// --- typ
	'typ-ok': ({ expected }) => `typ er «${expected ?? ''}».`,
	'typ-missing': ({ expected, environment }) =>
		`Headeren mangler typ. ${environment ?? 'Mottakeren'} venter «${expected ?? ''}».`,
	'typ-old-jwt': () =>
		'typ er «JWT», slik eldre sider fra HelseID sier. NHNs kode og nyere eksempler bruker nå «client-authentication+jwt». Bytt til det.',
	'typ-helsenorge-new': () =>
		'typ er «client-authentication+jwt», HelseIDs nye verdi. Helsenorges side oppgir «JWT»: bruk det mot Helsenorge.',
	'typ-is-dpop': () =>
		'typ er «dpop+jwt»: dette er et DPoP-bevis, ikke en client assertion. Sjekk det med DPoP-sjekken.',
	'typ-is-access-token': () =>
		'typ er «at+jwt»: dette er et tilgangstoken, ikke en client assertion. Se hva det inneholder på siden «Forklar tilgangstoken».',
	'typ-other': ({ expected, environment }) =>
		`typ har en verdi ${environment ?? 'mottakeren'} ikke venter. Bruk «${expected ?? ''}».`,
	'dpop-typ-ok': () => 'typ er «dpop+jwt».',
	'dpop-typ-missing': () => 'Headeren mangler typ. Et DPoP-bevis skal ha typ «dpop+jwt».',
	'dpop-typ-wrong': () => 'typ er ikke «dpop+jwt». Et DPoP-bevis skal alltid ha typ «dpop+jwt».',
	'dpop-typ-assertion': () =>
		'typ er «client-authentication+jwt»: dette er en client assertion, ikke et DPoP-bevis. Sjekk den med client assertion-sjekken.',

	// --- kid
	'kid-missing': () =>
		'Headeren mangler kid. HelseID bruker kid til å finne den offentlige nøkkelen klienten er registrert med. Sett kid til nøkkelens kid; NHNs nøkkelverktøy bruker tommelavtrykket (RFC 7638).',
	'kid-missing-helsenorge': () => 'Headeren har ingen kid. Helsenorges side nevner ikke kid, så det kan være greit.',
	'kid-unchecked': () => 'kid er satt. Lim inn den offentlige nøkkelen under for å se om kid hører til den.',
	'kid-matches-key': () => 'kid er lik kid-en i nøkkelen du limte inn.',
	'kid-matches-thumbprint': () => 'kid er lik tommelavtrykket (RFC 7638) til nøkkelen du limte inn.',
	'kid-mismatch': () =>
		'kid er verken kid-en eller tommelavtrykket til nøkkelen du limte inn. Sett kid til kid-en til nøkkelen klienten er registrert med. NHNs VKP.Samples setter kid til HelseIDs egen nøkkel: den linjen skal du ikke kopiere.',

	// --- iss, sub
	'claim-not-string': ({ claim }) => `${claim ?? 'Verdien'} skal være en tekst.`,
	'iss-missing': () => 'iss mangler. Sett iss til klient-ID-en din.',
	'sub-missing': () => 'sub mangler. Sett sub til klient-ID-en din, den samme som iss.',
	'iss-sub-differ': () => 'iss og sub er ulike. Begge skal være klient-ID-en din.',
	'iss-not-client-id': () =>
		'iss og sub er ikke lik klient-ID-en du oppga. Sjekk at du bruker riktig klient, og at klient-ID-en er kopiert helt.',
	'iss-sub-client-id': () => 'iss og sub er like, og lik klient-ID-en du oppga.',
	'iss-sub-equal': () => 'iss og sub er like. Skriv klient-ID-en din over for å sjekke at det er den.',

	// --- aud
	'aud-missing': ({ expected }) => `aud mangler. Sett aud til «${expected ?? ''}».`,
	'aud-ok': ({ expected, environment }) => `aud er «${expected ?? ''}», som ${environment ?? 'mottakeren'} venter.`,
	'aud-array': ({ expected }) => `aud er en liste. Skriv aud som én tekst: «${expected ?? ''}».`,
	'aud-not-string': ({ expected }) => `aud skal være én tekst: «${expected ?? ''}».`,
	'aud-trailing-slash': ({ expected }) =>
		`aud har skråstrek på slutten. HelseIDs issuer er «${expected ?? ''}», uten skråstrek, og NHNs HelseID.Library sender den slik. NHNs eget BFF-eksempel sender skråstreken, så det er ikke avklart om HelseID avviser den. Fjern den for å være sikker.`,
	'aud-token-endpoint': ({ expected }) =>
		`aud er token-endepunktet. Det var det gamle kravet. Nå skal aud være HelseIDs issuer: «${expected ?? ''}». NHN endret dette i 2025, etter en sikkerhetsmelding fra OpenID Foundation om private_key_jwt.`,
	'aud-other-environment': ({ expected, environment }) =>
		`aud hører til et annet miljø. Mot ${environment ?? ''} skal aud være «${expected ?? ''}».`,
	'aud-wrong': ({ expected, environment }) =>
		`aud er ikke «${expected ?? ''}». Mot ${environment ?? ''} skal aud være akkurat det.`,
	'aud-helsenorge-issuer': ({ expected }) =>
		`aud er en adresse. Helsenorges side godtar issuer fra miljøets .well-known, men den kan vi ikke sjekke her. Sjekk at aud er lik den, eller bruk «${expected ?? ''}», som siden også godtar.`,

	// --- times
	'time-missing': ({ claim, environment }) =>
		`${claim ?? ''} mangler. ${environment ?? 'Mottakeren'} venter ${claim ?? ''} som et tall (sekunder siden 1970).`,
	'time-not-number': ({ claim }) =>
		`${claim ?? ''} er ikke et tall. Tider i et JWT skal være tall (sekunder siden 1970), uten anførselstegn rundt.`,
	'lifetime-ok': ({ seconds, limit, environment }) =>
		`exp er ${seconds ?? 0} sekunder etter iat. ${environment ?? 'Mottakeren'} godtar ${limit ?? ''}.`,
	'lifetime-too-long': ({ seconds, limit, environment }) =>
		`exp er ${seconds ?? 0} sekunder etter iat, men ${environment ?? 'mottakeren'} godtar ${limit ?? ''}. Gjør levetiden kortere: NHNs egen kode bruker 10 til 60 sekunder.`,
	'lifetime-not-positive': () =>
		'exp er ikke etter iat, så tokenet er aldri gyldig. Sett exp til litt etter iat, for eksempel 30 sekunder.',
	'nbf-after-iat': () =>
		'nbf er etter iat: tokenet blir gyldig først en stund etter at det er laget. Sett nbf lik iat.',
	'nbf-ok': () => 'nbf er ikke etter iat.',
	expired: () => `Tokenet er utløpt, og blir avvist nå. Det er ventet for et gammelt token: ${NEW_EACH_TIME}.`,
	'issued-ahead': ({ seconds }) =>
		`iat er ${seconds ?? 0} sekunder fram i tid. Klokka på maskinen som laget tokenet, eller klokka di, går feil. HelseID krever at klienter holder klokka riktig.`,
	'dpop-iat-old': ({ value }) =>
		`Beviset ble laget for ${value ?? ''} siden. Et DPoP-bevis brukes med en gang: NHNs eksempel-API godtar det bare noen få sekunder. Kopierte du det fra en logg, er dette ventet.`,
	'dpop-iat-ok': () => 'iat er nå nettopp, som den skal være.',

	// --- jti
	'jti-missing': () =>
		'jti mangler. Gi hvert token en ny, unik jti (for eksempel en GUID). Den brukes til å avvise et token som brukes to ganger.',
	'jti-reused': () =>
		'Et annet token du har sjekket på denne siden, hadde den samme jti-en. Hvert token skal ha sin egen jti: et token med en jti som er sett før, blir avvist.',
	'jti-ok': () => 'jti er satt. Den skal være ny for hvert token.',

	// --- signature
	'signature-ok': () => 'Signaturen stemmer med nøkkelen du limte inn.',
	'signature-embedded-ok': () => 'Signaturen stemmer med nøkkelen i headeren (jwk).',
	'signature-invalid': () =>
		'Signaturen stemmer ikke med nøkkelen. Enten er tokenet signert med en annen privat nøkkel enn den som hører til denne offentlige nøkkelen, eller så er tokenet endret etter at det ble signert.',
	'signature-not-checked': () =>
		'Signaturen er ikke sjekket. Lim inn den offentlige nøkkelen til klienten under for å sjekke den.',
	'signature-key-mismatch': () =>
		'Nøkkelen passer ikke til alg, for eksempel en RSA-nøkkel til ES256, eller en nøkkel merket med en annen alg enn tokenet. Sjekk at tokenet er signert med den private delen av denne nøkkelen.',
	'signature-key-too-short': () => 'Nøkkelen er for kort for RSA-signaturer (under 2048 bit). Lag en ny nøkkel.',
	'signature-no-matching-key': () =>
		'Ingen av nøklene du limte inn har kid-en til tokenet, og det er flere å velge mellom. Lim inn bare nøkkelen klienten signerer med.',
	'signature-alg-refused': () => 'Signaturen er ikke sjekket, fordi alg ikke er en algoritme som godtas (se alg over).',
	'signature-unsupported': () =>
		'Nettleseren din kan ikke sjekke denne signaturen: den mangler støtte for algoritmen. Prøv en annen nettleser.',
	'signature-missing': () => 'Tokenet har ingen signatur: den tredje delen er tom.',

	// --- DPoP: the key in the header, htm, htu, nonce, ath, cnf.jkt
	'dpop-jwk-missing': () => 'Headeren mangler jwk. Et DPoP-bevis har den offentlige nøkkelen sin i headeren, i jwk.',
	'dpop-jwk-invalid': () =>
		'jwk i headeren er ikke en nøkkel vi kan lese. Den skal ha kty og de offentlige delene, for eksempel n og e for RSA, eller crv, x og y for EC.',
	'dpop-jwk-ok': ({ value }) => `jwk er en offentlig nøkkel. Tommelavtrykket (RFC 7638) er ${value ?? ''}.`,
	'htm-missing': () => 'htm mangler. Sett htm til HTTP-metoden, for eksempel POST.',
	'htm-ok': ({ expected }) => `htm er ${expected ?? ''}, som metoden du valgte.`,
	'htm-mismatch': ({ expected }) =>
		`htm er ikke ${expected ?? ''}. htm skal være nøyaktig HTTP-metoden forespørselen bruker, med store bokstaver.`,
	'htm-unchecked': () => 'htm er satt. Velg metoden over for å sjekke den.',
	'htu-missing': () => 'htu mangler. Sett htu til adressen forespørselen går til, uten ?- og #-delen.',
	'htu-not-url': () => 'htu er ikke en fullstendig adresse som begynner med https:// eller http://.',
	'htu-query': () =>
		'htu har en ?-del eller en #-del. htu skal være adressen uten dem (RFC 9449), og NHNs kode lager ikke bevis for adresser med ?-del.',
	'htu-ok': () => 'htu er adressen du skrev, uten ?- og #-delen.',
	'htu-mismatch': ({ expected }) => `htu er ikke adressen du skrev. Den skal være «${expected ?? ''}».`,
	'htu-unchecked': () => 'htu er satt. Skriv adressen over for å sjekke den.',
	'nonce-needed': () =>
		'Beviset går til HelseIDs token-endepunkt, men har ingen nonce. Da svarer HelseID med feilen use_dpop_nonce og en DPoP-Nonce-header. Det er ventet første gang: lag et nytt bevis med nonce fra svaret, og en ny client assertion, og send på nytt.',
	'nonce-missing': () =>
		'Beviset har ingen nonce, men du skrev en. Legg nonce fra HelseIDs DPoP-Nonce-header inn i beviset.',
	'nonce-ok': () => 'nonce er lik den du skrev.',
	'nonce-mismatch': () =>
		'nonce er ikke lik den du skrev. Bruk nonce fra det siste svaret fra HelseID (DPoP-Nonce-headeren).',
	'nonce-unchecked': () => 'nonce er satt. Skriv nonce fra HelseIDs svar over for å sjekke den.',
	'ath-ok': () => 'ath er SHA-256 av tilgangstokenet du limte inn.',
	'ath-missing': () =>
		'ath mangler. Når beviset følger et tilgangstoken til et API, skal ath være base64url av SHA-256 av tokenet.',
	'ath-mismatch': () =>
		'ath passer ikke med tilgangstokenet du limte inn. Beviset er laget for et annet token, eller ath er regnet ut feil: base64url av SHA-256 av hele tokenet, uten «DPoP » foran.',
	'ath-unchecked': () => 'ath er satt. Lim inn tilgangstokenet over for å sjekke den.',
	'jkt-ok': () =>
		'cnf.jkt i tilgangstokenet er tommelavtrykket til nøkkelen i beviset: tokenet er bundet til denne nøkkelen.',
	'jkt-mismatch': () =>
		'cnf.jkt i tilgangstokenet er ikke tommelavtrykket til nøkkelen i beviset. Tokenet er bundet til en annen nøkkel: bruk det samme nøkkelparet til bevisene som da du hentet tokenet.',
	'jkt-missing': () =>
		'Tilgangstokenet har ingen cnf.jkt. Da er det et vanlig Bearer-token, ikke bundet til en DPoP-nøkkel. Be om et DPoP-token, eller send det med Authorization: Bearer.',
	'jkt-unreadable': () => 'Tilgangstokenet er ikke et JWT vi kan lese, så cnf.jkt er ikke sjekket. ath er sjekket.',

	// --- access token
	'at-expired': () => 'Tokenet er utløpt. Hent et nytt.',
	'at-valid': ({ value }) => `Tokenet er gyldig i ${value ?? ''} til.`,
	'at-client-amr-ok': () => 'client_amr er private_key_jwt, som VKP krever.',
	'at-client-amr-other': () =>
		'client_amr er ikke private_key_jwt. VKP krever at klienten logger inn med private_key_jwt (client assertion).',
	'at-scope-test-only': () =>
		'nhn:vkp/api/*.* gir tilgang til alle scope i VKP, men bare i testmiljøet. I produksjon må du be om hvert scope for seg.',
	'at-dpop-bound': () =>
		'Tokenet har cnf.jkt: det er bundet til en DPoP-nøkkel. Send det med Authorization: DPoP og tokenet, og et nytt DPoP-bevis i DPoP-headeren for hvert kall.',
	'at-bearer': () => 'Tokenet har ingen cnf, så det er et Bearer-token. VKP tar imot Authorization: Bearer og tokenet.',
	'at-is-assertion': () =>
		'typ er «client-authentication+jwt»: dette er en client assertion, ikke et tilgangstoken. Sjekk den med client assertion-sjekken.',
	'at-is-dpop': () => 'typ er «dpop+jwt»: dette er et DPoP-bevis, ikke et tilgangstoken. Sjekk det med DPoP-sjekken.',
	'at-signature-not-checked': () =>
		'Signaturen er ikke sjekket her. Det gjør API-et, med HelseIDs offentlige nøkler fra metadataene.',
} as const satisfies Record<string, Wording>;

export type FindingCode = keyof typeof findingMessages;

/** What a paste that is not a readable JWT gets; `what` is the tool's word for what it wants. */
export const decodeMessages = {
	'too-long': (what: string) => `Teksten er for lang til å være ${what}. Lim inn bare tokenet.`,
	jwe: (what: string) =>
		`Dette er et kryptert token (JWE, fem deler skilt med punktum). Bare mottakeren kan lese det, så vi kan ikke sjekke det. ${capitalise(what)} er et signert JWT med tre deler.`,
	'not-jwt': (what: string) => `Dette er ikke ${what}. ${TOKEN_SHAPE} ${COPY_AGAIN}`,
	'header-invalid': () =>
		`Den første delen (headeren) kan ikke leses som JSON. Tokenet er ødelagt eller avkuttet. ${COPY_AGAIN}`,
	'payload-invalid': () =>
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
	issuedAhead: (span: string) => `utstedt ${span} fram i tid: sjekk klokka`,
	issuedJustAhead: (span: string) => `utstedt ${span} fram i tid`,
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
			text: 'Navnet på klienten, slik det er satt opp i HelseID Selvbetjening. Til logging, ikke til tilgangsstyring.',
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
