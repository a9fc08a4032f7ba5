/**
 * Every Norwegian sentence the key check and the key generator say to the user: the findings, keyed by code, and
 * the islands' own words (summary, labels, statuses, file names). The checker and report.ts decide, this module
 * words it; tests assert codes, never this text.
 */
import type { KeyFormat, KeySize, SigningAlg } from './types';

export type Severity = 'error' | 'warning' | 'info';

/** What a paste lost on the way and the check put right (check.ts, paste.ts); each named in `repairNames`. */
export type PasteRepair =
	| 'invisible-characters'
	| 'html-line-breaks'
	| 'escaped-line-breaks'
	| 'json-string'
	| 'quote-prefix'
	| 'json-line-breaks';

/**
 * Values a message may mention. Never pasted text: numbers we computed, and names we know (a PEM label, an
 * algorithm, a key type). A known name may be given as it was written (`"alg": "rs256"`): compared without regard
 * to case with our own list, so only its letters can come through. An unknown value is left out ("ukjent").
 */
export interface MessageParams {
	readonly bits?: number;
	readonly exponent?: string;
	readonly keyType?: string;
	readonly label?: string | undefined;
	readonly actual?: string | undefined;
	readonly value?: string | undefined;
	/** The registered spelling of a name written in the wrong case. */
	readonly expected?: string | undefined;
	/** The algorithm is for encryption, not signing. */
	readonly encryption?: boolean;
	readonly repairs?: readonly PasteRepair[];
}

/** What each repair did, in words. */
export const repairNames = {
	'invisible-characters': 'usynlige tegn (som nullbredde-mellomrom fra Teams eller Confluence) er fjernet',
	'html-line-breaks': 'HTML-linjeskift (<br>) er gjort om til vanlige linjeskift',
	'escaped-line-breaks': 'tegnene \\n (fra en JSON-streng) er gjort om til linjeskift',
	'json-string': 'anførselstegnene rundt en JSON-streng er tatt bort',
	'quote-prefix': 'sitattegnene (>) fra et e-postsvar er fjernet',
	'json-line-breaks': 'linjeskift inne i JSON-verdiene er fjernet',
} as const satisfies Record<PasteRepair, string>;

const quoted = (member: string, value: string | undefined) =>
	value === undefined ? `en verdi for "${member}" vi ikke kjenner` : `"${member}": "${value}"`;

type Wording = (params: MessageParams) => string;

const SEND_PUBLIC = 'Send bare den offentlige nøkkelen.';

export const keyMessages = {
	// --- the input as a whole
	'too-long': () => 'Teksten er for lang til å være én eller noen få offentlige nøkler. Lim inn bare nøkkelen.',
	unrecognised: () =>
		'Vi kjenner ikke igjen teksten som en nøkkel. Lim inn en PEM-blokk (-----BEGIN PUBLIC KEY-----), en JWK eller JWKS (JSON), et sertifikat, en OpenSSH-nøkkel (ssh-rsa …) eller base64-kodet DER.',
	'looks-like-jwt': () =>
		'Dette ser ut som et JWT (et signert token), ikke en nøkkel. Lim inn den offentlige nøkkelen som signerer tokenet.',
	'text-ignored': () => 'Teksten rundt nøkkelen ble ikke lest; bare selve nøkkelblokkene er sjekket.',
	'too-many-keys': ({ value }) => `Bare de ${value ?? ''} første nøklene er sjekket. Lim inn færre om gangen.`,
	'paste-repaired': ({ repairs = [] }) =>
		`Teksten var skadet da den ble limt inn, og vi rettet den opp: ${repairs.map((r) => repairNames[r]).join('; ')}. Sjekk at nøkkelen under er den du mente.`,
	'internal-error': () =>
		'Noe uventet gikk galt i sjekken. Ingenting ble sendt noe sted. Prøv igjen, eller lim inn nøkkelen i en annen form (PEM eller JWK).',

	// --- base64 and PEM armour
	'base64-invalid': () =>
		'Base64-innholdet er ødelagt: det har tegn som ikke hører hjemme i base64, eller feil lengde. Kopier nøkkelen på nytt fra filen, uten å endre den.',
	'pem-truncated': ({ label }) =>
		`PEM-blokken${label ? ` «${label}»` : ''} er avkuttet: BEGIN- eller END-linjen mangler. Kopier hele blokken, fra -----BEGIN til og med -----END-linjen.`,
	'pem-end-mismatch': ({ label, actual }) =>
		`PEM-blokken begynner med ${label ? `«BEGIN ${label}»` : 'en BEGIN-linje av ukjent type'}, men slutter med ${actual ? `«END ${actual}»` : 'en annen END-linje'}. Kopier blokken på nytt fra filen.`,
	'pem-header-malformed': () =>
		'BEGIN- eller END-linjen er ikke skrevet helt etter standarden (fem bindestreker og store bokstaver på hver side, alt på én linje). Vi leste nøkkelen likevel, men send den slik den står i feltet «PEM» under.',
	'pem-unknown-header': ({ label }) =>
		`PEM-blokken ${label ? `«${label}»` : 'har en ukjent type og'} er ikke en offentlig nøkkel. Vi leser «PUBLIC KEY», «RSA PUBLIC KEY» og «CERTIFICATE».`,
	'pem-csr': () =>
		'Dette er en sertifikatforespørsel (CSR), ikke en nøkkel. Lim inn den offentlige nøkkelen (-----BEGIN PUBLIC KEY-----).',
	'pem-label-mismatch': ({ label, actual }) =>
		`PEM-blokken sier «${label ?? ''}», men innholdet er ${actual ?? 'noe annet'}. Vi leste innholdet; send nøkkelen i formene vist under.`,
	'der-truncated': () =>
		'Nøkkelen er avkuttet: innholdet slutter før nøkkelen er ferdig. Kopier hele nøkkelen på nytt fra filen.',
	'der-invalid': () =>
		'Innholdet er gyldig base64, men ikke en nøkkelstruktur vi kjenner (SPKI, PKCS#1 eller X.509-sertifikat). Sjekk at du kopierte riktig fil.',

	// --- JSON
	'json-invalid': () =>
		'Teksten ser ut som JSON, men kan ikke leses som JSON (for eksempel manglende klammeparentes, komma eller anførselstegn).',
	'json-key-inside': () => 'Nøkkelen sto som en verdi inne i JSON-teksten. Vi leste den derfra.',
	'json-not-jwk': () =>
		'Dette er JSON, men ikke en JWK eller JWKS: en JWK har feltet "kty", en JWKS har feltet "keys" med en liste av JWK-er.',
	'jwks-empty': () => 'JWKS-en har ingen nøkler i "keys".',
	'jwk-invalid': () =>
		'JWK-en mangler "n" eller "e", eller de er ikke gyldig base64url. En offentlig RSA-JWK har "kty": "RSA", "n" og "e".',
	'jwk-unknown-kty': ({ value }) =>
		`JWK-en har ${quoted('kty', value)}, som ikke er en nøkkeltype vi leser. En offentlig RSA-nøkkel har "kty": "RSA".`,
	'jwk-kty-case': ({ value }) =>
		`JWK-en har "kty": "${value ?? ''}". Nøkkeltypen skal skrives "RSA" med store bokstaver (RFC 7517 §4.1), og noen tjenester avviser den ellers. Vi leste nøkkelen; JWK-en under har "RSA".`,
	'jwk-use-not-sig': ({ value }) =>
		`JWK-en har ${quoted('use', value)}. En nøkkel for klientautentisering skal ha "use": "sig"; JWK-en under har det.`,
	'jwk-alg-unexpected': ({ value, expected, encryption }) =>
		expected
			? `JWK-en har "alg": "${value ?? ''}". Algoritmen skal skrives "${expected}" (RFC 7518 §3.1), og noen tjenester avviser den ellers; JWK-en under har "${expected}".`
			: encryption
				? `JWK-en har "alg": "${value ?? ''}", en algoritme for kryptering, ikke signering. HelseID bruker nøkkelen til å signere (RS256, RS384, RS512, PS256, PS384 eller PS512); bruk en egen nøkkel til signering. JWK-en under har ingen "alg".`
				: `JWK-en har ${quoted('alg', value)}. For en RSA-nøkkel til HelseID forventes RS256, RS384, RS512, PS256, PS384 eller PS512; JWK-en under har ingen "alg".`,
	'jwk-not-base64url': () =>
		'"n" eller "e" er skrevet i vanlig base64 (med +, / eller =), ikke i base64url uten utfylling slik RFC 7518 krever. Vi leste tallene; JWK-en under er skrevet riktig.',
	'jwk-leading-zero': () =>
		'"n" eller "e" begynner med en ekstra byte med verdien 0, som RFC 7518 ikke tillater. Tommelavtrykket og JWK-en under bruker tallet uten den.',
	'jwk-kid-unsafe': () =>
		'"kid" inneholder usynlige tegn eller styretegn (vist som [U+…] over). Slike tegn kan få teksten til å se annerledes ut enn den er. JWK-en under bruker tommelavtrykket som kid.',

	// --- other ways of writing a key
	'ssh-line-joined': () =>
		'OpenSSH-nøkkelen var delt over flere linjer (slik e-postprogrammer bryter lange linjer). Vi satte linjene sammen igjen.',
	'ssh-invalid': () =>
		'OpenSSH-nøkkelen (ssh-rsa …) kan ikke leses: base64-delen er ødelagt eller avkuttet. Kopier hele linjen fra .pub-filen.',
	'xml-invalid': () =>
		'XML-nøkkelen (<RSAKeyValue>) kan ikke leses: <Modulus> eller <Exponent> mangler eller er ikke gyldig base64.',

	// --- what the key turned out to be
	'certificate-given': () =>
		'Du limte inn et sertifikat. Nøkkelen i sertifikatet er sjekket; send selve nøkkelen (PEM eller JWK under), ikke sertifikatet, med mindre mottakeren ber om sertifikatet.',
	'pkcs1-given': () =>
		'Nøkkelen var i PKCS#1-form (-----BEGIN RSA PUBLIC KEY-----). Under står den samme nøkkelen som SPKI (-----BEGIN PUBLIC KEY-----), som de fleste verktøy venter.',
	'der-given': () => 'Nøkkelen var base64-kodet DER uten PEM-linjer. Under står den samme nøkkelen som PEM og JWK.',
	'openssh-given': () =>
		'Dette er en OpenSSH-nøkkel (ssh-rsa). Under står den samme RSA-nøkkelen som PEM og JWK; send den formen mottakeren ber om.',
	'openssh-certificate': () =>
		'Dette er et OpenSSH-sertifikat (ssh-rsa-cert-v01@openssh.com). RSA-nøkkelen i sertifikatet er sjekket; under står den som PEM og JWK.',
	'xml-given': () =>
		'Dette er en RSA-nøkkel i XML (<RSAKeyValue>, fra .NET eller XML-DSig). Under står den samme nøkkelen som PEM og JWK.',
	'rsa-pss-key': () =>
		'Nøkkelen er merket for bare RSA-PSS. Under står den som en vanlig RSA-nøkkel (samme tall, samme tommelavtrykk).',
	'not-rsa': ({ keyType }) =>
		`Dette er en ${keyType ?? 'annen'}-nøkkel, ikke en RSA-nøkkel. Tjenestene ber om en offentlig RSA-nøkkel; lag en RSA-nøkkel (se kommandoene på siden).`,
	'key-too-small': ({ bits }) =>
		`Nøkkelen er på ${bits ?? '?'} bit. RSA-nøkler under 2048 bit godtas ikke lenger. Lag en ny nøkkel på 4096 (eller minst 2048) bit.`,
	'key-too-large': ({ bits }) =>
		`Nøkkelen er på ${bits ?? '?'} bit, mer enn nettlesere og de fleste tjenester håndterer (16384). Lag en nøkkel på 4096 bit.`,
	'modulus-not-whole-bytes': ({ bits }) =>
		`Modulus er på ${bits ?? '?'} bit, som ikke er et helt antall byte. Vanlige verktøy lager 2048, 3072 eller 4096 bit; sjekk hvordan nøkkelen ble laget.`,
	'modulus-invalid': () => 'Modulus er et partall, så dette kan ikke være en gyldig RSA-nøkkel. Lag en ny nøkkel.',
	'exponent-unusual': ({ exponent }) =>
		`Den offentlige eksponenten er ${exponent ?? '?'}, ikke den vanlige 65537. Noen tjenester avviser det; lag helst en ny nøkkel med standardverdiene.`,
	'exponent-too-small': ({ exponent }) =>
		`Den offentlige eksponenten er ${exponent ?? '?'}. FIPS 186-5 krever at den er større enn 65536, og små eksponenter som 3 har vært brukt til å forfalske signaturer. Lag en ny nøkkel med eksponenten 65537 (standardverdien i openssl, .NET og Java).`,
	'exponent-too-large': ({ exponent }) =>
		`Den offentlige eksponenten er ${exponent ?? '?'}, større enn FIPS 186-5 tillater (under 2^256). Lag en ny nøkkel med eksponenten 65537.`,
	'exponent-invalid': ({ exponent }) =>
		`Den offentlige eksponenten er ${exponent ?? '?'}, som ikke er gyldig for RSA (den må være et oddetall større enn 1). Lag en ny nøkkel.`,
	'webcrypto-rejected': () =>
		'Nettleseren vil ikke ta inn nøkkelen som RSA-nøkkel, så andre verktøy kan også avvise den. Tallene under er lest direkte fra nøkkelen.',
	'duplicate-key': () => 'Denne nøkkelen står flere ganger i teksten (samme tommelavtrykk).',
	'key-ok': ({ bits }) => `Offentlig RSA-nøkkel på ${bits ?? '?'} bit. Den kan sendes.`,

	// --- secrets: refused, never echoed
	'private-key-pkcs8': () =>
		`Dette er en privat nøkkel (-----BEGIN PRIVATE KEY-----). Den er hemmelig og skal aldri sendes til noen. ${SEND_PUBLIC}`,
	'private-key-pkcs1': () =>
		`Dette er en privat RSA-nøkkel (-----BEGIN RSA PRIVATE KEY-----). Den er hemmelig og skal aldri sendes til noen. ${SEND_PUBLIC}`,
	'private-key-encrypted': () =>
		`Dette er en kryptert privat nøkkel (-----BEGIN ENCRYPTED PRIVATE KEY-----). Den skal heller ikke sendes, selv om den er kryptert. ${SEND_PUBLIC}`,
	'private-key-jwk': () =>
		`Dette er en privat JWK: den har hemmelige felt ("d", "p", "q", "dp", "dq" eller "qi"). Den skal aldri sendes til noen. ${SEND_PUBLIC}`,
	'private-key-jwks': () =>
		`JWKS-en inneholder en privat nøkkel (en JWK med "d", "p", "q", "dp", "dq" eller "qi"). Den skal aldri sendes til noen. ${SEND_PUBLIC}`,
	'private-key-other': ({ keyType }) =>
		`Dette er en privat nøkkel (${keyType ?? 'ukjent form'}). Den er hemmelig og skal aldri sendes til noen. ${SEND_PUBLIC}`,
	'secret-key-jwk': () =>
		'Dette er en symmetrisk nøkkel (JWK med "kty": "oct" og "k"), en hemmelighet som aldri skal sendes. Tjenestene trenger en offentlig RSA-nøkkel.',
} as const satisfies Record<string, Wording>;

export type FindingCode = keyof typeof keyMessages;

/** What a DER structure is, for "the PEM label says X, but the content is Y". */
export const structureNames = {
	spki: 'en offentlig nøkkel i SPKI-form',
	'pkcs1-public': 'en offentlig RSA-nøkkel i PKCS#1-form',
	certificate: 'et sertifikat',
	'pkcs8-private': 'en privat nøkkel',
	'pkcs1-private': 'en privat nøkkel',
	'encrypted-private': 'en privat nøkkel',
	'ec-private': 'en privat nøkkel',
	pkcs12: 'en PKCS#12-fil med privat nøkkel',
	truncated: 'avkuttet',
	unknown: 'ukjent',
} as const;

/** An exponent too long to write out. */
export function bigNumberText(bits: number): string {
	return `et tall på ${bits} bit`;
}

export function keyMessage(code: FindingCode, params: MessageParams = {}): string {
	return keyMessages[code](params);
}

// --- the key check island: around the findings ---------------------------------------------------------------

/** A finding's severity in words, so it is not told by colour alone. */
export const severityLabels = { error: 'Feil', warning: 'Advarsel', info: 'Merk' } as const satisfies Record<
	Severity,
	string
>;

/** How a key was given, as its card says ("Gitt som"). */
export const formatNames = {
	'spki-pem': 'PEM, offentlig nøkkel (SPKI)',
	'pkcs1-pem': 'PEM, RSA PUBLIC KEY (PKCS#1)',
	'x509-pem': 'X.509-sertifikat (PEM)',
	'x509-base64': 'X.509-sertifikat (base64, uten PEM-linjer)',
	'der-base64': 'base64-kodet DER',
	jwk: 'JWK',
	jwks: 'JWKS',
	openssh: 'OpenSSH (ssh-rsa)',
	xml: '.NET-XML (RSAKeyValue)',
} as const satisfies Record<KeyFormat, string>;

/** The one line above the findings that says what the paste amounts to; `count` is a number of keys. */
export const summaryMessages = {
	'ok-one': () => 'Nøkkelen er en gyldig offentlig RSA-nøkkel.',
	'ok-several': ({ count }: { count: number }) => `${count} gyldige offentlige RSA-nøkler.`,
	'warning-one': () => 'Nøkkelen kan brukes, men les merknadene.',
	'warning-several': ({ count }: { count: number }) => `${count} nøkler kan brukes, men les merknadene.`,
	'no-key': () => 'Vi fant ingen offentlig RSA-nøkkel som kan brukes.',
	'some-unusable': () => 'Noe av det du limte inn kan ikke brukes. Se feilene.',
	unusable: () => 'Nøkkelen kan ikke brukes slik den er.',
	'private-key': () => 'Dette er en privat nøkkel. Den er ikke sendt noe sted, og feltet er tømt.',
} as const;

export type SummaryCode = keyof typeof summaryMessages;

/** What the check island says after the user chose a file, copied, downloaded or saved a thumbprint. */
export const checkStatusMessages = {
	'file-too-large': () => 'Filen er for stor til å være en nøkkel. Velg filen med den offentlige nøkkelen.',
	'file-unreadable': () => 'Filen kunne ikke leses. Prøv igjen, eller lim inn innholdet.',
	copied: () => 'Kopiert til utklippstavlen.',
	'copy-failed': () => 'Nettleseren lot oss ikke kopiere. Merk teksten over og kopier den med Ctrl+C (Cmd+C på Mac).',
	downloaded: ({ fileName }: { fileName: string }) => `Lastet ned ${fileName}.`,
	'thumbprint-saved': ({ kommune }: { kommune: string }) => `Tommelavtrykket er lagret for ${kommune} i sjekklisten.`,
	'thumbprint-not-saved': () =>
		'Tommelavtrykket kunne ikke lagres. Åpne sjekklisten for VKP og se om den melder om et problem med lagringen.',
} as const;

export type CheckStatusCode = keyof typeof checkStatusMessages;

/** Headings, terms and button labels of a checked key's card and of the summary. */
export const keyCardLabels = {
	/** In front of a finding, and after a button label, when the paste held several keys. */
	findingPrefix: (block: number) => `Nøkkel ${block}: `,
	buttonSuffix: (block: number) => ` (nøkkel ${block})`,
	summaryLine: (block: number, bits: number, thumbprint: string) =>
		`Nøkkel ${block}: RSA ${bits} bit, tommelavtrykk ${thumbprint}.`,
	heading: (block: number, bits: number) => `Nøkkel ${block}: RSA ${bits} bit`,
	format: 'Gitt som',
	size: 'Størrelse',
	bits: (bits: number) => `${bits} bit`,
	exponent: 'Offentlig eksponent',
	thumbprint: 'Tommelavtrykk (RFC 7638, SHA-256)',
	copyThumbprint: 'Kopier tommelavtrykket',
	jwkHeading: 'Offentlig JWK',
	jwkNote: 'Med kid (tommelavtrykket om nøkkelen ikke hadde en kid vi kan bruke) og use: "sig". Uten private felt.',
	copyJwk: 'Kopier JWK',
	downloadJwk: 'Last ned JWK (.json)',
	pemHeading: 'PEM (SPKI)',
	copyPem: 'Kopier PEM',
	downloadPem: 'Last ned PEM (.pem)',
} as const;

/** The offer to save a key's thumbprint for one of the user's kommuner in the VKP checklist. */
export const carryOverLabels = {
	heading: 'Bruk i sjekklisten for VKP',
	noKommuner:
		'Har du kommuner i VKP-sjekklisten, kan du knytte tommelavtrykket til en av dem her. Du har ikke lagt til noen kommuner ennå: ',
	checklistLink: 'legg dem til i sjekklisten for VKP',
	select: 'Bruk dette tommelavtrykket for kommune',
	save: 'Lagre tommelavtrykket for valgt kommune',
	option: (navn: string, nummer: string) => `${navn} (${nummer})`,
	/** After a kommune's name: whether it already has a thumbprint, this one or another. */
	hasThis: ' – har dette',
	hasOther: ' – har et annet',
	/** Under the choice of kommune: what saving does to the key it has. */
	kind: {
		first: (navn: string) => `${navn} har ikke noe tommelavtrykk ennå.`,
		same: (navn: string) => `${navn} har allerede dette tommelavtrykket. Du kan lagre datoene for nøkkelen.`,
		replaces: (navn: string) =>
			`${navn} har et annet tommelavtrykk. Lagrer du, erstatter dette det gamle, og datoene for den gamle nøkkelen blir fjernet. `,
	},
	rotationLink: 'Les om å bytte nøkkel uten stans',
	datesLegend: (navn: string) => `Datoene for nøkkelen til ${navn}`,
	saved: (navn: string, withExpiry: boolean) =>
		withExpiry
			? `Tommelavtrykket og datoen nøkkelen utløper er lagret for ${navn} i sjekklisten.`
			: `Tommelavtrykket er lagret for ${navn} i sjekklisten. Legg inn datoen nøkkelen utløper, så får du varsel i sjekklisten.`,
	cardLink: (navn: string) => `Se ${navn} i sjekklisten`,
	draftLink: (navn: string) => `Gå til bestillingen for ${navn}`,
	notSaved:
		'Ingenting er lagret: nettleseren tok ikke imot endringen. Lagringsplassen kan være full, eller lagring er slått av. Det som var lagret fra før, er ikke endret. Kopier tommelavtrykket og skriv ned datoen. Frigjør plass, eller bruk en annen nettleser, og prøv igjen.',
} as const;

/** Names of the files the islands save. Public files carry the thumbprint's start, so several keys do not clash. */
export const fileNames = {
	publicJwk: (shortThumbprint: string) => `offentlig-nokkel-${shortThumbprint}.json`,
	publicPem: (shortThumbprint: string) => `offentlig-nokkel-${shortThumbprint}.pem`,
	privatePem: 'privat-nokkel.pem',
	privateJwk: 'privat-nokkel.json',
} as const;

// --- the key generator -----------------------------------------------------------------------------------------

/** Said after a size in its radio label: the size we recommend and the smallest one accepted. */
export const keySizeNotes: Partial<Record<KeySize, string>> = { 4096: 'anbefalt', 2048: 'minstekravet' };

export function keySizeLabel(bits: KeySize): string {
	const note = keySizeNotes[bits];
	return `${bits} bit${note ? ` (${note})` : ''}`;
}

export const signingAlgLabels = {
	RS256: 'RS256 (RSASSA-PKCS1-v1_5)',
	PS256: 'PS256 (RSA-PSS)',
} as const satisfies Record<SigningAlg, string>;

export const generateMessages = {
	working: ({ bits }: { bits: KeySize }) => `Lager et RSA-nøkkelpar på ${bits} bit. Det kan ta noen sekunder …`,
	done: ({ bits, alg }: { bits: KeySize; alg: SigningAlg }) =>
		`Nøkkelparet er laget (${bits} bit, ${alg}). Last ned den private nøkkelen; den offentlige er lagt inn i sjekken.`,
	forgotten: () => 'Nøkkelparet er glemt. Den private nøkkelen finnes nå bare der du eventuelt har lastet den ned.',
	unsupported: () => 'Nettleseren din kan ikke lage RSA-nøkler (WebCrypto mangler). Bruk openssl-kommandoene på siden.',
	failed: () => 'Nettleseren klarte ikke å lage nøkkelparet. Prøv igjen, eller bruk openssl-kommandoene på siden.',
} as const;
