import { describe, expect, it } from 'vitest';
import {
	FieldReader,
	kommuneListLine,
	NO_KOMMUNE,
	SENDER_EMAIL,
	writeDraft,
	type DraftSpec,
} from '~/lib/mail/draft-kit';
import { emptyProfile, type Profile } from '~/lib/profile/profile';

const profile = (overrides: Partial<Profile> = {}): Profile => ({ ...emptyProfile(), ...overrides });
const THUMB = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';

describe('FieldReader', () => {
	it('gives a field trimmed, or marks it missing in the text and remembers it', () => {
		const r = new FieldReader(profile({ company: '  Trygg Hjemme AS ', orgnr: '   ' }));
		expect(r.get('company')).toBe('Trygg Hjemme AS');
		expect(r.get('orgnr')).toBe('[mangler: organisasjonsnummer]');
		expect([...r.missing]).toEqual(['orgnr']);
		expect([...r.invalid]).toEqual([]);
	});

	it('marks a filled field that fails its check as invalid, never using it as it is', () => {
		const r = new FieldReader(
			profile({ orgnr: ' 994598758 ', bestillerEmail: 'siri@', apiClientThumbprint: 'kort', email: 'kari@x.no' }),
		);
		expect(r.get('orgnr')).toBe('[ugyldig organisasjonsnummer: 994598758]');
		expect(r.get('bestillerEmail')).toBe('[ugyldig bestillerens e-post: siri@]');
		expect(r.get('apiClientThumbprint')).toBe('[ugyldig tommelavtrykk for api-klientens nøkkel: kort]');
		expect(r.get('email')).toBe('kari@x.no');
		expect([...r.invalid]).toEqual(['orgnr', 'bestillerEmail', 'apiClientThumbprint']);
		expect(r.missing.size).toBe(0);
	});

	it('reads a one-per-line field as its non-empty trimmed lines, any line ending', () => {
		const r = new FieldReader(profile({ scopes: ' a \r\n\r\nb\n  \nc ' }));
		expect(r.lines('scopes')).toEqual(['a', 'b', 'c']);
		expect(r.lines('veiledningstjenester')).toEqual(['[mangler: veiledningstjenester]']);
		expect([...r.missing]).toEqual(['veiledningstjenester']);
	});

	it('leaves an optional field out without marking it', () => {
		const r = new FieldReader(profile({ phone: ' ', bestillerPhone: ' 55 ' }));
		expect(r.optional('phone')).toBeUndefined();
		expect(r.optional('bestillerPhone')).toBe('55');
		expect(r.missing.size).toBe(0);
	});

	it('writes each party’s contact person and signature, with the phone number only when there is one', () => {
		const full = new FieldReader(
			profile({
				contactName: 'Kari',
				email: 'k@x.no',
				phone: '99',
				company: 'AS',
				bestillerContactName: 'Siri',
				bestillerEmail: 's@k.no',
				bestillerCompany: 'Askøy kommune',
			}),
		);
		expect(full.contact()).toBe('Kari, k@x.no, 99');
		expect(full.contact('leverandor')).toBe('Kari, k@x.no, 99');
		expect(full.contact('bestiller')).toBe('Siri, s@k.no');
		expect(full.signature()).toBe('Med vennlig hilsen\nKari\nAS\nk@x.no\n99');
		expect(full.signature('bestiller')).toBe('Med vennlig hilsen\nSiri\nAskøy kommune\ns@k.no');
		const noPhone = new FieldReader(profile({ contactName: 'Kari', email: 'k@x.no', company: 'AS' }));
		expect(noPhone.contact()).toBe('Kari, k@x.no');
		expect(noPhone.signature()).toBe('Med vennlig hilsen\nKari\nAS\nk@x.no');
		expect(noPhone.missing.size).toBe(0);
		const empty = new FieldReader(emptyProfile());
		expect(empty.signature('bestiller')).toBe(
			'Med vennlig hilsen\n[mangler: bestillerens kontaktperson]\n[mangler: bestillerens virksomhet]\n[mangler: bestillerens e-post]',
		);
		expect([...empty.missing]).toEqual(['bestillerContactName', 'bestillerCompany', 'bestillerEmail']);
	});

	it('lists kommuner line by line, or one marked line and missingKommuner when none are chosen', () => {
		const r = new FieldReader(emptyProfile());
		const kommuner = [
			{ nummer: '1804', navn: 'Bodø' },
			{ nummer: '0301', navn: 'Oslo' },
		];
		expect(r.kommuner(kommuner, kommuneListLine)).toEqual([
			'- Bodø (kommunenummer 1804)',
			'- Oslo (kommunenummer 0301)',
		]);
		expect(r.kommuner(kommuner, (k, i) => [`${i}`, k.navn])).toEqual(['0', 'Bodø', '1', 'Oslo']);
		expect(r.missingKommuner).toBe(false);
		expect(r.kommuner([], kommuneListLine)).toEqual(['[mangler: kommuner – legg dem til i sjekklisten for VKP]']);
		expect(r.missingKommuner).toBe(true);
	});

	it('gives the one kommune of a draft per kommune, and its thumbprint or a mark', () => {
		const r = new FieldReader(emptyProfile());
		const bodo = { nummer: '1804', navn: 'Bodø', thumbprint: THUMB };
		expect(r.kommune([bodo, { nummer: '0301', navn: 'Oslo' }])).toBe(bodo);
		expect(r.missingKommuner).toBe(false);
		expect(r.thumbprint(bodo)).toBe(THUMB);
		expect(r.missingThumbprint).toBe(false);
		expect(r.thumbprint({ nummer: '0301', navn: 'Oslo' })).toBe('[mangler: tommelavtrykk for Oslo]');
		expect(r.missingThumbprint).toBe(true);
		const none = new FieldReader(emptyProfile());
		expect(none.kommune([])).toBeUndefined();
		expect(none.missingKommuner).toBe(true);
		expect(none.thumbprint(undefined)).toBe('[mangler: tommelavtrykk]');
		expect(NO_KOMMUNE).toBe('[mangler: kommune – legg den til i sjekklisten for VKP]');
	});

	it('knows each party’s e-mail field, for the .eml sender', () => {
		expect(SENDER_EMAIL).toEqual({ leverandor: 'email', bestiller: 'bestillerEmail' });
	});
});

describe('writeDraft', () => {
	const spec: DraftSpec = {
		title: 'T',
		to: ['a@b.no'],
		write: (r, kommuner) => ({
			subject: `S ${r.get('product')}`,
			body: [[r.get('email'), r.get('company'), ...r.kommuner(kommuner, kommuneListLine)]],
		}),
	};

	it('writes the body between the greeting and the supplier’s signature', () => {
		const input = {
			profile: profile({ contactName: 'Kari', company: 'AS', email: 'k@x.no', product: 'P' }),
			kommuner: [],
		};
		const draft = writeDraft(spec, input);
		expect(draft.body).toBe(
			'Hei,\n\nk@x.no\nAS\n[mangler: kommuner – legg dem til i sjekklisten for VKP]\n\nMed vennlig hilsen\nKari\nAS\nk@x.no',
		);
		expect(draft.subject).toBe('S P');
		expect(draft.sender).toBe('leverandor');
	});

	it('separates paragraphs by a blank line and keeps the lines of one paragraph together', () => {
		const paragraphs: DraftSpec = { title: 'T', to: [], write: () => ({ subject: 'S', body: ['A', ['B', 'C'], 'D'] }) };
		const input = {
			profile: profile({ bestillerContactName: 'Siri', bestillerCompany: 'Askøy kommune', bestillerEmail: 's@k.no' }),
			kommuner: [],
		};
		const draft = writeDraft({ ...paragraphs, sender: 'bestiller' }, input);
		expect(draft.body).toBe('Hei,\n\nA\n\nB\nC\n\nD\n\nMed vennlig hilsen\nSiri\nAskøy kommune\ns@k.no');
		expect(draft.sender).toBe('bestiller');
		expect(draft.missing).toEqual([]);
	});

	it('signs with the bestiller’s own fields when she sends, and asks only for what the text uses', () => {
		const draft = writeDraft({ ...spec, sender: 'bestiller' }, { profile: emptyProfile(), kommuner: [] });
		expect(
			draft.body.endsWith(
				'\n\nMed vennlig hilsen\n[mangler: bestillerens kontaktperson]\n[mangler: bestillerens virksomhet]\n[mangler: bestillerens e-post]',
			),
		).toBe(true);
		// The supplier's signature is not written, so its contact person is not asked for.
		expect(draft.missing).toEqual([
			'company',
			'email',
			'product',
			'bestillerCompany',
			'bestillerContactName',
			'bestillerEmail',
		]);
	});

	it('lists what is missing and invalid in the profile’s field order, whatever the text’s order', () => {
		const draft = writeDraft(spec, { profile: profile({ email: 'ikke en adresse' }), kommuner: [] });
		expect(draft.missing).toEqual(['company', 'contactName', 'product']);
		expect(draft.invalid).toEqual(['email']);
		expect(draft.missingKommuner).toBe(true);
		expect(draft.missingThumbprint).toBe(false);
		expect(draft).toMatchObject({ title: 'T', to: ['a@b.no'], cc: [], subject: 'S [mangler: produkt eller system]' });
		expect(draft).not.toHaveProperty('recipientNote');
	});

	it('carries the recipient note, and gives each draft its own recipient list', () => {
		const noted = { ...spec, recipientNote: 'Ring.' };
		const input = { profile: emptyProfile(), kommuner: [{ nummer: '1804', navn: 'Bodø' }] };
		const first = writeDraft(noted, input);
		expect(first.recipientNote).toBe('Ring.');
		expect(first.missingKommuner).toBe(false);
		first.to.push('changed@x.no');
		expect(writeDraft(noted, input).to).toEqual(['a@b.no']);
	});
});
