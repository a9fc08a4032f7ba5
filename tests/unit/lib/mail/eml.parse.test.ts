/**
 * Every mail draft, for profiles with æøå, emoji, 200-character names, empty fields and hostile stored values, as
 * the .eml the page downloads, read by a real mail parser (Python's `email`, policy.default): it must give back
 * exactly the draft's subject, body and recipients, and report no defect. New drafts are covered as they are
 * registered in DRAFT_IDS.
 */
import { describe, expect, it } from 'vitest';
import { SENDER_EMAIL, type DraftKommune } from '~/lib/mail/draft-kit';
import { emlDownload } from '~/lib/mail/draft-view';
import { buildDraft, DRAFT_IDS, isPerKommune } from '~/lib/mail/drafts';
import { buildEml, headerAddresses } from '~/lib/mail/eml';
import { emptyProfile, type SupplierProfile } from '~/lib/profile/profile';
import { FIXED_HEADERS } from '~test/helpers/eml-headers';
import { parseWithPython } from '~test/helpers/python-mail';

const THUMBPRINT = 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs';

const profile = (fields: Partial<SupplierProfile>): SupplierProfile => ({ ...emptyProfile(), ...fields });
/** A name of exactly `length` characters, mixing ASCII, æøå and spaces, as a long company name might be. */
const longName = (length: number) =>
	'Sørlandets Æ Trygghetsalarm og Velferdsteknologi Øst AS '.repeat(10).slice(0, length);

const PROFILES: Record<string, { profile: SupplierProfile; kommuner: DraftKommune[] }> = {
	æøå: {
		profile: profile({
			company: 'Trygg Hjemme Ålesund AS',
			orgnr: '994598759',
			contactName: 'Kåre Ørjasæter',
			email: 'kare@trygg-hjemme.no',
			phone: '99 88 77 66',
			product: 'TryggAlarm Nærvær',
			scopes: 'nhn:vkp/api/user/patient.read',
			veiledningstjenester: 'Søvnskolen\nPust rolig – øvelser',
			bestillerCompany: 'Ålesund kommune',
			bestillerOrgnr: '994598759',
			bestillerContactName: 'Siri Ødegård',
			bestillerEmail: 'siri@ålesund.kommune.no',
		}),
		kommuner: [
			{ nummer: '1804', navn: 'Bodø', thumbprint: THUMBPRINT },
			{ nummer: '1508', navn: 'Ålesund' },
			{ nummer: '5001', navn: 'Trondheim – Tråante' },
		],
	},
	emoji: {
		profile: profile({
			company: 'Trygg 🏠 Hjemme AS',
			orgnr: '994598759',
			contactName: 'Kari 👩🏽‍⚕️ Nordmann',
			email: 'kari@blåbær.no',
			product: 'Alarm 🚨 Pluss',
			veiledningstjenester: '🛌 Søvn',
		}),
		kommuner: [{ nummer: '0301', navn: 'Oslo 🏙️' }],
	},
	'200-character names': {
		profile: profile({
			company: longName(200),
			orgnr: '994598759',
			contactName: longName(200),
			// Labels of at most 63 characters (RFC 1035): a longer one is an invalid address, which no draft uses.
			email: `${'k'.repeat(64)}@${'trygghjemme'.repeat(5)}.${'trygghjemme'.repeat(3)}.example.no`,
			phone: '+47 99 88 77 66',
			product: 'P'.repeat(200),
			scopes: 'nhn:vkp/api/user/patient.read\n'.repeat(20),
			veiledningstjenester: longName(200),
		}),
		kommuner: Array.from({ length: 12 }, (_, i) => ({ nummer: String(1800 + i), navn: longName(60 + i) })),
	},
	'empty fields': { profile: emptyProfile(), kommuner: [] },
	'hostile stored values': {
		profile: profile({
			company: 'Firma AS\r\nBcc: evil@example.com',
			contactName: 'Kari\nNordmann',
			email: 'kari@example.no',
			product: '=?UTF-8?B?SGFja2Vy?= Alarm',
			veiledningstjenester: '\u202eSøvn\u0000',
		}),
		kommuner: [{ nummer: '1804', navn: 'Bodø\r\nCc: x@y.no' }],
	},
};

/** What a subject becomes on its way into a header: one line (mailto.ts `singleLine`, stated here as a rule). */
const oneLine = (text: string) => text.replace(/\r\n|[\p{Cc}\u2028\u2029]/gu, ' ');

// Every mail a user can download: a draft per kommune (the HelseID order) once for each chosen kommune, with the
// kommune's name in its subject, and once with the kommune marked missing.
const cases = Object.entries(PROFILES).flatMap(([name, input]) =>
	DRAFT_IDS.flatMap((id) => [
		buildDraft(id, input),
		...(isPerKommune(id) ? input.kommuner.map((kommune) => buildDraft(id, input, kommune)) : []),
	]).map((draft) => {
		const { parts } = emlDownload(draft, input.profile);
		return {
			name: `${draft.id}${draft.kommune ? ` ${draft.kommune.nummer}` : ''} (${name})`,
			draft,
			parts,
			eml: buildEml({ ...parts, date: new Date('2026-11-23T08:00:00Z') }),
		};
	}),
);
const perKommune = DRAFT_IDS.filter(isPerKommune).length;

describe('every draft in a real mail parser', () => {
	const parsed = parseWithPython(cases.map((c) => c.eml));

	it('covers every registered draft for every profile', () => {
		const kommuner = Object.values(PROFILES).reduce((sum, input) => sum + input.kommuner.length, 0);
		expect(perKommune).toBeGreaterThan(0);
		expect(cases).toHaveLength(DRAFT_IDS.length * Object.keys(PROFILES).length + perKommune * kommuner);
		expect(parsed).toHaveLength(cases.length);
	});

	cases.forEach(({ name, draft, parts, eml }, index) => {
		it(name, () => {
			const mail = parsed[index]!;
			expect(mail.defects).toEqual([]);
			expect(mail.subject).toBe(oneLine(draft.subject));
			// A mail's lines end in CRLF (RFC 5322 §2.1); the draft's in LF.
			expect(mail.body).toBe(`${draft.body.replace(/\r\n|\r|\n/g, '\r\n')}\r\n`);
			expect(mail.to).toEqual(draft.to);
			expect(mail.cc).toEqual(draft.cc);
			expect(mail.bcc).toEqual([]);
			expect(mail.from).toEqual(headerAddresses(parts.from === undefined ? [] : [parts.from]));
			// The sender is the supplier or the bestiller (issue 11); an invalid address is shown, never sent from.
			const sender = SENDER_EMAIL[draft.sender];
			if (!draft.missing.includes(sender) && !draft.invalid.includes(sender)) expect(mail.from).toHaveLength(1);
			// Only the headers we write, each once: nothing a profile holds can add one.
			expect(mail.headers.filter((h) => !['From', 'To'].includes(h))).toEqual(FIXED_HEADERS);
			for (const line of eml.split('\r\n')) {
				expect(line.length, line).toBeLessThanOrEqual(line.includes('=?') ? 76 : 998);
				expect(line).not.toMatch(/[\r\n]/);
			}
			expect(eml).toMatch(/^[\x20-\x7e\r\n]*$/);
		});
	});
});
