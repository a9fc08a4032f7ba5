/**
 * Where the scope builder's "Bruk i bestillingen" writes, and all it reads: the only module of the HelseID tools
 * that touches the stores, loaded by one dynamic import on that click (one module also keeps the bundler from
 * cutting the stores' shared base into a chunk of its own, which every checklist and mail page would then load).
 *
 * Writes: the profile's `scopes` field (store key `veiviser:profile:v1`, schema version 2, through
 * `setProfileField`), one scope per line. It is a supplier field (the VKP supplier's role; the bestiller has no
 * scopes), and every VKP production order reads it: one order per chosen kommune, each with the same scopes. Reads:
 * that field (to ask before replacing it) and the chosen kommuner's names (store key `veiviser:kommuner:v1`), which
 * the status names as the orders that get the scopes.
 */
import { $profile, setProfileField } from '../../stores/profile';
import { $kommuner } from '../../stores/kommuner';

/** The scope text the production order uses now ('' when none). */
export function storedScopesText(): string {
	return $profile.get().scopes;
}

/** Puts the scopes (one per line) into the production order; false while stored profile text is unreadable. */
export function saveScopesText(text: string): boolean {
	return setProfileField('scopes', text);
}

/** The names of the kommuner whose production orders get the scopes. */
export function orderKommuner(): string[] {
	return $kommuner.get().map((kommune) => kommune.navn);
}
