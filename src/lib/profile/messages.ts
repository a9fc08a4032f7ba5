/**
 * Every Norwegian text of the supplier profile, in one place: field labels and hints, the orgnr and e-mail
 * messages, what is said about saving, and the texts about a stored profile that cannot be read. Tests assert
 * the codes that choose a text (./validate.ts); the wording is tested only where it matters.
 */
import type { LinkedText } from '../shared/linked-text';
import type { EmailError } from './email';
import type { OrgnrError } from './orgnr';
import { REQUIRED_FIELDS, type Party, type ProfileField, type Role } from './profile';
import type { FieldProblem } from './validate';

/** The scopes field's texts, the same wherever it is (the profile, a draft's fill-in box, the kommune card). */
export const SCOPE_TEXT = {
	hint: 'Ett scope per linje, eller skilt med komma eller mellomrom. Eksempel: nhn:vkp/api/user/patient.read',
	form: 'Hvert scope skal begynne med «nhn:», for eksempel nhn:vkp/api/user/patient.read.',
	testOnly: 'nhn:vkp/api/*.* virker bare i test. Bruk enkelt-scope i produksjon.',
} as const;

/** Also the words the drafts use to mark an empty field (`[mangler: organisasjonsnummer]`), lower-cased. */
export const PROFILE_FIELD_LABELS: Readonly<Record<ProfileField, string>> = {
	company: 'Virksomhet',
	orgnr: 'Organisasjonsnummer',
	contactName: 'Kontaktperson',
	email: 'E-post',
	phone: 'Telefon',
	product: 'Produkt eller system',
	scopes: 'Scope',
	veiledningstjenester: 'Veiledningstjenester',
	apiClientThumbprint: 'Tommelavtrykk for API-klientens nøkkel',
	bestillerCompany: 'Bestillerens virksomhet',
	bestillerOrgnr: 'Bestillerens organisasjonsnummer',
	bestillerContactName: 'Bestillerens kontaktperson',
	bestillerEmail: 'Bestillerens e-post',
	bestillerPhone: 'Bestillerens telefon',
};

const FIELD_HINTS: Partial<Record<ProfileField, string>> = {
	orgnr: '9 siffer.',
	product: 'Navnet på systemet som skal integreres.',
	scopes: SCOPE_TEXT.hint,
	veiledningstjenester: 'For Verktøykatalogen: én veiledningstjeneste per linje.',
	apiClientThumbprint: 'For Verktøykatalogen: 43 tegn. Nøkkelsjekken fyller det inn når du har sjekket nøkkelen.',
	bestillerCompany: 'Den offentlige helseaktøren som bestiller, for eksempel en kommune.',
	bestillerOrgnr: '9 siffer.',
};

/** The heading of each party's group of fields, in the form and in a draft's "fill in what is missing". */
export const PARTY_LABELS: Readonly<Record<Party, string>> = {
	leverandor: 'Leverandøren',
	bestiller: 'Bestilleren',
};

/**
 * The supplier's fields as the bestiller reads them (issue 20): with her role chosen, the form shows her own fields
 * first and these as the supplier's, and a draft's «Mangler:» says whose field is missing.
 */
export const SUPPLIER_LABELS_FOR_BESTILLER: Partial<Readonly<Record<ProfileField, string>>> = {
	company: 'Leverandørens virksomhet',
	orgnr: 'Leverandørens organisasjonsnummer',
	contactName: 'Leverandørens kontaktperson',
	email: 'Leverandørens e-post',
	phone: 'Leverandørens telefon',
	product: 'Leverandørens produkt eller system',
	veiledningstjenester: 'Leverandørens veiledningstjenester',
};

/** The three roles, as the start page names them. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
	'vkp-leverandor': 'Leverandør av velferdsteknologi (VKP)',
	'vk-leverandor': 'Veiledningsleverandør (Verktøykatalogen)',
	bestiller: 'Bestiller: offentlig helseaktør (Verktøykatalogen)',
};

export const ROLE_TEXT = {
	legend: 'Hvem er du?',
	hint: 'Velg rollen din. Skjemaet viser da feltene du trenger, og utkastene sier hvem som er hvem.',
	/** Said under the groups once a role is chosen: whose fields are whose. */
	yours: (party: string) => `${party} er deg.`,
} as const;

/** The line under a field's label: whether it must be filled in, and how. */
export function fieldHint(field: ProfileField): string {
	return [REQUIRED_FIELDS.has(field) ? 'Må fylles ut.' : 'Valgfritt.', FIELD_HINTS[field]].filter(Boolean).join(' ');
}

/** The sentence under a thumbprint that is not one. */
export const THUMBPRINT_MESSAGE =
	'Dette er ikke et tommelavtrykk: det skal være 43 tegn (bokstaver, tall, - og _). Kopier det fra nøkkelsjekken.';

export const FORM_TEXT = {
	intro:
		'Fyll ut én gang. Profilen lagres bare i denne nettleseren og brukes i alle e-postutkastene. Ingenting sendes.',
	kommunerLabel: 'Kommuner (VKP)',
	noScript: 'Profilen trenger JavaScript. Utkastene under kan du kopiere og fylle ut for hånd.',
} as const;

const ORGNR_MESSAGES: Record<OrgnrError, string> = {
	empty: 'Skriv inn organisasjonsnummeret (9 siffer).',
	'not-digits': 'Organisasjonsnummeret kan bare ha siffer. Fjern bokstaver og tegn.',
	'wrong-length': 'Organisasjonsnummeret skal ha 9 siffer. Sjekk at du har fått med alle.',
	'bad-check-digit':
		'Dette er ikke et gyldig organisasjonsnummer: kontrollsifferet stemmer ikke. Sjekk sifrene mot Enhetsregisteret.',
};

const EMAIL_MESSAGES: Record<EmailError, string> = {
	empty: 'Skriv inn e-postadressen.',
	'has-space': 'E-postadressen kan ikke ha mellomrom. Fjern mellomrommene.',
	several: 'Skriv bare én e-postadresse i feltet.',
	'no-at': 'E-postadressen mangler @ med navn foran, for eksempel kari@firma.no.',
	'non-ascii-local':
		'Delen foran @ kan ikke ha æ, ø, å eller andre bokstaver utenfor a–z: mange e-postsystemer avviser dem. Skriv for eksempel kare.aasen@firma.no.',
	'bad-local':
		'Delen foran @ har tegn som ikke hører hjemme i en e-postadresse. Skriv bare selve adressen, som kari@firma.no.',
	'bad-domain': 'Delen etter @ ser ikke ut som et domene. Den skal være som firma.no.',
	'too-long':
		'E-postadressen er for lang til å brukes (høyst 64 tegn foran @ og 254 i alt). Sjekk at feltet bare har adressen.',
};

export function orgnrMessage(code: OrgnrError): string {
	return ORGNR_MESSAGES[code];
}

export function emailMessage(code: EmailError): string {
	return EMAIL_MESSAGES[code];
}

/** The error shown under a field. */
export function problemMessage(problem: FieldProblem): string {
	if (problem.kind === 'orgnr') return orgnrMessage(problem.code);
	if (problem.kind === 'email') return emailMessage(problem.code);
	if (problem.kind === 'scopes') return problem.code === 'scope-form' ? SCOPE_TEXT.form : SCOPE_TEXT.testOnly;
	return THUMBPRINT_MESSAGE;
}

/** `unavailable` and `write-failed` are the storage health the durable store reports (src/stores/durable.ts). */
export type ProfileStatus = 'unavailable' | 'write-failed' | 'not-saved-unreadable' | 'started-empty';

/** What the profile's status line says. */
export const STATUS_MESSAGES: Readonly<Record<ProfileStatus, string>> = {
	'not-saved-unreadable': 'Endringen ble ikke lagret: den lagrede profilen kan ikke leses. Se meldingen under.',
	unavailable: 'Denne nettleseren lar ikke siden lagre noe. Profilen gjelder bare til du lukker siden.',
	'write-failed':
		'Profilen kunne ikke lagres: lagringsplassen i nettleseren er full. Endringene gjelder bare til du lukker siden.',
	'started-empty': 'Du har startet med en tom profil.',
};

/** A stored profile this site cannot read: kept until the user has downloaded it or chosen to discard it. */
export const UNREADABLE_TEXT = {
	explanation:
		'Profilen som er lagret i denne nettleseren, kan ikke leses. Den er ikke endret. Last den ned for å ta vare på den, og start så med en tom profil.',
	download: 'Last ned den lagrede profilen',
	discard: 'Start med tom profil',
} as const;

/** The name of the downloaded unreadable profile. Kept apart from the texts above, which only the server needs. */
export const UNREADABLE_FILE_NAME = 'veiviser-profil-ulest.txt';

export const DISCARD_QUESTION = {
	title: 'Slette den uleselige profilen og starte med en tom?',
	text: 'Har du lastet den ned, har du den i filen.',
	confirmLabel: 'Slett og start med tom profil',
} as const;

export const CHECKLIST_PATH = '/vkp/sjekkliste/';
const checklistLink = { text: 'sjekklisten for VKP', path: CHECKLIST_PATH };

/** Where the kommuner come from, before the island knows which are chosen (and without JavaScript). */
export const KOMMUNER_BEFORE_SCRIPT: LinkedText = ['Kommunene velger du i ', checklistLink, '.'];

/** The chosen kommuner as "Bodø (1804), Oslo (0301)", and where to change them. */
export function kommunerText(kommuner: readonly { nummer: string; navn: string }[]): LinkedText {
	if (kommuner.length === 0) return ['Ingen valgt ennå. Kommunene velger du i ', checklistLink, '.'];
	const names = kommuner.map((k) => `${k.navn} (${k.nummer})`).join(', ');
	return [`${names}. Du endrer kommunene i `, checklistLink, '.'];
}
