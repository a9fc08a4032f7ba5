import { describe, expect, it } from 'vitest';
import {
	BESTILLER_FIELDS,
	emptyProfile,
	FIELD_SERVICE,
	isEmptyProfile,
	isRole,
	MAX_FIELD_LENGTH,
	mergeProfile,
	partyOf,
	PROFILE_FIELDS,
	PROFILE_MIGRATIONS,
	PROFILE_VERSION,
	profileFills,
	readProfile,
	readProfileData,
	REQUIRED_FIELDS,
	ROLES,
	SUPPLIER_FIELDS,
	type Profile,
} from '~/lib/profile/profile';

const profile = (overrides: Partial<Profile> = {}): Profile => ({ ...emptyProfile(), ...overrides });

describe('readProfileData', () => {
	it('reads only string fields of sensible length, ignoring unknown members', () => {
		expect(readProfileData({ company: 'A', orgnr: 9 })).toBeUndefined();
		expect(readProfileData({ company: 'A', unknown: 1 })).toEqual(profile({ company: 'A' }));
		expect(readProfileData({ company: 'x'.repeat(MAX_FIELD_LENGTH) })?.company).toHaveLength(MAX_FIELD_LENGTH);
		expect(readProfileData({ company: 'x'.repeat(MAX_FIELD_LENGTH + 1) })).toBeUndefined();
		expect(readProfileData({ bestillerEmail: null })).toBeUndefined();
		expect(readProfileData([])).toBeUndefined();
		expect(readProfileData(null)).toBeUndefined();
		expect(readProfileData('profil')).toBeUndefined();
	});

	it('reads the role, one of the three or none', () => {
		for (const role of ROLES) expect(readProfileData({ role })?.role).toBe(role);
		expect(readProfileData({})?.role).toBe('');
		expect(readProfileData({ role: '' })?.role).toBe('');
		expect(readProfileData({ role: 'leverandør' })).toBeUndefined();
		expect(readProfileData({ role: 1 })).toBeUndefined();
	});

	it('keeps a thumbprint the user is still typing: the drafts check it before use', () => {
		expect(readProfileData({ apiClientThumbprint: 'halv' })?.apiClientThumbprint).toBe('halv');
	});

	it('refuses a stored address with a line break or other control character, not other fields', () => {
		for (const email of ['kari@x.no\r\nBcc: evil@x.no', 'kari@x.no\n', 'kari@x.no\r', 'a\u0000@x.no', 'a@x.no\u2028'])
			expect(readProfile({ email })).toBeUndefined();
		expect(readProfile({ email: 'kari@x.no', company: 'Firma\r\nAS', scopes: 'a\nb' })).toMatchObject({
			email: 'kari@x.no',
			company: 'Firma\r\nAS',
		});
	});
});

describe('readProfile', () => {
	it('migrates a version 1 profile (supplier fields only) to version 2 with no role chosen', () => {
		expect(PROFILE_VERSION).toBe(2);
		const v1 = { company: 'Trygg Hjemme AS', orgnr: '994598759', scopes: 'a\nb' };
		expect(readProfile(v1, 1)).toEqual(profile({ company: 'Trygg Hjemme AS', orgnr: '994598759', scopes: 'a\nb' }));
		expect(PROFILE_MIGRATIONS[1]!(v1)).toEqual({ ...v1, role: '' });
		// A v1 profile never had a role: one found there is dropped by the migration, not trusted.
		expect(readProfile({ company: 'A', role: 'bestiller' }, 1)?.role).toBe('');
		expect(PROFILE_MIGRATIONS[1]!('tekst')).toBe('tekst');
		expect(readProfile('tekst', 1)).toBeUndefined();
	});

	it('reads version 2 as it is, and refuses versions it does not know', () => {
		expect(readProfile({ role: 'bestiller', bestillerCompany: 'Askøy kommune' }, 2)).toEqual(
			profile({ role: 'bestiller', bestillerCompany: 'Askøy kommune' }),
		);
		expect(readProfile({ company: 'A' })).toEqual(profile({ company: 'A' }));
		expect(readProfile({ company: 'A' }, 3)).toBeUndefined();
		expect(readProfile({ company: 'A' }, 0)).toBeUndefined();
		expect(readProfile({ company: 'A' }, 1.5)).toBeUndefined();
	});
});

describe('fields', () => {
	it('lists every stored field once, the supplier’s then the bestiller’s', () => {
		expect(['role', ...PROFILE_FIELDS]).toEqual(Object.keys(emptyProfile()));
		// The names are stored in users' browsers and export files: frozen, and so is the form's order.
		expect(SUPPLIER_FIELDS.join(' ')).toBe(
			'company orgnr contactName email phone product scopes veiledningstjenester apiClientThumbprint',
		);
		expect(BESTILLER_FIELDS.join(' ')).toBe(
			'bestillerCompany bestillerOrgnr bestillerContactName bestillerEmail bestillerPhone',
		);
		expect(PROFILE_FIELDS).toEqual([...SUPPLIER_FIELDS, ...BESTILLER_FIELDS]);
	});

	it('knows whose each field is, and which fields one service alone uses', () => {
		for (const field of SUPPLIER_FIELDS) expect(partyOf(field)).toBe('leverandor');
		for (const field of BESTILLER_FIELDS) expect(partyOf(field)).toBe('bestiller');
		expect(FIELD_SERVICE).toEqual({
			scopes: 'vkp',
			veiledningstjenester: 'verktoykatalogen',
			apiClientThumbprint: 'verktoykatalogen',
		});
	});

	it('requires only fields that exist, and not the ones a draft can do without', () => {
		for (const field of REQUIRED_FIELDS) expect(PROFILE_FIELDS).toContain(field);
		for (const field of ['phone', 'scopes', 'veiledningstjenester', 'apiClientThumbprint', 'bestillerPhone'] as const)
			expect(REQUIRED_FIELDS.has(field)).toBe(false);
		expect(REQUIRED_FIELDS.size).toBe(9);
	});

	it('knows the three roles and nothing else', () => {
		expect(ROLES).toEqual(['vkp-leverandor', 'vk-leverandor', 'bestiller']);
		for (const value of ['', 'leverandor', 'Bestiller', undefined, 1]) expect(isRole(value)).toBe(false);
	});
});

describe('merging an imported profile', () => {
	it('fills what is empty here, and never overwrites what is filled in', () => {
		const local = profile({ company: 'Her AS', email: ' ' });
		const incoming = profile({
			role: 'bestiller',
			company: 'Der AS',
			email: 'kari@x.no',
			bestillerCompany: 'Askøy kommune',
			phone: '  ',
		});
		expect(profileFills(local, incoming)).toEqual([
			{ field: 'role', value: 'bestiller' },
			{ field: 'email', value: 'kari@x.no' },
			{ field: 'bestillerCompany', value: 'Askøy kommune' },
		]);
		expect(mergeProfile(local, incoming)).toEqual(
			profile({ role: 'bestiller', company: 'Her AS', email: 'kari@x.no', bestillerCompany: 'Askøy kommune' }),
		);
	});

	it('keeps a chosen role, and changes nothing when the file adds nothing', () => {
		const local = profile({ role: 'vkp-leverandor', company: 'Her AS' });
		expect(profileFills(local, profile({ role: 'bestiller' }))).toEqual([]);
		expect(mergeProfile(local, emptyProfile())).toEqual(local);
		expect(profileFills(emptyProfile(), emptyProfile())).toEqual([]);
	});

	it('tells an empty profile from one with anything in it', () => {
		expect(isEmptyProfile(emptyProfile())).toBe(true);
		expect(isEmptyProfile(profile({ phone: '  ' }))).toBe(true);
		expect(isEmptyProfile(profile({ role: 'bestiller' }))).toBe(false);
		expect(isEmptyProfile(profile({ bestillerPhone: '5' }))).toBe(false);
	});
});
