/**
 * LIX (läsbarhetsindex, Björnsson 1968) of a page's main text: words per sentence + the percentage of long words
 * (more than six letters). Used by tests/unit/content/lix.test.ts (the rules, on the seed pages) and by
 * tests/e2e/guide-text.spec.ts (every built page in dist/). Issue 10 sets the bar: each guide page at most 40,
 * the mean at most 35; NHN's seed pages score 38.8 (VKP) and 48.5 (Verktøykatalogen) by the same rules.
 *
 * The rules, chosen so that the seeds give the figures:
 * - A word is a run of letters (æøå included); letter runs joined by a hyphen are one word ("HelseID-klient"), as
 *   Norwegian writes compounds as one word. Digits are not words. A long word has more than six letters.
 * - URLs, e-mail addresses and bare host names are not read as words and are removed first.
 * - A sentence ends at ".", "!", "?" or ":" before white space or the end of a block; a full stop before a
 *   lower-case letter or digit is an abbreviation ("bl.a. leverandøren"). Every block (paragraph, heading, list
 *   item, table cell) ends a sentence, so a heading or a bullet without a full stop counts as one.
 * - Main text of a built page is Starlight's `.sl-markdown-content`, without code, the islands (custom elements),
 *   hidden elements, `not-content`, `sr-only` and `data-pagefind-ignore` parts.
 */

export interface LixResult {
	words: number;
	longWords: number;
	sentences: number;
	lix: number;
}

const WORD = /\p{L}+(?:-\p{L}+)*/gu;
const LETTER = /\p{L}/gu;
const HAS_LETTER = /\p{L}/u;
// A terminator, then optional closing quotes or brackets, then white space or the end.
const TERMINATOR = /[.!?:]+["'»”’)\]]*(?=\s|$)/gu;

/** Removes what a reader does not read as words: URLs, e-mail addresses, bare host names. */
export function stripNonWords(text: string): string {
	return text
		.replace(/\b(?:https?:\/\/|www\.)[^\s)>\]]*/giu, ' ')
		.replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, ' ')
		.replace(/\b(?:[\p{L}\p{N}-]+\.)+(?:no|com|org|net|io|dev|se|dk|eu)\b(?:\/[^\s)]*)?/giu, ' ');
}

/** Counts one block: its words, long words and sentences (at least one when it has a word). */
export function countBlock(block: string): Omit<LixResult, 'lix'> {
	const text = stripNonWords(block).replace(/\s+/g, ' ').trim();
	const words = text.match(WORD) ?? [];
	if (words.length === 0) return { words: 0, longWords: 0, sentences: 0 };
	const longWords = words.filter((word) => (word.match(LETTER) ?? []).length > 6).length;
	let sentences = 0;
	let lastEnd = -1;
	for (const match of text.matchAll(TERMINATOR)) {
		const after = text.slice(match.index + match[0].length).trimStart();
		const fullStopOnly = /^\.+["'»”’)\]]*$/u.test(match[0]);
		if (fullStopOnly && after !== '' && /^[\p{Ll}\p{N}]/u.test(after)) continue;
		// No word since the previous terminator (". :"): not a new sentence.
		if (!HAS_LETTER.test(text.slice(lastEnd + 1, match.index))) continue;
		sentences++;
		lastEnd = match.index + match[0].length - 1;
	}
	if (HAS_LETTER.test(text.slice(lastEnd + 1))) sentences++;
	return { words: words.length, longWords, sentences };
}

export function lix(blocks: readonly string[]): LixResult {
	let words = 0;
	let longWords = 0;
	let sentences = 0;
	for (const block of blocks) {
		const counted = countBlock(block);
		words += counted.words;
		longWords += counted.longWords;
		sentences += counted.sentences;
	}
	const perSentence = sentences === 0 ? 0 : words / sentences;
	const longShare = words === 0 ? 0 : (100 * longWords) / words;
	return { words, longWords, sentences, lix: perSentence + longShare };
}

/** A plain-text page (the seeds): each line is a block, without its list marker. */
export function textBlocks(source: string): string[] {
	return source
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.map((line) => line.trim().replace(/^(?:•|[-*]|\d+\.)\s+/, ''))
		.filter(Boolean);
}

const SKIP_TAGS = new Set([
	'script',
	'style',
	'svg',
	'template',
	'noscript',
	'textarea',
	'select',
	'button',
	'pre',
	'code',
	'kbd',
]);
const VOID_TAGS = new Set([
	'area',
	'base',
	'br',
	'col',
	'embed',
	'hr',
	'img',
	'input',
	'link',
	'meta',
	'source',
	'track',
	'wbr',
]);
const BLOCK_TAGS = new Set([
	'p', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'tr', 'table', 'thead', 'tbody', 'dt', 'dd',
	'dl', 'div', 'section', 'article', 'aside', 'figure', 'figcaption', 'blockquote', 'details', 'summary', 'br', 'hr',
	'header', 'footer', 'nav', 'form', 'fieldset', 'legend', 'label',
]); // prettier-ignore

function classesOf(attributes: string): string[] {
	const match = /\bclass\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attributes);
	return (match?.[1] ?? match?.[2] ?? '').split(/\s+/);
}

function isSkipped(tag: string, attributes: string): boolean {
	if (SKIP_TAGS.has(tag)) return true;
	// Custom elements are the islands: their controls and messages are not the page's main text.
	if (tag.includes('-')) return true;
	if (/(?:^|\s)hidden(?:\s|=|$)/.test(attributes)) return true;
	if (/\bdata-pagefind-ignore\b/.test(attributes)) return true;
	return classesOf(attributes).some((c) => c === 'not-content' || c === 'expressive-code' || c === 'sr-only');
}

function decodeEntities(text: string): string {
	return text
		.replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
		.replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
		.replace(/&nbsp;/g, ' ')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&apos;/g, "'")
		.replace(/&laquo;/g, '«')
		.replace(/&raquo;/g, '»')
		.replace(/&amp;/g, '&');
}

/** The main-text blocks of a built Starlight page (`.sl-markdown-content`), or none when it has no such element. */
export function htmlBlocks(html: string): string[] {
	const start = html.search(/<div[^>]*\bclass\s*=\s*"[^"]*\bsl-markdown-content\b[^"]*"[^>]*>/);
	if (start < 0) return [];
	const blocks: string[] = [];
	let buffer = '';
	const flush = () => {
		const text = decodeEntities(buffer).replace(/\s+/g, ' ').trim();
		if (text) blocks.push(text);
		buffer = '';
	};
	const stack: { tag: string; skip: boolean; block: boolean }[] = [];
	let skipDepth = 0;
	const token = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+)/g;
	token.lastIndex = start;
	for (let match = token.exec(html); match; match = token.exec(html)) {
		const [whole, slash, name, attributes = '', text] = match;
		if (whole.startsWith('<!--')) continue;
		if (text !== undefined) {
			if (skipDepth === 0) buffer += text;
			continue;
		}
		const tag = (name ?? '').toLowerCase();
		if (slash !== '/') {
			if (VOID_TAGS.has(tag) || attributes.trim().endsWith('/')) {
				if (skipDepth === 0 && BLOCK_TAGS.has(tag)) flush();
				continue;
			}
			const skip = isSkipped(tag, attributes);
			// LinkCard renders its title and description as inline spans: they read as blocks of their own.
			const block = BLOCK_TAGS.has(tag) || classesOf(attributes).some((c) => c === 'title' || c === 'description');
			stack.push({ tag, skip, block });
			if (skipDepth === 0 && block) flush();
			if (skip) skipDepth++;
			continue;
		}
		let open = stack.length - 1;
		while (open >= 0 && stack[open]!.tag !== tag) open--;
		if (open < 0) continue;
		let closedBlock = false;
		while (stack.length > open) {
			const element = stack.pop()!;
			if (element.skip) skipDepth--;
			closedBlock ||= element.block;
		}
		if (skipDepth === 0 && closedBlock) flush();
		if (stack.length === 0) break; // the end of .sl-markdown-content
	}
	flush();
	return blocks;
}
