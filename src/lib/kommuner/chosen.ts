/**
 * The kommuner a VKP supplier delivers to, as stored (src/stores/kommuner.ts). One HelseID client per kommune, so
 * the VKP checklist keeps a row per kommune, the order mails name them, and a checked key's thumbprint can be
 * attached to one. `nummer` and `navn` are stored in users' browsers and export files: never rename them.
 */
import { isRecord } from '../shared/record';
import { THUMBPRINT } from '../shared/thumbprint';

export { THUMBPRINT };

export interface ChosenKommune {
	readonly nummer: string;
	readonly navn: string;
	/** RFC 7638 thumbprint of the public key checked for this kommune's HelseID client, if any. */
	readonly thumbprint?: string;
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
		const { nummer, navn, thumbprint } = entry;
		if (typeof nummer !== 'string' || typeof navn !== 'string') return undefined;
		if (thumbprint !== undefined && (typeof thumbprint !== 'string' || !THUMBPRINT.test(thumbprint))) return undefined;
		kommuner.push(thumbprint === undefined ? { nummer, navn } : { nummer, navn, thumbprint });
	}
	return { kommuner };
}

/** The kommuner with one kommune's thumbprint set, or removed when `thumbprint` is undefined. */
export function withThumbprint(
	kommuner: readonly ChosenKommune[],
	nummer: string,
	thumbprint: string | undefined,
): ChosenKommune[] {
	return kommuner.map((kommune) => {
		if (kommune.nummer !== nummer) return kommune;
		const { nummer: n, navn } = kommune;
		return thumbprint === undefined ? { nummer: n, navn } : { nummer: n, navn, thumbprint };
	});
}

export interface KommuneMerge {
	/** Kommuner in the incoming list that are not chosen here, with their thumbprints. */
	readonly added: readonly ChosenKommune[];
	/** Kommuner chosen here without a thumbprint that the incoming list has one for. */
	readonly thumbprints: readonly Required<ChosenKommune>[];
	/** The merged list: the local kommuner in their order, the added ones after them. */
	readonly kommuner: readonly ChosenKommune[];
}

/**
 * Merges imported kommuner into the chosen ones. Nothing here is dropped or overwritten: a kommune new to this
 * browser is added with its name and thumbprint from the file, and a kommune chosen here gets the file's
 * thumbprint only when it has none.
 */
export function mergeKommuner(local: readonly ChosenKommune[], incoming: readonly ChosenKommune[]): KommuneMerge {
	const byNummer = new Map(incoming.map((kommune) => [kommune.nummer, kommune]));
	const thumbprints: Required<ChosenKommune>[] = [];
	const kommuner: ChosenKommune[] = local.map((kommune) => {
		const thumbprint = byNummer.get(kommune.nummer)?.thumbprint;
		if (kommune.thumbprint !== undefined || thumbprint === undefined) return kommune;
		thumbprints.push({ nummer: kommune.nummer, navn: kommune.navn, thumbprint });
		return { ...kommune, thumbprint };
	});
	const known = new Set(local.map((kommune) => kommune.nummer));
	const added: ChosenKommune[] = [];
	for (const kommune of incoming) {
		if (known.has(kommune.nummer)) continue;
		known.add(kommune.nummer);
		added.push(kommune);
	}
	return { added, thumbprints, kommuner: [...kommuner, ...added] };
}
