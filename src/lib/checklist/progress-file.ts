/**
 * The export file: one JSON file that carries the user's work (checklist progress of both services, the chosen
 * kommuner with their key thumbprints, and the profile with its role), so a supplier can move machines or hand the
 * work over to a colleague.
 *
 * An import merges, never replaces: for each step the newer change wins (by `changedAt`), a tie keeps what the
 * browser has; kommuner, thumbprints and profile fields from the file only fill what is missing here. Nothing the
 * browser has is ever dropped or overwritten. Before anything changes, `planImport` lists what would change, so
 * the user can confirm. A file that is not ours, is damaged or comes from a newer site version gets a clear error
 * code and changes nothing. Files of every earlier version still import.
 */
import { isRecord } from '../shared/record';
import { mergeKommuner, readKommuneKey, type ChosenKommune } from '../kommuner/chosen';
import { readRegister, registerOf, type RegisterField } from '../kommuner/register';
import { REGISTER_LABELS, registerPreviewLine } from '../kommuner/messages';
import { PROFILE_FIELD_LABELS, ROLE_LABELS } from '../profile/messages';
import { PROFILE_VERSION, profileFills, readProfile, type Profile, type ProfileFill } from '../profile/profile';
import {
	PROGRESS_FILE_MESSAGES,
	type ProgressFileErrorCode,
	STATUS_LABELS,
	changePreview,
	kommuneLabel,
	newKommunePreview,
	profilePreview,
	thumbprintPreview,
} from './messages';
import { PROGRESS_VERSION, parseProgressKey, readProgress, type Progress, type StepStatus } from './progress';
import { mergeProgress } from './progress-changes';

export const PROGRESS_FILE_FORMAT = 'veiviser-sjekkliste';
/** Larger than any real progress file by far; a bigger file is not ours. */
export const MAX_PROGRESS_FILE_BYTES = 2_000_000;

/**
 * The version of the export file. Version 1 held progress and kommuner (names only); version 2 added the kommuner's
 * thumbprints and the profile; version 3 the kommuner's register (client ids, `vkp-id`, scopes, key dates).
 */
export const PROGRESS_FILE_VERSION = 3;

/** Which schema version of each part a file version carries; a part missing here is not in files of that version. */
const FILE_SCHEMAS: Readonly<Record<number, { progress: number; profile?: number; register?: true }>> = {
	1: { progress: 1 },
	2: { progress: PROGRESS_VERSION, profile: PROFILE_VERSION },
	3: { progress: PROGRESS_VERSION, profile: PROFILE_VERSION, register: true },
};

/** A kommune in the file: number, name and, from version 2, the thumbprint saved for it. */
export type FileKommune = ChosenKommune;

export interface ProgressFile {
	readonly format: typeof PROGRESS_FILE_FORMAT;
	readonly version: number;
	readonly exportedAt: string;
	readonly progress: Progress;
	readonly kommuner: readonly FileKommune[];
	/** Absent in version 1 files. */
	readonly profile?: Profile;
}

export type { ProgressFileErrorCode };

export type ParseResult =
	{ ok: true; file: ProgressFile } | { ok: false; error: { code: ProgressFileErrorCode; message: string } };

function fail(code: ProgressFileErrorCode): ParseResult {
	return { ok: false, error: { code, message: PROGRESS_FILE_MESSAGES[code] } };
}

const KOMMUNENUMMER = /^\d{4}$/;

/** The work as an export file's text (the current version). */
export function exportProgress(
	progress: Progress,
	kommuner: readonly FileKommune[],
	now: string,
	profile?: Profile,
): string {
	const file: ProgressFile = {
		format: PROGRESS_FILE_FORMAT,
		version: PROGRESS_FILE_VERSION,
		exportedAt: now,
		progress,
		// The public key rides along (version 2 files without it still import: the member is optional).
		kommuner: kommuner.map((kommune) => {
			const { nummer, navn, thumbprint, publicJwk } = kommune;
			const key = thumbprint === undefined ? {} : { thumbprint, ...(publicJwk ? { publicJwk } : {}) };
			return { nummer, navn, ...key, ...registerOf(kommune) };
		}),
		...(profile ? { profile } : {}),
	};
	return `${JSON.stringify(file, null, 2)}\n`;
}

function readFileKommuner(raw: unknown, withRegister: boolean): FileKommune[] | undefined {
	if (!Array.isArray(raw)) return undefined;
	const kommuner: FileKommune[] = [];
	for (const entry of raw as unknown[]) {
		if (!isRecord(entry)) return undefined;
		const { nummer, navn } = entry;
		if (typeof nummer !== 'string' || !KOMMUNENUMMER.test(nummer) || typeof navn !== 'string') return undefined;
		const key = readKommuneKey(entry);
		// Register members in an older file were not written by this site: they are ignored, as before.
		const register = withRegister ? readRegister(entry) : {};
		if (!key || !register) return undefined;
		kommuner.push({ nummer, navn, ...key, ...register });
	}
	return kommuner;
}

/** Reads an export file's text, of any version this site has written. Never throws. */
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
	// A version that is not a whole number counts as 0: damaged.
	const version = Number.isInteger(parsed['version']) ? (parsed['version'] as number) : 0;
	if (version < 1) return fail('damaged');
	const schemas = FILE_SCHEMAS[version];
	if (!schemas) return fail('newer-version');
	const progress = readProgress(parsed['progress'], schemas.progress);
	if (!progress) return fail('damaged');
	const kommuner = readFileKommuner(parsed['kommuner'] ?? [], schemas.register === true);
	if (!kommuner) return fail('damaged');
	let profile: Profile | undefined;
	if (schemas.profile !== undefined && parsed['profile'] !== undefined) {
		profile = readProfile(parsed['profile'], schemas.profile);
		if (!profile) return fail('damaged');
	}
	const exportedAt = typeof parsed['exportedAt'] === 'string' ? parsed['exportedAt'] : '';
	return {
		ok: true,
		file: { format: PROGRESS_FILE_FORMAT, version, exportedAt, progress, kommuner, ...(profile ? { profile } : {}) },
	};
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
	/** Kommuner here without a thumbprint that get the file's. */
	readonly thumbprints: readonly (FileKommune & { readonly thumbprint: string })[];
	/** Kommuner here whose empty register fields (client ids, `vkp-id`, scopes, key dates) the file fills. */
	readonly registers: readonly { readonly kommune: FileKommune; readonly fields: readonly RegisterField[] }[];
	/** Profile fields (and the role) empty here that the file fills. */
	readonly profileFills: readonly ProfileFill[];
	readonly progress: Progress;
	readonly kommuner: readonly FileKommune[];
}

/** Whether an import would change anything at all. */
export function importChangesSomething(plan: ImportPlan): boolean {
	const kommuner = plan.kommunerAdded.length + plan.thumbprints.length + plan.registers.length;
	return plan.changes.length + kommuner + plan.profileFills.length > 0;
}

/**
 * What importing `file` would do; nothing is changed until the caller saves it. `localProfile` is undefined when
 * the profile is not to be merged (the stored profile cannot be read).
 */
export function planImport(
	local: Progress,
	localKommuner: readonly FileKommune[],
	file: ProgressFile,
	localProfile?: Profile,
): ImportPlan {
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
	const merged = mergeKommuner(localKommuner, file.kommuner);
	return {
		changes,
		kommunerAdded: merged.added,
		thumbprints: merged.thumbprints,
		registers: merged.registers,
		profileFills: localProfile && file.profile ? profileFills(localProfile, file.profile) : [],
		progress,
		kommuner: merged.kommuner,
	};
}

const registerFieldsOf = (kommune: FileKommune): RegisterField[] =>
	(Object.keys(REGISTER_LABELS) as RegisterField[]).filter((field) => kommune[field] !== undefined);

/** One preview line per register field the import fills: «Askøy (4627): Nøkkelen utløper: 2027-03-01». */
function registerPreview(kommune: FileKommune, fields: readonly RegisterField[]): string[] {
	return fields.map((field) => {
		const value = kommune[field];
		const text = Array.isArray(value) ? value.join(', ') : String(value);
		return registerPreviewLine(kommuneLabel(kommune), REGISTER_LABELS[field], shortValue(text));
	});
}

/** A profile value as one short line for the preview: lines joined, long values cut. */
function shortValue(value: string): string {
	const line = value
		.split(/\r?\n/)
		.map((part) => part.trim())
		.filter(Boolean)
		.join(', ');
	return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

/**
 * The preview the user confirms before an import: one line per status change (named by the step's text, and the
 * kommune's name for a step per kommune), then one per new kommune, per thumbprint and per profile field filled.
 * `stepText` falls back to the step ID for a step that is no longer in the content.
 */
export function importPreview(plan: ImportPlan, stepText: (stepId: string) => string | undefined): string[] {
	// Keyed by kommunenummer; a step that is not per kommune (undefined) finds no name.
	const names = new Map<string | undefined, string>(plan.kommuner.map((kommune) => [kommune.nummer, kommune.navn]));
	return [
		...plan.changes.map((change) =>
			changePreview(
				stepText(change.stepId) ?? change.stepId,
				names.get(change.kommunenummer) ?? change.kommunenummer,
				STATUS_LABELS[change.from ?? 'ikke-startet'],
				STATUS_LABELS[change.to],
			),
		),
		...plan.kommunerAdded.map((kommune) => newKommunePreview(kommuneLabel(kommune), kommune.thumbprint !== undefined)),
		...plan.kommunerAdded.flatMap((kommune) => registerPreview(kommune, registerFieldsOf(kommune))),
		...plan.thumbprints.map((kommune) => thumbprintPreview(kommuneLabel(kommune))),
		...plan.registers.flatMap(({ kommune, fields }) => registerPreview(kommune, fields)),
		...plan.profileFills.map(({ field, value }) =>
			field === 'role'
				? profilePreview('Rolle', ROLE_LABELS[value as keyof typeof ROLE_LABELS])
				: profilePreview(PROFILE_FIELD_LABELS[field], shortValue(value)),
		),
	];
}
