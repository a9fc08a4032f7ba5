/**
 * Splits draft text into plain and marked pieces: `[mangler: …]` (a profile field is empty), `[ugyldig …: …]` (a
 * field fails its check) and `[fyll inn: …]` (only the user can know it). The islands highlight the marked pieces; the text itself keeps the brackets, so the
 * marks survive copying into a mail program.
 */

export interface Segment {
	text: string;
	mark: boolean;
}

const MARK = /\[(?:mangler|fyll inn|ugyldig [^:\]\n]*): [^\]\n]*\]/g;

export function markedSegments(text: string): Segment[] {
	const segments: Segment[] = [];
	let last = 0;
	for (const match of text.matchAll(MARK)) {
		if (match.index > last) segments.push({ text: text.slice(last, match.index), mark: false });
		segments.push({ text: match[0], mark: true });
		last = match.index + match[0].length;
	}
	if (last < text.length) segments.push({ text: text.slice(last), mark: false });
	return segments;
}

/** Whether the text still has a marked gap for the user (the notice above a draft says so only then). */
export function hasMarks(text: string): boolean {
	return text.search(MARK) >= 0;
}
