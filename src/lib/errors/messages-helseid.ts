/**
 * HelseID's own codes for organisation numbers sent by the client, HID-1001 to HID-1010, as HelseID's older wiki
 * lists them (the part of the developer portal's "Feilmeldinger" page we could read does not reach them). For
 * HID-1010 the stored text breaks off; we say only what it says.
 */
import type { Catalogue } from './explanation';

const SOURCES = ['helseid-hid-codes', 'helseid-orgnr'] as const;
const CUSTOMER_SERVICE = 'Kontakt NHNs kundesenter.';

export const HELSEID_CODES: Catalogue = {
	'HID-1001': {
		title: 'Organisasjonsnummeret for overenheten er ikke på klientens liste',
		meaning:
			'Organisasjonsnummeret du sendte for overenheten (orgnr_parent), står ikke på listen over numre klienten kan bruke.',
		steps: [['Sjekk at nummeret er riktig.'], ['Listen må oppdateres før nummeret godtas. ' + CUSTOMER_SERVICE]],
		sources: SOURCES,
	},
	'HID-1002': {
		title: 'Organisasjonsnummeret for underenheten er ikke på klientens liste',
		meaning: 'Organisasjonsnummeret du sendte for underenheten (orgnr_child), står ikke på listen for klienten.',
		steps: [['Sjekk at nummeret er riktig.'], ['Listen må oppdateres før nummeret godtas. ' + CUSTOMER_SERVICE]],
		sources: SOURCES,
	},
	'HID-1003': {
		title: 'Underenheten er ikke på overenhetens liste',
		meaning:
			'Overenheten ble godtatt, men den har en egen liste over underenheter, og underenheten du sendte, står ikke der. HelseID skriver at slike lister ikke skal brukes.',
		steps: [['Listen over underenheter må fjernes. ' + CUSTOMER_SERVICE]],
		sources: SOURCES,
	},
	'HID-1004': {
		title: 'Organisasjonsnummeret har feil format',
		meaning: 'Et gyldig organisasjonsnummer har ni sifre, uten mellomrom eller bokstaver.',
		steps: [['Send nummeret som ni sifre, for eksempel 999999999.']],
		sources: SOURCES,
	},
	'HID-1005': {
		title: 'Klienten får ikke sende organisasjonsnummer for overenhet',
		meaning: 'Å sende organisasjonsnummer for overenheten er ikke slått på for klienten. NHN må godkjenne det først.',
		steps: [[CUSTOMER_SERVICE]],
		sources: SOURCES,
	},
	'HID-1006': {
		title: 'Klienten får ikke sende organisasjonsnummer for underenhet',
		meaning: 'Å sende organisasjonsnummer for underenheten er ikke slått på for klienten. NHN må godkjenne det først.',
		steps: [[CUSTOMER_SERVICE]],
		sources: SOURCES,
	},
	'HID-1007': {
		title: 'Request object eller client assertion følger ikke spesifikasjonen',
		meaning: 'Strukturen du sendte, er ikke slik HelseID krever. Feilteksten i svaret sier mer.',
		steps: [
			['Les feilteksten fra tjeneren over.'],
			['Lim inn client assertion i ', { text: 'Sjekk client assertion', path: '/verktoy/client-assertion/' }, '.'],
		],
		sources: SOURCES,
	},
	'HID-1008': {
		title: 'Delt hemmelighet kan ikke brukes med organisasjonsnummer',
		meaning:
			'En klient som autentiserer seg med delt hemmelighet, kan ikke sende organisasjonsnummer. Den må bruke en privat nøkkel.',
		steps: [['Bytt til client assertion signert med en privat nøkkel (private_key_jwt).']],
		sources: SOURCES,
	},
	'HID-1009': {
		title: 'Organisasjonsnummer i client assertion ved innlogging',
		meaning:
			'Med authorization code-flyten kan organisasjonsnummeret ikke stå i client assertion. Det skal sendes i et request object.',
		steps: [['Flytt organisasjonsnummeret til request object.']],
		sources: SOURCES,
	},
	'HID-1010': {
		title: 'Klienten er satt opp slik at den ikke kan sende organisasjonsnummer',
		meaning:
			'Oppsettet av klienten støtter ikke at den sender organisasjonsnummer. HelseID nevner faste claims på klienten som én mulig årsak.',
		steps: [['Dette må NHN rette. ' + CUSTOMER_SERVICE]],
		sources: SOURCES,
	},
};
