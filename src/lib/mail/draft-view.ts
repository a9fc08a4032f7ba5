/**
 * What a draft on the page shows and does beyond its text (<veiviser-mail-draft>, MailDraft.astro): the recipient
 * line, the sentence about what is missing, whether the mail link is safe to offer, what each copy button copies,
 * and what the downloaded .eml file holds.
 */
import { PROFILE_FIELD_LABELS } from '../profile/messages';
import type { SupplierProfile } from '../profile/profile';
import type { DraftText } from './draft-kit';
import { draftAsText, type MailDraft } from './drafts';
import type { EmlParts } from './eml';
import { buildMailto, isMailtoSafe } from './mailto';
import { NO_RECIPIENT, type CopyPart, type DraftNotice, type DraftStatus } from './messages';

export function recipientText(draft: Pick<DraftText, 'to'>): string {
	return draft.to.length > 0 ? draft.to.join(', ') : NO_RECIPIENT;
}

/** The server cannot know the user's profile: it says where the text will come from. */
export const NOTICE_BEFORE_SCRIPT: DraftNotice = { code: 'before-script', missing: [] };

export function draftNotice(draft: Pick<DraftText, 'missing' | 'missingKommuner'>): DraftNotice {
	const missing = draft.missing.map((field) => PROFILE_FIELD_LABELS[field].toLowerCase());
	if (draft.missingKommuner) return { code: 'missing-kommuner', missing: [...missing, 'kommuner'] };
	return { code: missing.length > 0 ? 'missing-fields' : 'complete', missing };
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
 * The .eml download: named by the draft's id, from the profile's address only when the draft has one (a `From:`
 * with a `[mangler: …]` mark would not be an address at all).
 */
export function emlDownload(draft: MailDraft, profile: SupplierProfile): { fileName: string; parts: EmlParts } {
	return {
		fileName: `${draft.id}.eml`,
		parts: {
			...(draft.missing.includes('email') ? {} : { from: profile.email.trim() }),
			to: draft.to,
			cc: draft.cc,
			subject: draft.subject,
			body: draft.body,
		},
	};
}
