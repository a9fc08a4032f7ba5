/**
 * The kommuner a VKP supplier delivers to, as stored (src/stores/kommuner.ts). One HelseID client per kommune, so
 * the VKP checklist keeps a row per kommune, the order mails name them, and a checked key's thumbprint can be
 * attached to one. `nummer` and `navn` are stored in users' browsers and export files: never rename them.
 */
import { isRecord } from '../shared/record';

export interface ChosenKommune {
	readonly nummer: string;
	readonly navn: string;
	/** RFC 7638 thumbprint of the public key checked for this kommune's HelseID client, if any. */
	readonly thumbprint?: string;
}

export interface KommunerState {
	readonly kommuner: readonly ChosenKommune[];
}

/** An RFC 7638 SHA-256 thumbprint: 32 bytes in base64url without padding. */
export const THUMBPRINT = /^[A-Za-z0-9_-]{43}$/;

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
