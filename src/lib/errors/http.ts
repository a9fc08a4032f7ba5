/**
 * Reads what people copy when a call fails: a whole HTTP response (status line, headers, body), only the headers,
 * only a JSON body, a log line with JSON inside it, or `curl -i` / `curl -v` output with several responses
 * (`100 Continue`, redirects). Every step is linear in the text: lines are read once, JSON is parsed by the
 * engine's own parser from a few candidate starts, and parsed JSON is searched breadth-first with a node limit.
 */
import { isRecord } from '../shared/record';

export interface Header {
	/** As written (`WWW-Authenticate`); compare with `headerValues`, which ignores case (RFC 9110 §5.1). */
	readonly name: string;
	readonly value: string;
}

export interface HttpResponse {
	/** The status from the status line, or from a JSON body's `status` when no status line was pasted. */
	readonly status?: number;
	readonly reason?: string;
	readonly headers: readonly Header[];
	readonly body: string;
	/** The JSON in the body, if any was found. */
	readonly json?: unknown;
}

/** A request line or `Host` that `curl -v` printed (`> POST /connect/token HTTP/2`), for telling who answered. */
export interface RequestSeen {
	readonly method?: string;
	readonly target?: string;
	readonly host?: string;
}

export interface ParsedPaste {
	/** In the order pasted; the last one is the answer that counts (earlier ones are `100 Continue` or redirects). */
	readonly responses: readonly HttpResponse[];
	readonly requests: readonly RequestSeen[];
}

const STATUS_LINE = /^HTTP\/(?:\d(?:\.\d)?) (\d{3})(?:[ \t]+(.{0,200}))?$/;
/** A header field line: a token name (RFC 9110 §5.1), a colon, the value. */
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]{0,79}):[ \t]*(.*)$/;
/** Headers kept per response; a real answer has a few dozen, a hostile paste may have 40,000. */
const MAX_HEADERS = 200;
const REQUEST_LINE = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\S{1,2000}) HTTP\/\d(?:\.\d)?$/;

/** The values of every header with this name, in order (names compared without case). */
export function headerValues(response: HttpResponse, name: string): string[] {
	const wanted = name.toLowerCase();
	return response.headers.filter((header) => header.name.toLowerCase() === wanted).map((header) => header.value);
}

interface Block {
	status?: number;
	reason?: string;
	headers: Header[];
	body: string[];
	inHeaders: boolean;
}

const newBlock = (status?: number, reason?: string): Block => ({
	...(status === undefined ? {} : { status }),
	...(reason ? { reason } : {}),
	headers: [],
	body: [],
	inHeaders: true,
});

/** curl -v marks response lines `< `, request lines `> ` and its own notes `* `. */
function curlMark(line: string): { mark: '<' | '>' | '*' | ''; rest: string } {
	const mark = line[0];
	if ((mark === '<' || mark === '>' || mark === '*') && (line[1] === ' ' || line.length === 1)) {
		return { mark, rest: line.slice(2) };
	}
	return { mark: '', rest: line };
}

export function parsePaste(text: string): ParsedPaste {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const blocks: Block[] = [];
	const requests: RequestSeen[] = [];
	let current: Block | undefined;
	let request: { method?: string; target?: string; host?: string } | undefined;
	for (const raw of lines) {
		if (raw === '') {
			// Blank lines are most of a hostile paste: the common case costs no pattern.
			if (current?.inHeaders) current.inHeaders = false;
			else current?.body.push(raw);
			continue;
		}
		const { mark, rest } = curlMark(raw);
		const line = rest.trimEnd();
		if (mark === '*') continue;
		if (mark === '>') {
			const requestLine = REQUEST_LINE.exec(line);
			if (requestLine) requests.push((request = { method: requestLine[1]!, target: requestLine[2]! }));
			const host = /^host:[ \t]*(\S{1,253})$/i.exec(line);
			if (host && request) request.host = host[1]!;
			continue;
		}
		const status = line.trimStart().startsWith('HTTP/') ? STATUS_LINE.exec(line.trimStart()) : null;
		if (status) {
			blocks.push((current = newBlock(Number(status[1]), status[2]?.trim())));
			continue;
		}
		if (!current) {
			// Before any status line: header lines start a header-only response, anything else a body.
			const header = HEADER_LINE.exec(line);
			blocks.push((current = newBlock()));
			if (!header || line.startsWith('{')) current.inHeaders = false;
		}
		if (current.inHeaders) {
			if (line.trim() === '') {
				current.inHeaders = false;
				continue;
			}
			// A hostile paste: past the cap, the rest of the header block is skipped unread.
			if (current.headers.length >= MAX_HEADERS) continue;
			const header = HEADER_LINE.exec(line);
			if (header) {
				current.headers.push({ name: header[1]!, value: header[2]!.trim() });
				continue;
			}
			// A folded line (RFC 9112 §5.2 obs-fold, and how RFCs print long headers) goes on the header before it.
			const last = current.headers.at(-1);
			if (last && /^[ \t]/.test(line)) {
				current.headers[current.headers.length - 1] = { name: last.name, value: `${last.value} ${line.trim()}` };
				continue;
			}
			// A header block that ends without a blank line (curl -v prints none before the body it shows).
			current.inHeaders = false;
		}
		current.body.push(raw);
	}
	const responses = blocks.map(toResponse);
	return { responses, requests };
}

function toResponse(block: Block): HttpResponse {
	const body = block.body.join('\n').trim();
	const json = findJson(body);
	const jsonStatus = isRecord(json) && typeof json['status'] === 'number' ? json['status'] : undefined;
	const status =
		block.status ?? (jsonStatus !== undefined && jsonStatus >= 100 && jsonStatus < 600 ? jsonStatus : undefined);
	return {
		...(status === undefined ? {} : { status }),
		...(block.reason ? { reason: block.reason } : {}),
		headers: block.headers,
		body,
		...(json === undefined ? {} : { json }),
	};
}

function tryParse(text: string): unknown {
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}

/** How many `{` starts a log line is tried from; each try is one linear parse. */
const MAX_STARTS = 6;

/**
 * The JSON value in a body: the whole body, or (a log line) the text from one of the first `{` to the last `}`.
 * JSON written inside a JSON string (`"{\"error\":…}"`) is read once more.
 */
export function findJson(body: string): unknown {
	if (body === '') return undefined;
	const whole = tryParse(body);
	if (whole !== undefined) return unwrapString(whole);
	const end = body.lastIndexOf('}');
	if (end < 0) return undefined;
	let start = body.indexOf('{');
	for (let tries = 0; start >= 0 && start < end && tries < MAX_STARTS; tries++) {
		const value = tryParse(body.slice(start, end + 1));
		if (value !== undefined) return value;
		// `{\"error\":…}` inside a log line: the quotes are escaped once.
		const unescaped = tryParse(body.slice(start, end + 1).replace(/\\"/g, '"'));
		if (unescaped !== undefined) return unescaped;
		start = body.indexOf('{', start + 1);
	}
	return undefined;
}

function unwrapString(value: unknown): unknown {
	if (typeof value !== 'string') return value;
	const inner = value.trim();
	return inner.startsWith('{') ? (tryParse(inner) ?? value) : value;
}

/** How many JSON nodes the search for error objects visits at most, whatever the nesting. */
const MAX_NODES = 5000;

/**
 * The objects in a JSON value that carry an answer: an OAuth `error`, or a FHIR `OperationOutcome`. Breadth-first
 * with a node limit, so deep or huge JSON is not walked whole (and no recursion can overflow the stack).
 */
export function errorObjects(json: unknown): Record<string, unknown>[] {
	const found: Record<string, unknown>[] = [];
	const queue: unknown[] = [json];
	for (let index = 0; index < queue.length && index < MAX_NODES; index++) {
		const node = queue[index];
		if (Array.isArray(node)) {
			for (const item of node.slice(0, MAX_NODES)) queue.push(item);
		} else if (isRecord(node)) {
			if (typeof node['error'] === 'string' || node['resourceType'] === 'OperationOutcome') {
				found.push(node);
				if (node['resourceType'] === 'OperationOutcome') continue;
			}
			for (const value of Object.values(node).slice(0, MAX_NODES)) {
				if (typeof value === 'object' && value !== null) queue.push(value);
			}
		}
	}
	return found;
}
