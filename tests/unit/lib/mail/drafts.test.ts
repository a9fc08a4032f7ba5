import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KUNDESENTER_ADDRESS, VKP_ADDRESS } from '~/lib/mail/contacts';
import { FieldReader, type DraftInput } from '~/lib/mail/draft-kit';
import { buildDraft, buildDrafts, DRAFT_IDS, DRAFTS, draftAsText, isDraftId, isPerKommune } from '~/lib/mail/drafts';
import { markedSegments } from '~/lib/mail/marks';
import { APPROVAL_SENTENCE } from '~/lib/mail/vkp-drafts';
import { PROFILE_FIELD_LABELS } from '~/lib/profile/messages';
import { emptyProfile, type Profile } from '~/lib/profile/profile';

function profile(overrides: Partial<Profile> = {}): Profile {
	return {
		...emptyProfile(),
		company: 'Trygg Hjemme AS',
		orgnr: '994598759',
		contactName: 'Kari Nordmann',
		email: 'kari@trygghjemme.example',
		phone: '99 88 77 66',
		product: 'TryggAlarm',
		scopes: 'nhn:vkp/api/user/patient.read\nnhn:vkp/api/user/observation.write',
		veiledningstjenester: 'Søvnskolen\nPust rolig',
		apiClientThumbprint: 'kx8-WTTOPIvJkWo9wNn7lxoNm7GvIFfRxMwA4_gLaSw',
		bestillerCompany: 'Askøy kommune',
		bestillerOrgnr: '964338531',
		bestillerContactName: 'Siri Bestiller',
		bestillerEmail: 'siri@askoy.example',
		bestillerPhone: '',
		...overrides,
	};
}

const THUMB = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';
const full: DraftInput = {
	profile: profile(),
	kommuner: [
		{
			nummer: '1804',
			navn: 'Bodø',
			thumbprint: THUMB,
			publicJwk: { kty: 'RSA', n: 'sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri', e: 'AQAB' },
		},
		{ nummer: '0301', navn: 'Oslo' },
	],
};

describe('mail drafts', () => {
	it('sends only to the addresses NHN publishes, or leaves the recipient to the user with a note', () => {
		for (const id of DRAFT_IDS) {
			for (const draft of buildDrafts(id, full)) {
				for (const address of draft.to) expect([VKP_ADDRESS, KUNDESENTER_ADDRESS]).toContain(address);
				if (draft.to.length === 0) expect(draft.recipientNote).toMatch(/fyll inn adressen selv/);
			}
		}
	});

	it('asks for approval as third-party supplier with NHN’s sentence word for word, naming the supplier', () => {
		const draft = buildDraft('vkp-tredjepart', full);
		expect(draft.to).toEqual([KUNDESENTER_ADDRESS]);
		expect(draft.body).toContain(
			'Vi ønsker å bli godkjente som tredjepartsleverandør i helsenettet slik at vi kan integreres med Velferdsteknologisk knutepunkt.',
		);
		expect(APPROVAL_SENTENCE).toBe(
			'Vi ønsker å bli godkjente som tredjepartsleverandør i helsenettet slik at vi kan integreres med Velferdsteknologisk knutepunkt.',
		);
		expect(draft.body).toContain(
			'Leverandør: Trygg Hjemme AS\nOrganisasjonsnummer: 994598759\nSystem: TryggAlarm\nKontaktperson hos leverandøren: Kari Nordmann, kari@trygghjemme.example, 99 88 77 66',
		);
	});

	it('contacts VKP first with the product and the kommuner', () => {
		const draft = buildDraft('vkp-kontakt', full);
		expect(draft.to).toEqual([VKP_ADDRESS]);
		expect(draft.subject).toBe('Ønske om integrasjon med VKP – TryggAlarm');
		expect(draft.body).toContain('- Bodø (kommunenummer 1804)\n- Oslo (kommunenummer 0301)');
		expect(draft.missing).toEqual([]);
		expect(draft.invalid).toEqual([]);
	});

	it('orders one HelseID client per kommune: one mail each, naming its kommune, number and thumbprint', () => {
		expect(isPerKommune('vkp-helseid-bestilling')).toBe(true);
		const drafts = buildDrafts('vkp-helseid-bestilling', full);
		expect(drafts).toHaveLength(2);
		const [bodo, oslo] = drafts as [(typeof drafts)[0], (typeof drafts)[0]];
		expect(bodo.kommune).toEqual({ nummer: '1804', navn: 'Bodø' });
		expect(bodo.title).toBe('Bestilling av HelseID-klient for produksjon: Bodø (1804)');
		expect(bodo.to).toEqual([KUNDESENTER_ADDRESS]);
		expect(bodo.subject).toBe('Bestilling av HelseID-klient for VKP (produksjon) – Bodø (1804) – Trygg Hjemme AS');
		expect(bodo.body).toContain(
			`Kommune: Bodø\nKommunenummer: 1804\nTommelavtrykk for klientens offentlige nøkkel (RFC 7638, SHA-256): ${THUMB}`,
		);
		expect(bodo.body).not.toContain('Oslo');
		expect(bodo.body).toContain(
			'Scope vi ønsker for klienten:\n- nhn:vkp/api/user/patient.read\n- nhn:vkp/api/user/observation.write',
		);
		expect(bodo.missingThumbprint).toBe(false);
		expect(oslo.subject).toContain('– Oslo (0301) –');
		expect(oslo.body).toContain(
			'Kommunenummer: 0301\nTommelavtrykk for klientens offentlige nøkkel (RFC 7638, SHA-256): [mangler: tommelavtrykk for Oslo]',
		);
		expect(oslo.missingThumbprint).toBe(true);
		expect(oslo.body).not.toContain('Bodø');
	});

	it('gives three kommuner three orders, and one marked order while none is chosen', () => {
		const three = [
			{ nummer: '4601', navn: 'Bergen' },
			{ nummer: '0301', navn: 'Oslo' },
			{ nummer: '1804', navn: 'Bodø' },
		];
		const drafts = buildDrafts('vkp-helseid-bestilling', { profile: profile(), kommuner: three });
		expect(drafts.map((draft) => draft.kommune?.nummer)).toEqual(['4601', '0301', '1804']);
		expect(new Set(drafts.map((draft) => draft.subject)).size).toBe(3);
		const none = buildDrafts('vkp-helseid-bestilling', { profile: profile(), kommuner: [] });
		expect(none).toHaveLength(1);
		expect(none[0]!.kommune).toBeUndefined();
		expect(none[0]!.title).toBe('Bestilling av HelseID-klient for produksjon');
		expect(none[0]!.missingKommuner).toBe(true);
		expect(none[0]!.body).toContain(
			'Kommune: [mangler: kommune – legg den til i sjekklisten for VKP]\nKommunenummer: [mangler: kommunenummer]',
		);
		expect(buildDraft('vkp-helseid-bestilling', { profile: profile(), kommuner: three }).kommune).toBeUndefined();
		expect(buildDraft('vkp-helseid-bestilling', { profile: profile(), kommuner: three }, three[2]).kommune).toEqual(
			three[2],
		);
	});

	it('writes a draft that is not per kommune once, whatever the kommuner', () => {
		expect(isPerKommune('vkp-kontakt')).toBe(false);
		const drafts = buildDrafts('vkp-kontakt', full);
		expect(drafts).toHaveLength(1);
		expect(drafts[0]!.kommune).toBeUndefined();
		expect(drafts[0]!.title).toBe('Første kontakt med VKP');
		expect(buildDraft('vkp-kontakt', full, full.kommuner[0]).title).toBe('Første kontakt med VKP');
	});

	it('asks VKP for the production order form', () => {
		const draft = buildDraft('vkp-bestillingsskjema', full);
		expect(draft.to).toEqual([VKP_ADDRESS]);
		expect(draft.body).toMatch(/bestillingsskjemaet for produksjon/);
	});

	it('marks each missing profile field in the text and lists it', () => {
		const draft = buildDraft('vkp-tredjepart', { profile: profile({ orgnr: ' ', company: '' }), kommuner: [] });
		expect(draft.missing).toEqual(['company', 'orgnr']);
		expect(draft.body).toContain('Organisasjonsnummer: [mangler: organisasjonsnummer]');
		expect(draft.subject).toContain('[mangler: virksomhet]');
	});

	it('shows an organisasjonsnummer that fails MOD11 as invalid in the text, never as a number', () => {
		const draft = buildDraft('vkp-tredjepart', { profile: profile({ orgnr: '994598758' }), kommuner: [] });
		expect(draft.invalid).toEqual(['orgnr']);
		expect(draft.missing).toEqual([]);
		expect(draft.body).toContain('Organisasjonsnummer: [ugyldig organisasjonsnummer: 994598758]');
		expect(draft.body).not.toMatch(/Organisasjonsnummer: 994598758/);
	});

	it('says when kommuner are missing from a draft that lists them', () => {
		const draft = buildDraft('vkp-kontakt', { profile: profile(), kommuner: [] });
		expect(draft.missingKommuner).toBe(true);
		expect(draft.body).toContain('[mangler: kommuner');
		expect(buildDraft('vkp-tredjepart', { profile: profile(), kommuner: [] }).missingKommuner).toBe(false);
	});

	it('leaves the bestiller’s order and the contact-point mails without an address', () => {
		for (const id of ['vk-bestilling', 'vk-offentlig-nokkel', 'vk-testrapport', 'vk-etter-produksjon'] as const) {
			expect(buildDraft(id, full).to).toEqual([]);
		}
		expect(buildDraft('vk-bestilling', full).recipientNote).toMatch(/ide- og bestillingsmottak/);
		// The seed gives the contact point no address and no owner but the bestiller's dialog: the note says no more.
		expect(buildDraft('vk-testrapport', full).recipientNote).toMatch(/kontaktpunktet i NHN.*spør bestilleren/);
		expect(buildDraft('vk-testrapport', full).recipientNote).not.toMatch(/ditt|dialogen med NHN/);
	});

	it('reports faults to kundesenter with the phone number beside it', () => {
		const draft = buildDraft('feilmelding', full);
		expect(draft.to).toEqual([KUNDESENTER_ADDRESS]);
		expect(draft.recipientNote).toContain('24 20 00 00');
	});

	it('lists the veiledningstjenester one per line and signs with the contact person', () => {
		const draft = buildDraft('vk-testrapport', full);
		expect(draft.body).toContain('- Søvnskolen\n- Pust rolig');
		expect(
			draft.body.endsWith('Med vennlig hilsen\nKari Nordmann\nTrygg Hjemme AS\nkari@trygghjemme.example\n99 88 77 66'),
		).toBe(true);
	});

	it('puts the checked key’s thumbprint in the Verktøykatalogen key mail', () => {
		const draft = buildDraft('vk-offentlig-nokkel', full);
		expect(draft.body).toContain(
			'Tommelavtrykk for nøkkelen (RFC 7638, SHA-256): kx8-WTTOPIvJkWo9wNn7lxoNm7GvIFfRxMwA4_gLaSw',
		);
		const without = buildDraft('vk-offentlig-nokkel', { ...full, profile: profile({ apiClientThumbprint: '' }) });
		expect(without.missing).toEqual(['apiClientThumbprint']);
		expect(without.body).toContain('[mangler: tommelavtrykk for api-klientens nøkkel]');
	});

	it('never says a key is attached: a mail link cannot attach, and the seed names no format', () => {
		const draft = buildDraft('vk-offentlig-nokkel', full);
		expect(draft.body).not.toMatch(/vedlagt|vedlegg/i);
		expect(draft.body).toContain('[mangler: offentlig nøkkel – sjekk den i Nøkkelsjekk og lagre den for API-klienten]');
		expect(draft.missingPublicKey).toBe(true);
	});

	it('puts the API client key saved by the key check into the draft as JWK and PEM (issue 20)', () => {
		const KEY = { kty: 'RSA', n: 'sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri', e: 'AQAB' };
		const draft = buildDraft('vk-offentlig-nokkel', {
			profile: profile({ apiClientPublicJwk: JSON.stringify(KEY) }),
			kommuner: [],
		});
		expect(draft.body).toContain(`"n":"${KEY.n}"`);
		expect(draft.body).toMatch(/-----BEGIN PUBLIC KEY-----/);
		expect(draft.body).not.toMatch(/\[fyll inn|\[mangler/);
		expect(draft.missingPublicKey).toBe(false);
	});

	it('copies as one text with recipient and subject', () => {
		const text = draftAsText(buildDraft('vk-etter-produksjon', { profile: emptyProfile(), kommuner: [] }));
		expect(text.startsWith('Til: [fyll inn: mottaker]\nEmne: Integrasjonen med Verktøykatalogen er i produksjon')).toBe(
			true,
		);
		expect(draftAsText(buildDraft('feilmelding', full)).split('\n').slice(0, 3)).toEqual([
			'Til: kundesenter@nhn.no',
			'Emne: Feil eller endringsbehov: integrasjon med Verktøykatalogen – Trygg Hjemme AS',
			'',
		]);
	});

	it('leaves out an empty phone number instead of marking it missing', () => {
		const draft = buildDraft('vkp-tredjepart', { profile: profile({ phone: '' }), kommuner: [] });
		expect(draft.missing).toEqual([]);
		expect(draft.body).toContain('Kontaktperson hos leverandøren: Kari Nordmann, kari@trygghjemme.example\n');
		expect(draft.body.endsWith('Trygg Hjemme AS\nkari@trygghjemme.example')).toBe(true);
	});

	it('names the bestiller as bestiller and the supplier as supplier in her order, and she signs it', () => {
		const draft = buildDraft('vk-bestilling', full);
		expect(draft.sender).toBe('bestiller');
		expect(draft.subject).toBe(
			'Bestilling: veiledningstjenester i Verktøykatalogen – bestiller Askøy kommune, leverandør Trygg Hjemme AS',
		);
		expect(draft.body).toContain(
			'Bestiller: Askøy kommune (org.nr. 964338531)\nKontaktperson hos bestilleren: Siri Bestiller, siri@askoy.example',
		);
		expect(draft.body).toContain(
			'Leverandør: Trygg Hjemme AS (org.nr. 994598759)\nKontaktperson hos leverandøren: Kari Nordmann, kari@trygghjemme.example, 99 88 77 66',
		);
		expect(draft.body).toContain('- Søvnskolen\n- Pust rolig');
		expect(draft.body.endsWith('Med vennlig hilsen\nSiri Bestiller\nAskøy kommune\nsiri@askoy.example')).toBe(true);
		expect(draft.body).not.toMatch(/Leverandør: Askøy/);
		expect(draft.recipientNote).toMatch(/fyll inn adressen selv/);
	});

	it('never marks a field missing that the text does not use, and marks every one it does', () => {
		for (const id of DRAFT_IDS) {
			for (const draft of buildDrafts(id, { profile: emptyProfile(), kommuner: [] })) {
				const text = `${draft.subject}\n${draft.body}`;
				for (const field of draft.missing)
					expect(text).toContain(`[mangler: ${PROFILE_FIELD_LABELS[field].toLowerCase()}]`);
			}
			for (const draft of buildDrafts(id, {
				...full,
				kommuner: [{ nummer: '1804', navn: 'Bodø', thumbprint: THUMB }],
			})) {
				expect(draft.missing).toEqual([]);
				expect(draft.invalid).toEqual([]);
				expect(draft.missingThumbprint).toBe(false);
			}
		}
	});
});

describe('every draft', () => {
	const inputs: DraftInput[] = [full, { profile: emptyProfile(), kommuner: [] }];

	it('has its own title, and a subject that names the supplier or its system', () => {
		const titles = DRAFT_IDS.map((id) => DRAFTS[id].title);
		for (const title of titles) expect(title).toMatch(/^\p{Lu}\S* \S/u);
		expect(new Set(titles).size).toBe(DRAFT_IDS.length);
		for (const id of DRAFT_IDS) {
			const { subject } = buildDraft(id, full);
			expect(subject, id).toMatch(/^\p{Lu}.* – /u);
			expect(subject.includes('Trygg Hjemme AS') || subject.includes('TryggAlarm'), subject).toBe(true);
		}
	});

	it('writes paragraphs that each hold text, and lines that are never empty', () => {
		for (const id of DRAFT_IDS) {
			for (const { kommuner, profile } of inputs) {
				const { body } = DRAFTS[id].write(new FieldReader(profile), kommuner.slice(0, 1));
				expect(body.length, id).toBeGreaterThanOrEqual(2);
				for (const paragraph of body) {
					const lines = typeof paragraph === 'string' ? [paragraph] : paragraph;
					expect(lines.length, id).toBeGreaterThan(0);
					for (const line of lines) expect(line.trim(), id).not.toBe('');
				}
			}
		}
	});

	it('puts a heading line before every list', () => {
		for (const id of DRAFT_IDS) {
			const lines = buildDraft(id, full, full.kommuner[0]).body.split('\n');
			lines.forEach((line, i) => {
				if (line.startsWith('- ') && !lines[i - 1]!.startsWith('- ')) expect(lines[i - 1], id).toMatch(/:$/);
			});
		}
	});

	it('says in every mail that sends or orders a key that the private key stays with the sender', () => {
		for (const id of ['vkp-helseid-bestilling', 'vk-offentlig-nokkel'] as const)
			expect(buildDraft(id, full, full.kommuner[0]).body, id).toContain('Den private nøkkelen beholder vi selv.');
	});

	it('asks the user to fill in only what the profile cannot know', () => {
		const fillIns = (id: (typeof DRAFT_IDS)[number]) =>
			markedSegments(buildDraft(id, full, full.kommuner[0]).body)
				.filter((segment) => segment.mark)
				.map((segment) => segment.text);
		expect(Object.fromEntries(DRAFT_IDS.map((id) => [id, fillIns(id)]))).toEqual({
			'vkp-kontakt': [],
			'vkp-tredjepart': [],
			'vkp-bestillingsskjema': [],
			'vkp-helseid-bestilling': [],
			'vkp-kommune-tilgang': [],
			'vk-bestilling': [],
			'vk-offentlig-nokkel': ['[mangler: offentlig nøkkel – sjekk den i Nøkkelsjekk og lagre den for API-klienten]'],
			'vk-testrapport': ['[fyll inn: API-klient-GUID fra NHN]'],
			'vk-etter-produksjon': ['[fyll inn: eventuelle merknader]'],
			feilmelding: [
				'[fyll inn: feil, endring eller oppdatering]',
				'[fyll inn: dato og klokkeslett]',
				'[fyll inn: beskrivelse og eventuelle feilmeldinger]',
				'[fyll inn: navn og GUID]',
			],
		});
	});
});

describe('draft registry', () => {
	it('keeps the ids the guides and the downloaded file names use', () => {
		expect(DRAFT_IDS).toEqual([
			'vkp-kontakt',
			'vkp-tredjepart',
			'vkp-bestillingsskjema',
			'vkp-helseid-bestilling',
			'vkp-kommune-tilgang',
			'vk-bestilling',
			'vk-offentlig-nokkel',
			'vk-testrapport',
			'vk-etter-produksjon',
			'feilmelding',
		]);
		for (const id of DRAFT_IDS) expect(buildDraft(id, full).id).toBe(id);
		expect(DRAFT_IDS.filter(isPerKommune)).toEqual(['vkp-helseid-bestilling', 'vkp-kommune-tilgang']);
	});

	it('knows every draft a guide places, and nothing else', () => {
		const docs = join(import.meta.dirname, '../../../../src/content/docs');
		const placed = readdirSync(docs, { recursive: true, encoding: 'utf8' })
			.filter((file) => file.endsWith('.mdx'))
			.flatMap((file) =>
				[...readFileSync(join(docs, file), 'utf8').matchAll(/<MailDraft draft="([^"]+)"/g)].map((m) => m[1]!),
			);
		expect(placed.length).toBeGreaterThan(0);
		for (const id of placed) expect(isDraftId(id)).toBe(true);
		for (const id of ['', 'toString', '__proto__', 'VKP-KONTAKT', 'vkp-kontakt ']) expect(isDraftId(id)).toBe(false);
	});
});

describe('markedSegments', () => {
	it('splits out the missing, invalid and fill-in marks and keeps every character', async () => {
		const { markedSegments } = await import('~/lib/mail/marks');
		const text =
			'Til [mangler: virksomhet], nr. [ugyldig organisasjonsnummer: 123], GUID: [fyll inn: API-klient-GUID] [ikke et merke]';
		const segments = markedSegments(text);
		expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual([
			'[mangler: virksomhet]',
			'[ugyldig organisasjonsnummer: 123]',
			'[fyll inn: API-klient-GUID]',
		]);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(segments[0]).toEqual({ text: 'Til ', mark: false });
		expect(segments.at(-1)).toEqual({ text: ' [ikke et merke]', mark: false });
		expect(markedSegments('')).toEqual([]);
		expect(markedSegments('[mangler: a][mangler: b]')).toEqual([
			{ text: '[mangler: a]', mark: true },
			{ text: '[mangler: b]', mark: true },
		]);
		expect(markedSegments('[mangler: a\nb]')).toEqual([{ text: '[mangler: a\nb]', mark: false }]);
	});
});

describe("the HelseID client order carries the kommune's checked public key (issue 20)", () => {
	const KEY = { kty: 'RSA' as const, n: 'sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri', e: 'AQAB' };

	it('puts the key in as JWK and PEM, with the thumbprint, and asks NHN nothing about the format', () => {
		const kommune = { nummer: '1804', navn: 'Bodø', thumbprint: THUMB, publicJwk: KEY };
		const draft = buildDraft('vkp-helseid-bestilling', { profile: profile(), kommuner: [kommune] }, kommune);
		expect(draft.body).toContain(THUMB);
		expect(draft.body).toContain(`"n":"${KEY.n}"`);
		expect(draft.body).toMatch(/-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+-----END PUBLIC KEY-----/);
		expect(draft.body).not.toMatch(/Si fra hvordan dere vil ha den/);
		expect(draft.missingPublicKey).toBe(false);
	});

	it('marks the key missing, and says so, when the key check has not saved it for the kommune', () => {
		const kommune = { nummer: '0301', navn: 'Oslo', thumbprint: THUMB };
		const draft = buildDraft('vkp-helseid-bestilling', { profile: profile(), kommuner: [kommune] }, kommune);
		expect(draft.body).toContain(
			'[mangler: offentlig nøkkel for Oslo – sjekk den i Nøkkelsjekk og lagre den for kommunen]',
		);
		expect(draft.missingPublicKey).toBe(true);
	});
});

describe('the mail asking the kommune for its two actions (issue 20)', () => {
	it('asks one kommune for exactly the Altinn delegation and the access register, with org.nr, name and number', () => {
		const drafts = buildDrafts('vkp-kommune-tilgang', full);
		expect(drafts.map((d) => d.kommune?.nummer)).toEqual(['1804', '0301']);
		const [bodo] = drafts;
		expect(bodo!.to).toEqual([]);
		expect(bodo!.subject).toBe('VKP: Altinn-delegering og tilgang for Trygg Hjemme AS – Bodø (1804)');
		expect(bodo!.body).toContain('Kommune: Bodø\nKommunenummer: 1804');
		const asks = bodo!.body.split('\n').filter((line) => /^\d\. /.test(line));
		expect(asks).toEqual([
			'1. Gi Trygg Hjemme AS (org.nr. 994598759) rett til å opprette HelseID-klienten for kommunen, gjennom Altinn.',
			'2. Gi Trygg Hjemme AS tilgang i VKPs tilgangsregister.',
		]);
	});
});
