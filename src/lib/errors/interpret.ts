/**
 * The error-answer tool: reads a pasted answer and says who answered (and how sure), every cause with its meaning,
 * steps and sources, and which secrets the paste held. Secrets are taken out first (secrets.ts), so nothing later
 * can show one; a private key stops everything. Never throws: any text gets an interpretation.
 */
import { isRecord } from '../shared/record';
import { parseChallenges } from './challenge';
import { lookUp, type Explanation } from './explanation';
import { errorObjects, headerValues, parsePaste, type HttpResponse } from './http';
import { type Answerer, type Confidence, type Reason, resultLabels } from './messages';
import { FHIR_ISSUES, FHIR_STRUCTURE, SEVERITY_WORDS } from './messages-fhir';
import { HELSEID_CODES } from './messages-helseid';
import { HTTP_STATUSES, RESOURCE_ERRORS } from './messages-resource';
import { TOKEN_ERRORS } from './messages-token';
import { scanSecrets, type SecretFound } from './secrets';

/** The longest paste read (characters); longer text is refused, after its private-key labels are looked for. */
export const MAX_PASTE = 200_000;

export type Origin = 'token' | 'resource' | 'helseid' | 'http' | 'fhir' | 'fhir-structure';

export interface Detail {
	readonly label: string;
	readonly value: string;
}

export interface Cause {
	readonly origin: Origin;
	/** As it came (`invalid_client`, `HID-1004`, `413`); a 5xx status keeps its own number. */
	readonly code: string;
	/** Undefined for a code the site does not know: it is shown as it came and marked unknown. */
	readonly explanation: Explanation | undefined;
	readonly details: readonly Detail[];
}

export interface ResponseLine {
	readonly status?: number;
	readonly reason?: string;
}

export type Interpretation =
	| { readonly status: 'empty' }
	| { readonly status: 'private-key'; readonly messages: readonly string[] }
	| { readonly status: 'too-long'; readonly privateKey: boolean }
	| {
			readonly status: 'read';
			readonly answeredBy: Answerer;
			readonly confidence: Confidence;
			readonly reasons: readonly Reason[];
			readonly environment?: 'test' | 'production';
			readonly responses: readonly ResponseLine[];
			readonly causes: readonly Cause[];
			readonly secrets: readonly SecretFound[];
	  };

const text = (value: unknown, max = 2000): string | undefined =>
	typeof value === 'string' && value.trim() !== '' ? value.slice(0, max) : undefined;

const detail = (label: string, value: string | undefined): Detail[] => (value === undefined ? [] : [{ label, value }]);

class Causes {
	readonly list: Cause[] = [];

	add(origin: Origin, code: string, explanation: Explanation | undefined, details: Detail[] = []): void {
		const known = this.list.find((cause) => cause.origin === origin && cause.code === code);
		if (known) return;
		this.list.push({ origin, code, explanation, details });
	}
}

function oauthError(causes: Causes, error: Record<string, unknown>, response: HttpResponse, resource: boolean) {
	const code = text(error['error'], 200)!;
	const description = text(error['error_description']);
	const nonce = headerValues(response, 'DPoP-Nonce')[0];
	const details = [
		...detail(resultLabels.description, description),
		...(code === 'use_dpop_nonce' ? detail(resultLabels.nonce, nonce) : []),
	];
	const catalogue = resource ? RESOURCE_ERRORS : TOKEN_ERRORS;
	const fallback = resource ? TOKEN_ERRORS : RESOURCE_ERRORS;
	const explanation = lookUp(catalogue, code) ?? lookUp(fallback, code);
	causes.add(resource && lookUp(catalogue, code) ? 'resource' : 'token', code, explanation, details);
}

function challenges(causes: Causes, response: HttpResponse): boolean {
	const values = headerValues(response, 'WWW-Authenticate');
	for (const challenge of values.flatMap(parseChallenges)) {
		const { error, error_description: description, scope, algs } = challenge.params;
		if (error !== undefined) {
			const nonce = headerValues(response, 'DPoP-Nonce')[0];
			causes.add('resource', error, lookUp(RESOURCE_ERRORS, error), [
				{ label: resultLabels.scheme, value: challenge.scheme },
				...detail(resultLabels.description, description),
				...detail(resultLabels.scope, scope),
				...(error === 'use_dpop_nonce' ? detail(resultLabels.nonce, nonce) : []),
			]);
		}
		if (algs !== undefined) causes.add('resource', 'algs', RESOURCE_ERRORS['algs'], detail(resultLabels.algs, algs));
	}
	return values.length > 0;
}

const STRUCTURE_PATTERNS: [code: string, pattern: RegExp][] = [
	['object-for-list', /\b(?:array|list)\b[^.]{0,80}\bobject\b|\bobject\b[^.]{0,80}\b(?:array|list)\b|StartArray/i],
	['empty-string', /\bempty\b|""|\bblank\b/i],
	['cardinality', /cardinality|minimum required|(?:max|maximum) allowed/i],
];

function operationOutcome(causes: Causes, outcome: Record<string, unknown>): void {
	const issues = Array.isArray(outcome['issue']) ? outcome['issue'].slice(0, 50) : [];
	for (const issue of issues) {
		if (!isRecord(issue)) continue;
		const code = text(issue['code'], 100) ?? '';
		const severity = text(issue['severity'], 50);
		const severityWord =
			severity !== undefined && Object.hasOwn(SEVERITY_WORDS, severity) ? SEVERITY_WORDS[severity] : undefined;
		const diagnostics =
			text(issue['diagnostics']) ?? text(isRecord(issue['details']) ? issue['details']['text'] : undefined);
		const expression = Array.isArray(issue['expression'])
			? issue['expression']
					.filter((item) => typeof item === 'string')
					.slice(0, 10)
					.join(', ')
			: text(issue['expression'], 500);
		const details = [
			...detail(resultLabels.severity, severityWord ? `${severity} (${severityWord})` : severity),
			...detail(resultLabels.diagnostics, diagnostics),
			...detail(resultLabels.expression, expression || undefined),
		];
		// Each issue is its own cause, so two `invalid` issues at different places are both shown.
		causes.list.push({ origin: 'fhir', code, explanation: lookUp(FHIR_ISSUES, code), details });
		for (const [structure, pattern] of STRUCTURE_PATTERNS) {
			if (diagnostics !== undefined && pattern.test(diagnostics)) {
				causes.add(
					'fhir-structure',
					structure,
					FHIR_STRUCTURE[structure],
					detail(resultLabels.expression, expression || undefined),
				);
			}
		}
	}
}

/** `error=…` or `"error":"…"` in text that holds no readable JSON (a log line, a cut-off body). */
const LOOSE_ERROR = /\\?["']?\berror\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?([a-z][a-z0-9_]{2,60})/i;
const HID_CODE = /\bHID-\d{4}\b/g;

function statusCause(causes: Causes, response: HttpResponse): void {
	const status = response.status;
	if (status === undefined || status < 400) return;
	const key = status >= 500 ? '5xx' : String(status);
	// A token endpoint's 400 or 401 (RFC 6749 §5.2) is said by its error code; the API-side words would mislead.
	const tokenError = causes.list.some((cause) => cause.origin === 'token' || cause.origin === 'helseid');
	if ((status === 400 && causes.list.length > 0) || (status === 401 && tokenError)) return;
	const retryAfter = headerValues(response, 'Retry-After')[0];
	causes.add('http', String(status), lookUp(HTTP_STATUSES, key), detail(resultLabels.retryAfter, retryAfter));
}

function whoAnswered(
	safeText: string,
	hasOauthBody: boolean,
	hasChallenge: boolean,
	hasOutcome: boolean,
	hid: boolean,
) {
	const reasons: Reason[] = [];
	let answeredBy: Answerer = 'unknown';
	let confidence: Confidence = 'unsure';
	const lower = safeText.slice(0, MAX_PASTE).toLowerCase();
	const helseidHost = /helseid-sts(?:\.test)?\.nhn\.no/.test(lower);
	if (helseidHost) reasons.push('host-helseid');
	if (hid) reasons.push('hid-code');
	if (/\/connect\/par\b/.test(lower)) {
		reasons.push('path-par');
		answeredBy = 'helseid-par';
	} else if (/\/connect\/token\b/.test(lower)) {
		reasons.push('path-token');
		answeredBy = 'helseid-token';
	}
	if (answeredBy !== 'unknown' || helseidHost || hid) {
		if (answeredBy === 'unknown') answeredBy = hasOauthBody ? 'helseid-token' : 'helseid';
		confidence = helseidHost || hid ? 'sure' : 'likely';
	} else if (/api\.(?:write|read)\.jft(?:\.test)?\.nhn\.no/.test(lower)) {
		[answeredBy, confidence] = ['jft', 'sure'];
		reasons.push('host-jft');
	} else if (/api\.pit(?:\.test)?\.nhn\.no/.test(lower)) {
		[answeredBy, confidence] = ['pit', 'sure'];
		reasons.push('host-pit');
	} else if (/\b(?:vkp)[a-z0-9.-]{0,60}\.no\b|nhn:vkp/.test(lower)) {
		[answeredBy, confidence] = ['vkp', 'likely'];
		reasons.push('host-vkp');
	} else if (hasOutcome) {
		[answeredBy, confidence] = ['fhir-api', 'likely'];
	} else if (hasChallenge) {
		[answeredBy, confidence] = ['api', 'likely'];
	} else if (hasOauthBody) {
		[answeredBy, confidence] = ['token-endpoint', 'likely'];
	}
	if (hasOutcome) reasons.push('operation-outcome');
	if (hasChallenge) reasons.push('www-authenticate');
	if (hasOauthBody && !hasChallenge) reasons.push('oauth-error-body');
	if (reasons.length === 0) reasons.push('nothing');
	const environment: 'test' | 'production' | undefined = /\.test\.nhn\.no/.test(lower)
		? 'test'
		: /helseid-sts\.nhn\.no|api\.[a-z.]+\.nhn\.no/.test(lower)
			? 'production'
			: undefined;
	return { answeredBy, confidence, reasons, ...(environment ? { environment } : {}) };
}

function read(pasted: string): Interpretation {
	if (pasted.trim() === '') return { status: 'empty' };
	if (pasted.length > MAX_PASTE) {
		// Too long to read whole; a private key in it is still named (labels only, no decoding).
		return { status: 'too-long', privateKey: /PRIVATE[\s\\n]{1,12}KEY/i.test(pasted.slice(0, 1_000_000)) };
	}
	const scan = scanSecrets(pasted);
	if (scan.privateKeys.length > 0) return { status: 'private-key', messages: scan.privateKeys };
	const { responses } = parsePaste(scan.safeText);
	const causes = new Causes();
	let hasOauthBody = false;
	let hasChallenge = false;
	let hasOutcome = false;
	for (const [index, response] of responses.entries()) {
		const challenged = challenges(causes, response);
		hasChallenge ||= challenged;
		for (const found of errorObjects(response.json)) {
			if (found['resourceType'] === 'OperationOutcome') {
				hasOutcome = true;
				operationOutcome(causes, found);
			} else {
				hasOauthBody = true;
				oauthError(causes, found, response, challenged);
			}
		}
		if (isRecord(response.json) && text(response.json['rejected_scope']) !== undefined) {
			causes.add(
				'token',
				'rejected_scope',
				TOKEN_ERRORS['rejected_scope'],
				detail(resultLabels.rejectedScope, text(response.json['rejected_scope'])),
			);
		}
		if (response.json === undefined && !challenged) {
			const loose = LOOSE_ERROR.exec(response.body.slice(0, MAX_PASTE));
			if (loose) {
				hasOauthBody = true;
				oauthError(causes, { error: loose[1] }, response, false);
			}
		}
		if (index === responses.length - 1) statusCause(causes, response);
	}
	const hidCodes = [...new Set(scan.safeText.match(HID_CODE) ?? [])].slice(0, 10);
	for (const code of hidCodes) causes.add('helseid', code, lookUp(HELSEID_CODES, code));
	return {
		status: 'read',
		...whoAnswered(scan.safeText, hasOauthBody, hasChallenge, hasOutcome, hidCodes.length > 0),
		responses: responses
			.filter((response) => response.status !== undefined)
			.map(({ status, reason }) => ({ ...(status === undefined ? {} : { status }), ...(reason ? { reason } : {}) })),
		causes: causes.list.slice(0, 60),
		secrets: scan.secrets,
	};
}

/** Interprets a pasted error answer. Any text gets an answer; nothing here throws. */
export function interpretErrorAnswer(pasted: string): Interpretation {
	try {
		return read(pasted);
	} catch {
		// A defect of ours must not show the paste or break the page: say nothing was understood.
		return {
			status: 'read',
			answeredBy: 'unknown',
			confidence: 'unsure',
			reasons: ['nothing'],
			responses: [],
			causes: [],
			secrets: [],
		};
	}
}
