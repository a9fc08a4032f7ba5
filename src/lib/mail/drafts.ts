/**
 * The mails the guides tell a supplier (or a bestiller) to send, as pure functions from the supplier profile to a
 * draft. Addresses come only from NHN's pages (the seeds): VKP@nhn.no and kundesenter@nhn.no. Where the seeds give
 * no address (ide- og bestillingsmottak, the NHN contact point), `to` is empty and `recipientNote` says whom to
 * send it to: an address is never invented.
 */

import { PROFILE_FIELD_LABELS } from '../profile/messages';
import type { ProfileField, SupplierProfile } from '../profile/profile';

export const VKP_ADDRESS = 'VKP@nhn.no';
export const KUNDESENTER_ADDRESS = 'kundesenter@nhn.no';
export const KUNDESENTER_PHONE = '24 20 00 00';

/** The request sentence NHN asks for, word for word (VKP "Overordnet"). */
export const APPROVAL_SENTENCE =
	'Vi ønsker å bli godkjente som tredjepartsleverandør i helsenettet slik at vi kan integreres med Velferdsteknologisk knutepunkt.';

export interface DraftKommune {
	nummer: string;
	navn: string;
	thumbprint?: string;
}

export interface DraftInput {
	profile: SupplierProfile;
	kommuner: readonly DraftKommune[];
}

export type DraftId =
	| 'vkp-kontakt'
	| 'vkp-tredjepart'
	| 'vkp-bestillingsskjema'
	| 'vkp-helseid-bestilling'
	| 'vk-bestilling'
	| 'vk-offentlig-nokkel'
	| 'vk-testrapport'
	| 'vk-etter-produksjon'
	| 'feilmelding';

export interface MailDraft {
	id: DraftId;
	title: string;
	to: string[];
	cc: string[];
	/** Said beside the recipient when the seeds give no address, or when a phone number belongs with it. */
	recipientNote?: string;
	subject: string;
	body: string;
	/** Profile fields the draft needs that are empty; their place in the text is marked `[mangler: …]`. */
	missing: ProfileField[];
	/** True when the draft lists kommuner and none are chosen. */
	missingKommuner: boolean;
}

const NO_CONTACT_POINT_ADDRESS =
	'NHN har ikke publisert en adresse for dette. Send til kontaktpunktet ditt i NHN (du får det i dialogen med NHN), og fyll inn adressen selv.';

/** Collects which fields a draft used while building its text. */
class FieldReader {
	readonly missing = new Set<ProfileField>();
	constructor(private readonly profile: SupplierProfile) {}
	get(field: ProfileField): string {
		const value = this.profile[field].trim();
		if (value) return value;
		this.missing.add(field);
		return `[mangler: ${PROFILE_FIELD_LABELS[field].toLowerCase()}]`;
	}
	lines(field: ProfileField): string[] {
		const values = this.profile[field]
			.split(/\r?\n/)
			.map((line) => line.trim())
			.filter(Boolean);
		if (values.length > 0) return values;
		this.missing.add(field);
		return [`[mangler: ${PROFILE_FIELD_LABELS[field].toLowerCase()}]`];
	}
	/** A field the text can do without (the phone number): left out when empty, never marked missing. */
	optional(field: ProfileField): string | undefined {
		return this.profile[field].trim() || undefined;
	}
	signature(): string {
		const phone = this.optional('phone');
		return ['Med vennlig hilsen', this.get('contactName'), this.get('company'), this.get('email'), ...(phone ? [phone] : [])].join(
			'\n',
		);
	}
}

function kommuneLines(kommuner: readonly DraftKommune[]): string[] {
	return kommuner.length > 0
		? kommuner.map((k) => `- ${k.navn} (kommunenummer ${k.nummer})`)
		: ['[mangler: kommuner – legg dem til i sjekklisten for VKP]'];
}

function finish(
	base: Omit<MailDraft, 'missing' | 'missingKommuner' | 'cc'> & { cc?: string[] },
	reader: FieldReader,
	missingKommuner = false,
): MailDraft {
	const fieldOrder = Object.keys(PROFILE_FIELD_LABELS) as ProfileField[];
	return {
		...base,
		cc: base.cc ?? [],
		missing: fieldOrder.filter((field) => reader.missing.has(field)),
		missingKommuner,
	};
}

function vkpKontakt({ profile, kommuner }: DraftInput): MailDraft {
	const r = new FieldReader(profile);
	const body = [
		'Hei,',
		'',
		`Vi i ${r.get('company')} (org.nr. ${r.get('orgnr')}) leverer velferdsteknologi og ønsker å integrere systemet vårt, ${r.get('product')}, med Velferdsteknologisk knutepunkt (VKP).`,
		'',
		'Systemet skal brukes i disse kommunene:',
		...kommuneLines(kommuner),
		'',
		'Vi ber om å få vite hva som må på plass, og om informasjonen «Slik bruker man APIene».',
		'',
		r.signature(),
	].join('\n');
	return finish(
		{
			id: 'vkp-kontakt',
			title: 'Første kontakt med VKP',
			to: [VKP_ADDRESS],
			subject: `Ønske om integrasjon med VKP – ${r.get('product')}`,
			body,
		},
		r,
		kommuner.length === 0,
	);
}

function vkpTredjepart({ profile }: DraftInput): MailDraft {
	const r = new FieldReader(profile);
	const body = [
		'Hei,',
		'',
		APPROVAL_SENTENCE,
		'',
		`Virksomhet: ${r.get('company')}`,
		`Organisasjonsnummer: ${r.get('orgnr')}`,
		`System: ${r.get('product')}`,
		`Kontaktperson: ${[r.get('contactName'), r.get('email'), r.optional('phone')].filter(Boolean).join(', ')}`,
		'',
		r.signature(),
	].join('\n');
	return finish(
		{
			id: 'vkp-tredjepart',
			title: 'Godkjenning som tredjepartsleverandør',
			to: [KUNDESENTER_ADDRESS],
			subject: `Godkjenning som tredjepartsleverandør i helsenettet – ${r.get('company')}`,
			body,
		},
		r,
	);
}

function vkpBestillingsskjema({ profile, kommuner }: DraftInput): MailDraft {
	const r = new FieldReader(profile);
	const body = [
		'Hei,',
		'',
		`Vi ønsker å bestille HelseID-klienter for produksjon for ${r.get('product')}, én klient per kommune. Kan dere sende oss bestillingsskjemaet for produksjon?`,
		'',
		'Kommunene det gjelder:',
		...kommuneLines(kommuner),
		'',
		r.signature(),
	].join('\n');
	return finish(
		{
			id: 'vkp-bestillingsskjema',
			title: 'Be VKP om bestillingsskjema for produksjon',
			to: [VKP_ADDRESS],
			subject: `Bestillingsskjema for HelseID-klienter i produksjon – ${r.get('company')}`,
			body,
		},
		r,
		kommuner.length === 0,
	);
}

function vkpHelseIdBestilling({ profile, kommuner }: DraftInput): MailDraft {
	const r = new FieldReader(profile);
	const clients =
		kommuner.length > 0
			? kommuner.flatMap((k, index) => [
					`${index + 1}. ${k.navn}, kommunenummer ${k.nummer}`,
					k.thumbprint
						? `   Offentlig nøkkel, tommelavtrykk (RFC 7638, SHA-256): ${k.thumbprint}`
						: '   Offentlig nøkkel: [fyll inn: legg ved den offentlige nøkkelen for denne klienten]',
				])
			: ['[mangler: kommuner – legg dem til i sjekklisten for VKP]'];
	const body = [
		'Hei,',
		'',
		`Vedlagt er utfylt bestillingsskjema fra VKP. Vi bestiller én HelseID-klient per kommune for ${r.get('product')} (${r.get('company')}, org.nr. ${r.get('orgnr')}).`,
		'',
		`Klienter (${kommuner.length}):`,
		...clients,
		'',
		'Scopes vi ønsker for hver klient:',
		...r.lines('scopes').map((scope) => `- ${scope}`),
		'',
		'Den offentlige delen av RSA-nøkkelparet for hver klient ligger vedlagt. Den private nøkkelen beholder vi selv.',
		'',
		r.signature(),
	].join('\n');
	return finish(
		{
			id: 'vkp-helseid-bestilling',
			title: 'Bestilling av HelseID-klienter for produksjon',
			to: [KUNDESENTER_ADDRESS],
			subject: `Bestilling av HelseID-klienter for VKP (produksjon) – ${r.get('company')}`,
			body,
		},
		r,
		kommuner.length === 0,
	);
}

/**
 * The bestiller (a public health actor) sends this order, not the supplier: the supplier fills in its own details
 * from the profile and hands the draft to the bestiller, who signs it.
 */
function vkBestilling({ profile }: DraftInput): MailDraft {
	const r = new FieldReader(profile);
	const body = [
		'Hei,',
		'',
		'Vedlagt er utfylt bestillingsskjema for integrasjon av veiledningstjenester i Verktøykatalogen på Helsenorge.',
		'',
		`Leverandør: ${r.get('company')} (org.nr. ${r.get('orgnr')})`,
		`Kontaktperson hos leverandøren: ${[r.get('contactName'), r.get('email'), r.optional('phone')].filter(Boolean).join(', ')}`,
		'Veiledningstjenester det gjelder:',
		...r.lines('veiledningstjenester').map((name) => `- ${name}`),
		'',
		'Med vennlig hilsen',
		'[fyll inn: navn og virksomhet hos bestiller]',
	].join('\n');
	return finish(
		{
			id: 'vk-bestilling',
			title: 'Bestilling til ide- og bestillingsmottak (bestiller)',
			to: [],
			recipientNote:
				'Bestilleren (den offentlige helseaktøren) sender denne. Bestillingen går til ide- og bestillingsmottak i NHN, men NHN har ikke publisert adressen i veiledningen: spør NHN om bestillingsskjemaet og hvor det skal sendes, og fyll inn adressen selv.',
			subject: `Bestilling: veiledningstjenester i Verktøykatalogen – leverandør ${r.get('company')}`,
			body,
		},
		r,
	);
}

function vkOffentligNokkel({ profile }: DraftInput): MailDraft {
	const r = new FieldReader(profile);
	const body = [
		'Hei,',
		'',
		`Vedlagt er den offentlige RSA-nøkkelen til ${r.get('company')}, slik at NHN kan opprette API-klienten i testmiljøet for integrasjonen med Verktøykatalogen.`,
		'',
		'Veiledningstjenester vi skal administrere:',
		...r.lines('veiledningstjenester').map((name) => `- ${name}`),
		'',
		'Tommelavtrykk for nøkkelen (RFC 7638, SHA-256): [fyll inn: tommelavtrykket fra nøkkelsjekken]',
		'Nøkkelen er bare den offentlige delen. Den private nøkkelen beholder vi selv.',
		'',
		r.signature(),
	].join('\n');
	return finish(
		{
			id: 'vk-offentlig-nokkel',
			title: 'Send offentlig nøkkel for API-klient i test',
			to: [],
			recipientNote: NO_CONTACT_POINT_ADDRESS,
			subject: `Offentlig RSA-nøkkel for API-klient i testmiljø – ${r.get('company')}`,
			body,
		},
		r,
	);
}

function vkTestrapport({ profile }: DraftInput): MailDraft {
	const r = new FieldReader(profile);
	const body = [
		'Hei,',
		'',
		`Vedlagt er testrapporten for integrasjonen mellom ${r.get('product')} og Verktøykatalogen.`,
		'',
		'API-klient-GUID: [fyll inn: API-klient-GUID fra NHN]',
		'Veiledningstjenester som er testet:',
		...r.lines('veiledningstjenester').map((name) => `- ${name}`),
		'',
		'Vi ser fram til kvalitetsvurderingen, og svarer gjerne på spørsmål om mangler eller avvik.',
		'',
		r.signature(),
	].join('\n');
	return finish(
		{
			id: 'vk-testrapport',
			title: 'Send testrapport til kontaktpunktet i NHN',
			to: [],
			recipientNote: NO_CONTACT_POINT_ADDRESS,
			subject: `Testrapport for integrasjon med Verktøykatalogen – ${r.get('company')}`,
			body,
		},
		r,
	);
}

function vkEtterProduksjon({ profile }: DraftInput): MailDraft {
	const r = new FieldReader(profile);
	const body = [
		'Hei,',
		'',
		`Vi har sjekket at integrasjonen mellom ${r.get('product')} og Verktøykatalogen fungerer som den skal etter produksjonssettingen.`,
		'',
		'Veiledningstjenester i produksjon:',
		...r.lines('veiledningstjenester').map((name) => `- ${name}`),
		'',
		'[fyll inn: eventuelle merknader]',
		'',
		r.signature(),
	].join('\n');
	return finish(
		{
			id: 'vk-etter-produksjon',
			title: 'Meld fra til NHN etter produksjonssetting',
			to: [],
			recipientNote: NO_CONTACT_POINT_ADDRESS,
			subject: `Integrasjonen med Verktøykatalogen er i produksjon – ${r.get('company')}`,
			body,
		},
		r,
	);
}

function feilmelding({ profile }: DraftInput): MailDraft {
	const r = new FieldReader(profile);
	const body = [
		'Hei,',
		'',
		`Vi melder en feil eller et behov for endring i integrasjonen mellom ${r.get('product')} og Verktøykatalogen.`,
		'',
		'Hva gjelder det: [fyll inn: feil, endring eller oppdatering]',
		'Når startet det: [fyll inn: dato og klokkeslett]',
		'Hva skjer: [fyll inn: beskrivelse og eventuelle feilmeldinger]',
		'API-klient-GUID: [fyll inn: API-klient-GUID]',
		'',
		r.signature(),
	].join('\n');
	return finish(
		{
			id: 'feilmelding',
			title: 'Meld feil eller endringsbehov til kundesenteret',
			to: [KUNDESENTER_ADDRESS],
			recipientNote: `Haster det, ring NHN sitt kundesenter på telefon ${KUNDESENTER_PHONE}.`,
			subject: `Feil eller endringsbehov: integrasjon med Verktøykatalogen – ${r.get('company')}`,
			body,
		},
		r,
	);
}

export const DRAFTS: Record<DraftId, (input: DraftInput) => MailDraft> = {
	'vkp-kontakt': vkpKontakt,
	'vkp-tredjepart': vkpTredjepart,
	'vkp-bestillingsskjema': vkpBestillingsskjema,
	'vkp-helseid-bestilling': vkpHelseIdBestilling,
	'vk-bestilling': vkBestilling,
	'vk-offentlig-nokkel': vkOffentligNokkel,
	'vk-testrapport': vkTestrapport,
	'vk-etter-produksjon': vkEtterProduksjon,
	feilmelding,
};

export const DRAFT_IDS = Object.keys(DRAFTS) as DraftId[];

export function isDraftId(value: string): value is DraftId {
	return Object.hasOwn(DRAFTS, value);
}

export function buildDraft(id: DraftId, input: DraftInput): MailDraft {
	return DRAFTS[id](input);
}

/** The whole draft as one text, for "copy all". */
export function draftAsText(draft: MailDraft): string {
	return [`Til: ${draft.to.join(', ') || '[fyll inn: mottaker]'}`, `Emne: ${draft.subject}`, '', draft.body].join('\n');
}
