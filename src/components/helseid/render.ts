/**
 * The elements every HelseID island builds from src/lib/helseid/view.ts's lines: findings with severity, claim and
 * source link; a token part as a list of members with their times; the refusal of a private key. Loaded with the
 * checks, on first use. Only textContent and attributes: nothing pasted is ever parsed as HTML.
 */
import type { TimeClaim } from '../../lib/helseid/times';
import type { ClaimRow } from '../../lib/helseid/access-token';
import type { Source } from '../../lib/helseid/sources';
import type { FindingLine, PartRow } from '../../lib/helseid/view';
import { resultLabels } from '../../lib/helseid/messages';
import { siteUrl } from '../shared/site-link';

export function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string,
	attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	return node;
}

/** A link to a source outside the site: opens in the same tab, sends no referrer. */
export function sourceLink(title: string, url: string): HTMLAnchorElement {
	return element('a', title, { href: url, rel: 'noreferrer' });
}

/** The findings as a list; each says its severity in words and names its claim, not by colour alone. */
export function findingList(lines: readonly FindingLine[]): HTMLUListElement {
	const list = element('ul', undefined, { class: 'helseid-findings' });
	for (const line of lines) {
		const item = element('li', undefined, { class: 'helseid-finding', 'data-severity': line.severity });
		const head = element('strong', `${line.label}`);
		item.append(head);
		if (line.claim !== undefined) item.append(' ', element('code', line.claim));
		item.append(': ', line.text, ' ', sourceLine(line.source));
		list.append(item);
	}
	return list;
}

/**
 * A token part (header or payload) as a list of name and value; a time also gets its local time and how long ago
 * or ahead, in an element the island's clock updates (`data-epoch`, `data-claim`).
 */
export type TimeLine = (time: { readonly claim: TimeClaim; readonly epoch: number }) => string;

export function partList(rows: readonly PartRow[], timeLine: TimeLine): HTMLDListElement {
	const list = element('dl', undefined, { class: 'helseid-part not-content' });
	for (const row of rows) {
		const value = element('dd');
		value.append(element('code', row.value));
		if (row.time) {
			value.append(
				element('span', timeLine(row.time), {
					class: 'helseid-time',
					'data-epoch': String(row.time.epoch),
					'data-claim': row.time.claim,
				}),
			);
		}
		const term = element('dt');
		term.append(element('code', row.name));
		list.append(term, value);
	}
	return list;
}

/** The box shown when a private key was pasted: what it was, that nothing left, where to read more. */
export function refusalBox(messages: readonly string[], headingId: string): HTMLElement {
	const box = element('section', undefined, { class: 'helseid-refusal', 'aria-labelledby': headingId });
	box.append(element('h3', resultLabels.refusalHeading, { id: headingId }));
	const list = element('ul');
	list.append(...messages.map((message) => element('li', message)));
	const more = element('p', `${resultLabels.refusalDone} `);
	more.append(element('a', resultLabels.keyPageLink, { href: siteUrl('/verktoy/nokkelsjekk/') }), '.');
	box.append(list, more);
	return box;
}

/** A heading for a part of the results. */
export function heading(text: string, level: 'h3' | 'h4' = 'h3'): HTMLHeadingElement {
	return element(level, text);
}

/** Writes each shown time again (the island's clock calls this every second). */
export function refreshTimes(root: ParentNode, timeLine: TimeLine): void {
	for (const time of root.querySelectorAll<HTMLElement>('.helseid-time')) {
		const claim = time.dataset['claim'] as TimeClaim;
		time.textContent = timeLine({ claim, epoch: Number(time.dataset['epoch']) });
	}
}

function sourceLine(source: Source): HTMLSpanElement {
	const line = element('span', resultLabels.source, { class: 'helseid-source' });
	line.append(sourceLink(source.title, source.url));
	return line;
}

/**
 * The access token's members, each with its value, what it means and where that is written; scopes one by one;
 * a member the site does not know marked as such in words.
 */
export function claimList(
	rows: readonly ClaimRow[],
	timeLine: TimeLine,
	sources: Readonly<Record<string, Source>>,
): HTMLUListElement {
	const list = element('ul', undefined, { class: 'helseid-claims' });
	for (const row of rows) {
		const item = element('li', undefined, { class: 'helseid-claim', 'data-kind': row.kind });
		const name = element('p', undefined, { class: 'helseid-claim-name' });
		name.append(element('code', row.name));
		if (row.kind !== 'known') {
			name.append(
				' ',
				element('span', row.kind === 'helseid' ? resultLabels.helseidUnknown : resultLabels.unknown, {
					class: 'helseid-badge',
				}),
			);
		}
		item.append(name);
		if (row.scopes && row.scopes.length > 0) {
			const scopes = element('ul', undefined, { class: 'helseid-scopes' });
			for (const scope of row.scopes) {
				const line = element('li', undefined, scope.testOnly ? { 'data-test-only': '' } : {});
				line.append(element('code', scope.scope), `: ${scope.text}`);
				scopes.append(line);
			}
			item.append(scopes);
		} else {
			const value = element('p', undefined, { class: 'helseid-claim-value' });
			value.append(element('code', row.value));
			item.append(value);
		}
		if (row.time) {
			item.append(
				element('p', timeLine(row.time), {
					class: 'helseid-time',
					'data-epoch': String(row.time.epoch),
					'data-claim': row.time.claim,
				}),
			);
		}
		const explanation = element('p', `${row.explanation} `);
		if (row.source) explanation.append(sourceLine(sources[row.source]!));
		item.append(explanation);
		list.append(item);
	}
	return list;
}
