/**
 * What the three HelseID token islands (client-assertion check, DPoP check, access-token explainer) share: a check
 * that runs shortly after typing and at once on paste, where only the newest run may render; a clock that updates
 * the shown times each second; and fields that are emptied when the user leaves the page, so a pasted token is
 * not left behind in the page or in the browser's restored form state.
 */
import type { TokenReading } from '../../lib/helseid/reading';
import { Island } from '../shared/island';

/** The render helpers, loaded with each island's code on first use (so only as a type here). */
type Render = typeof import('./render');

const DEBOUNCE_MS = 250;

export abstract class TokenTool extends Island {
	#timer: ReturnType<typeof setTimeout> | undefined;
	#clock: ReturnType<typeof setInterval> | undefined;
	#run = 0;

	/** Runs the check and renders it; `isCurrent()` says whether a newer run has started meanwhile. */
	protected abstract check(isCurrent: () => boolean): Promise<void>;

	/** Empties every field and result: called when the user leaves the page, and by "Tøm feltene". */
	protected abstract clear(): void;

	/** Wires the common events: check on input (debounced), paste and change; clear on leaving the page. */
	protected wire(fields: readonly HTMLElement[], load: () => Promise<unknown>): void {
		for (const field of fields) {
			this.listen(field, 'focus', () => void load(), { once: true });
			this.listen(field, 'input', () => this.schedule(DEBOUNCE_MS));
			this.listen(field, 'paste', () => this.schedule(0));
			this.listen(field, 'change', () => this.schedule(0));
		}
		// pagehide also fires when the page goes into the back-forward cache: nothing pasted stays in it.
		this.listen(window, 'pagehide', () => this.clear());
	}

	protected schedule(delay: number): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.run(), delay);
	}

	protected async run(): Promise<void> {
		clearTimeout(this.#timer);
		const run = ++this.#run;
		await this.check(() => run === this.#run);
	}

	/** Calls `tick` every second while results with times are shown; `stopClock` ends it. */
	protected startClock(tick: () => void): void {
		this.stopClock();
		this.#clock = setInterval(tick, 1000);
	}

	protected stopClock(): void {
		clearInterval(this.#clock);
		this.#clock = undefined;
	}

	/**
	 * Shows a reading that holds no token (nothing pasted, a refusal, an unreadable text) in the island's summary and
	 * results, and says whether it did: only a token that was read is left to the island.
	 */
	protected showUnread(
		reading: TokenReading,
		shown: { summary: HTMLElement; results: HTMLElement; render: Render; refusalId: string },
	): reading is Exclude<TokenReading, { status: 'read' }> {
		if (reading.status === 'read') return false;
		const { summary, results, render, refusalId } = shown;
		summary.replaceChildren(...(reading.status === 'unreadable' ? [render.element('p', reading.message)] : []));
		results.replaceChildren(
			...(reading.status === 'private-key' ? [render.refusalBox(reading.messages, refusalId)] : []),
		);
		return true;
	}

	override disconnectedCallback(): void {
		clearTimeout(this.#timer);
		this.stopClock();
		super.disconnectedCallback();
	}
}
