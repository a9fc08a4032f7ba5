import { describe, expect, it } from 'vitest';
import { emptyProgress, setStatus, type ChecklistStep } from '~/lib/checklist/progress';
import {
	chosenStatus,
	clientStepsJson,
	kommuneNameOf,
	problemsView,
	progressView,
	readClientSteps,
	stepView,
} from '~/lib/checklist/view';

function makeStep(id: string, extra: Partial<ChecklistStep> = {}): ChecklistStep {
	return {
		id,
		text: `Steg ${id}`,
		phase: 'ta-kontakt',
		who: ['leverandør'],
		optional: false,
		requires: [],
		perKommune: false,
		...extra,
	};
}

const T1 = '2026-11-23T10:00:00.000Z';
const contact = makeStep('vkp.kontakt.epost');
const form = makeStep('vkp.produksjon.skjema', { requires: [contact.id] });
const keyPair = makeStep('vkp.kommune.nokkelpar', { perKommune: true });
const order = makeStep('vkp.kommune.bestilling', { perKommune: true, requires: [keyPair.id, contact.id] });
const steps = new Map([contact, form, keyPair, order].map((step) => [step.id, step]));

describe('the steps embedded in the page', () => {
	it('round-trips what the island needs, and marks which steps are on this page', () => {
		const read = readClientSteps(clientStepsJson([contact, form], [form]));
		expect([...read.keys()]).toEqual([contact.id, form.id]);
		expect(read.get(form.id)).toMatchObject({
			text: form.text,
			requires: [contact.id],
			optional: false,
			perKommune: false,
			shown: true,
			// Who acts is not needed in the island: the server has written it on the page.
			who: [],
		});
		expect(read.get(contact.id)?.shown).toBe(false);
	});

	it('escapes < so a step text cannot close the script element', () => {
		const json = clientStepsJson([makeStep('vkp.a.b', { text: 'Les </script><script>alert(1)</script>' })], []);
		expect(json).not.toContain('<');
		expect(readClientSteps(json).get('vkp.a.b')?.text).toBe('Les </script><script>alert(1)</script>');
	});

	it('gives no steps, never an exception, for text that is not such a list', () => {
		for (const text of [null, undefined, '', '{', '{"id":"x"}', '"steps"']) expect(readClientSteps(text).size).toBe(0);
		expect([
			...readClientSteps(
				'[1, null, {"text":"no id"}, {"id":"vkp.a.b"}, {"id":3,"requires":[]}, {"id":"vkp.a.c","requires":[]}]',
			).keys(),
		]).toEqual(['vkp.a.c']);
	});
});

describe('stepView', () => {
	it('shows a step nobody has started as not ticked, ikke startet, without a date', () => {
		expect(stepView(contact, steps, emptyProgress(), contact.id)).toEqual({
			status: 'ikke-startet',
			checked: false,
			statusLabel: 'Ikke startet',
			completed: '',
			blocked: '',
		});
	});

	it('ticks a fullført step and gives its completion date', () => {
		const view = stepView(contact, steps, setStatus(emptyProgress(), contact.id, 'fullfort', T1), contact.id);
		expect(view.checked).toBe(true);
		expect(view.statusLabel).toBe('Fullført');
		expect(view.completed).toMatch(/^Fullført \d\d\.\d\d\.2026\.$/);
	});

	it('gives a completion date only to a step that is fullført now', () => {
		// Stored data may carry the date of an earlier completion on a step that is no longer fullført.
		const reopened = { steps: { [contact.id]: { status: 'pagar' as const, changedAt: T1, completedAt: T1 } } };
		expect(stepView(contact, steps, reopened, contact.id).completed).toBe('');
		const undated = { steps: { [contact.id]: { status: 'fullfort' as const, changedAt: T1 } } };
		expect(stepView(contact, steps, undated, contact.id).completed).toBe('');
	});

	it('leaves the box unticked for every status but fullført', () => {
		for (const status of ['pagar', 'venter-nhn', 'ikke-aktuelt'] as const) {
			const view = stepView(contact, steps, setStatus(emptyProgress(), contact.id, status, T1), contact.id);
			expect(view).toMatchObject({ status, checked: false, completed: '' });
		}
	});

	it('names what a step waits for, until the step itself is done', () => {
		expect(stepView(form, steps, emptyProgress(), form.id).blocked).toContain(`«${contact.text}»`);
		expect(stepView(form, steps, emptyProgress(), form.id).blocked).toMatch(/^Kan ikke starte ennå\./);
		const started = setStatus(emptyProgress(), form.id, 'pagar', T1);
		expect(stepView(form, steps, started, form.id).blocked).not.toBe('');
		for (const status of ['fullfort', 'ikke-aktuelt'] as const) {
			expect(stepView(form, steps, setStatus(emptyProgress(), form.id, status, T1), form.id).blocked).toBe('');
		}
		expect(stepView(form, steps, setStatus(emptyProgress(), contact.id, 'fullfort', T1), form.id).blocked).toBe('');
	});

	it('reads a kommune row by its own key, with prerequisites per kommune from the same row', () => {
		let progress = setStatus(emptyProgress(), contact.id, 'fullfort', T1);
		progress = setStatus(progress, `${keyPair.id}@0301`, 'fullfort', T1);
		expect(stepView(keyPair, steps, progress, `${keyPair.id}@0301`).checked).toBe(true);
		expect(stepView(keyPair, steps, progress, `${keyPair.id}@1804`).checked).toBe(false);
		expect(stepView(order, steps, progress, `${order.id}@0301`).blocked).toBe('');
		expect(stepView(order, steps, progress, `${order.id}@1804`).blocked).toContain(`«${keyPair.text}»`);
	});

	it('shows the status of a step the page does not know, without prerequisites', () => {
		const view = stepView(undefined, steps, setStatus(emptyProgress(), 'vkp.gone.step', 'pagar', T1), 'vkp.gone.step');
		expect(view).toMatchObject({ status: 'pagar', statusLabel: 'Pågår', blocked: '' });
	});
});

describe('chosenStatus', () => {
	it('makes the checkbox fullført or ikke startet', () => {
		expect(chosenStatus({ role: 'done', checked: true })).toBe('fullfort');
		expect(chosenStatus({ role: 'done', checked: false })).toBe('ikke-startet');
	});

	it('takes a status from the select, and nothing that is no status', () => {
		expect(chosenStatus({ role: 'status', value: 'venter-nhn' })).toBe('venter-nhn');
		expect(chosenStatus({ role: 'status', value: 'ferdig' })).toBeUndefined();
	});
});

describe('progressView', () => {
	it('gives the text and the bar, with each step per kommune counted once per kommune', () => {
		const progress = setStatus(emptyProgress(), contact.id, 'fullfort', T1);
		expect(progressView([contact, form, keyPair], progress, ['0301', '1804'])).toEqual({
			text: '1 av 4 steg fullført',
			detail: 'Telt med: 2 felles steg og 1 steg for hver av 2 kommuner.',
			value: 1,
			max: 4,
		});
	});

	it('never gives the bar a maximum of 0, which would show as full', () => {
		expect(progressView([], emptyProgress(), [])).toEqual({
			text: '0 av 0 steg fullført',
			detail: 'Telt med: 0 steg.',
			value: 0,
			max: 1,
		});
	});
});

describe('kommuneNameOf', () => {
	it('names a chosen kommune with its number, and an unknown one by number alone', () => {
		const chosen = [{ nummer: '1804', navn: 'Bodø' }];
		expect(kommuneNameOf('1804', chosen)).toBe('Bodø (1804)');
		expect(kommuneNameOf('5501', chosen)).toBe('5501');
	});
});

describe('problemsView', () => {
	it('shows nothing when all is well', () => {
		expect(problemsView('ok', 'ok', 'ok')).toEqual({
			storage: undefined,
			unreadable: false,
			downloadProgress: false,
			downloadKommuner: false,
		});
	});

	it('says why nothing is saved, differently for storage off and a failed save', async () => {
		const { storageHealthMessage } = await import('~/lib/checklist/messages');
		const off = problemsView('unavailable', 'ok', 'ok').storage!;
		const failed = problemsView('write-failed', 'ok', 'ok').storage!;
		expect(storageHealthMessage[off]).toContain('kan ikke lagres');
		expect(storageHealthMessage[failed]).toContain('ble ikke lagret');
		expect(off).not.toBe(failed);
	});

	it('offers to download each unreadable text, and explains once', () => {
		expect(problemsView('ok', 'unreadable', 'ok')).toMatchObject({ downloadProgress: true, downloadKommuner: false });
		expect(problemsView('ok', 'ok', 'unreadable')).toMatchObject({ downloadProgress: false, downloadKommuner: true });
		const both = problemsView('ok', 'unreadable', 'unreadable');
		expect(both).toMatchObject({ downloadProgress: true, downloadKommuner: true });
		expect(both.unreadable).toBe(true);
		expect(problemsView('ok', 'ok', 'unreadable').unreadable).toBe(true);
		expect(problemsView('ok', 'unreadable', 'ok').unreadable).toBe(true);
		expect(problemsView('unavailable', 'ok', 'ok').unreadable).toBe(false);
	});
});

describe('status tags and links', () => {
	it('gives each status its badge variant', async () => {
		const { STATUS_VARIANTS } = await import('~/lib/checklist/view');
		expect(STATUS_VARIANTS).toEqual({
			'ikke-startet': 'default',
			pagar: 'note',
			'venter-nhn': 'caution',
			fullfort: 'success',
			'ikke-aktuelt': 'neutral',
			blocked: 'neutral',
		});
	});

	it('leaves out a "Les mer" link to the page the step is on, and keeps every other', async () => {
		const { stepLink } = await import('~/lib/checklist/view');
		expect(stepLink('/vkp/ta-kontakt/', '/vkp/ta-kontakt/')).toBeUndefined();
		expect(stepLink('/vkp/helseid-produksjon/#slik-bestiller-du', '/vkp/helseid-produksjon/')).toBeUndefined();
		expect(stepLink('/verktoykatalogen/#krav', '/verktoykatalogen/#krav')).toBeUndefined();
		expect(stepLink('/vkp/helseid-test', '/vkp/helseid-test/')).toBeUndefined();
		expect(stepLink('/vkp/ta-kontakt/', '/vkp/helseid-produksjon/')).toBe('/vkp/ta-kontakt/');
		expect(stepLink('/vkp/ta-kontakt/#x', undefined)).toBe('/vkp/ta-kontakt/#x');
		expect(stepLink(undefined, '/vkp/')).toBeUndefined();
		expect(stepLink('/verktoykatalogen/test/#stegene', '/verktoykatalogen/')).toBe('/verktoykatalogen/test/#stegene');
	});
});

describe('what the counter counts', () => {
	it('names the common steps, the steps per kommune and what is left out', async () => {
		const { progressDetail } = await import('~/lib/checklist/messages');
		const base = { done: 0, total: 0, common: 3, perKommune: 0, kommuner: 0, optional: 0, notRelevant: 0 };
		expect(progressDetail(base)).toBe('Telt med: 3 steg.');
		expect(progressDetail({ ...base, perKommune: 6 })).toBe(
			'Telt med: 3 felles steg. Stegene per kommune telles når du har lagt til kommuner.',
		);
		expect(progressDetail({ ...base, perKommune: 6, kommuner: 1 })).toBe(
			'Telt med: 3 felles steg og 6 steg for 1 kommune.',
		);
		expect(progressDetail({ ...base, perKommune: 6, kommuner: 3, optional: 3 })).toBe(
			'Telt med: 3 felles steg og 6 steg for hver av 3 kommuner. Ikke telt med: 3 valgfrie steg.',
		);
		expect(progressDetail({ ...base, optional: 1, notRelevant: 2 })).toBe(
			'Telt med: 3 steg. Ikke telt med: 1 valgfritt steg og 2 merket «Ikke aktuelt».',
		);
		expect(progressDetail({ ...base, notRelevant: 1 })).toBe(
			'Telt med: 3 steg. Ikke telt med: 1 merket «Ikke aktuelt».',
		);
	});

	it('says who acts in a step as a sentence', async () => {
		const { whoText } = await import('~/lib/checklist/messages');
		expect(whoText(['leverandør'])).toBe('Hvem: leverandør');
		expect(whoText(['leverandør', 'NHN'])).toBe('Hvem: leverandør og NHN');
		expect(whoText(['bestiller', 'leverandør', 'NHN'])).toBe('Hvem: bestiller, leverandør og NHN');
		expect(whoText([])).toBe('Hvem: ');
	});
});
