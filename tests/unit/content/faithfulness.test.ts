// Every fact of the two seed pages (/work/shared/seeds) must be on the site, and none of the
// wiki debris or the seeds' typos. Reads the page sources, so it runs without a build.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const docsDir = join(import.meta.dirname, '../../../src/content/docs');

function pageSources(dir: string): Map<string, string> {
	const pages = new Map<string, string>();
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile() && /\.mdx?$/.test(entry.name)) {
			const path = join(entry.parentPath, entry.name);
			pages.set(path.slice(docsDir.length + 1), readFileSync(path, 'utf8'));
		}
	}
	return pages;
}

const pages = pageSources(docsDir);
// Markdown line breaks and emphasis must not hide a fact: compare on collapsed whitespace.
const site = [...pages.values()].join('\n').replace(/\s+/g, ' ');

function pageText(slug: string): string {
	const text = pages.get(slug);
	if (text === undefined) throw new Error(`missing page ${slug}`);
	return text.replace(/\s+/g, ' ');
}

// Facts from vkp-overordnet.txt.
const vkpFacts: [fact: string, pattern: RegExp][] = [
	['first contact address', /VKP@nhn\.no/],
	['customer centre address', /kundesenter@nhn\.no/],
	['third-party supplier approval', /godkjent som tredjepartsleverandør/i],
	['not needed if already approved', /allerede (?:er )?godkjent/i],
	['technical and security assessment of the environment', /teknisk og sikkerhetsmessig vurdering og godkjenning/i],
	['environment services are produced in and delivered from', /produseres i og leveres fra/i],
	['separate agreement', /egen avtale/i],
	['Norm for informasjonssikkerhet', /Norm for informasjonssikkerhet/],
	[
		'exact approval sentence',
		/«?"?Vi ønsker å bli godkjente som tredjepartsleverandør i helsenettet slik at vi kan integreres med Velferdsteknologisk knutepunkt\./,
	],
	['machine-to-machine authentication', /maskin-til-maskin-autentisering/i],
	['HelseID client needed for queries', /HelseID-klient for å gjøre spørringer mot VKP/i],
	['one client per kommune', /per kommune/i],
	['one order per kommune', /én bestilling per kommune/i],
	['scopes per API operation', /scopes.*API-operasjoner/i],
	['RSA key pair per client', /RSA-nøkkelpar[^.]*for hver klient/i],
	['HelseID gets the public part', /HelseID skal ha den offentlige/i],
	['order form for production from VKP', /bestillingsskjema for produksjon/i],
	['HelseID code review', /kodegjennomgang/],
	['implementation of HelseID is secure', /implementasjonen av HelseID er sikker/i],
	['test clients through NHN Selvbetjening', /NHN Selvbetjening/],
	['self-service URL for test', /https:\/\/selvbetjening\.test\.helseid\.no\//],
	['VKP is trying it out', /prøver for tiden ut/i],
	['APIs page to ask for', /Slik bruker man APIene/],
];

// Facts from verktoykatalogen-quick-start.txt.
const verktoykatalogenFacts: [fact: string, pattern: RegExp][] = [
	['need reported via a public health actor', /meldes inn via en offentlig helseaktør/i],
	['approved guidance services in Verktøykatalogen', /godkjente veiledningstjenester/i],
	['supplier signs Helsenorge terms for suppliers', /bruksvilkår for leverandører/i],
	['bestiller fills in the order form', /Bestilleren fyller ut bestillingsskjema/i],
	['ide- og bestillingsmottak', /ide- og bestillingsmottak/i],
	['confirmation of received order', /bekreftelse på at bestillingen er mottatt/i],
	['dialogue with NHN contact point', /kontaktpunkt i NHN/i],
	['estimate of work and financing', /Estimat for arbeid og finansiering/i],
	['agreement and party', /Avtale og avtalepart/i],
	['whether terms of use must be signed', /behov for å signere bruksvilkår/i],
	['sign agreements and terms', /Signer avtaler og bruksvilkår/i],
	['supplier develops on its side', /utvikle på (?:sin|din) side/i],
	['API client in the test environment', /API-klient i testmiljøet/i],
	['RSA public key in the right format', /offentlige RSA-nøkkel(?:en din)? i riktig format/i],
	['API client GUID', /API-klient-GUID/],
	['test GUIDs', /test-GUID/],
	['supplier sets up the integration', /setter opp integrasjonen/i],
	['test report', /testrapport/i],
	['test template and cases', /testmal/i],
	['report to the NHN contact point', /sender testrapporten til kontaktpunktet/i],
	['quality assessment', /kvalitetsvurdering av testrapporten/i],
	['approved and ready for use', /godkjennes og er klar til bruk/i],
	['dialogue on deviations', /mangler eller avvik/i],
	['condition: agreement NHN and bestiller', /Avtale mellom NHN og bestiller/i],
	['condition: supplier has signed terms', /Leverandøren må ha signert bruksvilkår/i],
	[
		'condition: bestiller signed the latest Helsenorge terms',
		/signert siste versjon av bruksvilkårene til Helsenorge/i,
	],
	['condition: test report approved by NHN', /Testrapporten må være godkjent av NHN/i],
	['API client in the production environment', /API-klient i produksjonsmiljøet/i],
	['production GUIDs', /produksjons-GUID/],
	['supplier switches its production solution', /integrert med produksjonsløsningene hos NHN/i],
	['check everything works and update NHN', /sjekker at alt fungerer som det skal, og oppdaterer NHN/i],
	['faults and changes to the customer centre', /feil.*endringer og oppdateringer/i],
	['customer centre phone', /24 20 00 00/],
	['customer centre address', /kundesenter@nhn\.no/],
];

// Wiki debris and typos copied from the seeds must never reach a page.
const forbidden: [what: string, pattern: RegExp][] = [
	['wiki debris', /Skip to end of metadata/i],
	['wiki debris', /Go to start of metadata/i],
	['wiki debris', /You are viewing an old version/i],
	['wiki debris', /View the current version/i],
	['wiki debris', /Compare with Current/i],
	['wiki debris', /View Page History/i],
	['wiki debris', /Previous Version/i],
	['wiki debris', /Next »/],
	['wiki debris', /\[MS7\]/],
	['wiki debris', /No labels/i],
	['wiki placeholder', /\(lenke[^)]*\)/i],
	['typo "fortiden"', /\bfortiden\b/i],
	['typo "prossensen"', /prossensen/i],
	['seed wording', /Dette for enklere/i],
];

describe('content faithfulness to the seeds', () => {
	it('finds the page sources', () => {
		expect(pages.size).toBeGreaterThanOrEqual(15);
	});

	for (const [fact, pattern] of [...vkpFacts, ...verktoykatalogenFacts]) {
		it(`states: ${fact}`, () => {
			expect(site).toMatch(pattern);
		});
	}

	for (const [what, pattern] of forbidden) {
		it(`has no ${what} ${pattern}`, () => {
			const offenders = [...pages].filter(([, text]) => pattern.test(text)).map(([slug]) => slug);
			expect(offenders).toEqual([]);
		});
	}

	it('quotes the approval sentence on the third-party page', () => {
		expect(pageText('vkp/tredjepartsleverandor.mdx')).toContain(
			'Vi ønsker å bli godkjente som tredjepartsleverandør i helsenettet slik at vi kan integreres med Velferdsteknologisk knutepunkt.',
		);
	});

	it('gathers every address and number on the contact page', () => {
		const contact = pageText('kontakt.md');
		for (const needle of [
			'VKP@nhn.no',
			'kundesenter@nhn.no',
			'24 20 00 00',
			'https://selvbetjening.test.helseid.no/',
			'ide- og bestillingsmottak',
			'Kontaktpunkt i NHN',
		]) {
			expect(contact).toContain(needle);
		}
	});

	it('lists all four production conditions on the production page', () => {
		const production = pageText('verktoykatalogen/produksjon.mdx');
		expect(production).toMatch(/Avtale mellom NHN og bestiller/);
		expect(production).toMatch(/Leverandøren må ha signert bruksvilkår/);
		expect(production).toMatch(/signert siste versjon av bruksvilkårene til Helsenorge/);
		expect(production).toMatch(/Testrapporten må være godkjent av NHN/);
	});

	it('gives mailto links a text saying they open e-mail', () => {
		const mailLinks = [...site.matchAll(/\[([^\]]+)\]\(mailto:[^)]+\)/g)];
		expect(mailLinks.length).toBeGreaterThan(0);
		for (const [, text] of mailLinks) expect(text).toMatch(/e-post/i);
	});

	it('leaves no bare e-mail address for Markdown to turn into a link that does not say it opens e-mail', () => {
		for (const [slug, text] of pages) {
			const body = text
				.replace(/^---[\s\S]*?\n---/, '') // frontmatter is not rendered as Markdown
				.replace(/`[^`]*`/g, '') // inline code is not autolinked
				.replace(/\[[^\]]*\]\([^)]*\)/g, ''); // explicit links are checked above
			expect({ slug, bare: body.match(/[\w.+-]+@[\w-]+\.\w+/g) }).toEqual({ slug, bare: null });
		}
	});

	it('invents no e-mail address beyond those in the seeds', () => {
		// A sentence may end right after an address: drop the full stop before comparing.
		const addresses = new Set(
			[...site.matchAll(/[\w.+-]+@[\w-]+\.[\w.-]+/g)].map(([a]) => a.toLowerCase().replace(/\.+$/, '')),
		);
		expect([...addresses].sort()).toEqual(['kundesenter@nhn.no', 'vkp@nhn.no']);
	});
});
