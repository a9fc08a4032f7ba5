/**
 * Export and import of checklist progress as a JSON file, so a supplier can move machines or hand the work over.
 *
 * An import merges, never replaces: for each step the newer change wins (by `changedAt`), a tie keeps what the
 * browser has, and nothing the browser has is ever dropped. Before anything changes, `planImport` lists what
 * would change, so the user can confirm. A file that is not ours, is damaged or comes from a newer site version
 * gets a clear error code and changes nothing.
 */
import { isRecord } from '../shared/record';
import { PROGRESS_FILE_MESSAGES, STATUS_LABELS, changePreview, kommuneLabel, newKommunePreview } from './messages';
import { PROGRESS_VERSION, parseProgressKey, readProgress, type Progress, type StepStatus } from './progress';
import { mergeProgress } from './progress-changes';

export const PROGRESS_FILE_FORMAT = 'veiviser-sjekkliste';
/** Larger than any real progress file by far; a bigger file is not ours. */
export const MAX_PROGRESS_FILE_BYTES = 2_000_000;

export interface FileKommune {
	readonly nummer: string;
	readonly navn: string;
}

export interface ProgressFile {
	readonly format: typeof PROGRESS_FILE_FORMAT;
	readonly version: number;
	readonly exportedAt: string;
	readonly progress: Progress;
	readonly kommuner: readonly FileKommune[];
}

export type ProgressFileErrorCode = 'empty' | 'too-large' | 'not-json' | 'foreign-file' | 'newer-version' | 'damaged';

export type ParseResult =
	{ ok: true; file: ProgressFile } | { ok: false; error: { code: ProgressFileErrorCode; message: string } };

function fail(code: ProgressFileErrorCode): ParseResult {
	return { ok: false, error: { code, message: PROGRESS_FILE_MESSAGES[code] } };
}

const KOMMUNENUMMER = /^\d{4}$/;

export function exportProgress(progress: Progress, kommuner: readonly FileKommune[], now: string): string {
	const file: ProgressFile = {
		format: PROGRESS_FILE_FORMAT,
		version: PROGRESS_VERSION,
		exportedAt: now,
		progress,
		kommuner: kommuner.map(({ nummer, navn }) => ({ nummer, navn })),
	};
	return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads an export file's text. Never throws. */
export function parseProgressFile(text: string): ParseResult {
	if (text.trim() === '') return fail('empty');
	if (text.length > MAX_PROGRESS_FILE_BYTES) return fail('too-large');
	let parsed: unknown;
	try {
		parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return fail('not-json');
	}
	if (!isRecord(parsed) || parsed['format'] !== PROGRESS_FILE_FORMAT) return fail('foreign-file');
	const version = parsed['version'];
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('damaged');
	if (version > PROGRESS_VERSION) return fail('newer-version');
	const progress = readProgress(parsed['progress'], version);
	if (!progress) return fail('damaged');
	const rawKommuner = parsed['kommuner'] ?? [];
	if (!Array.isArray(rawKommuner)) return fail('damaged');
	const kommuner: FileKommune[] = [];
	for (const entry of rawKommuner) {
		if (!isRecord(entry)) return fail('damaged');
		const { nummer, navn } = entry;
		if (typeof nummer !== 'string' || !KOMMUNENUMMER.test(nummer) || typeof navn !== 'string') return fail('damaged');
		kommuner.push({ nummer, navn });
	}
	const exportedAt = typeof parsed['exportedAt'] === 'string' ? parsed['exportedAt'] : '';
	return { ok: true, file: { format: PROGRESS_FILE_FORMAT, version, exportedAt, progress, kommuner } };
}

export { mergeProgress };

export interface ImportChange {
	readonly key: string;
	readonly stepId: string;
	readonly kommunenummer?: string;
	readonly from: StepStatus | undefined;
	readonly to: StepStatus;
}

export interface ImportPlan {
	/** Steps whose status the import changes (a new date alone is not listed). */
	readonly changes: readonly ImportChange[];
	/** Kommuner in the file that this browser does not have yet. */
	readonly kommunerAdded: readonly FileKommune[];
	readonly progress: Progress;
	readonly kommuner: readonly FileKommune[];
}

/** What importing `file` would do; nothing is changed until the caller saves `progress` and `kommuner`. */
export function planImport(local: Progress, localKommuner: readonly FileKommune[], file: ProgressFile): ImportPlan {
	const progress = mergeProgress(local, file.progress);
	const changes: ImportChange[] = [];
	for (const [key, record] of Object.entries(progress.steps)) {
		const before = local.steps[key];
		if (before?.status === record.status) continue;
		const { stepId, kommunenummer } = parseProgressKey(key);
		changes.push({
			key,
			stepId,
			...(kommunenummer === undefined ? {} : { kommunenummer }),
			from: before?.status,
			to: record.status,
		});
	}
	const known = new Set(localKommuner.map((k) => k.nummer));
	const kommunerAdded: FileKommune[] = [];
	for (const kommune of file.kommuner) {
		if (known.has(kommune.nummer)) continue;
		known.add(kommune.nummer);
		kommunerAdded.push(kommune);
	}
	return { changes, kommunerAdded, progress, kommuner: [...localKommuner, ...kommunerAdded] };
}

/**
 * The preview the user confirms before an import: one line per status change (named by the step's text, and the
 * kommune's name for a step per kommune), then one per new kommune. `stepText` falls back to the step ID for a
 * step that is no longer in the content.
 */
export function importPreview(plan: ImportPlan, stepText: (stepId: string) => string | undefined): string[] {
	const names = new Map(plan.kommuner.map((kommune) => [kommune.nummer, kommune.navn]));
	return [
		...plan.changes.map((change) =>
			changePreview(
				stepText(change.stepId) ?? change.stepId,
				change.kommunenummer === undefined ? undefined : (names.get(change.kommunenummer) ?? change.kommunenummer),
				STATUS_LABELS[change.from ?? 'ikke-startet'],
				STATUS_LABELS[change.to],
			),
		),
		...plan.kommunerAdded.map((kommune) => newKommunePreview(kommuneLabel(kommune))),
	];
}
