/**
 * What the key check shows after a check, loaded with the checker on first use by key-check-element.ts: the summary,
 * a card per key (facts, findings, thumbprint, files to copy or download, where the key goes next) and, for a
 * private key, the refusal with its help. The texts come from src/lib/keys/report.ts.
 */
import type { FindingLine, KeyCard, ResultReport } from '../../lib/keys/report';
import { copyText, downloadText } from '../shared/browser-output';

type Report = typeof import('../../lib/keys/report');

/** The parts of <veiviser-key-check> a result is drawn into. */
export interface KeyCheckParts {
	summary: HTMLElement;
	results: HTMLElement;
	refusal: HTMLElement;
	refusalFindings: HTMLElement;
	status: HTMLElement;
}

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

/** A finding as a list item that says its severity in words, not only in colour. */
function findingItem(line: FindingLine): HTMLLIElement {
	const item = element('li', undefined, { class: 'key-check-finding', 'data-severity': line.severity });
	item.append(element('strong', `${line.label}: `), line.text);
	return item;
}

function buttonRow(...buttons: HTMLElement[]): HTMLElement {
	const row = element('div', undefined, { class: 'key-check-buttons not-content' });
	row.append(...buttons);
	return row;
}

function button(label: string, onClick: () => void): HTMLButtonElement {
	const node = element('button', label, { type: 'button', class: 'veiviser-button' });
	node.addEventListener('click', onClick);
	return node;
}

export function renderResult(parts: KeyCheckParts, view: ResultReport, report: Report): void {
	parts.status.textContent = '';
	// The refusal's help (its openssl and ssh-keygen commands) waits in a <template> until a private key is pasted,
	// so the page does not parse it into nodes, match styles for it or load its code block style before it is needed.
	const help = parts.refusal.querySelector('template');
	if (view.privateKey && help) help.replaceWith(help.content);
	parts.refusal.hidden = !view.privateKey;
	parts.refusalFindings.replaceChildren(...(view.privateKey ? view.findings.map(findingItem) : []));
	if (view.privateKey || view.empty) {
		parts.summary.replaceChildren(...(view.privateKey ? [element('p', view.summary)] : []));
		parts.results.replaceChildren();
		return;
	}
	// The headline's tone: green when every key can be sent as it is, orange or red when something needs looking at.
	const severities = [...view.findings, ...view.cards.flatMap((card) => card.findings)].map((f) => f.severity);
	const tone = severities.includes('error') ? 'error' : severities.includes('warning') ? 'warning' : 'success';
	const summary: HTMLElement[] = [
		element('p', view.summary, { class: 'key-check-headline', 'data-tone': view.cards.length > 0 ? tone : 'error' }),
	];
	if (view.findings.length > 0) {
		const list = element('ul', undefined, { class: 'key-check-findings' });
		list.append(...view.findings.map(findingItem));
		summary.push(list);
	}
	summary.push(...view.keyLines.map((line) => element('p', line)));
	parts.summary.replaceChildren(...summary);
	parts.results.replaceChildren(...view.cards.map((card) => keyCard(parts, card, report)));
}

function keyCard(parts: KeyCheckParts, card: KeyCard, report: Report): HTMLElement {
	const headingId = `key-check-key-${card.block}`;
	const article = element('article', undefined, { class: 'key-check-key', 'aria-labelledby': headingId });
	article.append(element('h3', card.heading, { id: headingId }));

	// not-content: Starlight's spacing between Markdown siblings would misalign the grid.
	const facts = element('dl', undefined, { class: 'not-content' });
	for (const fact of card.facts) {
		const value = element('dd');
		value.append(fact.code ? element('code', fact.value) : fact.value);
		facts.append(element('dt', fact.term), value);
	}
	const findings = element('ul', undefined, { class: 'key-check-findings' });
	findings.append(...card.findings.map(findingItem));
	const copyButton = (label: string, text: string) =>
		button(label, () => {
			void copyText(text).then((copied) => {
				parts.status.textContent = report.copyStatusText(copied);
			});
		});
	article.append(facts, findings, buttonRow(copyButton(card.copyThumbprintLabel, card.thumbprint)));

	for (const output of card.outputs) {
		article.append(element('h4', output.heading));
		if (output.note) article.append(element('p', output.note));
		article.append(
			element('pre', output.text, { class: 'key-check-text' }),
			buttonRow(
				copyButton(output.copyLabel, output.text),
				button(output.downloadLabel, () => {
					downloadText(output.text, output.fileName, output.mediaType);
					parts.status.textContent = report.downloadStatusText(output.fileName);
				}),
			),
		);
	}
	if (card.carryOver) {
		const carry = element('div', undefined, { class: 'key-check-carry' });
		article.append(carry);
		// Where the key goes next: only after a check that found one, so its code loads then.
		void import('./carry-over-offer').then(({ offerCarryOver }) =>
			offerCarryOver(carry, card, report, { element, buttonRow, button }),
		);
	}
	return article;
}
