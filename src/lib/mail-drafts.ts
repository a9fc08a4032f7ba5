/**
 * The mails the guides tell a supplier (or a bestiller) to send, as pure templates: profile + kommuner → draft.
 * Recipients come only from the NHN and VKP pages the guides follow (VKP@nhn.no, kundesenter@nhn.no). Where
 * those pages name a recipient without an address (the NHN contact point, ide- og bestillingsmottak), `to` is
 * empty and `toNote` tells the user to fill it in: an address is never guessed.
 */
import { FIELD_LABELS, type Profile, type ProfileField } from './profile';

export const VKP_ADDRESS = 'VKP@nhn.no';
export const KUNDESENTER_ADDRESS = 'kundesenter@nhn.no';
export const KUNDESENTER_PHONE = '24 20 00 00';

/** Word for word from VKP's page "Overordnet". */
export const APPROVAL_SENTENCE =
	'Vi ønsker å bli godkjente som tredjepartsleverandør i helsenettet slik at vi kan integreres med Velferdsteknologisk knutepunkt.';

export interface DraftKommune {
	readonly nummer: string;
	readonly navn: string;
	readonly thumbprint?: string | undefined;
}

export interface DraftInput {
	readonly profile: Profile;
	readonly kommuner: readonly DraftKommune[];
}

export type MissingField = ProfileField | 'kommuner';

export interface Draft {
	readonly id: DraftId;
	readonly title: string;
	readonly to: string;
	readonly cc: string;
	readonly subject: string;
	readonly body: string;
	/** Profile fields the draft needs but the profile lacks; they appear as placeholders in the text. */
	readonly missing: MissingField[];
	/** Why the recipient is empty and what to do, when the sources give no address. */
	readonly toNote?: string;
	/** Another way to reach the recipient, shown beside the address. */
	readonly phone?: string;
	/** Who sends this mail and what to attach, when it is not obvious. */
	readonly note?: string;
}

export const DRAFT_IDS = [
	'vkp-first-contact',
	'third-party-approval',
	'vkp-order-form',
	'vkp-production-order',
	'vk-order',
	'vk-public-key',
	'vk-test-report',
	'vk-confirmation',
	'fault-report',
] as const;
export type DraftId = (typeof DRAFT_IDS)[number];

export function isDraftId(value: string): value is DraftId {
	return (DRAFT_IDS as readonly string[]).includes(value);
}

const CONTACT_POINT_NOTE =
	'Kildene oppgir ikke adressen til kontaktpunktet ditt i NHN. Du får kontaktpunktet i dialogen med NHN. Fyll inn mottakeren selv.';

/** Collects what a template uses, with a visible placeholder for each missing field. */
class Filler {
	readonly missing: MissingField[] = [];
	constructor(readonly input: DraftInput) {}

	text(field: Exclude<ProfileField, 'scopes' | 'veiledningstjenester'>): string {
		const value = this.input.profile[field].trim();
		if (value !== '') return value;
		return this.mark(field);
	}

	list(field: 'scopes' | 'veiledningstjenester'): string {
		const items = this.input.profile[field].map((item) => item.trim()).filter((item) => item !== '');
		if (items.length === 0) return `- ${this.mark(field)}`;
		return items.map((item) => `- ${item}`).join('\n');
	}

	kommuneList(): string {
		if (this.input.kommuner.length === 0) return `- ${this.mark('kommuner')}`;
		return this.input.kommuner.map((k) => `- ${k.navn} (kommunenummer ${k.nummer})`).join('\n');
	}

	mark(field: MissingField): string {
		if (!this.missing.includes(field)) this.missing.push(field);
		return `[Fyll ut: ${FIELD_LABELS[field].toLowerCase()}]`;
	}

	/** The supplier's signature; the phone number is optional and left out when empty. */
	signature(): string {
		const phone = this.input.profile.phone.trim();
		return ['Med vennlig hilsen', this.text('contactName'), this.text('company'), this.text('email'), phone]
			.filter((line) => line !== '')
			.join('\n');
	}
}

type Template = (f: Filler) => Omit<Draft, 'id' | 'missing' | 'cc'> & { cc?: string };

const TEMPLATES: Record<DraftId, Template> = {
	'vkp-first-contact': (f) => ({
		title: 'Første kontakt med VKP',
		to: VKP_ADDRESS,
		subject: `Ønske om integrasjon med VKP: ${f.text('product')}`,
		body: `Hei,

Vi i ${f.text('company')} (organisasjonsnummer ${f.text('orgnr')}) ønsker å integrere ${f.text('product')} med Velferdsteknologisk knutepunkt (VKP).

Systemet skal brukes i disse kommunene:
${f.kommuneList()}

Vi ber om informasjon om hvordan vi bruker API-ene («Slik bruker man APIene»), og om hva som er neste steg for oss.

${f.signature()}`,
	}),

	'third-party-approval': (f) => ({
		title: 'Godkjenning som tredjepartsleverandør',
		to: KUNDESENTER_ADDRESS,
		subject: `Godkjenning som tredjepartsleverandør i helsenettet: ${f.text('company')}`,
		body: `Hei,

${APPROVAL_SENTENCE}

Firma: ${f.text('company')}
Organisasjonsnummer: ${f.text('orgnr')}
Produkt eller system: ${f.text('product')}

${f.signature()}`,
	}),

	'vkp-order-form': (f) => ({
		title: 'Be VKP om bestillingsskjema for produksjon',
		to: VKP_ADDRESS,
		subject: `Bestillingsskjema for HelseID-klienter i produksjon: ${f.text('product')}`,
		body: `Hei,

Vi i ${f.text('company')} (organisasjonsnummer ${f.text('orgnr')}) skal bestille HelseID-klienter for produksjon for ${f.text('product')}, én klient per kommune. Kan dere sende oss bestillingsskjemaet for produksjon?

Vi trenger klienter for disse kommunene:
${f.kommuneList()}

${f.signature()}`,
	}),

	'vkp-production-order': (f) => {
		const clients =
			f.input.kommuner.length === 0
				? `1. ${f.mark('kommuner')}`
				: f.input.kommuner
						.map((k, index) => {
							const key = k.thumbprint
								? `Offentlig nøkkel, thumbprint (RFC 7638, SHA-256): ${k.thumbprint}`
								: 'Offentlig nøkkel: ligger i bestillingsskjemaet';
							return `${index + 1}. ${k.navn}, kommunenummer ${k.nummer}\n   ${key}`;
						})
						.join('\n');
		return {
			title: 'Bestilling av HelseID-klienter for produksjon',
			to: KUNDESENTER_ADDRESS,
			subject: `Bestilling av HelseID-klienter for produksjon (VKP): ${f.text('company')}`,
			note: 'Legg ved ett utfylt bestillingsskjema per kommune. Skjemaet får du fra VKP. Send aldri den private nøkkelen.',
			body: `Hei,

Vedlagt er bestillingsskjema for HelseID-klienter for produksjon for Velferdsteknologisk knutepunkt (VKP). Vi bestiller én klient per kommune.

Leverandør: ${f.text('company')}, organisasjonsnummer ${f.text('orgnr')}
System: ${f.text('product')}

Scopes for hver klient:
${f.list('scopes')}

Klienter (én per kommune):
${clients}

${f.signature()}`,
		};
	},

	'vk-order': (f) => ({
		title: 'Bestilling fra offentlig helseaktør (bestiller)',
		to: '',
		toNote:
			'Bestillingen går til NHN sitt ide- og bestillingsmottak, men kildene oppgir ikke adressen. Be NHN om adressen, og fyll inn mottakeren selv.',
		note: 'Denne e-posten sender bestilleren (den offentlige helseaktøren), ikke leverandøren. Legg ved det utfylte bestillingsskjemaet.',
		subject: `Bestilling: integrasjon av ${f.text('company')} med Verktøykatalogen`,
		body: `Hei,

Vedlagt er utfylt bestillingsskjema. Vi ønsker å få integrert veiledningsleverandøren ${f.text('company')} (organisasjonsnummer ${f.text('orgnr')}) med Verktøykatalogen på Helsenorge.

Løsning: ${f.text('product')}

Veiledningstjenester:
${f.list('veiledningstjenester')}

Kontaktperson hos leverandøren: ${f.text('contactName')}, ${f.text('email')}

Med vennlig hilsen
[Fyll ut: navn og virksomhet hos bestiller]`,
	}),

	'vk-public-key': (f) => ({
		title: 'Offentlig nøkkel for API-klient i testmiljøet',
		to: '',
		toNote: CONTACT_POINT_NOTE,
		note: 'Legg ved den offentlige nøkkelen (for eksempel offentlig.pem). Send aldri den private nøkkelen.',
		subject: `Offentlig RSA-nøkkel for API-klient i testmiljøet (Verktøykatalogen): ${f.text('company')}`,
		body: `Hei,

Vedlagt er den offentlige RSA-nøkkelen vår, slik at NHN kan opprette API-klienten i testmiljøet for Verktøykatalogen.

Leverandør: ${f.text('company')}, organisasjonsnummer ${f.text('orgnr')}
Løsning: ${f.text('product')}

Veiledningstjenester vi skal administrere:
${f.list('veiledningstjenester')}

${f.signature()}`,
	}),

	'vk-test-report': (f) => ({
		title: 'Testrapport til kontaktpunktet i NHN',
		to: '',
		toNote: CONTACT_POINT_NOTE,
		note: 'Legg ved testrapporten.',
		subject: `Testrapport for integrasjon med Verktøykatalogen: ${f.text('product')}`,
		body: `Hei,

Vedlagt er testrapporten for integrasjonen av ${f.text('product')} med Verktøykatalogen.

Leverandør: ${f.text('company')}, organisasjonsnummer ${f.text('orgnr')}

Veiledningstjenester:
${f.list('veiledningstjenester')}

Si gjerne fra om dere trenger mer fra oss for å vurdere rapporten.

${f.signature()}`,
	}),

	'vk-confirmation': (f) => ({
		title: 'Bekreftelse etter produksjonssetting',
		to: '',
		toNote: CONTACT_POINT_NOTE,
		subject: `Integrasjonen med Verktøykatalogen fungerer i produksjon: ${f.text('product')}`,
		body: `Hei,

Vi har sjekket integrasjonen av ${f.text('product')} med Verktøykatalogen etter produksjonssettingen, og alt fungerer som det skal.

Veiledningstjenester:
${f.list('veiledningstjenester')}

${f.signature()}`,
	}),

	'fault-report': (f) => ({
		title: 'Melding om feil eller endring til NHN sitt kundesenter',
		to: KUNDESENTER_ADDRESS,
		phone: KUNDESENTER_PHONE,
		subject: `Feil eller endringsbehov, Verktøykatalogen: ${f.text('product')}`,
		body: `Hei,

Vi melder en feil eller et behov for endring i integrasjonen av ${f.text('product')} med Verktøykatalogen.

Leverandør: ${f.text('company')}, organisasjonsnummer ${f.text('orgnr')}

Veiledningstjenester det gjelder:
${f.list('veiledningstjenester')}

Hva har skjedd, eller hva trenger vi:
[Skriv her: beskriv feilen eller endringen, når den startet og hva dere har prøvd]

${f.signature()}`,
	}),
};

/** Builds one draft. Pure: the same input always gives the same text. */
export function buildDraft(id: DraftId, input: DraftInput): Draft {
	const filler = new Filler(input);
	const made = TEMPLATES[id](filler);
	return { id, cc: '', ...made, missing: filler.missing };
}

/** The whole draft as plain text, for "copy all". */
export function draftAsText(draft: Draft): string {
	const to = draft.to === '' ? '[Fyll ut: mottaker]' : draft.to;
	return `Til: ${to}\nEmne: ${draft.subject}\n\n${draft.body}`;
}
