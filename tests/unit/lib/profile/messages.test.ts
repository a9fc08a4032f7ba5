import { describe, expect, it } from 'vitest';
import type { EmailError } from '~/lib/profile/email';
import {
	CHECKLIST_PATH,
	DISCARD_QUESTION,
	emailMessage,
	FORM_TEXT,
	fieldHint,
	KOMMUNER_BEFORE_SCRIPT,
	kommunerText,
	orgnrMessage,
	PROFILE_FIELD_LABELS,
	problemMessage,
	PARTY_LABELS,
	ROLE_LABELS,
	ROLE_TEXT,
	STATUS_MESSAGES,
	THUMBPRINT_MESSAGE,
	UNREADABLE_FILE_NAME,
	UNREADABLE_TEXT,
	type ProfileStatus,
} from '~/lib/profile/messages';
import type { OrgnrError } from '~/lib/profile/orgnr';
import { PROFILE_FIELDS, ROLES } from '~/lib/profile/profile';

const plain = (text: ReturnType<typeof kommunerText>) => text.map((p) => (typeof p === 'string' ? p : p.text)).join('');
const links = (text: ReturnType<typeof kommunerText>) => text.flatMap((p) => (typeof p === 'string' ? [] : [p.path]));

describe('profile messages', () => {
	it('labels every field, and only the fields', () => {
		expect(Object.keys(PROFILE_FIELD_LABELS)).toEqual([...PROFILE_FIELDS]);
	});

	it('has a distinct sentence for every orgnr and e-mail error', () => {
		const orgnr: OrgnrError[] = ['empty', 'not-digits', 'wrong-length', 'bad-check-digit'];
		const email: EmailError[] = [
			'empty',
			'has-space',
			'several',
			'no-at',
			'non-ascii-local',
			'bad-local',
			'bad-domain',
			'too-long',
		];
		const texts = [...orgnr.map(orgnrMessage), ...email.map(emailMessage)];
		for (const text of texts) expect(text).toMatch(/^\S.*\.$/);
		expect(new Set(texts).size).toBe(texts.length);
	});

	it('shows the message of the field the problem belongs to', () => {
		expect(problemMessage({ field: 'orgnr', kind: 'orgnr', code: 'empty' })).toBe(orgnrMessage('empty'));
		expect(problemMessage({ field: 'email', kind: 'email', code: 'empty' })).toBe(emailMessage('empty'));
		expect(problemMessage({ field: 'bestillerOrgnr', kind: 'orgnr', code: 'bad-check-digit' })).toMatch(
			/kontrollsifferet stemmer ikke/,
		);
		expect(problemMessage({ field: 'apiClientThumbprint', kind: 'thumbprint', code: 'bad-thumbprint' })).toBe(
			THUMBPRINT_MESSAGE,
		);
		expect(THUMBPRINT_MESSAGE).toMatch(/43 tegn/);
	});

	it('says under each field whether it must be filled in, then how', () => {
		expect(fieldHint('orgnr')).toBe('Må fylles ut. 9 siffer.');
		expect(fieldHint('company')).toBe('Må fylles ut.');
		expect(fieldHint('phone')).toBe('Valgfritt.');
		expect(fieldHint('veiledningstjenester')).toBe(
			'Valgfritt. For Verktøykatalogen: én veiledningstjeneste per linje.',
		);
		expect(fieldHint('bestillerOrgnr')).toBe('Må fylles ut. 9 siffer.');
		expect(fieldHint('bestillerPhone')).toBe('Valgfritt.');
		expect(fieldHint('product')).toBe('Må fylles ut. Navnet på systemet som skal integreres.');
		expect(fieldHint('scopes')).toMatch(
			/^Valgfritt\. Ett scope per linje, eller skilt med komma eller mellomrom\. Eksempel: nhn:/,
		);
		expect(fieldHint('apiClientThumbprint')).toMatch(/^Valgfritt\. For Verktøykatalogen: 43 tegn\./);
		expect(fieldHint('bestillerCompany')).toMatch(/^Må fylles ut\. Den offentlige helseaktøren som bestiller/);
	});

	it('asks for the role, and says whose fields are the user’s own', () => {
		expect(ROLE_TEXT.legend).toBe('Hvem er du?');
		expect(ROLE_TEXT.hint).toMatch(/^Velg rollen din\. .*\.$/);
		expect(ROLE_TEXT.yours(PARTY_LABELS.bestiller)).toBe('Bestilleren er deg.');
	});

	it('explains the form, and a stored profile it cannot read, in full sentences', () => {
		for (const text of [FORM_TEXT.intro, FORM_TEXT.noScript, UNREADABLE_TEXT.explanation, DISCARD_QUESTION.text])
			expect(text).toMatch(/^\S.*\.$/);
		expect(FORM_TEXT.intro).toContain('Ingenting sendes.');
		expect(FORM_TEXT.kommunerLabel).toBe('Kommuner (VKP)');
		expect(DISCARD_QUESTION.title).toMatch(/\?$/);
		const buttons = [UNREADABLE_TEXT.download, UNREADABLE_TEXT.discard, DISCARD_QUESTION.confirmLabel];
		for (const label of buttons) expect(label).toMatch(/^\p{Lu}.{8,}/u);
		expect(new Set(buttons).size).toBe(buttons.length);
		expect(UNREADABLE_FILE_NAME).toMatch(/^veiviser-[a-z-]+\.txt$/);
	});

	it('names each role as the start page does, and each party', () => {
		expect(Object.keys(ROLE_LABELS)).toEqual([...ROLES]);
		expect(ROLE_LABELS.bestiller).toMatch(/^Bestiller/);
		expect(PARTY_LABELS).toEqual({ leverandor: 'Leverandøren', bestiller: 'Bestilleren' });
		// Each label is unique, so each field's accessible name is too.
		expect(new Set(Object.values(PROFILE_FIELD_LABELS)).size).toBe(PROFILE_FIELDS.length);
	});

	it('has a status sentence for every status', () => {
		const statuses: ProfileStatus[] = ['unavailable', 'write-failed', 'not-saved-unreadable', 'started-empty'];
		for (const status of statuses) expect(STATUS_MESSAGES[status]).toMatch(/^\S.*\.$/);
		expect(new Set(statuses.map((status) => STATUS_MESSAGES[status])).size).toBe(statuses.length);
	});
});

describe('kommunerText', () => {
	it('names the chosen kommuner with their numbers and links the VKP checklist', () => {
		const text = kommunerText([
			{ nummer: '1804', navn: 'Bodø' },
			{ nummer: '0301', navn: 'Oslo' },
		]);
		expect(plain(text)).toBe('Bodø (1804), Oslo (0301). Du endrer kommunene i sjekklisten for VKP.');
		expect(links(text)).toEqual([CHECKLIST_PATH]);
	});

	it('says when none are chosen yet, and before the script knows', () => {
		expect(plain(kommunerText([]))).toBe('Ingen valgt ennå. Kommunene velger du i sjekklisten for VKP.');
		expect(links(kommunerText([]))).toEqual([CHECKLIST_PATH]);
		expect(plain(KOMMUNER_BEFORE_SCRIPT)).toBe('Kommunene velger du i sjekklisten for VKP.');
	});
});
