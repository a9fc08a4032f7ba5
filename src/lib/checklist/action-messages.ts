/**
 * The Norwegian sentences of the checklist's less frequent actions (kommuner, export, import, reset), kept apart
 * from checklist-messages.ts so they load with those actions, not with every page.
 */

export const kommuneMessages = {
	added: (navn: string) => `${navn} er lagt til.`,
	removed: (navn: string) => `${navn} og fremdriften for kommunen er fjernet.`,
	replaced: (from: string, to: string) => `${from} er byttet med ${to}. Fremdriften er flyttet.`,
	alreadyAdded: (navn: string) => `${navn} er allerede lagt til.`,
	noResults: (query: string) => `Fant ingen kommune som passer «${query}». Skriv navn eller firesifret kommunenummer.`,
	results: (count: number) => (count === 1 ? '1 kommune funnet.' : `${count} kommuner funnet.`),
	confirmRemove: (navn: string, steps: number) =>
		steps > 0
			? `Vil du fjerne ${navn}? Fremdriften for kommunen (${steps} steg) blir slettet fra denne nettleseren. Last ned fremdriften først hvis du vil ta vare på den.`
			: `Vil du fjerne ${navn}? Det er ingen fremdrift registrert for kommunen.`,
	confirmReplace: (from: string, to: string) =>
		`Vil du bytte ${from} med ${to}? Fremdriften for ${from} blir flyttet til ${to}.`,
};

export const fileMessages = {
	exported: 'Fremdriften er lastet ned som en JSON-fil.',
	imported: (changes: number, kommuner: number) =>
		`Fremdriften er hentet inn: ${changes} steg endret, ${kommuner} ${kommuner === 1 ? 'kommune' : 'kommuner'} lagt til.`,
	importPreview: 'Dette endres når du henter inn filen. Alt annet blir som det er.',
	nothingToImport: 'Filen inneholder ikke noe nytt. Ingenting er endret.',
	cancelled: 'Ingenting er endret.',
	reset: (service: string) => `Sjekklisten for ${service} er nullstilt.`,
	confirmReset: (service: string) =>
		`Vil du nullstille sjekklisten for ${service}? All fremdrift for ${service} blir slettet fra denne nettleseren. Last ned fremdriften først hvis du vil ta vare på den.`,
	startedOver: 'Sjekklisten er tom, og ny fremdrift blir lagret.',
	confirmStartOver:
		'Vil du starte på nytt? Den lagrede teksten som ikke kan leses, blir slettet fra nettleseren. Har du lastet den ned, har du fortsatt kopien.',
};
