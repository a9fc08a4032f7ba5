/**
 * The kommuner a VKP supplier delivers to, as stored (src/stores/kommuner.ts). One HelseID client per kommune, so
 * the VKP checklist keeps a row per kommune, the order mails name them, and a checked key's thumbprint can be
 * attached to one. `nummer` and `navn` are stored in users' browsers and export files: never rename them.
 */
import { isRecord } from '../shared/record';
import { readStoredPublicJwk, type StoredPublicJwk } from '../shared/public-jwk';
import { THUMBPRINT } from '../shared/thumbprint';
import { readRegister, registerFills, registerOf, type KommuneRegister, type RegisterField } from './register';

export { THUMBPRINT };

/** The register members (client ids, `vkp-id`, scopes, key dates) are optional: see register.ts. */
export interface ChosenKommune extends KommuneRegister {
	readonly nummer: string;
	readonly navn: string;
	/** RFC 7638 thumbprint of the public key checked for this kommune's HelseID client, if any. */
	readonly thumbprint?: string;
	/**
	 * The public key itself (kty, n, e only), saved with its thumbprint from the key check, so the kommune's order
	 * draft can carry it as JWK and PEM. Public by definition: a private member makes the stored list unreadable.
	 */
	readonly publicJwk?: StoredPublicJwk;
}

/** A kommune entry read from storage or a file: nummer and navn, and the thumbprint and public key when valid. */
export function readKommuneKey(
	entry: Record<string, unknown>,
): Pick<ChosenKommune, 'thumbprint' | 'publicJwk'> | undefined {
	const { thumbprint, publicJwk } = entry;
	if (thumbprint !== undefined && (typeof thumbprint !== 'string' || !THUMBPRINT.test(thumbprint))) return undefined;
	if (publicJwk === undefined) return thumbprint === undefined ? {} : { thumbprint };
	// A key without its thumbprint, or one that is not a plain public RSA JWK, is not ours.
	const jwk = readStoredPublicJwk(publicJwk);
	if (thumbprint === undefined || !jwk) return undefined;
	return { thumbprint, publicJwk: jwk };
}

export interface KommunerState {
	readonly kommuner: readonly ChosenKommune[];
}

/** Reads stored kommuner (schema version 1). All or nothing: one bad entry makes the whole value unreadable. */
export function readChosenKommuner(data: unknown): KommunerState | undefined {
	if (!isRecord(data) || !Array.isArray(data['kommuner'])) return undefined;
	const kommuner: ChosenKommune[] = [];
	for (const entry of data['kommuner'] as unknown[]) {
		if (!isRecord(entry)) return undefined;
		const { nummer, navn } = entry;
		if (typeof nummer !== 'string' || typeof navn !== 'string') return undefined;
		const key = readKommuneKey(entry);
		const register = readRegister(entry);
		if (!key || !register) return undefined;
		kommuner.push({ nummer, navn, ...key, ...register });
	}
	return { kommuner };
}

/**
 * The kommuner with one kommune's thumbprint set, or removed when `thumbprint` is undefined. The public key goes with
 * the thumbprint: a thumbprint typed without its key replaces both, so no old key stays beside a new thumbprint.
 */
export function withThumbprint(
	kommuner: readonly ChosenKommune[],
	nummer: string,
	thumbprint: string | undefined,
	publicJwk?: StoredPublicJwk,
): ChosenKommune[] {
	return kommuner.map((kommune) => {
		if (kommune.nummer !== nummer) return kommune;
		const base = { nummer: kommune.nummer, navn: kommune.navn, ...registerOf(kommune) };
		if (thumbprint === undefined) return base;
		return publicJwk === undefined ? { ...base, thumbprint } : { ...base, thumbprint, publicJwk };
	});
}

/** The kommuner with one kommune's register members replaced by `register` (the card's form, checked). */
export function withRegister(
	kommuner: readonly ChosenKommune[],
	nummer: string,
	register: KommuneRegister,
): ChosenKommune[] {
	return kommuner.map((kommune) => {
		if (kommune.nummer !== nummer) return kommune;
		const { nummer: n, navn, thumbprint, publicJwk } = kommune;
		return {
			nummer: n,
			navn,
			...(thumbprint === undefined ? {} : { thumbprint }),
			...(publicJwk === undefined ? {} : { publicJwk }),
			...registerOf(register),
		};
	});
}

export interface KommuneMerge {
	/** Kommuner in the incoming list that are not chosen here, with their thumbprints. */
	readonly added: readonly ChosenKommune[];
	/** Kommuner chosen here without a thumbprint that the incoming list has one for. */
	readonly thumbprints: readonly (ChosenKommune & { readonly thumbprint: string })[];
	/** Kommuner chosen here whose empty register fields the incoming list fills, with those fields. */
	readonly registers: readonly { readonly kommune: ChosenKommune; readonly fields: readonly RegisterField[] }[];
	/** The merged list: the local kommuner in their order, the added ones after them. */
	readonly kommuner: readonly ChosenKommune[];
}

/**
 * Merges imported kommuner into the chosen ones. Nothing here is dropped or overwritten: a kommune new to this
 * browser is added with its name, thumbprint and register from the file, and a kommune chosen here gets the file's
 * thumbprint only when it has none, and each register field only where its own is empty.
 */
export function mergeKommuner(local: readonly ChosenKommune[], incoming: readonly ChosenKommune[]): KommuneMerge {
	const byNummer = new Map(incoming.map((kommune) => [kommune.nummer, kommune]));
	const thumbprints: (ChosenKommune & { readonly thumbprint: string })[] = [];
	const registers: { kommune: ChosenKommune; fields: RegisterField[] }[] = [];
	const kommuner: ChosenKommune[] = local.map((here) => {
		const other = byNummer.get(here.nummer);
		if (!other) return here;
		let kommune = here;
		const fields = registerFills(here, other);
		if (fields.length > 0) {
			kommune = { ...kommune, ...Object.fromEntries(fields.map((field) => [field, other[field]])) };
			registers.push({ kommune, fields });
		}
		const { thumbprint, publicJwk } = other;
		if (kommune.thumbprint !== undefined || thumbprint === undefined) return kommune;
		const filled = { nummer: kommune.nummer, navn: kommune.navn, thumbprint, ...(publicJwk ? { publicJwk } : {}) };
		thumbprints.push(filled);
		return { ...kommune, ...filled };
	});
	const known = new Set(local.map((kommune) => kommune.nummer));
	const added: ChosenKommune[] = [];
	for (const kommune of incoming) {
		if (known.has(kommune.nummer)) continue;
		known.add(kommune.nummer);
		added.push(kommune);
	}
	return { added, thumbprints, registers, kommuner: [...kommuner, ...added] };
}
