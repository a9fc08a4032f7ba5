// Issue 10, part 1: every claim the guides make beyond the two seed pages is either sourced on the page, marked as
// the site's own advice ("Vårt råd"), or gone. One block per item of the issue, so a failure names the item.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const docsDir = join(root, 'src/content/docs');

const pages = new Map(
	readdirSync(docsDir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
		.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			// Compare on collapsed whitespace: a line break must not hide a claim.
			return [path.slice(docsDir.length + 1), readFileSync(path, 'utf8').replace(/\s+/g, ' ')] as const;
		}),
);

function page(name: string): string {
	const text = pages.get(name);
	if (text === undefined) throw new Error(`missing page ${name}`);
	return text;
}

function pagesMatching(pattern: RegExp): string[] {
	return [...pages].filter(([, text]) => pattern.test(text)).map(([name]) => name);
}

interface Step {
	id: string;
	text: string;
	who: string[];
	note?: string;
	perKommune?: boolean;
}
const steps = new Map(
	['vkp', 'verktoykatalogen'].flatMap((service) =>
		(JSON.parse(readFileSync(join(root, `src/content/checklist/${service}.json`), 'utf8')) as Step[]).map(
			(step) => [step.id, step] as const,
		),
	),
);

function step(id: string): Step {
	const found = steps.get(id);
	if (found === undefined) throw new Error(`missing step ${id}`);
	return found;
}

describe('one order per kommune (VKP)', () => {
	it('says one order per kommune wherever the production order is described', () => {
		for (const name of ['vkp/index.mdx', 'vkp/helseid-produksjon.mdx', 'vkp/utvikle-og-teste.mdx']) {
			expect({ name, says: /én bestilling per kommune/.test(page(name)) }).toEqual({ name, says: true });
		}
	});

	it('sends one e-mail per kommune, not one order for all', () => {
		// The seed says one order per kommune; one e-mail each is the site's advice (issue 20).
		expect(page('vkp/helseid-produksjon.mdx')).toMatch(/\*\*Vårt råd:\*\* Send én e-post per kommune/);
		expect(pagesMatching(/Send bestillingen til|alle kommunene i (?:én|samme) (?:e-post|bestilling)/i)).toEqual([]);
		expect(step('vkp.kommune.bestilling').perKommune).toBe(true);
	});
});

describe('approval before test (VKP)', () => {
	it('does not let the supplier start on test once it has only applied', () => {
		expect(pagesMatching(/Når du har søkt, kan du/i)).toEqual([]);
	});

	it('says the VKP page is silent on it, and whom to ask', () => {
		const approval = page('vkp/tredjepartsleverandor.mdx');
		expect(approval).toMatch(/VKPs side sier ikke om du må være godkjent før du lager en HelseID-klient for test/);
		expect(approval).toMatch(/Spør VKP før du starter på test: \[skriv e-post til VKP@nhn\.no/);
		expect(page('vkp/helseid-test.mdx')).toMatch(/#må-du-være-godkjent-før-du-tester/);
	});

	it('names the developer portal page wherever it says only approved suppliers get a client', () => {
		for (const name of pagesMatching(/bare godkjente (?:tredjepartsleverandører|leverandører) kan få/i)) {
			expect({ name, source: page(name).includes('Autentisering og autorisering med HelseID i VKP') }).toEqual({
				name,
				source: true,
			});
		}
	});
});

describe('order of phases (VKP)', () => {
	it("offers the order as the site's suggestion, and says the seed gives none", () => {
		const overview = page('vkp/index.mdx');
		expect(overview).not.toMatch(/Arbeidet skjer i denne rekkefølgen/);
		expect(overview).toMatch(/Vi foreslår at du så gjør resten i denne rekkefølgen/);
		expect(overview).toMatch(
			/NHNs side sier ikke om du skal teste før du bestiller klienter for produksjon\. \*\*Vårt råd:\*\*/,
		);
	});
});

describe('steps and claims with no source', () => {
	it("marks the two VKP steps without a source as the site's advice", () => {
		for (const id of ['vkp.kommune.scopes', 'vkp.kommune.produksjon']) {
			expect(step(id).note ?? '', id).toMatch(/^Vårt råd, ikke et krav fra NHN:/);
		}
	});

	it('does not say NHN hands over the HelseID client, which no source says', () => {
		const received = step('vkp.kommune.klient');
		expect(received.who).not.toContain('NHN');
		expect(received.note).toMatch(/NHNs side sier at du må få én HelseID-klient per kommune, men ikke hvordan/);
	});

	it('does not say the public keys are attached to the order', () => {
		expect(pagesMatching(/vedlagt|legges? ved/i)).toEqual([]);
	});

	it('does not tell the user to ring if it is urgent (the seed gives phone and e-mail side by side)', () => {
		const mailDir = join(root, 'src/lib/mail');
		const urgent = readdirSync(mailDir).filter((file) => /Haster/.test(readFileSync(join(mailDir, file), 'utf8')));
		expect(urgent).toEqual([]);
	});

	it('says who signs what for Verktøykatalogen, as the production conditions do', () => {
		const order = page('verktoykatalogen/bestilling.mdx');
		expect(order).not.toMatch(/Bestiller, leverandør og NHN/);
		for (const text of [order, step('verktoykatalogen.bestilling.signering').note ?? '']) {
			expect(text).toMatch(/Avtalen er mellom NHN og bestilleren\./);
			expect(text).toMatch(/Leverandøren signerer bruksvilkårene for leverandører\./);
			expect(text).toMatch(/Bestilleren signerer (?:siste versjon av )?Helsenorges bruksvilkår\./);
		}
	});

	it('gives the bestiller her own step for the latest terms before production', () => {
		expect(step('verktoykatalogen.produksjon.bruksvilkar-siste').who).toEqual(['bestiller']);
	});
});

// A fact from NHN's other pages or samples (not the two seeds) stands only on a page that names its source: the
// source's address, or a link to the section that gives it.
const sourcedFacts: [fact: string, claim: RegExp, source: RegExp][] = [
	['RSA key sizes', /(?:2048|4096) bit/, /HelseID\.Samples\/blob\/master\/HelseId\.JwkGenerator/],
	['HelseID algorithms', /PS256/, /HelseId\.JwkGenerator\/AlgorithmValidator\.cs/],
	['use: sig', /"use": "sig"/, /HelseId\.JwkGenerator\/Program\.cs/],
	[
		'Selvbetjening takes a public JWK',
		/Selvbetjening tar imot/,
		/Selvbetjening\.Samples\/blob\/main\/Common\/Models\/ClientDraft\.cs/,
	],
	['Authorization: Bearer', /Authorization: Bearer/, /Autentisering og autorisering med HelseID i VKP/],
	[
		'the scope form',
		/nhn:vkp\/api\/user\//,
		/Autentisering og autorisering med HelseID i VKP|\/vkp\/utvikle-og-teste\/#slik-velger-du-scope/,
	],
	['client_amr', /client_amr/, /portal\.test\.vkpnorge\.no\/how-to-api/],
	['the vkp-id forms', /leverandørnavn-kommunenavn/, /portal\.test\.vkpnorge\.no\/Selvbetjening\)/],
	['one test client for all kommuner', /klient[^.]*for alle kommuner/i, /portal\.test\.vkpnorge\.no\/Selvbetjening\)/],
	[
		'VKP replaced in 2026',
		/erstattes[^.]*2026/,
		/velferdsteknologisk-knutepunkt\/betalingsmodell|\/vkp\/#vkp-i-2026|\(#vkp-i-2026\)|\/vkp\/vkp-i-2026\//,
	],
	['JFT', /Journalføringstjenesten/, /journalfoeringstjenesten\/jft-api|\/vkp\/#vkp-i-2026|\/vkp\/vkp-i-2026\//],
	// Issue 20: verified on NHN's developer portal in December 2026.
	['orgnr_parent (PIT)', /orgnr_parent/, /pasientinformasjonstjenesten\/pit-api\/docs\/overviewmd/],
	['multi-tenant advice (JFT)', /multi-tenant/i, /journalfoeringstjenesten\/jft-api\/docs\/helseidmd/],
	[
		'Altinn not in HelseID test',
		/finnes ikke (?:denne )?delegering(?:en)? i Altinn/,
		/jft-api\/docs\/helseidmd|\/vkp\/helseid-test\/#etter-registreringen/,
	],
	['client assertion typ', /client-authentication\+jwt/, /sfm-id_for_multi_tenant-klienter/],
	['HelseID issuers', /helseid-sts\.(?:test\.)?nhn\.no/, /HelseIdConfiguration\.cs|sfm-id_for_multi_tenant-klienter/],
	[
		'the new Selvbetjening address',
		/selvbetjening\.(?:test\.)?nhn\.no/,
		/Selvbetjening\.Samples\/blob\/main\/README\.md/,
	],
	['keys expire', /går ut på en bestemt dato/, /Docs\/Tykklienter\.md|\/vkp\/utvikle-og-teste\/#nøkler-går-ut/],
	['DPoP', /dpop\+jwt|use_dpop_nonce/, /utviklerportal\.nhn\.no\/informasjonstjenester\/helseid/],
	['Verktøy API', /REST-API/, /helsenorge\.atlassian\.net\/wiki\/spaces\/HELSENORGE\/pages\/1820623141/],
	[
		'Helsenorge client assertion',
		/sikkerhet\.helsenorge\.no/,
		/helsenorge\.atlassian\.net\/wiki\/spaces\/HELSENORGE\/pages\/1368752157/,
	],
];

describe('facts from beyond the seeds name their source on the page', () => {
	for (const [fact, claim, source] of sourcedFacts) {
		it(`${fact}: every page that states it names the source`, () => {
			const stating = pagesMatching(claim);
			expect(stating.length, `no page states ${fact} any more: drop this line`).toBeGreaterThan(0);
			expect(stating.filter((name) => !source.test(page(name)))).toEqual([]);
		});
	}

	it('does not state what the fact check did not find (a nhn:vkp audience; that PIT takes over VKP)', () => {
		expect(pagesMatching(/`aud` har med `nhn:vkp`/)).toEqual([]);
		// PIT taking over VKP's reads is named only as a question or a denial (issue 20: NHN does not say it).
		const sentences = [...pages.values()].flatMap(
			(text) => text.match(/[^.!?]*PIT (?:tar|skal ta) over[^.!?]*[.!?]/g) ?? [],
		);
		expect(sentences.length).toBeGreaterThan(0);
		expect(sentences.filter((sentence) => !/(?:^|\s)Om PIT|ikke/.test(sentence))).toEqual([]);
	});
});

describe('the Verktøykatalogen seed', () => {
	it("is said to be version 3 of NHN's page, with a newer one existing, on the overview and the about page", () => {
		for (const name of ['verktoykatalogen/index.mdx', 'om.md']) {
			expect(page(name)).toMatch(/versjon 3/);
			expect(page(name)).toMatch(/fantes det en nyere versjon/);
		}
	});

	it('contradicts itself on signing the supplier terms, and the guides say so', () => {
		for (const name of [
			'verktoykatalogen/index.mdx',
			'verktoykatalogen/bestilling.mdx',
			'verktoykatalogen/bestiller.mdx',
		]) {
			expect(page(name)).toMatch(/NHNs side sier to ting om bruksvilkårene/);
			expect(page(name)).toMatch(/«om det er behov for signering av bruksvilkår»/);
		}
		expect(step('verktoykatalogen.krav.bruksvilkar').note).toMatch(/skal avklares om bruksvilkår må signeres/);
	});
});

describe('the key format question', () => {
	it('gets the same answer, marked as advice, on every page that asks for a key', () => {
		for (const name of [
			'vkp/helseid-produksjon.mdx',
			'verktoykatalogen/utvikling.mdx',
			'verktoykatalogen/test.mdx',
			'verktoy/nokkelsjekk.mdx',
		]) {
			const text = page(name);
			expect({ name, silent: /NHN oppgir ikke hvilket format/.test(text) }).toEqual({ name, silent: true });
			expect({ name, advice: /\*\*Vårt råd:\*\* Send den offentlige nøkkelen både som \[?PEM/.test(text) }).toEqual({
				name,
				advice: true,
			});
		}
	});
});
