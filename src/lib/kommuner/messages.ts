/**
 * The kommune register's Norwegian text, code → sentence: field labels and hints, the checks' messages, the key's
 * deadline labels, the banner and the calendar reminders' text. Which text is shown when is decided in register.ts,
 * deadlines.ts and ics.ts, whose tests assert codes.
 */
import type { RegisterField } from './register';
import type { RegisterErrorCode, RegisterNoteCode } from './register-check';

export const REGISTER_LABELS: Readonly<Record<RegisterField, string>> = {
	clientIdTest: 'Klient-ID i test',
	clientIdProd: 'Klient-ID i produksjon',
	vkpId: 'vkp-id',
	scopes: 'Scope',
	keyCreated: 'Nøkkelen ble laget',
	keyExpires: 'Nøkkelen utløper',
};

export const REGISTER_HINTS: Readonly<Record<RegisterField, string>> = {
	clientIdTest: 'Fra NHN Selvbetjening eller konfigurasjonsfilen for testklienten.',
	clientIdProd: 'Klient-ID-en til kommunens produksjonsklient.',
	vkpId: 'VKPs sider gir to former: «leverandørnavn-kommunenavn» og «Leverandør_System_Kommune». Begge blir godtatt.',
	// The same text as the profile's SCOPE_TEXT (a test holds them equal): kept here so the card does not load the profile's texts.
	scopes: 'Ett scope per linje, eller skilt med komma eller mellomrom. Eksempel: nhn:vkp/api/user/patient.read',
	keyCreated: 'Datoen du laget nøkkelparet.',
	keyExpires: 'Datoen NHN Selvbetjening viser for nøkkelen. Etter denne datoen får klienten ikke token.',
};

export const REGISTER_ERRORS: Readonly<Record<RegisterErrorCode, string>> = {
	'client-id-space': 'Klient-ID-en kan ikke ha mellomrom eller spesialtegn. Kopier den på nytt fra NHN Selvbetjening.',
	'client-id-long': 'Klient-ID-en er for lang til å være en klient-ID. Kopier bare selve ID-en.',
	'client-id-same': 'Klient-ID-en i produksjon er lik den i test. Produksjon skal ha en egen klient per kommune.',
	'vkp-id-form':
		'vkp-id-en har ikke en av formene VKP oppgir. Skriv den som «leverandørnavn-kommunenavn» eller «Leverandør_System_Kommune», uten mellomrom.',
	'scope-form': 'Hvert scope skal begynne med «nhn:», for eksempel nhn:vkp/api/user/patient.read.',
	'date-form': 'Skriv en gyldig dato (år-måned-dag), for eksempel 2027-03-01.',
	'created-future': 'Datoen nøkkelen ble laget er frem i tid. Sjekk datoen.',
	'created-after-expiry': 'Nøkkelen kan ikke utløpe før den ble laget. Sjekk begge datoene.',
};

export const REGISTER_NOTES: Readonly<Record<RegisterNoteCode, string>> = {
	'key-expired': 'Datoen er passert: nøkkelen er utløpt. Lag en ny nøkkel og registrer den for kommunens klient.',
	'scope-test-only': 'nhn:vkp/api/*.* virker bare i test. Bruk enkelt-scope i produksjon.',
};

/** The card's fold: «Klient og nøkkel for Bodø». */
export const registerSummary = (kommune: string) => `Klient og nøkkel for ${kommune}`;

export const registerSaved = (kommune: string) => `Lagret klient og nøkkel for ${kommune}.`;

/** An import preview line for a register field: «Askøy (4627): Nøkkelen utløper: 2027-03-01». */
export const registerPreviewLine = (kommune: string, label: string, value: string) => `${kommune}: ${label}: ${value}`;

// --- calendar reminders --------------------------------------------------------------------------------------------

export const icsText = {
	summary: (kommune: string) => `HelseID-nøkkelen for ${kommune} utløper`,
	description: (kommune: string, clientId: string | undefined) =>
		`Nøkkelen til HelseID-klienten for ${kommune}${clientId ? ` (klient-ID ${clientId})` : ''} utløper i dag. ` +
		'Etter det får klienten ikke token. Lag et nytt nøkkelpar, registrer den nye offentlige nøkkelen for klienten, ' +
		'og ta den i bruk før den gamle utløper.',
	alarm: (kommune: string, days: number) => `Om ${days} dager utløper HelseID-nøkkelen for ${kommune}. Bytt nøkkel nå.`,
	fileName: 'helseid-nokler-paminnelser.ics',
	kommuneFileName: (nummer: string) => `helseid-nokkel-${nummer}.ics`,
	downloaded: (count: number) =>
		count === 1 ? 'Lastet ned én påminnelse.' : `Lastet ned påminnelser for ${count} nøkler.`,
	none: 'Ingen kommuner har dato for når nøkkelen utløper. Fyll inn «Nøkkelen utløper» på kommunens kort først.',
};
