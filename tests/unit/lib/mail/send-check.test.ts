import { describe, expect, it } from 'vitest';
import { missingFields, readRequiredSteps, stepsNotDone } from '~/lib/mail/send-check';
import { sendQuestion } from '~/lib/mail/send-messages';
import { isDone, progressKey, statusOf, type Progress } from '~/lib/checklist/progress';

const required = [
	{ id: 'vkp.produksjon.skjema', text: 'Bestillingsskjema mottatt', perKommune: false },
	{ id: 'vkp.kommune.nokkelpar', text: 'Nøkkelpar laget', perKommune: true },
];
const at = '2026-12-07T10:00:00.000Z';

describe('missingFields', () => {
	it('counts each distinct [mangler] and [ugyldig] mark once, and not [fyll inn]', () => {
		const text =
			'Fra [mangler: virksomhet] ([mangler: org.nr.])\nHilsen [mangler: virksomhet]\nE-post [ugyldig e-post: kari@]\nTil [fyll inn: mottaker]';
		expect(missingFields(text)).toBe(3);
		expect(missingFields('Hei,\nalt er fylt inn. [fyll inn: vedlegg]')).toBe(0);
	});
});

describe('stepsNotDone', () => {
	it('lists the prerequisites not fullført or ikke aktuelt, per kommune where the step is per kommune', () => {
		const progress: Progress = {
			steps: {
				'vkp.produksjon.skjema': { status: 'fullfort', changedAt: at, completedAt: at },
				'vkp.kommune.nokkelpar@1804': { status: 'ikke-aktuelt', changedAt: at },
			},
		};
		const done = (p: Progress) => (id: string, nummer?: string) => isDone(statusOf(p, progressKey(id, nummer)));
		expect(stepsNotDone(required, done(progress), '1804')).toEqual([]);
		expect(stepsNotDone(required, done(progress), '4627')).toEqual(['Nøkkelpar laget']);
		expect(stepsNotDone(required, done({ steps: {} }), '4627')).toEqual([
			'Bestillingsskjema mottatt',
			'Nøkkelpar laget',
		]);
	});

	it('reads only a list of steps from the page', () => {
		expect(readRequiredSteps(JSON.stringify(required))).toEqual(required);
		expect(readRequiredSteps('{"id":1}')).toEqual([]);
		expect(readRequiredSteps('not json')).toEqual([]);
		expect(readRequiredSteps(undefined)).toEqual([]);
		expect(readRequiredSteps('[{"id":"a"},{"id":"b","text":"B","perKommune":true}]')).toEqual([
			{ id: 'b', text: 'B', perKommune: true },
		]);
	});
});

describe('sendQuestion', () => {
	it('asks nothing for a complete draft whose steps are done', () => {
		expect(sendQuestion('copy', 0)).toBeUndefined();
		expect(sendQuestion('mark-sent', 0, [], 'Askøy')).toBeUndefined();
	});

	it('says how many fields are missing, with a button that says what happens', () => {
		const copy = sendQuestion('copy', 3)!;
		expect(copy.title).toBe('Utkastet mangler 3 felt');
		expect(copy.confirmLabel).toBe('Kopier likevel');
		expect(sendQuestion('download', 1)!.title).toBe('Utkastet mangler ett felt');
		expect(sendQuestion('download', 1)!.confirmLabel).toBe('Last ned likevel');
	});

	it('lists the steps not done before marking an order sent', () => {
		const question = sendQuestion('mark-sent', 0, ['Nøkkelpar laget'], 'Askøy')!;
		expect(question.title).toBe('Merke bestillingen for Askøy som sendt?');
		expect(question.preview).toEqual(['Nøkkelpar laget']);
		expect(question.text).toContain('ikke merket som fullført for Askøy');
		expect(question.text).not.toContain('mangler');
		expect(sendQuestion('mark-sent', 2, [], 'Askøy')!.text).toContain('Utkastet mangler 2 felt');
	});
});
