/**
 * The build-time check of the checklist steps an author writes in src/content/checklist/*.json.
 *
 * Progress is stored by step ID, so an ID is a promise to every user who ticked it: IDs must exist, be unique,
 * keep one shape (`<service>.<area>.<name>`), and prerequisites must name steps that exist. The content loader
 * runs this on the raw file contents, before Astro's loader would silently drop a duplicate or an entry without
 * an ID, and fails the build on any problem.
 */
import { isRecord } from '../shared/record';
// Phase slugs are the guide pages' URLs, ASCII-folded: cspell:ignore helseid tredjepartsleverandor

export const SERVICES = ['vkp', 'verktoykatalogen'] as const;
export type Service = (typeof SERVICES)[number];

/** The guide phase pages, in order, per service. A step's `phase` must be one of its service's phases. */
export const PHASES: Record<Service, readonly string[]> = {
	vkp: ['ta-kontakt', 'tredjepartsleverandor', 'helseid-test', 'utvikle-og-teste', 'helseid-produksjon'],
	verktoykatalogen: ['krav', 'bestilling', 'utvikling', 'test', 'produksjon', 'etter-produksjon'],
};

/** Each phase's heading on the overview and the guide page that explains it. */
export const PHASE_INFO: Record<string, { title: string; href: string }> = {
	'ta-kontakt': { title: 'Ta kontakt med VKP', href: '/vkp/ta-kontakt/' },
	tredjepartsleverandor: { title: 'Godkjenning som tredjepartsleverandør', href: '/vkp/tredjepartsleverandor/' },
	'helseid-test': { title: 'HelseID-klient for test', href: '/vkp/helseid-test/' },
	'utvikle-og-teste': { title: 'Utvikle og teste mot VKP', href: '/vkp/utvikle-og-teste/' },
	'helseid-produksjon': { title: 'HelseID-klienter for produksjon', href: '/vkp/helseid-produksjon/' },
	krav: { title: 'Krav', href: '/verktoykatalogen/#krav' },
	bestilling: { title: 'Send bestilling', href: '/verktoykatalogen/bestilling/' },
	utvikling: { title: 'Utvikling hos leverandøren', href: '/verktoykatalogen/utvikling/' },
	test: { title: 'Gjennomføring og test', href: '/verktoykatalogen/test/' },
	produksjon: { title: 'Produksjonssetting', href: '/verktoykatalogen/produksjon/' },
	'etter-produksjon': { title: 'Etter produksjonssetting', href: '/verktoykatalogen/etter-produksjon/' },
};

export const SERVICE_NAMES: Record<Service, string> = { vkp: 'VKP', verktoykatalogen: 'Verktøykatalogen' };

export function serviceOfPhase(phase: string): Service | undefined {
	return SERVICES.find((service) => PHASES[service].includes(phase));
}

export const STEP_ID = /^(vkp|verktoykatalogen)\.[a-z0-9-]+\.[a-z0-9-]+$/;

export type ContentProblemCode =
	| 'not-a-list'
	| 'not-an-object'
	| 'missing-id'
	| 'bad-id'
	| 'duplicate-id'
	| 'wrong-service'
	| 'unknown-phase'
	| 'unknown-prerequisite'
	| 'self-prerequisite'
	| 'prerequisite-cycle'
	| 'per-kommune-outside-vkp';

export interface ContentProblem {
	readonly code: ContentProblemCode;
	readonly file: string;
	/** The step the problem is in, or its position in the file when it has no usable ID. */
	readonly where: string;
	readonly detail?: string;
}

export interface RawStepFile {
	readonly service: Service;
	readonly file: string;
	readonly data: unknown;
}

/** Finds every problem in the raw step files; an empty list means the content is safe to build. */
export function checkStepFiles(files: readonly RawStepFile[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const seen = new Map<string, string>();
	const requiresById = new Map<string, { file: string; requires: string[] }>();

	for (const { service, file, data } of files) {
		if (!Array.isArray(data)) {
			problems.push({ code: 'not-a-list', file, where: file });
			continue;
		}
		data.forEach((entry: unknown, index) => {
			const where = `#${index + 1}`;
			if (!isRecord(entry)) {
				problems.push({ code: 'not-an-object', file, where });
				return;
			}
			const id = entry['id'];
			if (typeof id !== 'string' || id.trim() === '') {
				problems.push({ code: 'missing-id', file, where });
				return;
			}
			if (!STEP_ID.test(id)) problems.push({ code: 'bad-id', file, where: id });
			else if (!id.startsWith(`${service}.`)) problems.push({ code: 'wrong-service', file, where: id });
			const earlier = seen.get(id);
			if (earlier !== undefined) problems.push({ code: 'duplicate-id', file, where: id, detail: earlier });
			else seen.set(id, file);
			const phase = entry['phase'];
			if (!(PHASES[service] as readonly unknown[]).includes(phase)) {
				problems.push({ code: 'unknown-phase', file, where: id, detail: String(phase) });
			}
			if (entry['perKommune'] === true && service !== 'vkp') {
				problems.push({ code: 'per-kommune-outside-vkp', file, where: id });
			}
			const requires = Array.isArray(entry['requires']) ? entry['requires'].map(String) : [];
			requiresById.set(id, { file, requires });
		});
	}

	for (const [id, { file, requires }] of requiresById) {
		for (const required of requires) {
			if (required === id) problems.push({ code: 'self-prerequisite', file, where: id });
			else if (!seen.has(required)) problems.push({ code: 'unknown-prerequisite', file, where: id, detail: required });
		}
	}

	// A cycle would leave every step in it "kan ikke starte ennå" forever.
	const state = new Map<string, 'visiting' | 'done'>();
	// Only called with IDs of requiresById: the loop below and the walk over its keys.
	const visit = (id: string, path: string[]): void => {
		const { file, requires } = requiresById.get(id)!;
		const current = state.get(id);
		if (current === 'done') return;
		if (current === 'visiting') {
			problems.push({ code: 'prerequisite-cycle', file, where: id, detail: [...path, id].join(' → ') });
			return;
		}
		state.set(id, 'visiting');
		for (const required of requires) {
			if (required !== id && requiresById.has(required)) visit(required, [...path, id]);
		}
		state.set(id, 'done');
	};
	for (const id of requiresById.keys()) visit(id, []);

	return problems;
}

/** One line per problem, for the build log. */
export function describeContentProblems(problems: readonly ContentProblem[]): string {
	return problems
		.map((p) => `${p.file} ${p.where}: ${p.code}${p.detail === undefined ? '' : ` (${p.detail})`}`)
		.join('\n');
}
