/**
 * The key check's save (src/components/keys/carry-over-offer.ts), apart from kommuner.ts so the checklist's first
 * script does not carry it.
 */
import type { StoredPublicJwk } from '../lib/shared/public-jwk';
import { registerOf, type KommuneRegister } from '../lib/kommuner/register';
import { THUMBPRINT, withRegister, withThumbprint } from '../lib/kommuner/chosen';
import { isChosen, kommunerStore, saved, type KommuneChange } from './kommuner';

/**
 * The key check's save: a kommune's new key (thumbprint, public key) and its dates in one change. The dates belong
 * to the key, so both are replaced (an absent date is removed); the rest of the register stays. Dates are checked by
 * the caller (register-check.ts), as the register form does.
 */
export function setKommuneKey(
	nummer: string,
	key: { thumbprint: string; publicJwk?: StoredPublicJwk | undefined },
	dates: Pick<KommuneRegister, 'keyCreated' | 'keyExpires'>,
): KommuneChange {
	if (!THUMBPRINT.test(key.thumbprint)) return { ok: false, error: { code: 'bad-thumbprint' } };
	if (!isChosen(nummer)) return { ok: false, error: { code: 'not-added' } };
	return saved(
		kommunerStore.update((state) => {
			const kommuner = withThumbprint(state.kommuner, nummer, key.thumbprint, key.publicJwk);
			const register: Record<string, unknown> = { ...registerOf(kommuner.find((k) => k.nummer === nummer)!) };
			delete register['keyCreated'];
			delete register['keyExpires'];
			return { kommuner: withRegister(kommuner, nummer, { ...register, ...dates }) };
		}),
	);
}
