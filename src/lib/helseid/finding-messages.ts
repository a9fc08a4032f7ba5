/**
 * The findings' Norwegian sentences (code → sentence), for the client-assertion, DPoP and access-token checks. The
 * rules decide, this module words it; tests assert codes, never this text. A message never repeats a value from a
 * pasted token: it names what we expect (our own constants), numbers we computed, or the claim's name.
 */

import { NEW_EACH_TIME } from './phrases';

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
	'typ-not-exact': ({ expected }) =>
		`typ er nesten «${expected ?? ''}», men ikke nøyaktig: store bokstaver eller «application/» foran. Standarden kaller dem like, men validatoren HelseID bygger på, sammenligner tegn for tegn og avviser tokenet. Skriv nøyaktig «${expected ?? ''}».`,
	'typ-not-exact-helsenorge': ({ expected }) =>
		`typ er «${expected ?? ''}» med andre store og små bokstaver, eller med «application/» foran. Helsenorges side skriver «${expected ?? ''}»: skriv det nøyaktig slik.`,
	'typ-other': ({ expected, environment }) =>
		`typ har en verdi ${environment ?? 'mottakeren'} ikke venter. Bruk «${expected ?? ''}».`,
	'dpop-typ-ok': () => 'typ er «dpop+jwt».',
	'dpop-typ-not-exact': () =>
		'typ er nesten «dpop+jwt», men ikke nøyaktig: store bokstaver eller «application/» foran. Validatoren HelseID bygger på, godtar bare «dpop+jwt» tegn for tegn. Skriv nøyaktig «dpop+jwt».',
	'dpop-typ-missing': () => 'Headeren mangler typ. Et DPoP-bevis skal ha typ «dpop+jwt».',
	'dpop-typ-wrong': () => 'typ er ikke «dpop+jwt». Et DPoP-bevis skal alltid ha typ «dpop+jwt».',
	'dpop-typ-assertion': () =>
		'typ er «client-authentication+jwt»: dette er en client assertion, ikke et DPoP-bevis. Sjekk den med client assertion-sjekken.',

	// --- kid
	'kid-missing': () =>
		'Headeren har ingen kid. Det er greit: validatoren HelseID bygger på, prøver signaturen mot alle nøklene klienten er registrert med, og leser ikke kid. NHNs VKP.Samples sender heller ingen kid. Det er signaturen som avgjør.',
	'kid-missing-helsenorge': () => 'Headeren har ingen kid. Helsenorges side nevner ikke kid, så det kan være greit.',
	'kid-unchecked': () => 'kid er satt. Lim inn den offentlige nøkkelen i feltet over for å se om kid hører til den.',
	'kid-matches-key': () => 'kid er lik kid-en i nøkkelen du limte inn.',
	'kid-matches-thumbprint': () => 'kid er lik tommelavtrykket (RFC 7638) til nøkkelen du limte inn.',
	'kid-mismatch': () =>
		'kid er verken kid-en eller tommelavtrykket til nøkkelen du limte inn. HelseID leser ikke kid, så signaturen avgjør, men en kid som peker på en annen nøkkel, villeder den som leser tokenet. Sett kid til kid-en til nøkkelen klienten er registrert med, eller ta den bort. NHNs VKP.Samples setter kid til HelseIDs egen nøkkel: den linjen skal du ikke kopiere.',

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
	'aud-array': ({ expected }) =>
		`aud er en liste. Duende IdentityServer 7, som HelseID bygger på, avviser en liste, også med én verdi. Skriv aud som én tekst: «${expected ?? ''}».`,
	'aud-not-string': ({ expected }) => `aud skal være én tekst: «${expected ?? ''}».`,
	'aud-trailing-slash': ({ expected }) =>
		`aud har skråstrek på slutten. Validatoren HelseID bygger på, godtar den, og NHNs eget BFF-eksempel sender den. Men HelseIDs issuer er «${expected ?? ''}», uten skråstrek, og NHNs HelseID.Library sender den slik. Fjern skråstreken for å være sikker.`,
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
	'time-numeric-string': ({ claim }) =>
		`${claim ?? ''} er et tall skrevet som tekst, i anførselstegn. Standarden (RFC 7519) vil ha et tall, men NHNs egne eksempler skriver det slik, og vi har lest verdien og sjekket tiden. Skriv det helst som et tall, uten anførselstegn.`,
	'time-not-number': ({ claim }) =>
		`${claim ?? ''} er ikke et tall. Tider i et JWT skal være tall (sekunder siden 1970), uten anførselstegn rundt.`,
	'lifetime-ok': ({ seconds, limit, environment }) =>
		`exp er ${seconds ?? 0} sekunder etter iat. ${environment ?? 'Mottakeren'} godtar ${limit ?? ''}.`,
	'lifetime-too-long': ({ seconds, limit, environment }) =>
		`exp er ${seconds ?? 0} sekunder etter iat, men ${environment ?? 'mottakeren'} godtar ${limit ?? ''}. Gjør levetiden kortere: NHNs egen kode bruker 10 til 60 sekunder.`,
	'lifetime-not-positive': () =>
		'exp er ikke etter iat, så tokenet er aldri gyldig. Sett exp til litt etter iat, for eksempel 30 sekunder.',
	'nbf-future': ({ seconds }) =>
		`nbf er ${seconds ?? 0} sekunder frem i tid. Tokenet avvises til da: validatoren HelseID bygger på, godtar bare 5 minutter klokkeforskjell. Sett nbf til nå (lik iat), og sjekk klokka på maskinen som lager tokenet.`,
	'nbf-future-within-skew': ({ seconds }) =>
		`nbf er ${seconds ?? 0} sekunder frem i tid. Validatoren HelseID bygger på, godtar 5 minutter klokkeforskjell, så det går nå. Men klokka på maskinen som lager tokenet, går trolig feil: sett nbf lik iat, og sjekk klokka.`,
	'nbf-ok': () => 'nbf er ikke frem i tid.',
	'exp-too-far-from-now': ({ seconds, limit, environment }) =>
		`iat er frem i tid, og exp er ${seconds ?? 0} sekunder fra nå. ${environment ?? 'Mottakeren'} godtar ${limit ?? ''} frem i tid. Sjekk klokka på maskinen som lager tokenet.`,
	expired: () => `Tokenet er utløpt, og blir avvist nå. Det er ventet for et gammelt token: ${NEW_EACH_TIME}.`,
	'issued-ahead': ({ seconds }) =>
		`iat er ${seconds ?? 0} sekunder frem i tid. Klokka på maskinen som laget tokenet, eller klokka di, går feil. HelseID krever at klienter holder klokka riktig.`,
	'dpop-iat-old': ({ value }) =>
		`Beviset ble laget for ${value ?? ''} siden. Et DPoP-bevis brukes med en gang: NHNs eksempel-API godtar det bare noen få sekunder. Kopierte du det fra en logg, er dette ventet.`,
	'dpop-iat-ok': () => 'iat er nå nettopp, som den skal være.',

	// --- jti
	'jti-missing': () =>
		'jti mangler. Gi hvert token en ny, unik jti (for eksempel en GUID). Den brukes til å avvise et token som brukes to ganger.',
	'jti-reused': () =>
		'Et annet token du har sjekket på denne siden, hadde den samme jti-en. Hvert token skal ha sin egen jti: et token med en jti som er sett før, blir avvist.',
	'jti-ok': () => 'jti er satt. Den skal være ny for hvert token.',
	'jti-short': () =>
		'jti er for kort eller har for få ulike tegn til å være tilfeldig nok. RFC 9449 ber om minst 96 bit tilfeldighet, eller en GUID. NHNs HelseID.Library bruker en ny GUID for hvert token.',
	'jti-sequential': () =>
		'jti er bare sifre, som en teller eller et tidspunkt. Da kan neste jti gjettes. Bruk en ny, tilfeldig GUID for hvert token, slik NHNs HelseID.Library gjør.',
	'jti-not-guid': () => 'jti er ikke en GUID. Helsenorges side sier at jti skal være en unik GUID.',

	// --- header members a client assertion should not have (RFC 8725, RFC 7515 §4.1.11)
	'header-key-member': ({ claim }) =>
		`Headeren har ${claim ?? ''}. Det hører hjemme i et DPoP-bevis, ikke i en client assertion: HelseID bruker bare nøkkelen klienten er registrert med. Ta ${claim ?? ''} bort, eller sjekk om du har byttet om beviset og client assertion.`,
	'crit-unknown': () =>
		'Headeren har crit, en liste over utvidelser mottakeren må forstå. Vi kjenner ingen av dem, og en mottaker som ikke forstår dem, skal avvise tokenet (RFC 7515). Ta crit bort.',
	'crit-invalid': () =>
		'Headeren har crit, men ikke som en liste med navn. Da skal tokenet avvises (RFC 7515). Ta crit bort.',

	// --- signature
	'signature-ok': () => 'Signaturen stemmer med nøkkelen du limte inn.',
	'signature-embedded-ok': () => 'Signaturen stemmer med nøkkelen i headeren (jwk).',
	'signature-invalid': () =>
		'Signaturen stemmer ikke med nøkkelen. Enten er tokenet signert med en annen privat nøkkel enn den som hører til denne offentlige nøkkelen, eller så er tokenet endret etter at det ble signert.',
	'signature-not-checked': () =>
		'Signaturen er ikke sjekket. Lim inn den offentlige nøkkelen til klienten i feltet over for å sjekke den.',
	'signature-key-mismatch': () =>
		'Nøkkelen passer ikke til alg, for eksempel en RSA-nøkkel til ES256, eller en nøkkel merket med en annen alg enn tokenet. Sjekk at tokenet er signert med den private delen av denne nøkkelen.',
	'signature-key-too-short': () => 'Nøkkelen er for kort for RSA-signaturer (under 2048 bit). Lag en ny nøkkel.',
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
	'htu-not-exact': ({ expected }) =>
		`htu er riktig adresse, men skrevet annerledes enn serveren ser den: med :443, store bokstaver i vertsnavnet eller punktum etter det. Standarden lar servere rette på det, og nyere Duende IdentityServer gjør det. Men Duende 7 og NHNs eksempel-API sammenligner tegn for tegn og avviser beviset, og hvilken versjon HelseID kjører, er ikke offentlig. Skriv nøyaktig «${expected ?? ''}».`,
	'htu-not-canonical': () =>
		'htu er skrevet annerledes enn en server ser sin egen adresse: med :443, store bokstaver i vertsnavnet eller punktum etter det. Standarden lar servere rette på det, og nyere Duende IdentityServer gjør det. Men Duende 7 og NHNs eksempel-API sammenligner tegn for tegn og avviser beviset. Skriv adressen uten :443, med små bokstaver og uten punktum etter vertsnavnet.',
	'htu-mismatch': ({ expected }) => `htu er ikke adressen du skrev. Den skal være «${expected ?? ''}».`,
	'htu-unchecked': () => 'htu er satt. Skriv adressen over for å sjekke den.',
	'nonce-needed': () =>
		'Beviset går til HelseIDs token-endepunkt eller PAR-endepunkt, men har ingen nonce. Da svarer HelseID med feilen use_dpop_nonce og en DPoP-Nonce-header. Det er ventet første gang: lag et nytt bevis med nonce fra svaret, og en ny client assertion, og send på nytt.',
	'nonce-missing': () =>
		'Beviset har ingen nonce, men du skrev en. Legg nonce fra HelseIDs DPoP-Nonce-header inn i beviset.',
	'nonce-blank': () =>
		'nonce er tom. En tom nonce er det samme som ingen nonce for HelseID: svaret blir use_dpop_nonce. HelseIDs eget eksempel har en tom nonce, men den er bare en plassholder. Legg inn nonce fra DPoP-Nonce-headeren i HelseIDs svar.',
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
	'at-scope-wrong-case': () =>
		'Et scope er skrevet med store bokstaver der VKP bruker små. Scope sammenlignes tegn for tegn (RFC 6749), så det gir ikke tilgang. Se scopene under.',
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
