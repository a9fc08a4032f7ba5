// Issue 20, part 1: the guides no stronger than their sources. One block per item of the issue.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHASES, PHASE_INFO } from '~/lib/checklist/content';

const root = join(import.meta.dirname, '../../..');
const docsDir = join(root, 'src/content/docs');
const pages = new Map(
	readdirSync(docsDir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
		.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			return [path.slice(docsDir.length + 1), readFileSync(path, 'utf8').replace(/\s+/g, ' ')] as const;
		}),
);
const page = (name: string) => pages.get(name) ?? '';
const pagesMatching = (pattern: RegExp) => [...pages].filter(([, text]) => pattern.test(text)).map(([name]) => name);
const source = (path: string) => readFileSync(join(root, path), 'utf8');

interface Step {
	id: string;
	phase: string;
	optional?: boolean;
	requires?: string[];
	note?: string;
}
const vkp = JSON.parse(source('src/content/checklist/vkp.json')) as Step[];
const step = (id: string) => vkp.find((s) => s.id === id)!;

describe('the third-party approval is required', () => {
	it('makes no VKP step optional, and says why on the approval page', () => {
		expect(vkp.filter((s) => s.optional)).toEqual([]);
		expect(page('vkp/tredjepartsleverandor.mdx')).toMatch(/Dette steget er ikke valgfritt/);
		expect(page('vkp/tredjepartsleverandor.mdx')).toMatch(/«Vi er allerede godkjent som tredjepartsleverandør»/);
	});

	it('keeps the production order form waiting for the approval', () => {
		expect(step('vkp.produksjon.skjema').requires).toEqual(
			expect.arrayContaining(['vkp.tredjepart.vurdering', 'vkp.tredjepart.avtale']),
		);
	});
});

describe('the Verktøykatalogen precondition reads as the seed says', () => {
	it('never says the services are to go into Verktøykatalogen', () => {
		expect(pagesMatching(/(?:skal|vil ha [^.]*) inn i Verktøykatalogen/i)).toEqual([]);
	});

	it('says the services are already approved and available there, on the start page and the bestiller page', () => {
		expect(page('index.mdx')).toMatch(/allerede er godkjent og gjort tilgjengelige i Verktøykatalogen/);
		expect(page('verktoykatalogen/bestiller.mdx')).toMatch(
			/godkjente veiledningstjenester som allerede er gjort tilgjengelige i Verktøykatalogen/,
		);
	});
});

describe('the production order draft and the page agree on the key', () => {
	it('sends the key as JWK and PEM from the draft, never asking NHN how it wants it', () => {
		expect(source('src/lib/mail/vkp-drafts.ts')).not.toMatch(/Si fra hvordan dere vil ha den/);
		expect(source('src/lib/mail/vkp-drafts.ts')).toMatch(/r\.publicKey\(kommune\)/);
		expect(page('vkp/helseid-produksjon.mdx')).toMatch(
			/tar e-postutkastet for den kommunen med nøkkelen som JWK og PEM/,
		);
	});
});

describe('the claims with no source (issue 20)', () => {
	it('does not say the scopes are agreed with VKP', () => {
		expect(pagesMatching(/avtaler du med VKP/)).toEqual([]);
	});

	it('does not promise a GUID for the production API client', () => {
		expect(pagesMatching(/Hver har sin egen GUID/)).toEqual([]);
		expect(source('src/lib/mail/verktoykatalogen-drafts.ts')).not.toMatch(
			/API-klient-GUID: \[fyll inn: API-klient-GUID\]/,
		);
	});

	it('gives testing before production as advice, not as the order of steps', () => {
		expect(pagesMatching(/Virker klienten i test\? Da/)).toEqual([]);
		expect(page('vkp/utvikle-og-teste.mdx')).toMatch(/NHNs side sier ikke at du må teste før du bestiller/);
		expect(step('vkp.utvikling.test').note).toMatch(/^Vårt råd, ikke et krav fra NHN:/);
	});

	it('does not say VKP answers, which no source says', () => {
		expect(page('vkp/index.mdx')).not.toMatch(/Svarer når du tar kontakt/);
	});

	it('links the production developer portal for the VKP scopes, never utviklerportal-dev', () => {
		expect(page('verktoy/vkp-scopes.mdx')).not.toMatch(/utviklerportal-dev\.nhn\.no/);
	});
});

describe('overview, phase map and checklist agree on the phases', () => {
	it('lists on the overview every phase of the phase map, in its order', () => {
		const overview = page('vkp/index.mdx');
		const steps = overview.slice(overview.indexOf('<Steps>'), overview.indexOf('</Steps>'));
		const linked = [...steps.matchAll(/\]\((\/vkp\/[a-z-]+\/)\)/g)].map((m) => m[1]);
		expect(linked).toEqual(PHASES.vkp.map((phase) => PHASE_INFO[phase]!.href));
	});

	it('gives every VKP phase at least one step', () => {
		for (const phase of PHASES.vkp)
			expect({ phase, steps: vkp.some((s) => s.phase === phase) }).toEqual({ phase, steps: true });
	});
});

describe('the bestiller', () => {
	it('says in one box what she signs, certain and unclear, and links straight to her draft', () => {
		const text = page('verktoykatalogen/bestiller.mdx');
		expect(text).toMatch(/title="Dette signerer du"/);
		expect(text).toMatch(/\*\*Sikkert:\*\* Du inngår en avtale med NHN/);
		expect(text).toMatch(/\*\*Uklart:\*\* Helsenorges bruksvilkår/);
		expect(text).toMatch(/\(\/verktoykatalogen\/bestilling\/#e-postutkast-for-bestilleren\)/);
	});
});

describe('the test client', () => {
	it('says what NHN Selvbetjening asks, that one client serves every kommune, and that Altinn is not in test', () => {
		const text = page('vkp/helseid-test.mdx');
		expect(text).toMatch(/## Etter registreringen/);
		expect(text).toMatch(/klient[^.]*for alle kommuner/);
		expect(text).toMatch(/I HelseIDs testmiljø finnes ikke denne delegeringen i Altinn/);
		expect(text).toMatch(/jft-api\/docs\/helseidmd\) \(26\.02\.2026\)/);
	});
});

describe("the kommune's part (issue 20, part 3)", () => {
	it('has the two per-kommune steps with exactly these ids, done by the kommune, each with its source', () => {
		for (const id of ['vkp.kommune.altinn-delegering', 'vkp.kommune.tilgangsregister']) {
			const found = vkp.find((s) => s.id === id) as (Step & { who: string[]; perKommune?: boolean }) | undefined;
			expect(found, id).toBeDefined();
			expect(found!.who).toEqual(['kommune']);
			expect(found!.perKommune).toBe(true);
			expect(found!.note).toMatch(/^Kilde: VKPs side/);
		}
		expect(page('vkp/helseid-produksjon.mdx')).toMatch(/## Kommunens del/);
		expect(page('vkp/helseid-produksjon.mdx')).toMatch(/portal\.test\.vkpnorge\.no\/Selvbetjening-prod/);
		expect(page('vkp/helseid-produksjon.mdx')).toMatch(/portal\.test\.vkpnorge\.no\/how-to-api/);
		expect(page('vkp/helseid-produksjon.mdx')).toMatch(/<MailDraft draft="vkp-kommune-tilgang" \/>/);
	});

	it('offers «Kommunens» steps in «Bare mine steg» on the VKP list', async () => {
		const { filterOptions } = await import('~/lib/checklist/filter');
		expect(filterOptions(vkp as unknown as { who: string[] }[])).toContain('kommune');
	});
});

describe('VKP, JFT and PIT in 2026 (issue 20, part 2)', () => {
	const text = page('vkp/vkp-i-2026.mdx');

	it('dates and links every source it names', () => {
		const sources = [...text.matchAll(/Kilde: \[([^\]]+)\]\((https:[^)]+)\) \(([^)]+)\)/g)];
		expect(sources.length).toBeGreaterThanOrEqual(5);
		for (const [, , url, date] of sources) {
			expect({ url, dated: /^\d\d\.\d\d\.2026$|^ingen dato/.test(date!) }).toEqual({ url, dated: true });
			expect(url).not.toMatch(/utviklerportal-dev/);
		}
		expect(text).toMatch(/betalingsmodell\)\. Siden har ingen dato|Siden har ingen dato/);
	});

	it('says plainly what is not known, and never that PIT takes over VKP', () => {
		const unknown = text.slice(text.indexOf('## Dette vet vi ikke'), text.indexOf('## Dette gjør du nå'));
		expect(unknown).toMatch(/Når VKP blir slått av\. NHN har ikke oppgitt en dato\./);
		expect(unknown).toMatch(/Om PIT tar over det VKP gjør når du henter opplysninger\. NHN sier ikke det\./);
	});

	it('gives a short JFT move checklist: sourced steps, then our advice', () => {
		const list = text.slice(
			text.indexOf('## Sjekkliste: flytt en VKP-integrasjon til JFT'),
			text.indexOf('## Neste steg'),
		);
		const sourced = list.slice(0, list.indexOf('**Vårt råd:**'));
		expect([...sourced.matchAll(/\d\. [^]*?Kilde: JFT/g)].length).toBe(5);
		expect(list).toMatch(/\*\*Vårt råd:\*\* 6\./);
	});

	it('is announced near the top of the VKP overview, dated, with a link', () => {
		const overview = page('vkp/index.mdx');
		const notice = overview.indexOf('title="VKP skal erstattes i løpet av 2026"');
		expect(notice).toBeGreaterThan(0);
		expect(notice).toBeLessThan(overview.indexOf('## Slik går du frem'));
		expect(overview.slice(notice, overview.indexOf('</Aside>', notice))).toMatch(
			/26\.02\.2026[^]*7\. desember 2026[^]*\(\/vkp\/vkp-i-2026\/\)/,
		);
	});

	it('shows a DPoP proof for a JFT write in its own section of the DPoP page', () => {
		const dpop = page('verktoy/dpop.mdx');
		const section = dpop.slice(dpop.indexOf('## DPoP-bevis for JFT'));
		expect(section).toMatch(/"htm": "POST"/);
		expect(section).toMatch(/"htu": "https:\/\/api\.write\.jft\.test\.nhn\.no\/v1\/Composition"/);
		expect(section).toMatch(/"ath": /);
		expect(section).toMatch(/Authorization: DPoP/);
	});
});
