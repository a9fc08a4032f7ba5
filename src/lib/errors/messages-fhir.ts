/**
 * FHIR `OperationOutcome` issues (FHIR R4: severity, code, diagnostics, expression), and the structural errors
 * JFT rejects and VKP's proxy has repaired since early March 2026 (NHN's "VKP as reverse proxy" page).
 */
import type { Catalogue } from './explanation';

const ISSUE = ['fhir-issue-type', 'fhir-operation-outcome'] as const;

/** The issue types of FHIR R4's IssueType value set that an API is likely to answer with. */
export const FHIR_ISSUES: Catalogue = {
	invalid: {
		title: 'Innholdet er ikke gyldig',
		meaning: 'Ressursen du sendte, er ikke gyldig FHIR. Se diagnostics og expression under.',
		steps: [['Rett feltet som expression peker på, og send på nytt.']],
		sources: ISSUE,
	},
	structure: {
		title: 'Feil struktur',
		meaning: 'En del av ressursen har feil struktur, for eksempel et objekt der det skal være en liste.',
		steps: [['Rett feltet som expression peker på.']],
		sources: ISSUE,
	},
	'code-invalid': {
		title: 'Ukjent eller ugyldig kode',
		meaning: 'En kode i ressursen er ikke kjent, eller den passer ikke der den står.',
		steps: [['Sjekk koden og kodesystemet i feltet expression peker på.']],
		sources: ISSUE,
	},
	required: {
		title: 'Et påkrevd element mangler',
		meaning: 'Et element som må være med, mangler.',
		steps: [['Legg til elementet som expression peker på.']],
		sources: ISSUE,
	},
	value: {
		title: 'Feil verdi',
		meaning: 'Et element har en verdi som ikke er gyldig, for eksempel en tom streng.',
		steps: [['Rett verdien, eller ta bort elementet hvis du ikke har en verdi.']],
		sources: ISSUE,
	},
	invariant: {
		title: 'En regel i profilen er brutt',
		meaning: 'Ressursen bryter en regel (invariant) i FHIR eller i profilen.',
		steps: [['Les diagnostics: den nevner regelen.']],
		sources: ISSUE,
	},
	security: {
		title: 'Sikkerhetsfeil',
		meaning: 'Tjeneren avviste forespørselen av sikkerhetsgrunner.',
		steps: [['Sjekk tokenet og tilgangene. Les diagnostics.']],
		sources: ISSUE,
	},
	login: {
		title: 'Ikke logget inn',
		meaning: 'Tjeneren vil ha autentisering. Tokenet mangler eller er ugyldig.',
		steps: [['Send et gyldig tilgangstoken.']],
		sources: ISSUE,
	},
	expired: {
		title: 'Utløpt',
		meaning: 'Noe er utløpt, for eksempel tokenet eller sesjonen.',
		steps: [['Hent et nytt tilgangstoken.']],
		sources: ISSUE,
	},
	forbidden: {
		title: 'Ikke tilgang',
		meaning: 'Du har ikke tilgang til dette.',
		steps: [['Sjekk scope og tilganger for klienten.']],
		sources: ISSUE,
	},
	processing: {
		title: 'Behandlingen feilet',
		meaning: 'Tjeneren kunne ikke behandle ressursen. Diagnostics sier hvorfor.',
		steps: [['Les diagnostics.']],
		sources: ISSUE,
	},
	'not-found': {
		title: 'Ikke funnet',
		meaning: 'Ressursen eller referansen finnes ikke.',
		steps: [['Sjekk ID-en eller referansen.']],
		sources: ISSUE,
	},
	'not-supported': {
		title: 'Ikke støttet',
		meaning: 'Tjeneren støtter ikke det du ba om, for eksempel ressurstypen.',
		steps: [['Sjekk hvilke ressurstyper API-et tar imot.']],
		sources: ISSUE,
	},
	duplicate: {
		title: 'Finnes fra før',
		meaning: 'Ressursen finnes allerede.',
		steps: [['Sjekk om du har sendt den før.']],
		sources: ISSUE,
	},
	conflict: {
		title: 'Konflikt',
		meaning: 'Ressursen er endret av noen andre i mellomtiden.',
		steps: [['Les ressursen på nytt og prøv igjen.']],
		sources: ISSUE,
	},
	'too-costly': {
		title: 'For dyrt å utføre',
		meaning: 'Forespørselen er for stor eller for tung for tjeneren.',
		steps: [['Gjør forespørselen mindre.']],
		sources: ISSUE,
	},
	throttled: {
		title: 'Strupet',
		meaning: 'For mange forespørsler på kort tid.',
		steps: [['Vent litt før du prøver igjen.']],
		sources: ISSUE,
	},
	exception: {
		title: 'Unntak hos tjeneren',
		meaning: 'Tjeneren feilet uventet.',
		steps: [['Prøv igjen senere. Vedvarer det, kontakt NHNs kundesenter.']],
		sources: ISSUE,
	},
	timeout: {
		title: 'Tidsavbrudd',
		meaning: 'Tjeneren brukte for lang tid.',
		steps: [['Prøv igjen senere.']],
		sources: ISSUE,
	},
	informational: {
		title: 'Til informasjon',
		meaning: 'Dette er ingen feil, bare en melding.',
		steps: [],
		sources: ISSUE,
	},
};

const PROXY = ['jft-vkp-proxy', 'fhir-json'] as const;

/** The structural errors NHN names, found by what the diagnostics text says. */
export const FHIR_STRUCTURE: Catalogue = {
	'object-for-list': {
		title: 'Et objekt der det skal være en liste',
		meaning:
			'Feltet skal være en liste, men du sendte ett objekt. NHN skriver at dette er en av de vanligste feilene: VKP godtok det, JFT avviser det. Siden tidlig i mars 2026 retter VKP dette før det sendes videre til JFT.',
		steps: [
			['Legg objektet i en liste: [ { … } ] i stedet for { … }.'],
			['Sender du til JFT direkte, må ressursen følge FHIR R4.'],
		],
		sources: PROXY,
	},
	'empty-string': {
		title: 'En tom streng',
		meaning:
			'Et value-felt har en tom streng. NHN nevner også dette blant de vanligste feilene, og VKP retter det før det sendes videre til JFT.',
		steps: [['Ta bort feltet, eller gi det en ekte verdi.']],
		sources: PROXY,
	},
	cardinality: {
		title: 'Feil antall',
		meaning: 'Et element står for mange eller for få ganger i forhold til det FHIR eller profilen tillater.',
		steps: [['Se expression over, og rett antallet.']],
		sources: ['fhir-cardinality', 'fhir-operation-outcome'],
	},
};

/** FHIR R4's `issue.severity` in words. */
export const SEVERITY_WORDS: Readonly<Record<string, string>> = {
	fatal: 'kritisk feil',
	error: 'feil',
	warning: 'advarsel',
	information: 'informasjon',
};
