/**
 * All mail drafts by id: the guides place one with `<MailDraft draft="vkp-kontakt" />`, and the page turns the
 * supplier profile into its text. The drafts themselves are in ./vkp-drafts.ts and ./verktoykatalogen-drafts.ts.
 */
import { writeDraft, type DraftInput, type DraftSpec, type DraftText } from './draft-kit';
import { NO_RECIPIENT_MARK } from './messages';
import { vkBestillerOrder, vkFaultReport, vkInProduction, vkPublicKey, vkTestReport } from './verktoykatalogen-drafts';
import { vkpFirstContact, vkpHelseIdClientOrder, vkpOrderFormRequest, vkpThirdPartyApproval } from './vkp-drafts';

/**
 * The ids are slugs written in the guides' MDX (`draft="vkp-kontakt"`) and in the name of the downloaded file
 * (`vkp-kontakt.eml`): keep them as they are, in Norwegian, when a draft's code or wording changes.
 */
export const DRAFTS = {
	'vkp-kontakt': vkpFirstContact,
	'vkp-tredjepart': vkpThirdPartyApproval,
	'vkp-bestillingsskjema': vkpOrderFormRequest,
	'vkp-helseid-bestilling': vkpHelseIdClientOrder,
	'vk-bestilling': vkBestillerOrder,
	'vk-offentlig-nokkel': vkPublicKey,
	'vk-testrapport': vkTestReport,
	'vk-etter-produksjon': vkInProduction,
	feilmelding: vkFaultReport,
} as const satisfies Record<string, DraftSpec>;

export type DraftId = keyof typeof DRAFTS;

export interface MailDraft extends DraftText {
	id: DraftId;
}

export const DRAFT_IDS = Object.keys(DRAFTS) as DraftId[];

export function isDraftId(value: string): value is DraftId {
	return Object.hasOwn(DRAFTS, value);
}

export function buildDraft(id: DraftId, input: DraftInput): MailDraft {
	return { id, ...writeDraft(DRAFTS[id], input) };
}

/** The whole draft as one text, for "copy all". */
export function draftAsText(draft: MailDraft): string {
	return [`Til: ${draft.to.join(', ') || NO_RECIPIENT_MARK}`, `Emne: ${draft.subject}`, '', draft.body].join('\n');
}
