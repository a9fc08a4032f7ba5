/**
 * <veiviser-key-check>: runs the key check (src/lib/keys/check.ts) on what the user pastes, types, picks or drops,
 * and draws what src/lib/keys/report.ts makes of the result (key-check-render.ts). Nothing leaves the browser and nothing is stored,
 * except a thumbprint the user chooses to save for a kommune or the Verktøykatalogen mail (carry-over-offer.ts).
 */
import { Island } from '../shared/island';
import type { KeyCheckParts } from './key-check-render';

type Checker = typeof import('../../lib/keys/check');
type Report = typeof import('../../lib/keys/report');
type Render = typeof import('./key-check-render');

// The checker, jose, every text and the drawing of a result load on first use (focus, paste, file), so the page's
// first script stays small, as Starlight's search loads Pagefind only when opened. All come from this site: nothing
// else is fetched.
let loading: Promise<[Checker, Report, Render]> | undefined;
const load = () =>
	(loading ??= Promise.all([
		import('../../lib/keys/check'),
		import('../../lib/keys/report'),
		import('./key-check-render'),
	]));

/**
 * Typing waits this long after the last keystroke; anything that changes more than one character at once (a paste,
 * a drop, cutting, the generator's key) is checked at once. The check itself takes a few milliseconds.
 */
const TYPING_PAUSE_MS = 150;

export class KeyCheckElement extends Island {
	#input!: HTMLTextAreaElement;
	#file!: HTMLInputElement;
	#parts!: KeyCheckParts;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#run = 0;
	/** The length of the text at the last input event, and the text of the newest check. */
	#length = 0;
	#checked: string | undefined;

	protected connect(): void {
		this.#input = this.piece<HTMLTextAreaElement>('input')!;
		this.#file = this.piece<HTMLInputElement>('file')!;
		this.#parts = {
			summary: this.piece('summary')!,
			results: this.piece('results')!,
			refusal: this.piece('refusal')!,
			refusalFindings: this.piece('refusal-findings')!,
			status: this.piece('status')!,
		};

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
		const [, report, { element }] = await load();
		if (report.isFileTooLarge(file.size)) {
			this.#parts.summary.replaceChildren(element('p', report.checkStatusText('file-too-large')));
			return;
		}
		let bytes: Uint8Array;
		try {
			bytes = new Uint8Array(await file.arrayBuffer());
		} catch {
			this.#parts.summary.replaceChildren(element('p', report.checkStatusText('file-unreadable')));
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
		const [{ checkKey }, report, { renderResult }] = await load();
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
		renderResult(this.#parts, report.reportOf(result), report);
	}
}
