import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KUNDESENTER_ADDRESS, VKP_ADDRESS } from '~/lib/mail/contacts';
import type { DraftInput } from '~/lib/mail/draft-kit';
import { buildDraft, DRAFT_IDS, draftAsText, isDraftId } from '~/lib/mail/drafts';
import { APPROVAL_SENTENCE } from '~/lib/mail/vkp-drafts';
import { PROFILE_FIELD_LABELS } from '~/lib/profile/messages';
import { emptyProfile, type SupplierProfile } from '~/lib/profile/profile';

function profile(overrides: Partial<SupplierProfile> = {}): SupplierProfile {
	return {
		company: 'Trygg Hjemme AS',
		orgnr: '994598759',
		contactName: 'Kari Nordmann',
		email: 'kari@trygghjemme.example',
		phone: '99 88 77 66',
		product: 'TryggAlarm',
		scopes: 'nhn:vkp/api/user/patient.read\nnhn:vkp/api/user/observation.write',
		veiledningstjenester: 'Søvnskolen\nPust rolig',
		...overrides,
	};
}

const THUMB = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';
const full: DraftInput = {
	profile: profile(),
	kommuner: [
		{ nummer: '1804', navn: 'Bodø', thumbprint: THUMB },
		{ nummer: '0301', navn: 'Oslo' },
	],
};

describe('mail drafts', () => {
	it('sends only to the addresses NHN publishes, or leaves the recipient to the user with a note', () => {
		for (const id of DRAFT_IDS) {
			const draft = buildDraft(id, full);
			for (const address of draft.to) expect([VKP_ADDRESS, KUNDESENTER_ADDRESS]).toContain(address);
			if (draft.to.length === 0) expect(draft.recipientNote).toMatch(/fyll inn adressen selv/);
		}
	});

	it('asks for approval as third-party supplier with NHN’s sentence word for word', () => {
		const draft = buildDraft('vkp-tredjepart', full);
		expect(draft.to).toEqual([KUNDESENTER_ADDRESS]);
		expect(draft.body).toContain(
			'Vi ønsker å bli godkjente som tredjepartsleverandør i helsenettet slik at vi kan integreres med Velferdsteknologisk knutepunkt.',
		);
		expect(APPROVAL_SENTENCE).toBe(
			'Vi ønsker å bli godkjente som tredjepartsleverandør i helsenettet slik at vi kan integreres med Velferdsteknologisk knutepunkt.',
		);
	});

	it('contacts VKP first with the product and the kommuner', () => {
		const draft = buildDraft('vkp-kontakt', full);
		expect(draft.to).toEqual([VKP_ADDRESS]);
		expect(draft.subject).toContain('TryggAlarm');
		expect(draft.body).toContain('- Bodø (kommunenummer 1804)');
		expect(draft.body).toContain('- Oslo (kommunenummer 0301)');
		expect(draft.missing).toEqual([]);
	});

	it('orders one HelseID client per kommune, with scopes and the checked key’s thumbprint', () => {
		const draft = buildDraft('vkp-helseid-bestilling', full);
		expect(draft.to).toEqual([KUNDESENTER_ADDRESS]);
		expect(draft.body).toContain('Klienter (2):');
		expect(draft.body).toContain('1. Bodø, kommunenummer 1804');
		expect(draft.body).toContain(`tommelavtrykk (RFC 7638, SHA-256): ${THUMB}`);
		expect(draft.body).toContain('2. Oslo, kommunenummer 0301');
		expect(draft.body).toMatch(/Oslo, kommunenummer 0301\n {3}Offentlig nøkkel: \[fyll inn:/);
		expect(draft.body).toContain('- nhn:vkp/api/user/observation.write');
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

	it('says when kommuner are missing from a draft that lists them', () => {
		const draft = buildDraft('vkp-helseid-bestilling', { profile: profile(), kommuner: [] });
		expect(draft.missingKommuner).toBe(true);
		expect(draft.body).toContain('[mangler: kommuner');
		expect(buildDraft('vkp-tredjepart', { profile: profile(), kommuner: [] }).missingKommuner).toBe(false);
	});

	it('leaves the bestiller’s order and the contact-point mails without an address', () => {
		for (const id of ['vk-bestilling', 'vk-offentlig-nokkel', 'vk-testrapport', 'vk-etter-produksjon'] as const) {
			expect(buildDraft(id, full).to).toEqual([]);
		}
		expect(buildDraft('vk-bestilling', full).recipientNote).toMatch(/ide- og bestillingsmottak/);
		expect(buildDraft('vk-testrapport', full).recipientNote).toMatch(/kontaktpunktet ditt i NHN/);
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

	it('copies as one text with recipient and subject', () => {
		const text = draftAsText(buildDraft('vk-etter-produksjon', { profile: emptyProfile(), kommuner: [] }));
		expect(text.startsWith('Til: [fyll inn: mottaker]\nEmne: Integrasjonen med Verktøykatalogen er i produksjon')).toBe(
			true,
		);
	});

	it('leaves out an empty phone number instead of marking it missing', () => {
		const draft = buildDraft('vkp-tredjepart', { profile: profile({ phone: '' }), kommuner: [] });
		expect(draft.missing).toEqual([]);
		expect(draft.body).toContain('Kontaktperson: Kari Nordmann, kari@trygghjemme.example\n');
		expect(draft.body.endsWith('Trygg Hjemme AS\nkari@trygghjemme.example')).toBe(true);
	});

	it('writes the bestiller’s order naming the supplier and leaves the bestiller’s signature to fill in', () => {
		const draft = buildDraft('vk-bestilling', full);
		expect(draft.body).toContain('Leverandør: Trygg Hjemme AS (org.nr. 994598759)');
		expect(draft.body).toContain('- Søvnskolen\n- Pust rolig');
		expect(draft.body).toMatch(/\[fyll inn: navn og virksomhet hos bestiller\]$/);
		expect(draft.recipientNote).toMatch(/fyll inn adressen selv/);
	});

	it('never marks a field missing that the text does not use, and marks every one it does', () => {
		for (const id of DRAFT_IDS) {
			const draft = buildDraft(id, { profile: emptyProfile(), kommuner: [] });
			const text = `${draft.subject}\n${draft.body}`;
			for (const field of draft.missing)
				expect(text).toContain(`[mangler: ${PROFILE_FIELD_LABELS[field].toLowerCase()}]`);
			expect(buildDraft(id, full).missing).toEqual([]);
		}
	});
});

describe('draft registry', () => {
	it('keeps the ids the guides and the downloaded file names use', () => {
		expect(DRAFT_IDS).toEqual([
			'vkp-kontakt',
			'vkp-tredjepart',
			'vkp-bestillingsskjema',
			'vkp-helseid-bestilling',
			'vk-bestilling',
			'vk-offentlig-nokkel',
			'vk-testrapport',
			'vk-etter-produksjon',
			'feilmelding',
		]);
		for (const id of DRAFT_IDS) expect(buildDraft(id, full).id).toBe(id);
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
	it('splits out the missing and fill-in marks and keeps every character', async () => {
		const { markedSegments } = await import('~/lib/mail/marks');
		const text = 'Til [mangler: virksomhet], GUID: [fyll inn: API-klient-GUID] [ikke et merke]';
		const segments = markedSegments(text);
		expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual([
			'[mangler: virksomhet]',
			'[fyll inn: API-klient-GUID]',
		]);
		expect(segments.map((s) => s.text).join('')).toBe(text);
		expect(markedSegments('')).toEqual([]);
	});
});
