/**
 * <veiviser-assertion-check>: runs the client-assertion check (src/lib/helseid/assertion.ts) on what the user
 * pastes, with the chosen environment, client id and public key, and renders the findings and the decoded token.
 * Nothing is stored or sent; the `jti` values seen are kept in this element's memory only, to catch one reused.
 */
import type { TimeLine } from './render';
import { TokenTool } from './token-tool';

// The rules, jose and the texts load on first use (focus, paste), so the page's first script stays small.
let loading:
	| Promise<
			[
				typeof import('../../lib/helseid/assertion'),
				typeof import('../../lib/helseid/view'),
				typeof import('./render'),
				typeof import('../../lib/helseid/environments'),
				typeof import('../../lib/helseid/messages'),
			]
	  >
	| undefined;
const load = () =>
	(loading ??= Promise.all([
		import('../../lib/helseid/assertion'),
		import('../../lib/helseid/view'),
		import('./render'),
		import('../../lib/helseid/environments'),
		import('../../lib/helseid/messages'),
	]));

/** What the builder on the same page hands over with the `veiviser:client-assertion` event. */
export interface AssertionHandOver {
	readonly assertion: string;
	readonly publicKey: string;
	readonly clientId: string;
	readonly environment: string;
}

function isHandOver(value: unknown): value is AssertionHandOver {
	return (
		typeof value === 'object' &&
		value !== null &&
		['assertion', 'publicKey', 'clientId', 'environment'].every(
			(name) => typeof (value as Record<string, unknown>)[name] === 'string',
		)
	);
}

export class AssertionCheckElement extends TokenTool {
	#token!: HTMLTextAreaElement;
	#clientId!: HTMLInputElement;
	#key!: HTMLTextAreaElement;
	#keyStatus!: HTMLElement;
	#summary!: HTMLElement;
	#results!: HTMLElement;
	/** jti → signature of the first token seen with it: page memory only. */
	#seen = new Map<string, string>();

	protected connect(): void {
		this.#token = this.piece<HTMLTextAreaElement>('token')!;
		this.#clientId = this.piece<HTMLInputElement>('client-id')!;
		this.#key = this.piece<HTMLTextAreaElement>('key')!;
		this.#keyStatus = this.piece('key-status')!;
		this.#summary = this.piece('summary')!;
		this.#results = this.piece('results')!;
		this.wire([this.#token, this.#clientId, this.#key, ...this.#radios()], load);
		this.listen(this.piece('clear')!, 'click', () => {
			this.clear();
			this.#token.focus();
		});
		this.listen<CustomEvent<unknown>>(document, 'veiviser:client-assertion', (event) => {
			if (!isHandOver(event.detail)) return;
			const { assertion, publicKey, clientId, environment } = event.detail;
			this.#token.value = assertion;
			this.#key.value = publicKey;
			this.#clientId.value = clientId;
			for (const radio of this.#radios()) radio.checked = radio.value === environment;
			this.scrollIntoView({ block: 'start' });
			this.#token.focus({ preventScroll: true });
			void this.run();
		});
		if (this.#token.value.trim() || this.#key.value.trim()) void this.run();
	}

	#radios(): HTMLInputElement[] {
		return [...this.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
	}

	protected clear(): void {
		this.#token.value = '';
		this.#key.value = '';
		this.#clientId.value = '';
		this.#keyStatus.replaceChildren();
		this.#summary.replaceChildren();
		this.#results.replaceChildren();
		this.stopClock();
	}

	protected async check(isCurrent: () => boolean): Promise<void> {
		const [
			{ checkAssertion, CLOCK_SKEW_SECONDS },
			view,
			render,
			{ environmentOf },
			{ environmentNames, resultLabels },
		] = await load();
		const environment = environmentOf(this.#radios().find((radio) => radio.checked)?.value);
		const result = await checkAssertion(this.#token.value, {
			environment,
			clientId: this.#clientId.value,
			keyText: this.#key.value,
			now: Math.floor(Date.now() / 1000),
			seenJti: this.#seen,
		});
		if (!isCurrent()) return;

		// A refused private key goes from its field before anything is shown.
		if (result.key.status === 'private-key') this.#key.value = '';
		if (result.reading.status === 'private-key') this.#token.value = '';

		this.#keyStatus.replaceChildren(
			...(result.key.status === 'private-key'
				? [render.refusalBox(result.key.messages, 'assertion-key-refusal')]
				: view.keyStatusLines(result.key).map((line) => render.element('p', line))),
		);
		this.stopClock();
		const reading = result.reading;
		const shown = { summary: this.#summary, results: this.#results, render, refusalId: 'assertion-token-refusal' };
		if (this.showUnread(reading, shown)) return;
		const { header, payload, signature } = reading.decoded;
		const jti = payload['jti'];
		if (typeof jti === 'string' && !this.#seen.has(jti)) this.#seen.set(jti, signature);

		const timeOptions = { staleAfter: environment.maxLifetime.seconds, skew: CLOCK_SKEW_SECONDS };
		const timeLine: TimeLine = (time) => view.timeText(time, Math.floor(Date.now() / 1000), timeOptions);
		this.#summary.replaceChildren(
			render.element('p', view.summaryText('assertion', result.findings, environmentNames[environment.id]), {
				class: 'helseid-summary',
			}),
		);
		this.#results.replaceChildren(
			render.heading(resultLabels.findings),
			render.findingList(view.findingLines(result.findings)),
			render.heading(resultLabels.header),
			render.partList(view.partRows(header), timeLine),
			render.heading(resultLabels.payload),
			render.partList(view.partRows(payload), timeLine),
		);
		this.startClock(() => render.refreshTimes(this.#results, timeLine));
	}
}
