/**
 * The key check's save for a VKP kommune (src/components/keys/carry-over-offer.ts): the new key's thumbprint with its
 * expiry date and, if given, the date it was made, checked as the kommune card's register form checks them
 * (src/lib/kommuner/register-check.ts), so both places accept and refuse the same dates with the same messages.
 */
import type { ChosenKommune } from '../kommuner/chosen';
import type { KommuneRegister } from '../kommuner/register';
import { checkRegister, type RegisterErrorCode, type RegisterNoteCode } from '../kommuner/register-check';

/** What saving does to the kommune's key: a first key, the same key again, or a new key replacing another. */
export type KeySaveKind = 'first' | 'same' | 'replaces';

export function keySaveKind(kommune: Pick<ChosenKommune, 'thumbprint'> | undefined, thumbprint: string): KeySaveKind {
	if (!kommune?.thumbprint) return 'first';
	return kommune.thumbprint === thumbprint ? 'same' : 'replaces';
}

/**
 * The dates the form starts with: the kommune's saved dates when it already has this key, else none (the dates of
 * another key are that key's, not this one's).
 */
export function keyDatesFor(kommune: ChosenKommune | undefined, thumbprint: string): KeyDates {
	if (!kommune || keySaveKind(kommune, thumbprint) !== 'same') return { keyCreated: '', keyExpires: '' };
	return { keyCreated: kommune.keyCreated ?? '', keyExpires: kommune.keyExpires ?? '' };
}

/** The two date fields as typed (YYYY-MM-DD from the date field, or empty). */
export interface KeyDates {
	readonly keyCreated: string;
	readonly keyExpires: string;
}

export type KeyDatesCheck =
	| {
			readonly ok: true;
			readonly dates: Pick<KommuneRegister, 'keyCreated' | 'keyExpires'>;
			readonly notes: Partial<Record<keyof KeyDates, RegisterNoteCode>>;
	  }
	| { readonly ok: false; readonly errors: Partial<Record<keyof KeyDates, RegisterErrorCode>> };

/** Checks the dates exactly as the register form does; `today` is YYYY-MM-DD. Empty dates are not saved. */
export function checkKeyDates(input: KeyDates, today: string): KeyDatesCheck {
	const result = checkRegister(
		{
			clientIdTest: '',
			clientIdProd: '',
			vkpId: '',
			scopes: '',
			keyCreated: input.keyCreated,
			keyExpires: input.keyExpires,
		},
		today,
	);
	if (!result.ok) {
		const { keyCreated, keyExpires } = result.errors;
		return { ok: false, errors: { ...(keyCreated ? { keyCreated } : {}), ...(keyExpires ? { keyExpires } : {}) } };
	}
	const { keyCreated, keyExpires } = result.register;
	return {
		ok: true,
		dates: { ...(keyCreated ? { keyCreated } : {}), ...(keyExpires ? { keyExpires } : {}) },
		notes: result.notes.keyExpires ? { keyExpires: result.notes.keyExpires } : {},
	};
}

/** Where the confirmation links: the kommune's card on the VKP checklist and its HelseID order draft. */
export const kommuneCardPath = (nummer: string) => `/vkp/sjekkliste/#sjekkliste-vkp-kort-${nummer}`;
/**
 * A kommune's order draft is made in the browser, so no fragment can name it in the page as served (the link check
 * would rightly call it broken): the draft page reads `?kommune=` and scrolls to that kommune's draft itself.
 */
export const kommuneDraftPath = (nummer: string) => `/vkp/helseid-produksjon/?kommune=${nummer}`;
export const ROTATION_PATH = '/vkp/bytt-nokkel/';
