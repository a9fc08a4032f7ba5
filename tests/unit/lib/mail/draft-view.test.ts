import { describe, expect, it } from 'vitest';
import { buildDraft, buildDrafts, DRAFT_IDS, draftAsText, type MailDraft } from '~/lib/mail/drafts';
import { hasMarks } from '~/lib/mail/marks';
import {
	copyPlan,
	draftNotice,
	emlDownload,
	fixPlan,
	hasFixes,
	isCopyPart,
	mailLink,
	NOTICE_BEFORE_SCRIPT,
	recipientText,
} from '~/lib/mail/draft-view';
import { buildMailto, MAILTO_SAFE_LENGTH } from '~/lib/mail/mailto';
import {
	COPY_BUTTONS,
	NO_RECIPIENT,
	noticeText,
	PER_KOMMUNE_TEXT,
	PROFILE_PATH,
	STATUS_MESSAGES,
	type DraftStatus,
} from '~/lib/mail/messages';
import { emptyProfile, type Profile } from '~/lib/profile/profile';

const filled: Profile = {
	...emptyProfile(),
	company: 'Trygg Hjemme AS',
	orgnr: '994598759',
	contactName: 'Kari Nordmann',
	email: ' kari@trygghjemme.example ',
	phone: '',
	product: 'TryggAlarm',
	scopes: 'nhn:vkp/api/user/patient.read',
	veiledningstjenester: 'Søvnskolen',
};
const oslo = [{ nummer: '0301', navn: 'Oslo' }];
const draft = (id: MailDraft['id'], profile = filled, kommuner = oslo) => buildDraft(id, { profile, kommuner });
const links = (text: ReturnType<typeof noticeText>) => text.flatMap((p) => (typeof p === 'string' ? [] : [p.path]));
const plain = (text: ReturnType<typeof noticeText>) => text.map((p) => (typeof p === 'string' ? p : p.text)).join('');

describe('recipientText', () => {
	it('shows the addresses, or asks the user to fill in the recipient', () => {
		expect(recipientText(draft('vkp-kontakt'))).toBe('VKP@nhn.no');
		expect(recipientText({ to: ['a@b.no', 'c@d.no'] })).toBe('a@b.no, c@d.no');
		expect(recipientText(draft('vk-testrapport'))).toBe(NO_RECIPIENT);
		expect(NO_RECIPIENT).toBe('Fyll inn mottaker selv');
	});

	it('marks the missing recipient inside the copied text instead', () => {
		expect(draftAsText(draft('vk-testrapport')).split('\n')[0]).toBe('Til: [fyll inn: mottaker]');
		expect(draftAsText(draft('feilmelding')).split('\n')[0]).toBe('Til: kundesenter@nhn.no');
	});
});

describe('draftNotice', () => {
	it('says the profile is complete when the draft misses nothing', () => {
		expect(draftNotice(draft('vkp-tredjepart'))).toEqual({ code: 'complete', missing: [], invalid: [] });
	});

	it('asks for the bracketed text only while the draft still has some (issue 22)', () => {
		expect(draftNotice(draft('feilmelding', { ...filled, phone: '+47 22 00 00 00' })).code).toBe('fill-in');
		expect(draftNotice(draft('vk-testrapport')).code).toBe('fill-in');
		const profile: Profile = { ...filled, phone: '+47 22 00 00 00', bestillerCompany: 'Oslo kommune' };
		const seen = new Set<string>();
		for (const id of DRAFT_IDS) {
			for (const each of buildDrafts(id, { profile, kommuner: oslo })) {
				const notice = draftNotice(each);
				seen.add(notice.code);
				if (notice.code === 'incomplete') continue;
				expect({ id, code: notice.code }).toEqual({ id, code: hasMarks(draftAsText(each)) ? 'fill-in' : 'complete' });
			}
		}
		expect(seen).toContain('complete');
		expect(seen).toContain('fill-in');
	});

	it('names the missing fields lower-case, in the profile’s order', () => {
		const notice = draftNotice(draft('vkp-tredjepart', { ...filled, orgnr: '', company: '' }));
		expect(notice).toEqual({ code: 'incomplete', missing: ['virksomhet', 'organisasjonsnummer'], invalid: [] });
	});

	it('names the invalid fields apart from the missing ones', () => {
		const notice = draftNotice(draft('vkp-tredjepart', { ...filled, orgnr: '994598758', company: '' }));
		expect(notice).toEqual({ code: 'incomplete', missing: ['virksomhet'], invalid: ['organisasjonsnummer'] });
	});

	it('adds the kommuner last when a draft that lists them has none', () => {
		expect(draftNotice(draft('vkp-kontakt', { ...filled, email: '' }, []))).toEqual({
			code: 'incomplete',
			missing: ['e-post', 'kommuner'],
			invalid: [],
		});
		expect(draftNotice(draft('vkp-kontakt', filled, []))).toEqual({
			code: 'incomplete',
			missing: ['kommuner'],
			invalid: [],
		});
		expect(draftNotice(draft('vkp-tredjepart', filled, [])).code).toBe('complete');
	});

	it('names the kommune whose key thumbprint an order lacks', () => {
		const [order] = buildDrafts('vkp-helseid-bestilling', { profile: filled, kommuner: oslo });
		expect(draftNotice(order!)).toEqual({
			code: 'incomplete',
			missing: ['tommelavtrykk for Oslo', 'offentlig nøkkel for Oslo (fra Nøkkelsjekk)'],
			invalid: [],
		});
		expect(draftNotice({ missing: [], invalid: [], missingKommuner: false, missingThumbprint: true }).missing).toEqual([
			'tommelavtrykk for kommunen',
		]);
	});
});

describe('noticeText', () => {
	it('names no field before the script runs: the server cannot know the profile', () => {
		expect(NOTICE_BEFORE_SCRIPT).toEqual({ code: 'before-script', missing: [], invalid: [] });
	});

	it('links the profile, except when nothing is missing', () => {
		expect(links(noticeText(NOTICE_BEFORE_SCRIPT))).toEqual([PROFILE_PATH]);
		expect(links(noticeText({ code: 'complete', missing: [], invalid: [] }))).toEqual([]);
		expect(links(noticeText({ code: 'incomplete', missing: ['e-post'], invalid: [] }))).toEqual([PROFILE_PATH]);
		expect(PROFILE_PATH).toBe('/verktoy/e-post/#profil');
	});

	it('says what is missing and what is invalid, and where it can be filled in', () => {
		expect(plain(noticeText(NOTICE_BEFORE_SCRIPT))).toBe(
			'Utkastet fylles ut fra profilen din. Tekst i klammer må du fylle inn selv.',
		);
		expect(plain(noticeText({ code: 'complete', missing: [], invalid: [] }))).toBe('Profilen er fylt ut.');
		expect(plain(noticeText({ code: 'fill-in', missing: [], invalid: [] }))).toBe(
			'Profilen er fylt ut. Tekst i klammer må du fylle inn selv.',
		);
		expect(plain(noticeText({ code: 'incomplete', missing: ['virksomhet', 'organisasjonsnummer'], invalid: [] }))).toBe(
			'Mangler: virksomhet, organisasjonsnummer. Fyll inn under, så lagres det i profilen din.',
		);
		expect(plain(noticeText({ code: 'incomplete', missing: ['e-post'], invalid: ['organisasjonsnummer'] }))).toBe(
			'Mangler: e-post. Ugyldig: organisasjonsnummer. Fyll inn under, så lagres det i profilen din.',
		);
		expect(plain(noticeText({ code: 'incomplete', missing: [], invalid: ['e-post', 'organisasjonsnummer'] }))).toBe(
			'Ugyldig: e-post, organisasjonsnummer. Fyll inn under, så lagres det i profilen din.',
		);
	});

	it('counts the orders of a draft per kommune', () => {
		expect(PER_KOMMUNE_TEXT.intro(3)).toBe('3 bestillinger, én per kommune:');
		expect(PER_KOMMUNE_TEXT.intro(1)).toBe('Én bestilling, for kommunen du har valgt:');
		expect(PER_KOMMUNE_TEXT.count(2, 3)).toBe('Bestilling 2 av 3');
	});
});

describe('fixPlan', () => {
	it('offers the missing and invalid fields, the sender’s party first', () => {
		const order = draft('vk-bestilling', { ...filled, bestillerCompany: '', orgnr: '994598758', company: '' });
		const plan = fixPlan(order);
		expect(plan.groups).toEqual([
			{ party: 'bestiller', fields: ['bestillerCompany', 'bestillerOrgnr', 'bestillerContactName', 'bestillerEmail'] },
			{ party: 'leverandor', fields: ['company', 'orgnr'] },
		]);
		expect(plan.kommune).toBe(false);
		expect(plan).not.toHaveProperty('thumbprintFor');
		expect(hasFixes(plan)).toBe(true);
		expect(fixPlan(draft('vkp-tredjepart', { ...filled, email: '' })).groups).toEqual([
			{ party: 'leverandor', fields: ['email'] },
		]);
	});

	it('offers the supplier’s own fields first in a draft the supplier sends', () => {
		// The same order, written for the supplier to send: her fields first, the bestiller's after.
		const plan = fixPlan({
			...draft('vk-bestilling', { ...filled, bestillerCompany: '', company: '' }),
			sender: 'leverandor',
		});
		expect(plan.groups.map((group) => group.party)).toEqual(['leverandor', 'bestiller']);
		expect(plan.groups[1]!.fields).toContain('bestillerCompany');
	});

	it('offers to add a kommune, or the thumbprint of the order’s kommune', () => {
		const noKommune = fixPlan(draft('vkp-kontakt', filled, []));
		expect(noKommune).toEqual({ groups: [], kommune: true });
		expect(hasFixes(noKommune)).toBe(true);
		const [order] = buildDrafts('vkp-helseid-bestilling', { profile: filled, kommuner: oslo });
		expect(fixPlan(order!)).toEqual({ groups: [], kommune: false, thumbprintFor: { nummer: '0301', navn: 'Oslo' } });
		const complete = fixPlan(draft('vkp-tredjepart'));
		expect(complete).toEqual({ groups: [], kommune: false });
		expect(hasFixes(complete)).toBe(false);
		expect(hasFixes({ groups: [], kommune: false, thumbprintFor: { nummer: '0301', navn: 'Oslo' } })).toBe(true);
	});

	it('offers no thumbprint for an order whose kommune has one', () => {
		const [order] = buildDrafts('vkp-helseid-bestilling', {
			profile: filled,
			kommuner: [{ ...oslo[0]!, thumbprint: 'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs' }],
		});
		expect(order!.kommune).toBeDefined();
		expect(fixPlan(order!)).toEqual({ groups: [], kommune: false });
	});
});

describe('mailLink', () => {
	it('gives the mailto: link while it is short enough to arrive whole', () => {
		expect(mailLink(draft('vkp-tredjepart'))).toMatch(/^mailto:kundesenter@nhn\.no\?subject=/);
		const long = draft('vkp-helseid-bestilling', {
			...filled,
			scopes: Array.from({ length: 80 }, (_, i) => `nhn:vkp/api/user/ressurs${i}.read`).join('\n'),
		});
		expect(mailLink(long)).toBeUndefined();
		expect(buildMailto(long).length).toBeGreaterThan(MAILTO_SAFE_LENGTH);
		const short = draft('vk-testrapport');
		expect(mailLink(short)).toBe(buildMailto(short));
	});
});

describe('copyPlan', () => {
	it('copies each part of the draft, with a status naming it', () => {
		const d = draft('vkp-kontakt');
		expect(copyPlan(d, 'to')).toEqual({ ok: true, text: 'VKP@nhn.no', status: 'copied-to', selectIfRefused: 'body' });
		expect(copyPlan(d, 'subject')).toEqual({
			ok: true,
			text: d.subject,
			status: 'copied-subject',
			selectIfRefused: 'subject',
		});
		expect(copyPlan(d, 'body')).toEqual({ ok: true, text: d.body, status: 'copied-body', selectIfRefused: 'body' });
		expect(copyPlan(d, 'all')).toEqual({
			ok: true,
			text: draftAsText(d),
			status: 'copied-all',
			selectIfRefused: 'body',
		});
	});

	it('copies several recipients as one comma-separated line, in the copied text too', () => {
		const d = { ...draft('feilmelding'), to: ['kundesenter@nhn.no', 'VKP@nhn.no'] };
		expect(copyPlan(d, 'to')).toMatchObject({ ok: true, text: 'kundesenter@nhn.no, VKP@nhn.no' });
		expect(draftAsText(d).split('\n')[0]).toBe('Til: kundesenter@nhn.no, VKP@nhn.no');
	});

	it('refuses to copy a recipient that is not there', () => {
		expect(copyPlan(draft('vk-testrapport'), 'to')).toEqual({ ok: false, status: 'nothing-to-copy' });
		expect(copyPlan(draft('vk-testrapport'), 'all').ok).toBe(true);
	});

	it('knows the copy buttons’ parts and nothing else', () => {
		for (const { part } of COPY_BUTTONS) expect(isCopyPart(part)).toBe(true);
		expect(COPY_BUTTONS.map(({ part }) => part)).toEqual(['to', 'subject', 'body', 'all']);
		// Each button says what it copies, so the four accessible names differ.
		for (const { label } of COPY_BUTTONS) expect(label).toMatch(/^Kopier \S/);
		expect(new Set(COPY_BUTTONS.map(({ label }) => label)).size).toBe(4);
		for (const value of [undefined, '', 'cc', 'ALL']) expect(isCopyPart(value)).toBe(false);
	});

	it('has a status text for every outcome', () => {
		const statuses: DraftStatus[] = [
			'copied-to',
			'copied-subject',
			'copied-body',
			'copied-all',
			'nothing-to-copy',
			'copy-refused',
			'downloaded',
		];
		for (const status of statuses) expect(STATUS_MESSAGES[status]).toMatch(/\S\.$/);
		expect(STATUS_MESSAGES['copied-subject']).toBe('Emnet er kopiert.');
	});
});

describe('emlDownload', () => {
	it('names the file by the draft id and sends from the profile’s address, trimmed', () => {
		const d = draft('feilmelding');
		expect(emlDownload(d, filled)).toEqual({
			fileName: 'feilmelding.eml',
			parts: { from: 'kari@trygghjemme.example', to: ['kundesenter@nhn.no'], cc: [], subject: d.subject, body: d.body },
		});
	});

	it('names an order per kommune by its kommunenummer', () => {
		const [order] = buildDrafts('vkp-helseid-bestilling', { profile: filled, kommuner: oslo });
		expect(emlDownload(order!, filled).fileName).toBe('vkp-helseid-bestilling-0301.eml');
	});

	it('sends the bestiller’s order from the bestiller’s address', () => {
		const profile = { ...filled, bestillerEmail: ' siri@askoy.example ' };
		expect(emlDownload(draft('vk-bestilling', profile), profile).parts.from).toBe('siri@askoy.example');
	});

	it('leaves out From when the sender has no e-mail address, or an invalid one', () => {
		const noEmail = { ...filled, email: '  ' };
		const { parts } = emlDownload(draft('feilmelding', noEmail), noEmail);
		expect(parts).not.toHaveProperty('from');
		const badEmail = { ...filled, email: 'kari@' };
		expect(emlDownload(draft('feilmelding', badEmail), badEmail).parts).not.toHaveProperty('from');
		expect(emlDownload(draft('vk-bestilling', filled), filled).parts).not.toHaveProperty('from');
		expect(emlDownload(draft('vk-testrapport', emptyProfile()), emptyProfile()).parts.to).toEqual([]);
	});
});

describe('whose field is missing (issue 20)', () => {
	it("says «leverandørens …» for the supplier's fields in the bestiller's own draft", () => {
		const notice = draftNotice({
			missing: ['orgnr', 'bestillerOrgnr'],
			invalid: [],
			missingKommuner: false,
			missingThumbprint: false,
			sender: 'bestiller',
		});
		expect(notice.missing).toEqual(['leverandørens organisasjonsnummer', 'bestillerens organisasjonsnummer']);
		expect(
			draftNotice({ missing: ['orgnr'], invalid: [], missingKommuner: false, missingThumbprint: false }).missing,
		).toEqual(['organisasjonsnummer']);
	});
});

describe('the texts of a draft per kommune (issue 20)', () => {
	it('calls only the HelseID orders «bestillinger»; the kommune mails are «e-poster»', async () => {
		const { perKommuneText } = await import('~/lib/mail/messages');
		expect(perKommuneText('vkp-helseid-bestilling').nav).toBe('Bestillingene, én per kommune');
		expect(perKommuneText('vkp-kommune-tilgang').nav).toBe('E-postene til kommunene, én per kommune');
		expect(perKommuneText('vkp-kommune-tilgang').intro(3)).toBe('3 e-poster, én per kommune:');
	});
});

describe('the production order’s scopes', () => {
	it('lists one scope per line however they were typed', () => {
		const d = draft('vkp-helseid-bestilling', {
			...filled,
			scopes: 'nhn:vkp/api/user/patient.read, nhn:vkp/api/user/bundle.write nhn:vkp/api/user/patient.read',
		});
		expect(d.body).toContain('- nhn:vkp/api/user/patient.read\n- nhn:vkp/api/user/bundle.write\n');
		expect(d.invalid).not.toContain('scopes');
	});

	it('marks the test-only scope invalid, so the notice names it and copying asks first', () => {
		const d = draft('vkp-helseid-bestilling', { ...filled, scopes: 'nhn:vkp/api/user/patient.read\nnhn:vkp/api/*.*' });
		expect(d.body).toContain('- nhn:vkp/api/user/patient.read\n- [ugyldig scope: nhn:vkp/api/*.*]');
		expect(d.invalid).toContain('scopes');
		expect(draftNotice(d).invalid).toEqual(['scope']);
	});
});
