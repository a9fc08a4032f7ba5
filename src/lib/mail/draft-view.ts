/**
 * What a draft on the page shows and does beyond its text (<veiviser-mail-draft>, MailDraft.astro): the recipient
 * line, the sentence about what is missing, whether the mail link is safe to offer, what each copy button copies,
 * and what the downloaded .eml file holds.
 */
import { PROFILE_FIELD_LABELS, SUPPLIER_LABELS_FOR_BESTILLER } from '../profile/messages';
import { PROFILE_FIELDS, partyOf, type Party, type Profile, type ProfileField } from '../profile/profile';
import { SENDER_EMAIL, type DraftText } from './draft-kit';
import { draftAsText, type MailDraft } from './drafts';
import type { EmlParts } from './eml';
import { buildMailto, isMailtoSafe } from './mailto';
import { hasMarks } from './marks';
import { NO_RECIPIENT, type CopyPart, type DraftNotice, type DraftStatus } from './messages';

export function recipientText(draft: Pick<DraftText, 'to'>): string {
	return draft.to.length > 0 ? draft.to.join(', ') : NO_RECIPIENT;
}

/** The server cannot know the user's profile: it says where the text will come from. */
export const NOTICE_BEFORE_SCRIPT: DraftNotice = { code: 'before-script', missing: [], invalid: [] };

type NoticeInput = Pick<DraftText, 'missing' | 'invalid' | 'missingKommuner' | 'missingThumbprint'> &
	Partial<Pick<DraftText, 'missingPublicKey' | 'sender' | 'to' | 'subject' | 'body'>> & {
		kommune?: { navn: string } | undefined;
	};

/** What the line above a draft's text says: what is missing and what is invalid, lower-case, in the profile's order. */
export function draftNotice(draft: NoticeInput): DraftNotice {
	// In the bestiller's own draft, the supplier's fields say they are the supplier's (issue 20).
	const label = (field: ProfileField) =>
		(
			(draft.sender === 'bestiller' ? SUPPLIER_LABELS_FOR_BESTILLER[field] : undefined) ?? PROFILE_FIELD_LABELS[field]
		).toLowerCase();
	const missing = draft.missing.map(label);
	if (draft.missingKommuner) missing.push('kommuner');
	if (draft.missingThumbprint) missing.push(`tommelavtrykk for ${draft.kommune?.navn ?? 'kommunen'}`);
	if (draft.missingPublicKey) {
		const whose = draft.kommune ? ` for ${draft.kommune.navn}` : draft.missingThumbprint ? ' for kommunen' : '';
		missing.push(`offentlig nøkkel${whose} (fra Nøkkelsjekk)`);
	}
	const invalid = draft.invalid.map(label);
	if (missing.length + invalid.length > 0) return { code: 'incomplete', missing, invalid };
	// Gaps only the user can fill in: `[fyll inn: …]` in the text, or no recipient ("[fyll inn: mottaker]" when copied).
	const gaps = hasMarks(draft.subject ?? '') || hasMarks(draft.body ?? '') || draft.to?.length === 0;
	return { code: gaps ? 'fill-in' : 'complete', missing, invalid };
}

/** The fields a draft lets the user fill in or correct in place, grouped by the party they belong to. */
export interface FixPlan {
	readonly groups: readonly { readonly party: Party; readonly fields: readonly ProfileField[] }[];
	/** No kommune is chosen for a draft that needs one: offer to add one. */
	readonly kommune: boolean;
	/** The kommune whose key thumbprint the draft lacks: offer to paste it. */
	readonly thumbprintFor?: { readonly nummer: string; readonly navn: string };
}

export function fixPlan(draft: NoticeInput & { sender: Party; kommune?: { nummer: string; navn: string } }): FixPlan {
	const wanted = new Set([...draft.missing, ...draft.invalid]);
	const fields = PROFILE_FIELDS.filter((field) => wanted.has(field));
	// The sender's own fields first: they are the ones the user knows.
	const parties: Party[] = draft.sender === 'bestiller' ? ['bestiller', 'leverandor'] : ['leverandor', 'bestiller'];
	return {
		groups: parties
			.map((party) => ({ party, fields: fields.filter((field) => partyOf(field) === party) }))
			.filter((group) => group.fields.length > 0),
		kommune: draft.missingKommuner,
		...(draft.missingThumbprint && draft.kommune ? { thumbprintFor: draft.kommune } : {}),
	};
}

/** Whether a plan has anything to offer. */
export function hasFixes(plan: FixPlan): boolean {
	return plan.groups.length > 0 || plan.kommune || plan.thumbprintFor !== undefined;
}

/** The mailto: link, or undefined when it is too long to arrive whole (then the page offers copy and download). */
export function mailLink(draft: DraftText): string | undefined {
	const href = buildMailto(draft);
	return isMailtoSafe(href) ? href : undefined;
}

export function isCopyPart(value: string | undefined): value is CopyPart {
	return value === 'to' || value === 'subject' || value === 'body' || value === 'all';
}

export type CopyPlan =
	| {
			ok: true;
			text: string;
			status: DraftStatus;
			/** Selected for Ctrl+C when the browser refuses to copy. */
			selectIfRefused: 'subject' | 'body';
	  }
	| { ok: false; status: DraftStatus };

export function copyPlan(draft: MailDraft, part: CopyPart): CopyPlan {
	if (part === 'to' && draft.to.length === 0) return { ok: false, status: 'nothing-to-copy' };
	const text = { to: draft.to.join(', '), subject: draft.subject, body: draft.body, all: draftAsText(draft) }[part];
	return { ok: true, text, status: `copied-${part}`, selectIfRefused: part === 'subject' ? 'subject' : 'body' };
}

/**
 * The .eml download: named by the draft's id (and kommunenummer, for a draft per kommune), from the sender's address
 * only when it is there and valid (a `From:` with a `[mangler: …]` mark would not be an address at all).
 */
export function emlDownload(draft: MailDraft, profile: Profile): { fileName: string; parts: EmlParts } {
	const field = SENDER_EMAIL[draft.sender];
	const usable = !draft.missing.includes(field) && !draft.invalid.includes(field);
	return {
		fileName: draft.kommune ? `${draft.id}-${draft.kommune.nummer}.eml` : `${draft.id}.eml`,
		parts: {
			...(usable ? { from: profile[field].trim() } : {}),
			to: draft.to,
			cc: draft.cc,
			subject: draft.subject,
			body: draft.body,
		},
	};
}
