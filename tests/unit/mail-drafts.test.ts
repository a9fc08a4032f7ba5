import { describe, expect, it } from 'vitest';
import {
	APPROVAL_SENTENCE,
	buildDraft,
	DRAFT_IDS,
	KUNDESENTER_ADDRESS,
	KUNDESENTER_PHONE,
	VKP_ADDRESS,
	draftAsText,
	type DraftInput,
} from '../../src/lib/mail-drafts';
import { emptyProfile, FIELD_LABELS, type Profile } from '../../src/lib/profile';

const THUMB = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';

const profile: Profile = {
	company: 'Åsgård Omsorgsteknologi AS',
	orgnr: '994598759',
	contactName: 'Kari Nordmann',
	email: 'kari@asgard.example',
	phone: '12 34 56 78',
	product: 'TrygghetsPluss',
	scopes: ['nhn:vkp/api/user/patient.read', 'nhn:vkp/api/user/observation.*'],
	veiledningstjenester: ['Søvnskolen', 'Angstmestring'],
};
const full: DraftInput = {
	profile,
	kommuner: [
		{ nummer: '1804', navn: 'Bodø', thumbprint: THUMB },
		{ nummer: '0301', navn: 'Oslo' },
	],
};
const empty: DraftInput = { profile: emptyProfile(), kommuner: [] };

describe('mail drafts', () => {
	it('never invents an address: every recipient is VKP@nhn.no, kundesenter@nhn.no or left empty with a note', () => {
		for (const id of DRAFT_IDS) {
			for (const input of [full, empty]) {
				const draft = buildDraft(id, input);
				expect([VKP_ADDRESS, KUNDESENTER_ADDRESS, '']).toContain(draft.to);
				expect(draft.cc).toBe('');
				if (draft.to === '') expect(draft.toNote).toMatch(/fyll inn mottakeren selv/i);
				const addresses = `${draft.subject}\n${draft.body}`.match(/[^\s@]+@[^\s@]+/g) ?? [];
				expect(addresses.every((a) => a === profile.email || a.replace(/,$/, '') === profile.email)).toBe(true);
			}
		}
	});

	it('uses the recipients the sources give', () => {
		const to = Object.fromEntries(DRAFT_IDS.map((id) => [id, buildDraft(id, full).to]));
		expect(to).toEqual({
			'vkp-first-contact': VKP_ADDRESS,
			'third-party-approval': KUNDESENTER_ADDRESS,
			'vkp-order-form': VKP_ADDRESS,
			'vkp-production-order': KUNDESENTER_ADDRESS,
			'vk-order': '',
			'vk-public-key': '',
			'vk-test-report': '',
			'vk-confirmation': '',
			'fault-report': KUNDESENTER_ADDRESS,
		});
		expect(buildDraft('vk-order', full).toNote).toMatch(/ide- og bestillingsmottak/);
		expect(buildDraft('vk-test-report', full).toNote).toMatch(/kontaktpunkt/);
	});

	it('first contact names the wish to integrate, the product and the kommuner', () => {
		const draft = buildDraft('vkp-first-contact', full);
		expect(draft.body).toContain('ønsker å integrere TrygghetsPluss med Velferdsteknologisk knutepunkt');
		expect(draft.body).toContain('- Bodø (kommunenummer 1804)');
		expect(draft.body).toContain('- Oslo (kommunenummer 0301)');
		expect(draft.subject).toContain('TrygghetsPluss');
		expect(draft.missing).toEqual([]);
	});

	it('the approval mail carries VKP’s sentence word for word', () => {
		expect(APPROVAL_SENTENCE).toBe(
			'Vi ønsker å bli godkjente som tredjepartsleverandør i helsenettet slik at vi kan integreres med Velferdsteknologisk knutepunkt.',
		);
		for (const input of [full, empty]) {
			expect(buildDraft('third-party-approval', input).body.split('\n')).toContain(APPROVAL_SENTENCE);
		}
	});

	it('asks VKP for the production order form', () => {
		const draft = buildDraft('vkp-order-form', full);
		expect(draft.body).toContain('bestillingsskjemaet for produksjon');
		expect(draft.body).toContain('- Bodø (kommunenummer 1804)');
	});

	it('orders one HelseID client per kommune with kommunenummer, scopes and the checked key’s thumbprint', () => {
		const draft = buildDraft('vkp-production-order', full);
		expect(draft.body).toContain('1. Bodø, kommunenummer 1804');
		expect(draft.body).toContain(`thumbprint (RFC 7638, SHA-256): ${THUMB}`);
		expect(draft.body).toContain('2. Oslo, kommunenummer 0301\n   Offentlig nøkkel: ligger i bestillingsskjemaet');
		expect(draft.body.match(/thumbprint/g)).toHaveLength(1);
		expect(draft.body).toContain('- nhn:vkp/api/user/patient.read\n- nhn:vkp/api/user/observation.*');
		expect(draft.missing).toEqual([]);
	});

	it('marks every missing field visibly in the text and lists it', () => {
		const draft = buildDraft('vkp-production-order', empty);
		expect(draft.missing).toEqual(expect.arrayContaining(['company', 'orgnr', 'product', 'scopes', 'kommuner', 'contactName', 'email']));
		expect(draft.missing).not.toContain('phone');
		expect(draft.body).toContain('[Fyll ut: firmanavn]');
		expect(draft.body).toContain('[Fyll ut: scopes]');
		expect(draft.body).toContain('[Fyll ut: kommuner]');
		for (const id of DRAFT_IDS) {
			const made = buildDraft(id, empty);
			expect(made.missing.length).toBeGreaterThan(0);
			for (const field of made.missing) {
				expect(`${made.subject}\n${made.body}`).toContain(`[Fyll ut: ${FIELD_LABELS[field].toLowerCase()}]`);
			}
		}
	});

	it('Verktøykatalogen drafts list the veiledningstjenester', () => {
		for (const id of ['vk-order', 'vk-public-key', 'vk-test-report', 'vk-confirmation', 'fault-report'] as const) {
			const draft = buildDraft(id, full);
			expect(draft.body).toContain('- Søvnskolen\n- Angstmestring');
			expect(draft.missing).toEqual([]);
		}
		expect(buildDraft('vk-public-key', full).note).toMatch(/aldri den private nøkkelen/);
		expect(buildDraft('vk-order', full).note).toMatch(/bestilleren/);
	});

	it('the fault report goes to kundesenter with the phone number beside it', () => {
		const draft = buildDraft('fault-report', full);
		expect(draft.to).toBe('kundesenter@nhn.no');
		expect(draft.phone).toBe(KUNDESENTER_PHONE);
		expect(KUNDESENTER_PHONE).toBe('24 20 00 00');
	});

	it('signs with the profile, leaving out an empty phone number', () => {
		expect(buildDraft('vkp-first-contact', full).body.endsWith('Kari Nordmann\nÅsgård Omsorgsteknologi AS\nkari@asgard.example\n12 34 56 78')).toBe(true);
		const noPhone = buildDraft('vkp-first-contact', { ...full, profile: { ...profile, phone: '' } });
		expect(noPhone.body.endsWith('kari@asgard.example')).toBe(true);
	});

	it('copies the whole draft as text, with the empty recipient marked', () => {
		const approval = buildDraft('third-party-approval', full);
		expect(draftAsText(approval)).toBe(`Til: kundesenter@nhn.no\nEmne: ${approval.subject}\n\n${approval.body}`);
		expect(draftAsText(buildDraft('vk-test-report', full)).startsWith('Til: [Fyll ut: mottaker]\nEmne: Testrapport')).toBe(true);
	});
});
