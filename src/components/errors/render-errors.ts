/**
 * Shows an interpretation of a pasted error answer (src/lib/errors/interpret.ts): who answered and how sure, the
 * secrets it hid, each cause with its meaning, details, steps and sources, an unknown code marked as such. Loaded on
 * first use. Only textContent and attributes: nothing pasted is ever parsed as HTML.
 */
import { interpretErrorAnswer, type Cause, type Interpretation } from '../../lib/errors/interpret';
import {
	ANSWERER_WORDS,
	CONFIDENCE_WORDS,
	ENVIRONMENT_WORDS,
	REASON_WORDS,
	SECRET_WORDS,
	fileProblems,
	resultLabels,
} from '../../lib/errors/messages';
import { ERROR_SOURCES } from '../../lib/errors/sources';
import { linkedNodes, siteUrl } from '../shared/site-link';

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text?: string,
	attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (text !== undefined) node.textContent = text;
	for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
	return node;
}

function refusal(messages: readonly string[]): HTMLElement {
	const box = element('section', undefined, { class: 'errors-refusal', 'aria-labelledby': 'error-response-refusal' });
	const list = element('ul');
	list.append(...messages.map((message) => element('li', message)));
	const more = element('p', `${resultLabels.refusalDone} `);
	more.append(element('a', resultLabels.keyPageLink, { href: siteUrl('/verktoy/nokkelsjekk/') }), '.');
	box.append(element('h3', resultLabels.refusalHeading, { id: 'error-response-refusal' }), list, more);
	return box;
}

function secretsBox(result: Extract<Interpretation, { status: 'read' }>): HTMLElement[] {
	if (result.secrets.length === 0) return [];
	const box = element('section', undefined, { class: 'errors-secrets', 'aria-labelledby': 'error-response-secrets' });
	const list = element('ul');
	list.append(...result.secrets.map((secret) => element('li', SECRET_WORDS[secret.kind])));
	box.append(
		element('h3', resultLabels.secretsHeading, { id: 'error-response-secrets' }),
		list,
		element('p', resultLabels.secretsShown),
		element('p', resultLabels.secretsRevoke),
	);
	if (result.secrets.some((secret) => secret.production)) box.append(element('p', resultLabels.secretsProduction));
	return [box];
}

function answered(result: Extract<Interpretation, { status: 'read' }>): HTMLElement[] {
	const who = element('p');
	who.append(element('strong', `${resultLabels.answeredBy}: `), ANSWERER_WORDS[result.answeredBy]);
	if (result.environment) who.append(`, ${ENVIRONMENT_WORDS[result.environment]}`);
	who.append('.');
	if (result.answeredBy !== 'unknown') who.append(` ${CONFIDENCE_WORDS[result.confidence]}`);
	const reasons = element('ul');
	reasons.append(...result.reasons.map((reason) => element('li', REASON_WORDS[reason])));
	const parts: HTMLElement[] = [element('h3', resultLabels.answered), who, reasons];
	if (result.responses.length > 0) {
		const line = result.responses.map((r) => [r.status, r.reason].filter(Boolean).join(' ')).join(' → ');
		const responses = element('p');
		responses.append(element('strong', `${resultLabels.responses}: `), line);
		parts.push(responses);
	}
	return parts;
}

function causeCard(cause: Cause, index: number): HTMLLIElement {
	const item = element('li', undefined, {
		class: 'errors-cause',
		'data-known': String(cause.explanation !== undefined),
	});
	const heading = element('h4', undefined, { id: `error-cause-${index}` });
	heading.append(element('code', cause.code));
	const explanation = cause.explanation;
	if (explanation) heading.append(`: ${explanation.title}`);
	else heading.append(' ', element('span', resultLabels.unknown, { class: 'errors-badge' }));
	item.append(heading);
	item.append(element('p', explanation ? explanation.meaning : resultLabels.unknownText));
	if (cause.details.length > 0) {
		const details = element('dl', undefined, { class: 'errors-details not-content' });
		for (const detail of cause.details) {
			const value = element('dd');
			value.append(element('code', detail.value));
			details.append(element('dt', detail.label), value);
		}
		item.append(details);
	}
	if (explanation && explanation.steps.length > 0) {
		const steps = element('ol');
		for (const step of explanation.steps) {
			const line = element('li');
			line.append(...linkedNodes(step));
			steps.append(line);
		}
		item.append(element('p', resultLabels.steps, { class: 'errors-steps-label' }), steps);
	}
	if (explanation) {
		const sources = element('p', explanation.sources.length > 1 ? resultLabels.sources : resultLabels.source, {
			class: 'errors-source',
		});
		explanation.sources.forEach((id, at) => {
			const source = ERROR_SOURCES[id];
			sources.append(at === 0 ? ' ' : '; ', element('a', source.title, { href: source.url, rel: 'noreferrer' }));
		});
		item.append(sources);
	}
	return item;
}

/** Interprets the field's text and shows the result; a private key empties the field first. */
export function show(input: HTMLTextAreaElement, summary: HTMLElement, results: HTMLElement): void {
	const result = interpretErrorAnswer(input.value);
	switch (result.status) {
		case 'empty':
			summary.replaceChildren();
			results.replaceChildren();
			return;
		case 'private-key':
			input.value = '';
			summary.replaceChildren(element('p', resultLabels.refusalHeading));
			results.replaceChildren(refusal(result.messages));
			return;
		case 'too-long':
			if (result.privateKey) input.value = '';
			summary.replaceChildren(element('p', resultLabels.tooLong));
			results.replaceChildren(...(result.privateKey ? [refusal([resultLabels.refusalHeading])] : []));
			return;
	}
	const count = result.causes.length;
	summary.replaceChildren(
		element(
			'p',
			count === 0 ? resultLabels.nothingFound : count === 1 ? resultLabels.summaryOne : resultLabels.summaryMany(count),
		),
	);
	const causes = element('ol', undefined, { class: 'errors-causes' });
	causes.append(...result.causes.map(causeCard));
	results.replaceChildren(
		...secretsBox(result),
		...answered(result),
		...(count > 0 ? [element('h3', resultLabels.causes), causes] : []),
	);
}

export function showFileProblem(summary: HTMLElement, results: HTMLElement, problem: keyof typeof fileProblems): void {
	summary.replaceChildren(element('p', fileProblems[problem]));
	results.replaceChildren();
}
