/**
 * What a key loses on its way to the clipboard, put right before the readers see it: invisible characters (Teams,
 * Confluence), HTML line breaks, line breaks written `\n` (a PEM copied out of a JSON string, or the whole string
 * with its quotes), and the `> ` of a quoted mail reply. Each repair is named, so the user is told. JSON input keeps
 * its escapes: the JSON reader reads them itself.
 */
import type { PasteRepair } from './messages';

export interface RepairedPaste {
	readonly text: string;
	readonly repairs: readonly PasteRepair[];
}

/** Zero-width space, joiners, word joiner, a BOM inside the text, soft hyphen: never part of a key. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const HTML_BREAK = /<br[ \t]{0,8}\/?>/gi;
const ESCAPED_BREAK = /\\r\\n|\\n|\\r/g;
/** `> `, `>> ` or `> > ` at the start of a line (RFC 3676 §4.5 quoting). */
const QUOTE_PREFIX = /^[ \t]{0,3}(?:>[ \t]?){1,8}/;

/**
 * A JSON string literal holding the key (`"-----BEGIN …\n…"`): its value. Other JSON (a JWK, a number) is left as it
 * is; text that is not JSON makes JSON.parse throw.
 */
function jsonString(text: string): string | undefined {
	try {
		const value: unknown = JSON.parse(text);
		return typeof value === 'string' ? value : undefined;
	} catch {
		return undefined;
	}
}

function withoutQuotePrefix(text: string): string | undefined {
	const lines = text.split('\n');
	const quoted = lines.filter((line) => QUOTE_PREFIX.test(line)).length;
	// Two quoted lines at least, and most of the text: a single ">" is more likely part of something else.
	if (quoted < 2 || quoted * 2 < lines.filter((line) => line.trim() !== '').length) return undefined;
	return lines.map((line) => line.replace(QUOTE_PREFIX, '')).join('\n');
}

export function repairPaste(input: string): RepairedPaste {
	const repairs: PasteRepair[] = [];
	let text = input;
	const replace = (pattern: RegExp, by: string, repair: PasteRepair) => {
		const next = text.replace(pattern, by);
		if (next !== text) repairs.push(repair);
		text = next;
	};
	replace(INVISIBLE, '', 'invisible-characters');
	replace(HTML_BREAK, '\n', 'html-line-breaks');
	const trimmed = text.trim();
	const unquoted = jsonString(trimmed);
	if (unquoted !== undefined) {
		text = unquoted;
		repairs.push('json-string');
	} else if (!/^[{[]/.test(trimmed)) {
		replace(ESCAPED_BREAK, '\n', 'escaped-line-breaks');
	}
	const unprefixed = withoutQuotePrefix(text);
	if (unprefixed !== undefined) {
		text = unprefixed;
		repairs.push('quote-prefix');
	}
	return { text, repairs };
}
