/**
 * <veiviser-key-check>: runs the key check (src/lib/keys/check.ts) on what the user pastes, types, picks or drops,
 * and renders what src/lib/keys/report.ts makes of the result. Nothing leaves the browser and nothing is stored,
 * except a thumbprint the user chooses to save for a kommune or the Verktøykatalogen mail (carry-over-offer.ts).
 */
import type { FindingLine, KeyCard, ResultReport } from '../../lib/keys/report';
import { copyText, downloadText } from '../shared/browser-output';
import { Island } from '../shared/island';

type Checker = typeof import('../../lib/keys/check');
type Report = typeof import('../../lib/keys/report');

// The checker, jose and every text load on first use (focus, paste, file), so the page's first script stays
// small, as Starlight's search loads Pagefind only when opened. All come from this site: nothing else is fetched.
let loading: Promise<[Checker, Report]> | undefined;
const load = () => (loading ??= Promise.all([import('../../lib/keys/check'), import('../../lib/keys/report')]));

/**
 * Typing waits this long after the last keystroke; anything that changes more than one character at once (a paste,
 * a drop, cutting, the generator's key) is checked at once. The check itself takes a few milliseconds.
 */
const TYPING_PAUSE_MS = 150;

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

export class KeyCheckElement extends Island {
	#input!: HTMLTextAreaElement;
	#file!: HTMLInputElement;
	#summary!: HTMLElement;
	#results!: HTMLElement;
	#refusal!: HTMLElement;
	#refusalFindings!: HTMLElement;
	#status!: HTMLElement;
	#report: Report | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#run = 0;
	/** The length of the text at the last input event, and the text of the newest check. */
	#length = 0;
	#checked: string | undefined;

	protected connect(): void {
		this.#input = this.piece<HTMLTextAreaElement>('input')!;
		this.#file = this.piece<HTMLInputElement>('file')!;
		this.#summary = this.piece('summary')!;
		this.#results = this.piece('results')!;
		this.#refusal = this.piece('refusal')!;
		this.#refusalFindings = this.piece('refusal-findings')!;
		this.#status = this.piece('status')!;

		this.listen(this.#input, 'focus', () => void load(), { once: true });
		this.listen(this.#input, 'input', () => {
			const text = this.#input.value;
			const typed = Math.abs(text.length - this.#length) <= 1;
			this.#length = text.length;
			// A paste of many lines comes as several input events with the same text: check it once.
			if (text === this.#checked) clearTimeout(this.#timer);
			else if (typed) this.#schedule(TYPING_PAUSE_MS);
			else void this.#check();
		});
		this.listen(this.#file, 'change', () => {
			const file = this.#file.files?.[0];
			if (file) void this.#readFile(file);
		});
		this.listen(this.piece('clear')!, 'click', () => {
			this.#input.value = '';
			this.#file.value = '';
			void this.#check();
			this.#input.focus();
		});
		this.listen<DragEvent>(this.#input, 'dragover', (event) => {
			if (event.dataTransfer?.types.includes('Files')) {
				event.preventDefault();
				this.#input.classList.add('is-dragging');
			}
		});
		this.listen(this.#input, 'dragleave', () => this.#input.classList.remove('is-dragging'));
		this.listen<DragEvent>(this.#input, 'drop', (event) => {
			this.#input.classList.remove('is-dragging');
			const file = event.dataTransfer?.files[0];
			if (file) {
				event.preventDefault();
				void this.#readFile(file);
			}
		});
		// The key generator on the same page hands its public key over with this event.
		this.listen<CustomEvent<unknown>>(document, 'veiviser:public-key', (event) => {
			if (typeof event.detail !== 'string') return;
			this.#input.value = event.detail;
			void this.#check();
		});
		if (this.#input.value.trim()) void this.#check();
	}

	override disconnectedCallback(): void {
		clearTimeout(this.#timer);
		super.disconnectedCallback();
	}

	#schedule(delay: number) {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#check(), delay);
	}

	async #readFile(file: File) {
		const [, report] = await load();
		if (report.isFileTooLarge(file.size)) {
			this.#summary.replaceChildren(element('p', report.checkStatusText('file-too-large')));
			return;
		}
		let bytes: Uint8Array;
		try {
			bytes = new Uint8Array(await file.arrayBuffer());
		} catch {
			this.#summary.replaceChildren(element('p', report.checkStatusText('file-unreadable')));
			return;
		}
		this.#input.value = report.keyFileText(bytes);
		this.#file.value = '';
		await this.#check();
	}

	async #check() {
		clearTimeout(this.#timer);
		const text = this.#input.value;
		this.#checked = text;
		this.#length = text.length;
		const run = ++this.#run;
		const [{ checkKey }, report] = await load();
		this.#report = report;
		const result = await checkKey(text);
		// A newer check started while this one ran: its result wins.
		if (run !== this.#run) return;
		if (result.status === 'private-key') {
			// Keep nothing: the text goes from the field (and the file chooser) before anything is shown.
			this.#input.value = '';
			this.#file.value = '';
			this.#checked = '';
			this.#length = 0;
			clearTimeout(this.#timer);
		}
		this.#render(report.reportOf(result));
	}

	#render(view: ResultReport) {
		this.#status.textContent = '';
		this.#refusal.hidden = !view.privateKey;
		this.#refusalFindings.replaceChildren(...(view.privateKey ? view.findings.map(findingItem) : []));
		if (view.privateKey || view.empty) {
			this.#summary.replaceChildren(...(view.privateKey ? [element('p', view.summary)] : []));
			this.#results.replaceChildren();
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
		this.#summary.replaceChildren(...summary);
		this.#results.replaceChildren(...view.cards.map((card) => this.#keyCard(card)));
	}

	#keyCard(card: KeyCard): HTMLElement {
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
		article.append(facts, findings, buttonRow(this.#copyButton(card.copyThumbprintLabel, card.thumbprint)));

		for (const output of card.outputs) {
			article.append(element('h4', output.heading));
			if (output.note) article.append(element('p', output.note));
			article.append(
				element('pre', output.text, { class: 'key-check-text' }),
				buttonRow(
					this.#copyButton(output.copyLabel, output.text),
					this.#button(output.downloadLabel, () => {
						downloadText(output.text, output.fileName, output.mediaType);
						this.#status.textContent = this.#report!.downloadStatusText(output.fileName);
					}),
				),
			);
		}
		if (card.carryOver) {
			const carry = element('div', undefined, { class: 'key-check-carry' });
			article.append(carry);
			// Where the key goes next: only after a check that found one, so its code loads then.
			void import('./carry-over-offer').then(({ offerCarryOver }) =>
				offerCarryOver(carry, card, this.#report!, {
					element,
					buttonRow,
					button: (label, onClick) => this.#button(label, onClick),
				}),
			);
		}
		return article;
	}

	#button(label: string, onClick: () => void): HTMLButtonElement {
		const button = element('button', label, { type: 'button', class: 'veiviser-button' });
		button.addEventListener('click', onClick);
		return button;
	}

	#copyButton(label: string, text: string): HTMLButtonElement {
		return this.#button(label, () => {
			void copyText(text).then((copied) => {
				this.#status.textContent = this.#report!.copyStatusText(copied);
			});
		});
	}
}
