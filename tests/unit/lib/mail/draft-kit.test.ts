import { describe, expect, it } from 'vitest';
import { FieldReader, kommuneListLine, writeDraft, type DraftSpec } from '~/lib/mail/draft-kit';
import { emptyProfile, type SupplierProfile } from '~/lib/profile/profile';

const profile = (overrides: Partial<SupplierProfile> = {}): SupplierProfile => ({ ...emptyProfile(), ...overrides });

describe('FieldReader', () => {
	it('gives a field trimmed, or marks it missing in the text and remembers it', () => {
		const r = new FieldReader(profile({ company: '  Trygg Hjemme AS ', orgnr: '   ' }));
		expect(r.get('company')).toBe('Trygg Hjemme AS');
		expect(r.get('orgnr')).toBe('[mangler: organisasjonsnummer]');
		expect([...r.missing]).toEqual(['orgnr']);
	});

	it('reads a one-per-line field as its non-empty trimmed lines, any line ending', () => {
		const r = new FieldReader(profile({ scopes: ' a \r\n\r\nb\n  \nc ' }));
		expect(r.lines('scopes')).toEqual(['a', 'b', 'c']);
		expect(r.lines('veiledningstjenester')).toEqual(['[mangler: veiledningstjenester]']);
		expect([...r.missing]).toEqual(['veiledningstjenester']);
	});

	it('leaves an optional field out without marking it', () => {
		const r = new FieldReader(profile({ phone: ' ' }));
		expect(r.optional('phone')).toBeUndefined();
		expect(r.missing.size).toBe(0);
	});

	it('writes the contact person and the signature with the phone number only when there is one', () => {
		const full = new FieldReader(profile({ contactName: 'Kari', email: 'k@x.no', phone: '99', company: 'AS' }));
		expect(full.contact()).toBe('Kari, k@x.no, 99');
		expect(full.signature()).toBe('Med vennlig hilsen\nKari\nAS\nk@x.no\n99');
		const noPhone = new FieldReader(profile({ contactName: 'Kari', email: 'k@x.no', company: 'AS' }));
		expect(noPhone.contact()).toBe('Kari, k@x.no');
		expect(noPhone.signature()).toBe('Med vennlig hilsen\nKari\nAS\nk@x.no');
		expect(noPhone.missing.size).toBe(0);
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
	});

	it('separates paragraphs by a blank line and keeps the lines of one paragraph together', () => {
		const paragraphs: DraftSpec = { title: 'T', to: [], write: () => ({ subject: 'S', body: ['A', ['B', 'C'], 'D'] }) };
		const draft = writeDraft({ ...paragraphs, signedBy: 'bestiller' }, { profile: emptyProfile(), kommuner: [] });
		expect(draft.body).toBe(
			'Hei,\n\nA\n\nB\nC\n\nD\n\nMed vennlig hilsen\n[fyll inn: navn og virksomhet hos bestiller]',
		);
	});

	it('leaves the signature to the bestiller when the bestiller signs', () => {
		const draft = writeDraft({ ...spec, signedBy: 'bestiller' }, { profile: emptyProfile(), kommuner: [] });
		expect(draft.body.endsWith('\n\nMed vennlig hilsen\n[fyll inn: navn og virksomhet hos bestiller]')).toBe(true);
		// The supplier's signature is not written, so its fields are not asked for: only those the text uses.
		expect(draft.missing).toEqual(['company', 'email', 'product']);
	});

	it('lists what is missing in the profile’s field order, whatever the text’s order', () => {
		const draft = writeDraft(spec, { profile: emptyProfile(), kommuner: [] });
		expect(draft.missing).toEqual(['company', 'contactName', 'email', 'product']);
		expect(draft.missingKommuner).toBe(true);
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
