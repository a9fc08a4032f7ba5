/**
 * What every mail draft is built with: a draft is a title, its recipients, who sends it (the supplier or the
 * bestiller) and a `write` function that turns the profile and the chosen kommuner into subject and body through a
 * `FieldReader`. The reader marks every empty field it is asked for as `[mangler: …]` and every filled field that
 * fails its check (an organisasjonsnummer whose MOD11 check digit is wrong, an e-mail address without a domain) as
 * `[ugyldig …: …]`, and remembers both, so the page can say what to fix and offer to fix it in place; `writeDraft`
 * puts the pieces together, between the same greeting and the sender's signature for every draft.
 */
import { PROFILE_FIELD_LABELS } from '../profile/messages';
import { PROFILE_FIELDS, type Party, type Profile, type ProfileField } from '../profile/profile';
import { checkProfileField, scopesProblem, splitScopes } from '../profile/validate';
import { publicJwkText, readStoredPublicJwk, type StoredPublicJwk } from '../shared/public-jwk';
import { publicJwkPem } from './public-key-pem';

export interface DraftKommune {
	nummer: string;
	navn: string;
	thumbprint?: string;
	publicJwk?: StoredPublicJwk;
}

export interface DraftInput {
	profile: Profile;
	kommuner: readonly DraftKommune[];
}

/** A draft's text and recipients, as the page shows them and a mail program receives them. */
export interface DraftText {
	title: string;
	to: string[];
	cc: string[];
	/** Said beside the recipient when the seeds give no address, or when a phone number belongs with it. */
	recipientNote?: string;
	subject: string;
	body: string;
	/** Who sends the mail and signs it; the .eml's From: is this party's address. */
	sender: Party;
	/** Profile fields the draft needs that are empty; their place in the text is marked `[mangler: …]`. */
	missing: ProfileField[];
	/** Profile fields the draft uses that fail their check; marked `[ugyldig …: …]`, never used as they are. */
	invalid: ProfileField[];
	/** True when the draft lists kommuner, or is for one, and none is chosen. */
	missingKommuner: boolean;
	/** True when the draft is for one kommune and no key thumbprint is saved for it. */
	missingThumbprint: boolean;
	/** True when the draft is for one kommune and its checked public key is not saved with it. */
	missingPublicKey: boolean;
}

export interface DraftSpec {
	title: string;
	to: readonly string[];
	recipientNote?: string;
	/** Who sends and signs: the supplier (the default) or the bestiller. */
	sender?: Party;
	/** One mail per kommune (a HelseID client belongs to one kommune): `write` gets that kommune, or none. */
	perKommune?: boolean;
	/** The subject, and the body's paragraphs between greeting and signature, read from the profile through `fields`. */
	write(fields: FieldReader, kommuner: readonly DraftKommune[]): { subject: string; body: readonly Paragraph[] };
}

/** One paragraph of a mail: a line, or lines kept together; paragraphs are separated by a blank line. */
export type Paragraph = string | readonly string[];

const missingMark = (what: string) => `[mangler: ${what}]`;
const NO_KOMMUNER = missingMark('kommuner – legg dem til i sjekklisten for VKP');
export const NO_KOMMUNE = missingMark('kommune – legg den til i sjekklisten for VKP');

/** Reads the profile for one draft, collecting what is missing or invalid while the text is written. */
export class FieldReader {
	readonly missing = new Set<ProfileField>();
	readonly invalid = new Set<ProfileField>();
	missingKommuner = false;
	missingThumbprint = false;
	missingPublicKey = false;

	constructor(private readonly profile: Profile) {}

	get(field: ProfileField): string {
		const value = this.profile[field].trim();
		if (!value) return this.#mark(field);
		if (checkProfileField(field, value)) {
			this.invalid.add(field);
			return `[ugyldig ${PROFILE_FIELD_LABELS[field].toLowerCase()}: ${value}]`;
		}
		return value;
	}

	/**
	 * The production client's scopes, one per entry however they were separated (../profile/validate.ts). A scope that
	 * cannot go into a production order (the test-only `nhn:vkp/api/*.*`, an entry that is no NHN scope) is marked
	 * invalid, as the profile form marks it.
	 */
	scopes(): string[] {
		const scopes = splitScopes(this.profile.scopes);
		if (scopes.length === 0) return [this.#mark('scopes')];
		if (!checkProfileField('scopes', this.profile.scopes)) return scopes;
		this.invalid.add('scopes');
		return scopes.map((scope) => (scopesProblem([scope]) ? `[ugyldig scope: ${scope}]` : scope));
	}

	/** A field written one value per line (veiledningstjenester): its non-empty lines, trimmed. */
	lines(field: ProfileField): string[] {
		const values = this.profile[field]
			.split(/\r?\n/)
			.map((line) => line.trim())
			.filter(Boolean);
		return values.length > 0 ? values : [this.#mark(field)];
	}

	/** A field the text can do without (a phone number): left out when empty, never marked missing. */
	optional(field: ProfileField): string | undefined {
		return this.profile[field].trim() || undefined;
	}

	/** "Kari Nordmann, kari@firma.no, 99 88 77 66": a party's contact person, with the phone number when there is one. */
	contact(party: Party = 'leverandor'): string {
		const [name, email, phone] = CONTACT_FIELDS[party];
		return [this.get(name), this.get(email), this.optional(phone)].filter(Boolean).join(', ');
	}

	signature(party: Party = 'leverandor'): string {
		const [name, email, phone, company] = CONTACT_FIELDS[party];
		const number = this.optional(phone);
		return ['Med vennlig hilsen', this.get(name), this.get(company), this.get(email), ...(number ? [number] : [])].join(
			'\n',
		);
	}

	/** The kommuner as lines, `line` giving each one's; with none chosen, one marked line and `missingKommuner`. */
	kommuner(
		kommuner: readonly DraftKommune[],
		line: (kommune: DraftKommune, index: number) => string | string[],
	): string[] {
		if (kommuner.length > 0) return kommuner.flatMap(line);
		this.missingKommuner = true;
		return [NO_KOMMUNER];
	}

	/** The one kommune of a draft per kommune, or undefined (and `missingKommuner`) when none is chosen. */
	kommune(kommuner: readonly DraftKommune[]): DraftKommune | undefined {
		if (kommuner[0] === undefined) this.missingKommuner = true;
		return kommuner[0];
	}

	/** A kommune's key thumbprint, or a mark (and `missingThumbprint`) when none is saved for it. */
	thumbprint(kommune: DraftKommune | undefined): string {
		if (kommune?.thumbprint) return kommune.thumbprint;
		this.missingThumbprint = true;
		return missingMark(kommune ? `tommelavtrykk for ${kommune.navn}` : 'tommelavtrykk');
	}

	/**
	 * The Verktøykatalogen API client's checked public key as JWK and PEM (saved in the profile by the key check), or
	 * one mark (and `missingPublicKey`) when it is not saved.
	 */
	apiClientKey(): Paragraph[] {
		const key = readStoredPublicJwk(parseJsonText(this.profile.apiClientPublicJwk ?? ''));
		if (key) return this.publicKey({ nummer: '', navn: '', publicJwk: key });
		this.missingPublicKey = true;
		return [missingMark('offentlig nøkkel – sjekk den i Nøkkelsjekk og lagre den for API-klienten')];
	}

	/**
	 * A kommune's checked public key as JWK and as PEM (the guide says to send both), or one mark (and
	 * `missingPublicKey`) when the key check has not saved it for the kommune.
	 */
	publicKey(kommune: DraftKommune | undefined): Paragraph[] {
		if (kommune?.publicJwk) {
			return [
				['Den offentlige nøkkelen som JWK:', publicJwkText(kommune.publicJwk)],
				['Den samme nøkkelen som PEM:', publicJwkPem(kommune.publicJwk)],
			];
		}
		this.missingPublicKey = true;
		const whose = kommune ? ` for ${kommune.navn}` : '';
		return [missingMark(`offentlig nøkkel${whose} – sjekk den i Nøkkelsjekk og lagre den for kommunen`)];
	}

	#mark(field: ProfileField): string {
		this.missing.add(field);
		return missingMark(PROFILE_FIELD_LABELS[field].toLowerCase());
	}
}

/** Each party's contact fields: name, e-mail, phone, organisation. */
const CONTACT_FIELDS: Readonly<Record<Party, readonly [ProfileField, ProfileField, ProfileField, ProfileField]>> = {
	leverandor: ['contactName', 'email', 'phone', 'company'],
	bestiller: ['bestillerContactName', 'bestillerEmail', 'bestillerPhone', 'bestillerCompany'],
};

/** The e-mail field of the party that sends a draft. */
export const SENDER_EMAIL: Readonly<Record<Party, ProfileField>> = {
	leverandor: 'email',
	bestiller: 'bestillerEmail',
};

/** "- Bodø (kommunenummer 1804)": the kommune lines of the drafts that only list them. */
export const kommuneListLine = (k: DraftKommune) => `- ${k.navn} (kommunenummer ${k.nummer})`;

export function writeDraft(spec: DraftSpec, { profile, kommuner }: DraftInput): DraftText {
	const fields = new FieldReader(profile);
	const sender = spec.sender ?? 'leverandor';
	const { subject, body } = spec.write(fields, kommuner);
	const signature = fields.signature(sender);
	return {
		title: spec.title,
		to: [...spec.to],
		cc: [],
		...(spec.recipientNote ? { recipientNote: spec.recipientNote } : {}),
		subject,
		body: ['Hei,', ...body, signature].map((p) => (typeof p === 'string' ? p : p.join('\n'))).join('\n\n'),
		sender,
		missing: PROFILE_FIELDS.filter((field) => fields.missing.has(field)),
		invalid: PROFILE_FIELDS.filter((field) => fields.invalid.has(field)),
		missingKommuner: fields.missingKommuner,
		missingThumbprint: fields.missingThumbprint,
		missingPublicKey: fields.missingPublicKey,
	};
}

function parseJsonText(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}
