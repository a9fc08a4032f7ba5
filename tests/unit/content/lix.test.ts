// The LIX rules that tests/e2e/guide-text.spec.ts applies to every built page: checked here on small texts and on
// NHN's two source pages, whose figures issue 10 gives (VKP 38.8, Verktøykatalogen 48.5).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countBlock, htmlBlocks, lix, textBlocks } from './lix';

const seed = (name: string) => readFileSync(new URL(`./seeds/${name}`, import.meta.url), 'utf8');

describe('LIX counting rules', () => {
	it('counts words, long words (more than six letters) and sentences', () => {
		expect(countBlock('Du sender testrapporten. Så venter du.')).toEqual({ words: 6, longWords: 1, sentences: 2 });
	});

	it('reads hyphenated compounds as one word and digits as no word', () => {
		expect(countBlock('HelseID-klient 2026')).toEqual({ words: 1, longWords: 1, sentences: 1 });
	});

	it('ends a sentence at a colon, but not at a full stop before a lower-case word', () => {
		expect(countBlock('Dette gjelder: bl.a. leverandøren')).toMatchObject({ sentences: 2 });
	});

	it('does not read URLs and e-mail addresses as words', () => {
		expect(countBlock('Skriv til VKP@nhn.no eller se https://www.nhn.no/tjenester.')).toMatchObject({ words: 4 });
	});

	it('gives the LIX as words per sentence plus the share of long words', () => {
		// 6 words in 2 sentences (3 per sentence), 1 long word of 6 (16.7 %).
		expect(lix(['Du sender testrapporten. Så venter du.']).lix).toBeCloseTo(3 + 100 / 6, 5);
	});

	it('reads only the main text of a built page', () => {
		const html = `<html><body><h1>Tittel telles ikke</h1><div class="sl-markdown-content">
			<div class="sl-heading-wrapper"><h2 id="a">Slik gjør du</h2><a class="sl-anchor-link"><span class="sr-only">Lenke til avsnittet</span></a></div>
			<p>Send <code>offentlig.pem</code> til NHN.</p>
			<veiviser-checklist><p>Øya telles ikke</p></veiviser-checklist>
			<section hidden><h3>Vises etter en handling</h3></section>
			<div class="expressive-code"><pre>openssl genpkey</pre></div>
			<ul><li>Ett punkt</li><li>Et <a href="/x/">annet</a> punkt</li></ul>
		</div><footer>Neste</footer></body></html>`;
		expect(htmlBlocks(html)).toEqual(['Slik gjør du', 'Send til NHN.', 'Ett punkt', 'Et annet punkt']);
	});

	it('finds no main text on a page without Starlight content', () => {
		expect(htmlBlocks('<html><body><p>Tekst</p></body></html>')).toEqual([]);
	});
});

describe('LIX of the seeds matches the figures in issue 10', () => {
	it('VKP «Overordnet»: 38.8', () => {
		expect(lix(textBlocks(seed('vkp-overordnet.txt'))).lix).toBeGreaterThan(38.8 - 0.3);
		expect(lix(textBlocks(seed('vkp-overordnet.txt'))).lix).toBeLessThan(38.8 + 0.3);
	});

	it('Verktøykatalogen «Quick start» (version 3): 48.5', () => {
		expect(lix(textBlocks(seed('verktoykatalogen-quick-start.txt'))).lix).toBeGreaterThan(48.5 - 0.3);
		expect(lix(textBlocks(seed('verktoykatalogen-quick-start.txt'))).lix).toBeLessThan(48.5 + 0.3);
	});
});
