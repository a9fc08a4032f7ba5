import { describe, expect, it } from 'vitest';
import { buildDraft, draftAsText, type MailDraft } from '~/lib/mail/drafts';
import {
	copyPlan,
	draftNotice,
	emlDownload,
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
	PROFILE_PATH,
	STATUS_MESSAGES,
	type DraftStatus,
} from '~/lib/mail/messages';
import { CHECKLIST_PATH } from '~/lib/profile/messages';
import { emptyProfile, type SupplierProfile } from '~/lib/profile/profile';

const filled: SupplierProfile = {
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
		expect(draftNotice(draft('vkp-tredjepart'))).toEqual({ code: 'complete', missing: [] });
	});

	it('names the missing fields lower-case, in the profile’s order', () => {
		const notice = draftNotice(draft('vkp-tredjepart', { ...filled, orgnr: '', company: '' }));
		expect(notice).toEqual({ code: 'missing-fields', missing: ['virksomhet', 'organisasjonsnummer'] });
	});

	it('adds the kommuner last when a draft that lists them has none', () => {
		expect(draftNotice(draft('vkp-kontakt', { ...filled, email: '' }, []))).toEqual({
			code: 'missing-kommuner',
			missing: ['e-post', 'kommuner'],
		});
		expect(draftNotice(draft('vkp-kontakt', filled, []))).toEqual({ code: 'missing-kommuner', missing: ['kommuner'] });
		expect(draftNotice(draft('vkp-tredjepart', filled, [])).code).toBe('complete');
	});
});

describe('noticeText', () => {
	it('links the profile always, and the VKP checklist only when kommuner are missing', () => {
		expect(links(noticeText(NOTICE_BEFORE_SCRIPT))).toEqual([PROFILE_PATH]);
		expect(links(noticeText({ code: 'complete', missing: [] }))).toEqual([]);
		expect(links(noticeText({ code: 'missing-fields', missing: ['e-post'] }))).toEqual([PROFILE_PATH]);
		expect(links(noticeText({ code: 'missing-kommuner', missing: ['kommuner'] }))).toEqual([
			PROFILE_PATH,
			CHECKLIST_PATH,
		]);
		expect(PROFILE_PATH).toBe('/verktoy/e-post/#profil');
		expect(CHECKLIST_PATH).toBe('/vkp/sjekkliste/');
	});

	it('reads as the page has always said it', () => {
		expect(plain(noticeText(NOTICE_BEFORE_SCRIPT))).toBe(
			'Utkastet fylles ut fra profilen din. Tekst i klammer må du fylle inn selv.',
		);
		expect(plain(noticeText({ code: 'complete', missing: [] }))).toBe(
			'Profilen er fylt ut. Tekst i klammer må du fylle inn selv.',
		);
		expect(plain(noticeText({ code: 'missing-fields', missing: ['virksomhet', 'organisasjonsnummer'] }))).toBe(
			'Mangler: virksomhet, organisasjonsnummer. Fyll ut profilen din. Tekst i klammer må du fylle inn selv.',
		);
		expect(plain(noticeText({ code: 'missing-kommuner', missing: ['e-post', 'kommuner'] }))).toBe(
			'Mangler: e-post, kommuner. Fyll ut profilen din og velg kommuner i sjekklisten for VKP.',
		);
	});
});

describe('mailLink', () => {
	it('gives the mailto: link while it is short enough to arrive whole', () => {
		expect(mailLink(draft('vkp-tredjepart'))).toMatch(/^mailto:kundesenter@nhn\.no\?subject=/);
		const long = draft('vkp-helseid-bestilling', { ...filled, scopes: 'nhn:vkp/api/user/ressurs.read\n'.repeat(80) });
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

	it('refuses to copy a recipient that is not there', () => {
		expect(copyPlan(draft('vk-testrapport'), 'to')).toEqual({ ok: false, status: 'nothing-to-copy' });
		expect(copyPlan(draft('vk-testrapport'), 'all').ok).toBe(true);
	});

	it('knows the copy buttons’ parts and nothing else', () => {
		for (const { part } of COPY_BUTTONS) expect(isCopyPart(part)).toBe(true);
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

	it('leaves out From when the profile has no e-mail address', () => {
		const noEmail = { ...filled, email: '  ' };
		const { parts } = emlDownload(draft('feilmelding', noEmail), noEmail);
		expect(parts).not.toHaveProperty('from');
		expect(emlDownload(draft('vk-testrapport', emptyProfile()), emptyProfile()).parts.to).toEqual([]);
	});
});
