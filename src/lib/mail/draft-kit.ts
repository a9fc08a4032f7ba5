/**
 * What every mail draft is built with: a draft is a title, its recipients and a `write` function that turns the
 * supplier profile and the chosen kommuner into subject and body through a `FieldReader`. The reader marks every
 * empty profile field it is asked for as `[mangler: …]` in the text and remembers it, so the page can say what
 * is missing; `writeDraft` puts the pieces together, between the same greeting and signature for every draft.
 */
import { PROFILE_FIELD_LABELS } from '../profile/messages';
import { PROFILE_FIELDS, type ProfileField, type SupplierProfile } from '../profile/profile';

export interface DraftKommune {
	nummer: string;
	navn: string;
	thumbprint?: string;
}

export interface DraftInput {
	profile: SupplierProfile;
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
	/** Profile fields the draft needs that are empty; their place in the text is marked `[mangler: …]`. */
	missing: ProfileField[];
	/** True when the draft lists kommuner and none are chosen. */
	missingKommuner: boolean;
}

export interface DraftSpec {
	title: string;
	to: readonly string[];
	recipientNote?: string;
	/** Who signs: the supplier (from the profile), or the bestiller, who fills in the signature. */
	signedBy?: 'supplier' | 'bestiller';
	/** The subject, and the body's paragraphs between greeting and signature, read from the profile through `fields`. */
	write(fields: FieldReader, kommuner: readonly DraftKommune[]): { subject: string; body: readonly Paragraph[] };
}

/** One paragraph of a mail: a line, or lines kept together; paragraphs are separated by a blank line. */
export type Paragraph = string | readonly string[];

const missingMark = (what: string) => `[mangler: ${what}]`;
const NO_KOMMUNER = missingMark('kommuner – legg dem til i sjekklisten for VKP');

/** Reads the profile for one draft, collecting what is missing while the text is written. */
export class FieldReader {
	readonly missing = new Set<ProfileField>();
	missingKommuner = false;

	constructor(private readonly profile: SupplierProfile) {}

	get(field: ProfileField): string {
		const value = this.profile[field].trim();
		if (value) return value;
		return this.#mark(field);
	}

	/** A field written one value per line (scopes, veiledningstjenester): its non-empty lines, trimmed. */
	lines(field: ProfileField): string[] {
		const values = this.profile[field]
			.split(/\r?\n/)
			.map((line) => line.trim())
			.filter(Boolean);
		return values.length > 0 ? values : [this.#mark(field)];
	}

	/** A field the text can do without (the phone number): left out when empty, never marked missing. */
	optional(field: ProfileField): string | undefined {
		return this.profile[field].trim() || undefined;
	}

	/** "Kari Nordmann, kari@firma.no, 99 88 77 66": the contact person, with the phone number when there is one. */
	contact(): string {
		return [this.get('contactName'), this.get('email'), this.optional('phone')].filter(Boolean).join(', ');
	}

	signature(): string {
		const phone = this.optional('phone');
		return [
			'Med vennlig hilsen',
			this.get('contactName'),
			this.get('company'),
			this.get('email'),
			...(phone ? [phone] : []),
		].join('\n');
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

	#mark(field: ProfileField): string {
		this.missing.add(field);
		return missingMark(PROFILE_FIELD_LABELS[field].toLowerCase());
	}
}

const BESTILLER_SIGNATURE = 'Med vennlig hilsen\n[fyll inn: navn og virksomhet hos bestiller]';

/** "- Bodø (kommunenummer 1804)": the kommune lines of the drafts that only list them. */
export const kommuneListLine = (k: DraftKommune) => `- ${k.navn} (kommunenummer ${k.nummer})`;

export function writeDraft(spec: DraftSpec, { profile, kommuner }: DraftInput): DraftText {
	const fields = new FieldReader(profile);
	const { subject, body } = spec.write(fields, kommuner);
	const signature = spec.signedBy === 'bestiller' ? BESTILLER_SIGNATURE : fields.signature();
	return {
		title: spec.title,
		to: [...spec.to],
		cc: [],
		...(spec.recipientNote ? { recipientNote: spec.recipientNote } : {}),
		subject,
		body: ['Hei,', ...body, signature].map((p) => (typeof p === 'string' ? p : p.join('\n'))).join('\n\n'),
		missing: PROFILE_FIELDS.filter((field) => fields.missing.has(field)),
		missingKommuner: fields.missingKommuner,
	};
}
