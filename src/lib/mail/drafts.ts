/**
 * All mail drafts by id: the guides place one with `<MailDraft draft="vkp-kontakt" />`, and the page turns the
 * profile into its text. A draft per kommune (the HelseID client order) becomes one mail for each chosen kommune.
 * The drafts themselves are in ./vkp-drafts.ts and ./verktoykatalogen-drafts.ts.
 */
import { writeDraft, type DraftInput, type DraftKommune, type DraftSpec, type DraftText } from './draft-kit';
import { NO_RECIPIENT_MARK } from './messages';
import { vkBestillerOrder, vkFaultReport, vkInProduction, vkPublicKey, vkTestReport } from './verktoykatalogen-drafts';
import {
	vkpFirstContact,
	vkpHelseIdClientOrder,
	vkpKommuneAccess,
	vkpOrderFormRequest,
	vkpThirdPartyApproval,
} from './vkp-drafts';

/**
 * The ids are slugs written in the guides' MDX (`draft="vkp-kontakt"`) and in the name of the downloaded file
 * (`vkp-kontakt.eml`, `vkp-helseid-bestilling-1804.eml`): keep them as they are, in Norwegian, when a draft's code
 * or wording changes.
 */
export const DRAFTS = {
	'vkp-kontakt': vkpFirstContact,
	'vkp-tredjepart': vkpThirdPartyApproval,
	'vkp-bestillingsskjema': vkpOrderFormRequest,
	'vkp-helseid-bestilling': vkpHelseIdClientOrder,
	'vkp-kommune-tilgang': vkpKommuneAccess,
	'vk-bestilling': vkBestillerOrder,
	'vk-offentlig-nokkel': vkPublicKey,
	'vk-testrapport': vkTestReport,
	'vk-etter-produksjon': vkInProduction,
	feilmelding: vkFaultReport,
} as const satisfies Record<string, DraftSpec>;

export type DraftId = keyof typeof DRAFTS;

export interface MailDraft extends DraftText {
	id: DraftId;
	/** The kommune a draft per kommune is for; absent for other drafts, and while no kommune is chosen. */
	kommune?: { nummer: string; navn: string };
}

export const DRAFT_IDS = Object.keys(DRAFTS) as DraftId[];

export function isDraftId(value: string): value is DraftId {
	return Object.hasOwn(DRAFTS, value);
}

/** Whether a draft is written once per chosen kommune. */
export function isPerKommune(id: DraftId): boolean {
	return (DRAFTS[id] satisfies DraftSpec).perKommune === true;
}

/**
 * One draft. A draft per kommune is written for `kommune` (its title names it), or with the kommune marked missing
 * when none is given; `input.kommuner` is not used for it.
 */
export function buildDraft(id: DraftId, input: DraftInput, kommune?: DraftKommune): MailDraft {
	if (!isPerKommune(id)) return { id, ...writeDraft(DRAFTS[id], input) };
	const text = writeDraft(DRAFTS[id], { ...input, kommuner: kommune ? [kommune] : [] });
	if (!kommune) return { id, ...text };
	return {
		id,
		...text,
		title: `${text.title}: ${kommune.navn} (${kommune.nummer})`,
		kommune: { nummer: kommune.nummer, navn: kommune.navn },
	};
}

/** Every mail of a draft: one per chosen kommune for a draft per kommune (or one marked draft while none is). */
export function buildDrafts(id: DraftId, input: DraftInput): MailDraft[] {
	if (!isPerKommune(id) || input.kommuner.length === 0) return [buildDraft(id, input)];
	return input.kommuner.map((kommune) => buildDraft(id, input, kommune));
}

/** The whole draft as one text, for "copy all". */
export function draftAsText(draft: MailDraft): string {
	return [`Til: ${draft.to.join(', ') || NO_RECIPIENT_MARK}`, `Emne: ${draft.subject}`, '', draft.body].join('\n');
}
