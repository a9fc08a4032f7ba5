/**
 * Every Norwegian sentence the key check says to the user, keyed by finding code. The checker decides, this
 * module words it; tests assert codes, never this text.
 */

export type Severity = 'error' | 'warning' | 'info';

/** Values a message may mention. Never any part of a pasted key: only numbers and names we produced. */
export interface MessageParams {
	readonly bits?: number;
	readonly exponent?: string;
	readonly keyType?: string;
	readonly label?: string;
	readonly actual?: string;
	readonly value?: string;
}

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
	'internal-error': () =>
		'Noe uventet gikk galt i sjekken. Ingenting ble sendt noe sted. Prøv igjen, eller lim inn nøkkelen i en annen form (PEM eller JWK).',

	// --- base64 and PEM armour
	'base64-invalid': () =>
		'Base64-innholdet er ødelagt: det har tegn som ikke hører hjemme i base64, eller feil lengde. Kopier nøkkelen på nytt fra fila, uten å endre den.',
	'pem-truncated': ({ label }) =>
		`PEM-blokken${label ? ` «${label}»` : ''} er avkuttet: BEGIN- eller END-linjen mangler. Kopier hele blokken, fra -----BEGIN til og med -----END-linjen.`,
	'pem-end-mismatch': ({ label, actual }) =>
		`PEM-blokken begynner med «BEGIN ${label ?? ''}», men slutter med «END ${actual ?? ''}». Kopier blokken på nytt fra fila.`,
	'pem-header-malformed': () =>
		'BEGIN- eller END-linjen er ikke skrevet helt etter standarden (fem bindestreker og store bokstaver på hver side). Vi leste nøkkelen likevel, men send den slik den står i feltet «PEM» under.',
	'pem-unknown-header': ({ label }) =>
		`PEM-blokken «${label ?? ''}» er ikke en offentlig nøkkel. Vi leser «PUBLIC KEY», «RSA PUBLIC KEY» og «CERTIFICATE».`,
	'pem-csr': () =>
		'Dette er en sertifikatforespørsel (CSR), ikke en nøkkel. Lim inn den offentlige nøkkelen (-----BEGIN PUBLIC KEY-----).',
	'pem-label-mismatch': ({ label, actual }) =>
		`PEM-blokken sier «${label ?? ''}», men innholdet er ${actual ?? 'noe annet'}. Vi leste innholdet; send nøkkelen i formene vist under.`,
	'der-truncated': () =>
		'Nøkkelen er avkuttet: innholdet slutter før nøkkelen er ferdig. Kopier hele nøkkelen på nytt fra fila.',
	'der-invalid': () =>
		'Innholdet er gyldig base64, men ikke en nøkkelstruktur vi kjenner (SPKI, PKCS#1 eller X.509-sertifikat). Sjekk at du kopierte riktig fil.',

	// --- JSON
	'json-invalid': () =>
		'Teksten ser ut som JSON, men kan ikke leses som JSON (for eksempel manglende klammeparentes, komma eller anførselstegn).',
	'json-not-jwk': () =>
		'Dette er JSON, men ikke en JWK eller JWKS: en JWK har feltet "kty", en JWKS har feltet "keys" med en liste av JWK-er.',
	'jwks-empty': () => 'JWKS-en har ingen nøkler i "keys".',
	'jwk-invalid': () =>
		'JWK-en mangler "n" eller "e", eller de er ikke gyldig base64url. En offentlig RSA-JWK har "kty": "RSA", "n" og "e".',
	'jwk-unknown-kty': ({ value }) => `JWK-en har "kty": "${value ?? ''}", som ikke er en nøkkeltype vi kjenner.`,
	'jwk-use-not-sig': ({ value }) =>
		`JWK-en har "use": "${value ?? ''}". En nøkkel for klientautentisering skal ha "use": "sig"; JWK-en under har det.`,
	'jwk-alg-unexpected': ({ value }) =>
		`JWK-en har "alg": "${value ?? ''}". For en RSA-nøkkel til HelseID forventes RS256, RS384, RS512, PS256, PS384 eller PS512.`,

	// --- other ways of writing a key
	'ssh-invalid': () =>
		'OpenSSH-nøkkelen (ssh-rsa …) kan ikke leses: base64-delen er ødelagt eller avkuttet. Kopier hele linjen fra .pub-fila.',
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
	'xml-given': () =>
		'Dette er en .NET-nøkkel i XML (<RSAKeyValue>). Under står den samme RSA-nøkkelen som PEM og JWK.',
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
