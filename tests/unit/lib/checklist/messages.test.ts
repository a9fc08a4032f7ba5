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
	questions,
	searchText,
	statusChanged,
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
		];
		for (const question of asked) {
			expect(question.title).toMatch(/\?$/);
			expect(question.confirmLabel).not.toMatch(/^(OK|Ja)$/);
		}
		expect(questions.removeKommune('Oslo (0301)', 2).text).toContain('2 steg');
		expect(questions.removeKommune('Oslo (0301)', 0).text).not.toContain('blir slettet');
	});

	it('has a message for every progress file error', () => {
		for (const message of Object.values(PROGRESS_FILE_MESSAGES)) expect(message.length).toBeGreaterThan(20);
	});
});
