// Plain Norwegian in everything the guides say (issue 10, part 3): the reader is "du", never "dere"; the
// s-genitive, not the "sin" genitive; one name per thing, written down in the glossary. Reads the sources: the
// pages, the checklist steps and the UI strings. (LIX is measured on the built pages: tests/e2e/guide-text.spec.ts.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const contentDir = join(import.meta.dirname, '../../../src/content');

interface Source {
	name: string;
	/** The prose a reader sees: no code, link targets, comments or import lines. */
	lines: string[];
}

/** What of a page's source is read as prose: frontmatter values, text, link texts; not code or targets. */
function prose(markdown: string): string[] {
	return markdown
		.replace(/^(\s*)(```|~~~)[\s\S]*?^\1\2\s*$/gm, '')
		.replace(/^import .*$/gm, '')
		.replace(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g, '')
		.replace(/`[^`\n]*`/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/https?:\/\/\S+/g, ' ')
		.replace(/\*\*|\*|__/g, '')
		.split('\n');
}

function docs(dir: string): Source[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
		.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			return { name: path.slice(contentDir.length + 1), lines: prose(readFileSync(path, 'utf8')) };
		});
}

function checklistTexts(): Source[] {
	return readdirSync(join(contentDir, 'checklist')).map((file) => {
		const steps = JSON.parse(readFileSync(join(contentDir, 'checklist', file), 'utf8')) as {
			text: string;
			note?: string;
		}[];
		return { name: `checklist/${file}`, lines: steps.flatMap((step) => [step.text, step.note ?? '']) };
	});
}

function uiStrings(): Source {
	const strings = JSON.parse(readFileSync(join(contentDir, 'i18n/nb.json'), 'utf8')) as Record<string, string>;
	return { name: 'i18n/nb.json', lines: Object.values(strings) };
}

const sources = [...docs(join(contentDir, 'docs')), ...checklistTexts(), uiStrings()];
const GLOSSARY = 'docs/ordliste.md';

/** Every line of every source that matches, as "file: line", so a failure names the place to fix. */
function offenders(pattern: RegExp, keep: (source: Source, line: string) => boolean = () => true): string[] {
	return sources.flatMap((source) =>
		source.lines
			.filter((line) => pattern.test(line) && keep(source, line))
			.map((line) => `${source.name}: ${line.trim()}`),
	);
}

/** A glossary headword may list the other names in brackets, so that search finds the entry by them. */
const notGlossaryHeading = (source: Source, line: string) => !(source.name === GLOSSARY && line.startsWith('## '));

describe('the reader is "du"', () => {
	it('finds the sources', () => {
		expect(sources.length).toBeGreaterThan(20);
	});

	it('never says "dere" or "deres"', () => {
		expect(offenders(/(?<!\p{L})deres?(?!\p{L})/iu)).toEqual([]);
	});

	it('calls the supplier "du" on the supplier\'s Verktøykatalogen pages, not "Leverandøren"', () => {
		const supplierPages = ['utvikling', 'test', 'produksjon', 'etter-produksjon'].map(
			(page) => `docs/verktoykatalogen/${page}.mdx`,
		);
		const inRunningText = (source: Source, line: string) =>
			supplierPages.includes(source.name) && !line.startsWith('|') && !/Hvem:/.test(line);
		expect(offenders(/(?:^|[.:]\s+|-\s+)Leverandøren\b/u, inRunningText)).toEqual([]);
	});
});

describe('the s-genitive', () => {
	// "NHN sitt kundesenter", "Helsenorge sine bruksvilkår": a name, or a plural noun, before sin/sitt/sine. The
	// reflexive "løsningen sin" (its own) stays: there the noun before "sin" is the thing owned, in lower case.
	const sinGenitive = /(?<!\p{L})(?:\p{Lu}[\p{L}-]*|kommunene|leverandørene)\s+(?:sin|sitt|sine)(?!\p{L})/u;

	it('finds the "sin" genitive when it is there', () => {
		expect(sinGenitive.test('Send den til NHN sitt kundesenter.')).toBe(true);
		expect(sinGenitive.test('Du kobler løsningen sin til produksjon.')).toBe(false);
	});

	it('is used everywhere ("NHNs kundesenter", not "NHN sitt kundesenter")', () => {
		expect(offenders(sinGenitive)).toEqual([]);
	});
});

/**
 * "Bestiller" stays where it is a role's label or NHN's word: "Hvem:" lines, table cells, «bestiller» in quotes,
 * with an article or as a predicate ("en bestiller", "Du er bestiller", "deg som bestiller"), and the verb
 * ("Slik bestiller du", "og bestiller"). A bare name in running text ("Bestiller fyller ut") is "bestilleren".
 */
const BARE_BESTILLER = /(?<![\p{L}/])[Bb]estiller(?![\p{L}/-])/u;

function bestillerInRunningText(line: string): boolean {
	const text = line
		.replace(/Hvem:[^.\n]*\.?/g, '')
		.replace(/«bestiller»/g, '')
		.replace(/(?<!\p{L})(?:en|som|er|du|Er|og)\s+bestiller(?!\p{L})/gu, '')
		.replace(/(?<!\p{L})[Bb]estiller\s+du(?!\p{L})/gu, '');
	return !line.startsWith('|') && BARE_BESTILLER.test(text);
}

// One name per thing: the name the guides use, the other names a test fails on, and the glossary entry that
// writes the choice down (where the thing needs explaining).
const terms: { name: string; others: RegExp; glossary?: RegExp }[] = [
	{ name: 'kontaktpunkt i NHN', others: /kontaktperson(?:en)?(?: din)? i NHN/iu, glossary: /^## Kontaktpunkt i NHN/ },
	{ name: 'Nøkkelsjekk', others: /Sjekk offentlig nøkkel|nøkkelsjekken/iu, glossary: /^## Nøkkelsjekk/ },
	{ name: 'fremdrift, frem, fremgangsmåte', others: /(?<!\p{L})fram(?:drift\p{L}*|gangsmåte\p{L}*)?(?!\p{L})/iu },
	{ name: 'filen', others: /(?<!\p{L})fila(?!\p{L})/iu },
	{ name: 'bestilleren (in running text)', others: BARE_BESTILLER, glossary: /^## Bestiller/ },
	{ name: 'scope, scopet, scopene', others: /(?<!\p{L})scopes(?!\p{L})/iu, glossary: /^## Scope/ },
	{ name: 'tommelavtrykk', others: /fingeravtrykk|thumbprint/iu, glossary: /^## Tommelavtrykk/ },
	{ name: 'kodegjennomgang', others: /code review/iu, glossary: /^## Kodegjennomgang/ },
	{ name: 'testtilfelle', others: /testcase/iu, glossary: /^## Testtilfelle/ },
	{ name: 'produksjon, produksjonsmiljø', others: /(?<!\p{L})prod(?![\p{L}])/iu, glossary: /^## Produksjons-GUID/ },
	{ name: 'hurtigstartsiden', others: /quick start-side/iu, glossary: /^## Hurtigstartsiden/ },
	{ name: 'tilgangstoken', others: /access token/iu, glossary: /^## Tilgangstoken/ },
	// Issue 20: the technical words developers use, chosen once and glossed.
	{ name: 'header', others: /(?<!\p{L})hode(?:t|ne)?(?!\p{L})/iu, glossary: /^## Header/ },
	{
		name: 'claim',
		others: /opplysning(?:en|ene)? (?:i tokenet|`)|opplysning\p{L}* \(claims?\)/iu,
		glossary: /^## Claim/,
	},
	{
		name: 'NHN Selvbetjening',
		others: /HelseIDs selvbetjening|HelseID Selvbetjening|selvbetjeningsportal/iu,
		glossary: /^## NHN Selvbetjening/,
	},
];

describe('one name per thing', () => {
	for (const { name, others, glossary } of terms) {
		it(`says "${name}" and no other name for it`, () => {
			// NHN's own words in «quotes» stay as NHN wrote them («HelseID gjør en code review …»).
			const unquoted = (source: Source, line: string) =>
				notGlossaryHeading(source, line) && others.test(line.replace(/«[^»]*»/g, ''));
			const keep = name.startsWith('bestilleren')
				? (source: Source, line: string) => notGlossaryHeading(source, line) && bestillerInRunningText(line)
				: unquoted;
			expect(offenders(others, keep)).toEqual([]);
		});

		if (glossary) {
			it(`writes "${name}" down in the glossary`, () => {
				const lines = sources.find((source) => source.name === GLOSSARY)?.lines ?? [];
				expect(lines.some((line) => glossary.test(line))).toBe(true);
			});
		}
	}
});

/** The sentences of a guide's prose: lines joined per paragraph, split after . ! ? before a capital or the end. */
function sentences(lines: readonly string[]): string[] {
	return lines
		.join('\n')
		.split(/\n\s*\n|\n(?=\s*(?:[-*] |\d+\. |\||#|<|>))/)
		.flatMap((paragraph) => paragraph.replace(/\s+/g, ' ').split(/(?<=[.!?:])\s+(?=[«"(]?\p{Lu})/u))
		.map((sentence) => sentence.trim())
		.filter((sentence) => sentence !== '' && !sentence.startsWith('|'));
}

const words = (sentence: string) => sentence.split(/\s+/).filter((word) => /\p{L}|\d/u.test(word)).length;

describe('short sentences (issue 20)', () => {
	it('finds a long sentence when there is one', () => {
		const long = `Dette er ${'en veldig '.repeat(15)}lang setning.`;
		expect(sentences([long, '', 'Kort. Også kort.']).filter((s) => words(s) > 30)).toEqual([long]);
	});

	it('has no sentence over 30 words in a guide', () => {
		const guides = sources.filter((source) => /^docs\/(?:vkp|verktoykatalogen)\//.test(source.name));
		expect(guides.length).toBeGreaterThan(10);
		const long = guides.flatMap((source) =>
			sentences(source.lines)
				.filter((sentence) => words(sentence) > 30)
				.map((sentence) => `${source.name} (${words(sentence)}): ${sentence}`),
		);
		expect(long).toEqual([]);
	});
});

describe('the islands speak to «du» too (issue 20)', () => {
	const componentsDir = join(import.meta.dirname, '../../../src/components');
	const templates = readdirSync(componentsDir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
		.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			// The template only: no frontmatter, scripts or styles.
			const text = readFileSync(path, 'utf8')
				.replace(/^---[\s\S]*?---/, '')
				.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '');
			return { name: path.slice(componentsDir.length + 1), text };
		});

	it('never says «dere» or «deres» in a component template', () => {
		expect(templates.length).toBeGreaterThan(10);
		const offending = templates.filter(({ text }) => /(?<!\p{L})deres?(?!\p{L})/iu.test(text)).map(({ name }) => name);
		expect(offending).toEqual([]);
	});
});
