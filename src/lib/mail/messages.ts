/**
 * Every Norwegian text of the mail drafts' frame, in one place: labels, the recipient fallbacks, the sentence
 * that says what a draft is missing, and the status line after copying or downloading. The drafts' own wording
 * is in ./vkp-drafts.ts and ./verktoykatalogen-drafts.ts. Tests assert codes; the wording only where it matters.
 */
import type { LinkedText } from '../shared/linked-text';

export const DRAFT_LABELS = {
	heading: 'E-postutkast:',
	to: 'Til',
	subject: 'Emne',
	body: 'Tekst',
	open: 'Åpne i e-postprogrammet',
	download: 'Last ned som .eml-fil',
	tooLong:
		'Utkastet er for langt til å åpnes trygt som lenke: mange e-postprogrammer kutter teksten. Kopier teksten eller last ned utkastet som fil i stedet.',
} as const;

/** Shown as the recipient of a draft NHN has published no address for. */
export const NO_RECIPIENT = 'Fyll inn mottaker selv';
/** The same, inside the copied text, marked like every other gap the user fills in. */
export const NO_RECIPIENT_MARK = '[fyll inn: mottaker]';

/** Where the profile form is: the mail page's `#profil` section. */
export const PROFILE_PATH = '/verktoy/e-post/#profil';

/** `complete`: nothing left to fill in; `fill-in`: the profile is complete, but the text has `[fyll inn: …]` gaps. */
export type NoticeCode = 'before-script' | 'complete' | 'fill-in' | 'incomplete';

/** What the line above a draft's text says: `missing` and `invalid` name fields lower-case, in the profile's order. */
export interface DraftNotice {
	code: NoticeCode;
	missing: readonly string[];
	invalid: readonly string[];
}

const profileLink = { text: 'profilen din', path: PROFILE_PATH };
const FILL_IN_BRACKETS = 'Tekst i klammer må du fylle inn selv.';

export function noticeText({ code, missing, invalid }: DraftNotice): LinkedText {
	if (code === 'complete') return ['Profilen er fylt ut.'];
	if (code === 'fill-in') return [`Profilen er fylt ut. ${FILL_IN_BRACKETS}`];
	if (code === 'before-script') return ['Utkastet fylles ut fra ', profileLink, `. ${FILL_IN_BRACKETS}`];
	const what = [
		...(missing.length > 0 ? [`Mangler: ${missing.join(', ')}.`] : []),
		...(invalid.length > 0 ? [`Ugyldig: ${invalid.join(', ')}.`] : []),
	];
	return [`${what.join(' ')} Fyll inn under, så lagres det i `, profileLink, '.'];
}

/** The texts of a draft's "fill in what is missing" box. */
export const FIX_TEXT = {
	heading: 'Fyll inn det som mangler',
	kommuneLabel: 'Legg til kommune (navn eller kommunenummer)',
	kommuneButton: 'Legg til',
	kommuneNotFound: (query: string) =>
		`Fant ingen kommune som passer «${query}». Skriv navn eller firesifret kommunenummer.`,
	kommuneChoose: 'Flere kommuner passer. Velg én:',
	kommuneAdded: (navn: string) => `${navn} er lagt til i sjekklisten for VKP.`,
	thumbprintLabel: (navn: string) => `Tommelavtrykk for ${navn}`,
	thumbprintHint: 'Lim inn tommelavtrykket fra nøkkelsjekken (43 tegn).',
	thumbprintInvalid:
		'Dette er ikke et tommelavtrykk: det skal være 43 tegn (bokstaver, tall, - og _). Kopier det fra nøkkelsjekken.',
	keyCheckLink: 'Sjekk nøkkelen i nøkkelsjekken',
	notSaved:
		'Endringen ble ikke lagret: det som er lagret i nettleseren, kan ikke leses. Se profilen eller sjekklisten.',
	storageRefused:
		'Endringen ble ikke lagret: nettleseren tok ikke imot den. Lagringsplassen kan være full, eller lagring er slått av. Det som var lagret fra før, er ikke endret. Frigjør plass i nettleseren, eller bruk en annen nettleser, og prøv igjen.',
} as const;

/** Where a draft per kommune tells the user which one of how many she is reading, and what comes next. */
export const PER_KOMMUNE_TEXT = {
	nav: 'Bestillingene, én per kommune',
	intro: (count: number) =>
		count === 1 ? 'Én bestilling, for kommunen du har valgt:' : `${count} bestillinger, én per kommune:`,
	count: (index: number, total: number) => `Bestilling ${index} av ${total}`,
	next: (label: string) => `Neste bestilling: ${label}`,
	markSent: (navn: string) => `Merk bestillingen som sendt for ${navn}`,
	marked: (navn: string) => `Bestillingen for ${navn} er merket som sendt i sjekklisten.`,
} as const;

/** The same pieces for the other draft per kommune, the mail asking each kommune for its two actions (issue 20). */
export const KOMMUNE_MAIL_TEXT = {
	nav: 'E-postene til kommunene, én per kommune',
	intro: (count: number) =>
		count === 1 ? 'Én e-post, til kommunen du har valgt:' : `${count} e-poster, én per kommune:`,
	count: (index: number, total: number) => `E-post ${index} av ${total}`,
	next: (label: string) => `Neste e-post: ${label}`,
} as const;

/** Which texts a draft per kommune uses: only the HelseID order is «bestillinger» and can be marked sent. */
export interface PerKommuneText {
	readonly nav: string;
	readonly intro: (count: number) => string;
	readonly count: (index: number, total: number) => string;
	readonly next: (label: string) => string;
}

export function perKommuneText(id: string): PerKommuneText {
	return id === 'vkp-helseid-bestilling' ? PER_KOMMUNE_TEXT : KOMMUNE_MAIL_TEXT;
}

export type CopyPart = 'to' | 'subject' | 'body' | 'all';

/** The copy buttons, in the order they are shown. */
export const COPY_BUTTONS: readonly { part: CopyPart; label: string }[] = [
	{ part: 'to', label: 'Kopier mottaker' },
	{ part: 'subject', label: 'Kopier emne' },
	{ part: 'body', label: 'Kopier tekst' },
	{ part: 'all', label: 'Kopier alt' },
];

export type DraftStatus = `copied-${CopyPart}` | 'nothing-to-copy' | 'copy-refused' | 'downloaded';

export const STATUS_MESSAGES: Readonly<Record<DraftStatus, string>> = {
	'copied-to': 'Mottakeren er kopiert.',
	'copied-subject': 'Emnet er kopiert.',
	'copied-body': 'Teksten er kopiert.',
	'copied-all': 'Hele utkastet er kopiert.',
	'nothing-to-copy': 'Det er ingen mottaker å kopiere: fyll inn adressen selv.',
	'copy-refused':
		'Nettleseren lot oss ikke kopiere. Teksten er markert: trykk Ctrl+C (Cmd+C på Mac) for å kopiere selv.',
	downloaded: 'Utkastet er lastet ned som .eml-fil. Åpne filen i e-postprogrammet ditt.',
};
