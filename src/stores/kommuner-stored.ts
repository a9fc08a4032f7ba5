/**
 * Whether this browser holds chosen kommuner, read without the kommune store (kommuner.ts) and its decoder, which
 * checks every stored member: the checklist loads them before its first render only when this says yes. Nothing
 * stored, or the empty list the store writes when the last kommune is removed, means no kommuner; anything else
 * (a list, or text that may be unreadable) needs the decoder.
 */
import { storedText } from './durable';

/** The kommune store's storage key (frozen: users' browsers hold it). */
export const KOMMUNER_KEY = 'veiviser:kommuner:v1';

/** What the store writes for an empty list (envelope version 1). */
const NO_KOMMUNER = '{"v":1,"data":{"kommuner":[]}}';

export function kommunerStored(): boolean {
	const text = storedText(KOMMUNER_KEY);
	return text !== undefined && text !== NO_KOMMUNER;
}
