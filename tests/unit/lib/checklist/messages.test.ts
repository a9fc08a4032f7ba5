/**
 * The few places where the exact words matter: texts the e2e tests and users look for, and texts built from
 * parts. Which text is shown when is tested with the modules that decide it (view, kommune-search, progress-file).
 */
import { describe, expect, it } from 'vitest';
import { STATUSES } from '~/lib/checklist/progress';
import {
	BLOCKED_LABEL,
	PROGRESS_FILE_MESSAGES,
	STATUS_LABELS,
	blockedText,
	changePreview,
	completedText,
	kommuneLabel,
	fileMessages,
	kommuneKeyText,
	kommuneMessages,
	kommuneRowText,
	newKommunePreview,
	profilePreview,
	questions,
	searchText,
	statusChanged,
	thumbprintPreview,
} from '~/lib/checklist/messages';

describe('checklist messages', () => {
	it('labels every status, each differently', () => {
		expect(new Set(STATUSES.map((status) => STATUS_LABELS[status])).size).toBe(STATUSES.length);
	});

	it('starts the blocked text with the blocked label and quotes each missing step', () => {
		expect(blockedText(['Send e-post', 'Få skjema'])).toBe(`${BLOCKED_LABEL}. Venter på: «Send e-post», «Få skjema».`);
	});

	it('writes completion and status changes the way users read them', () => {
		expect(completedText('2026-11-23T10:00:00.000Z')).toBe('Fullført 23.11.2026.');
		expect(statusChanged('Send e-post', 'venter-nhn')).toBe('«Send e-post»: Venter på NHN.');
		expect(statusChanged('Lag nøkkelpar', 'fullfort', 'Bodø (1804)')).toBe('«Lag nøkkelpar» (Bodø (1804)): Fullført.');
		expect(changePreview('Send e-post', undefined, 'Ikke startet', 'Fullført')).toBe(
			'«Send e-post»: Ikke startet → Fullført',
		);
	});

	it('names a kommune with its number, and dates the search hint by the list it searches', () => {
		expect(kommuneLabel({ nummer: '1804', navn: 'Bodø' })).toBe('Bodø (1804)');
		expect(searchText.hint(357, 2025)).toContain('alle 357 kommuner slik de er i 2025');
	});

	it('says in every confirm button what will happen, never just OK', () => {
		const asked = [
			questions.replaceKommune('Bodø (1804)', 'Tromsø (5501)', 'Tromsø'),
			questions.removeKommune('Oslo (0301)', 2),
			questions.removeKommune('Oslo (0301)', 0),
			questions.importProgress(),
			questions.reset('VKP'),
			questions.startOver(),
			questions.removeThumbprint('Oslo (0301)'),
		];
		for (const question of asked) {
			expect(question.title).toMatch(/\?$/);
			expect(question.confirmLabel).not.toMatch(/^(OK|Ja)$/);
		}
		expect(questions.removeKommune('Oslo (0301)', 2).text).toContain('2 steg');
		expect(questions.removeKommune('Oslo (0301)', 0).text).not.toContain('blir slettet');
	});

	it('names a kommune in each of its card’s buttons, so every button’s name is unique', () => {
		const texts = [
			kommuneRowText.steps('Bodø'),
			kommuneRowText.remove('Bodø'),
			kommuneRowText.replace('Bodø'),
			kommuneKeyText.markKeyDone('Bodø'),
			kommuneKeyText.replace('Bodø'),
			kommuneKeyText.paste('Bodø'),
			kommuneKeyText.remove('Bodø'),
		];
		for (const text of texts) expect(text).toContain('Bodø');
		expect(new Set(texts).size).toBe(texts.length);
		expect(kommuneRowText.stepSuffix('Bodø')).toBe(' – Bodø');
		expect(kommuneKeyText.saved('Bodø')).toBe('Tommelavtrykket er lagret for Bodø.');
		expect(kommuneKeyText.removed('Bodø')).toBe('Tommelavtrykket for Bodø er fjernet.');
		expect(questions.removeThumbprint('Oslo (0301)').text).toContain('Oslo (0301)');
	});

	it('previews and reports an import with what it fills in', () => {
		expect(newKommunePreview('Bodø (1804)')).toBe('Ny kommune: Bodø (1804)');
		expect(newKommunePreview('Bodø (1804)', true)).toBe('Ny kommune: Bodø (1804), med tommelavtrykk');
		expect(thumbprintPreview('Oslo (0301)')).toBe('Tommelavtrykk for Oslo (0301)');
		expect(profilePreview('Virksomhet', 'Trygg Hjemme AS')).toBe('Profil: Virksomhet: Trygg Hjemme AS');
		expect(fileMessages.imported(2, 1, 3, 4)).toBe(
			'Fremdriften er hentet inn: 2 steg endret, 1 kommune lagt til, 3 tommelavtrykk og 4 felt i profilen fylt inn.',
		);
		expect(fileMessages.imported(0, 2, 0, 0)).toContain('2 kommuner lagt til');
	});

	it('names the kommune in what the search field and the announcements say', () => {
		expect(searchText.label).toBe('Legg til kommune');
		expect(searchText.replaceLabel('Bodø (1804)')).toBe('Bytt Bodø (1804) med');
		expect(kommuneMessages.added('Bodø (1804)')).toBe('Bodø (1804) er lagt til.');
		expect(kommuneMessages.removed('Bodø (1804)')).toBe('Bodø (1804) og fremdriften for kommunen er fjernet.');
		expect(kommuneMessages.replaced('Bodø (1804)', 'Tromsø (5501)')).toBe(
			'Bodø (1804) er byttet med Tromsø (5501). Fremdriften er flyttet.',
		);
		expect(kommuneKeyText.invalid).toMatch(/^Dette er ikke et tommelavtrykk: det skal være 43 tegn/);
	});

	it('says after an export, import or reset what happened, naming the service', () => {
		expect(fileMessages.exported).toMatch(/lastet ned som en JSON-fil\.$/);
		expect(fileMessages.nothingToImport).toMatch(/^Filen inneholder ikke noe nytt\. Ingenting er endret\.$/);
		expect(fileMessages.cancelled).toBe('Ingenting er endret.');
		expect(fileMessages.reset('VKP')).toBe('Sjekklisten for VKP er nullstilt.');
		expect(fileMessages.startedOver).toMatch(/^Sjekklisten er tom/);
	});

	it('asks each question naming what it changes, with a button that says it', () => {
		const replace = questions.replaceKommune('Bodø (1804)', 'Tromsø (5501)', 'Tromsø');
		expect(replace.text).toBe(
			'Vil du bytte Bodø (1804) med Tromsø (5501)? Fremdriften for Bodø (1804) blir flyttet til Tromsø (5501).',
		);
		expect(replace.confirmLabel).toBe('Bytt til Tromsø');
		const remove = questions.removeKommune('Oslo (0301)', 0);
		expect(remove.text).toBe('Vil du fjerne Oslo (0301)? Det er ingen fremdrift registrert for kommunen.');
		expect(remove.confirmLabel).toBe('Fjern Oslo (0301)');
		expect(questions.importProgress().text).toMatch(/^Dette endres når du henter inn filen\./);
		expect(questions.importProgress().confirmLabel).toBe('Hent inn');
		const reset = questions.reset('VKP');
		expect(reset.text).toMatch(/^Vil du nullstille sjekklisten for VKP\? All fremdrift for VKP blir slettet/);
		expect(reset.confirmLabel).toBe('Nullstill');
		expect(questions.removeThumbprint('Oslo (0301)').confirmLabel).toBe('Fjern tommelavtrykket');
		expect(questions.startOver().text).toMatch(/^Vil du starte på nytt\? .*blir slettet/);
		expect(questions.startOver().confirmLabel).toBe('Start på nytt');
	});

	it('has a message for every progress file error', () => {
		for (const message of Object.values(PROGRESS_FILE_MESSAGES)) expect(message.length).toBeGreaterThan(20);
	});
});
