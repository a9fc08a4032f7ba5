/**
 * <veiviser-error-response>: reads what the user pastes, types, picks or drops and shows the interpretation
 * (src/lib/errors/interpret.ts). Up front only the wiring loads; the interpreter, its texts and the rendering come on
 * first use (focus, paste, a file). Nothing is stored or sent, and the field is emptied when the user leaves the
 * page, so a pasted token is not left in the page or in the browser's restored form state.
 */
import { Island } from '../shared/island';

const TYPING_PAUSE_MS = 250;
/** A file larger than this is not read: an error answer is a few kilobytes (the interpreter reads 200,000 characters). */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

let loading: Promise<typeof import('./render-errors')> | undefined;
const load = () => (loading ??= import('./render-errors'));

export class ErrorResponseElement extends Island {
	#input!: HTMLTextAreaElement;
	#file!: HTMLInputElement;
	#summary!: HTMLElement;
	#results!: HTMLElement;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#run = 0;

	protected connect(): void {
		this.#input = this.piece<HTMLTextAreaElement>('input')!;
		this.#file = this.piece<HTMLInputElement>('file')!;
		this.#summary = this.piece('summary')!;
		this.#results = this.piece('results')!;
		this.listen(this.#input, 'focus', () => void load(), { once: true });
		this.listen(this.#input, 'input', () => this.#schedule(TYPING_PAUSE_MS));
		this.listen(this.#input, 'paste', () => this.#schedule(0));
		this.listen(this.#file, 'change', () => {
			const file = this.#file.files?.[0];
			if (file) void this.#readFile(file);
		});
		this.listen(this.piece('clear')!, 'click', () => {
			this.#clear();
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
		// pagehide also fires when the page goes into the back-forward cache: nothing pasted stays in it.
		this.listen(window, 'pagehide', () => this.#clear());
		if (this.#input.value.trim()) void this.#check();
	}

	override disconnectedCallback(): void {
		clearTimeout(this.#timer);
		super.disconnectedCallback();
	}

	#schedule(delay: number): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#check(), delay);
	}

	#clear(): void {
		clearTimeout(this.#timer);
		this.#run++;
		this.#input.value = '';
		this.#file.value = '';
		this.#summary.replaceChildren();
		this.#results.replaceChildren();
	}

	async #readFile(file: File): Promise<void> {
		const render = await load();
		this.#file.value = '';
		if (file.size > MAX_FILE_BYTES) {
			render.showFileProblem(this.#summary, this.#results, 'too-large');
			return;
		}
		try {
			this.#input.value = await file.text();
		} catch {
			render.showFileProblem(this.#summary, this.#results, 'unreadable');
			return;
		}
		await this.#check();
	}

	async #check(): Promise<void> {
		clearTimeout(this.#timer);
		const run = ++this.#run;
		const render = await load();
		if (run !== this.#run) return;
		render.show(this.#input, this.#summary, this.#results);
	}
}
