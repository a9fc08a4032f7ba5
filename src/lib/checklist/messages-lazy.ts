/**
 * The checklist texts that in the browser only its actions (src/components/checklist/actions.ts) use: the kommune
 * search (the server renders its label and hint too), the confirmation questions, import previews and file
 * errors, and what is announced after each action. Import them
 * from messages.ts, which re-exports this module: it is a file of its own only so the bundler can leave these
 * texts out of the script every checklist page loads (see messages.ts).
 */

/**
 * Said when a change is refused because stored data cannot be read. The checklist's first script reads it from the
 * page (Checklist.astro renders it on the live region), so only the actions carry it.
 */
export const REFUSED_MESSAGE =
	'Endringen ble ikke lagret fordi den lagrede fremdriften ikke kan leses. Last ned den lagrede teksten eller start på nytt først.';

// --- kommune search and rows --------------------------------------------------------------------------------------

export const searchText = {
	label: 'Legg til kommune',
	replaceLabel: (kommune: string) => `Bytt ${kommune} med`,
	hint: (count: number, asOf: number) =>
		`Skriv navn eller kommunenummer. Listen har alle ${count} kommuner slik de er i ${asOf}. Bruk pil ned for å gå til treffene.`,
	add: (kommune: string, fylke: string) => `Legg til ${kommune}, ${fylke}`,
	choose: (kommune: string, fylke: string) => `Velg ${kommune}, ${fylke}`,
	alreadyAdded: (kommune: string) => `${kommune} er lagt til`,
};

export const kommuneMessages = {
	added: (navn: string) => `${navn} er lagt til.`,
	removed: (navn: string) => `${navn} og fremdriften for kommunen er fjernet.`,
	replaced: (from: string, to: string) => `${from} er byttet med ${to}. Fremdriften er flyttet.`,
	alreadyAdded: (navn: string) => `${navn} er allerede lagt til.`,
	noResults: (query: string) => `Fant ingen kommune som passer «${query}». Skriv navn eller firesifret kommunenummer.`,
	results: (count: number) => (count === 1 ? '1 kommune funnet.' : `${count} kommuner funnet.`),
};

/** The texts of one kommune's card. */
export const kommuneRowText = {
	/** Added to each step's label for screen readers, so two cards' checkboxes have different names. */
	stepSuffix: (navn: string) => ` – ${navn}`,
	steps: (navn: string) => `Stegene for ${navn}`,
	remove: (navn: string) => `Fjern ${navn}`,
	replace: (navn: string) => `Bytt ${navn} med en annen kommune`,
	/** The card's link to its HelseID order draft on the production page. */
	draft: (navn: string) => `E-postutkast: bestilling av HelseID-klient for ${navn}`,
};

// --- a kommune's card: its saved key ------------------------------------------------------------------------------

/** The buttons of a kommune's card and what is said after using them; `navn` names the kommune. */
export const kommuneKeyText = {
	markKeyDone: (navn: string) => `Merk nøkkelsteget som fullført for ${navn}`,
	replace: (navn: string) => `Bytt tommelavtrykket for ${navn}`,
	paste: (navn: string) => `Lim inn tommelavtrykk for ${navn}`,
	remove: (navn: string) => `Fjern tommelavtrykket for ${navn}`,
	saved: (navn: string) => `Tommelavtrykket er lagret for ${navn}.`,
	removed: (navn: string) => `Tommelavtrykket for ${navn} er fjernet.`,
	invalid:
		'Dette er ikke et tommelavtrykk: det skal være 43 tegn (bokstaver, tall, - og _). Kopier det fra nøkkelsjekken.',
};

// --- export, import, reset ------------------------------------------------------------------------------------------

export const fileMessages = {
	exported: 'Fremdriften, kommunene med tommelavtrykk og profilen er lastet ned som en JSON-fil.',
	imported: (changes: number, kommuner: number, thumbprints: number, fields: number) =>
		`Fremdriften er hentet inn: ${changes} steg endret, ${kommuner} ${kommuner === 1 ? 'kommune' : 'kommuner'} lagt til, ${thumbprints} tommelavtrykk og ${fields} felt i profilen fylt inn.`,
	nothingToImport: 'Filen inneholder ikke noe nytt. Ingenting er endret.',
	cancelled: 'Ingenting er endret.',
	reset: (service: string) => `Sjekklisten for ${service} er nullstilt.`,
	startedOver: 'Sjekklisten er tom, og ny fremdrift blir lagret.',
};

/** One line of an import's preview: «Send e-post til VKP» (Bodø): Ikke startet → Fullført (status labels). */
export function changePreview(stepText: string, kommune: string | undefined, from: string, to: string): string {
	return `«${stepText}»${kommune ? ` (${kommune})` : ''}: ${from} → ${to}`;
}

export const newKommunePreview = (kommune: string, withThumbprint = false) =>
	`Ny kommune: ${kommune}${withThumbprint ? ', med tommelavtrykk' : ''}`;

export const thumbprintPreview = (kommune: string) => `Tommelavtrykk for ${kommune}`;

/** A profile field the import fills in: «Profil: Virksomhet: Trygg Hjemme AS». */
export const profilePreview = (label: string, value: string) => `Profil: ${label}: ${value}`;

/** Why a progress file cannot be read (progress-file.ts decides; defined here so neither module imports the other). */
export type ProgressFileErrorCode = 'empty' | 'too-large' | 'not-json' | 'foreign-file' | 'newer-version' | 'damaged';

/** The user-facing text for each error of a progress file (progress-file.ts). */
export const PROGRESS_FILE_MESSAGES: Record<ProgressFileErrorCode, string> = {
	empty: 'Filen er tom. Velg filen du lagret med «Last ned fremdrift».',
	'too-large': 'Filen er for stor til å være en fremdriftsfil fra veiviseren. Ingenting er endret.',
	'not-json':
		'Filen er ikke en fremdriftsfil (den er ikke JSON). Velg filen du lagret med «Last ned fremdrift». Ingenting er endret.',
	'foreign-file':
		'Filen er ikke en fremdriftsfil fra Integrasjonsveiviseren. Velg filen du lagret med «Last ned fremdrift». Ingenting er endret.',
	'newer-version':
		'Filen er laget av en nyere versjon av veiviseren. Last inn siden på nytt og prøv igjen. Ingenting er endret.',
	damaged: 'Filen er skadet eller endret, og kan ikke leses. Ingenting er endret.',
};

// --- questions before a change that deletes or overwrites -----------------------------------------------------------

/** A question for the confirmation dialog; the confirm label says what will happen, never just "OK". */
export interface ConfirmQuestion {
	readonly title: string;
	readonly text: string;
	readonly confirmLabel: string;
}

export const questions = {
	replaceKommune: (from: string, to: string, toNavn: string): ConfirmQuestion => ({
		title: 'Bytte kommune?',
		text: `Vil du bytte ${from} med ${to}? Fremdriften for ${from} blir flyttet til ${to}.`,
		confirmLabel: `Bytt til ${toNavn}`,
	}),
	removeKommune: (kommune: string, entries: number): ConfirmQuestion => ({
		title: 'Fjerne kommunen?',
		text:
			entries > 0
				? `Vil du fjerne ${kommune}? Fremdriften for kommunen (${entries} steg) blir slettet fra denne nettleseren. Last ned fremdriften først hvis du vil ta vare på den.`
				: `Vil du fjerne ${kommune}? Det er ingen fremdrift registrert for kommunen.`,
		confirmLabel: `Fjern ${kommune}`,
	}),
	importProgress: (): ConfirmQuestion => ({
		title: 'Hente inn fremdrift?',
		text: 'Dette endres når du henter inn filen. Alt annet blir som det er.',
		confirmLabel: 'Hent inn',
	}),
	reset: (service: string): ConfirmQuestion => ({
		title: `Nullstille sjekklisten for ${service}?`,
		text: `Vil du nullstille sjekklisten for ${service}? All fremdrift for ${service} blir slettet fra denne nettleseren. Last ned fremdriften først hvis du vil ta vare på den.`,
		confirmLabel: 'Nullstill',
	}),
	removeThumbprint: (kommune: string): ConfirmQuestion => ({
		title: 'Fjerne tommelavtrykket?',
		text: `Vil du fjerne tommelavtrykket for ${kommune}? Stegene i sjekklisten blir som de er. Du kan lagre et nytt tommelavtrykk fra nøkkelsjekken.`,
		confirmLabel: 'Fjern tommelavtrykket',
	}),
	startOver: (): ConfirmQuestion => ({
		title: 'Starte på nytt?',
		text: 'Vil du starte på nytt? Den lagrede teksten som ikke kan leses, blir slettet fra nettleseren. Har du lastet den ned, har du fortsatt kopien.',
		confirmLabel: 'Start på nytt',
	}),
};

/** Announced when «Vi er allerede godkjent som tredjepartsleverandør» has marked the approval steps. */
export const ALREADY_APPROVED_DONE = 'Stegene for godkjenning som tredjepartsleverandør er merket «Ikke aktuelt».';
