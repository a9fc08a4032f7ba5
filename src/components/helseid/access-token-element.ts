/**
 * <veiviser-access-token>: explains a pasted access token (src/lib/helseid/access-token.ts): every claim in words,
 * VKP's scopes one by one, `exp` counted down. The token is a secret: never stored or sent, and the field is
 * emptied when the user leaves the page.
 */
import type { TimeLine } from './render';
import { TokenTool } from './token-tool';

let loading:
	| Promise<
			[
				typeof import('../../lib/helseid/access-token'),
				typeof import('../../lib/helseid/view'),
				typeof import('./render'),
				typeof import('../../lib/helseid/messages'),
				typeof import('../../lib/helseid/sources'),
			]
	  >
	| undefined;
const load = () =>
	(loading ??= Promise.all([
		import('../../lib/helseid/access-token'),
		import('../../lib/helseid/view'),
		import('./render'),
		import('../../lib/helseid/messages'),
		import('../../lib/helseid/sources'),
	]));

export class AccessTokenElement extends TokenTool {
	#token!: HTMLTextAreaElement;
	#summary!: HTMLElement;
	#results!: HTMLElement;

	protected connect(): void {
		this.#token = this.piece<HTMLTextAreaElement>('token')!;
		this.#summary = this.piece('summary')!;
		this.#results = this.piece('results')!;
		this.wire([this.#token], load);
		this.listen(this.piece('clear')!, 'click', () => {
			this.clear();
			this.#token.focus();
		});
		if (this.#token.value.trim()) void this.run();
	}

	protected clear(): void {
		this.#token.value = '';
		this.#summary.replaceChildren();
		this.#results.replaceChildren();
		this.stopClock();
	}

	protected async check(isCurrent: () => boolean): Promise<void> {
		const [{ explainAccessToken }, view, render, { resultLabels }, { SOURCES }] = await load();
		const result = await explainAccessToken(this.#token.value, Math.floor(Date.now() / 1000));
		if (!isCurrent()) return;
		if (result.reading.status === 'private-key') this.#token.value = '';
		this.stopClock();
		const reading = result.reading;
		const shown = { summary: this.#summary, results: this.#results, render, refusalId: 'access-token-refusal' };
		if (this.showUnread(reading, shown)) return;
		const timeLine: TimeLine = (time) => view.timeText(time, Math.floor(Date.now() / 1000));
		this.#summary.replaceChildren(
			render.element('p', view.summaryText('token', result.findings), { class: 'helseid-summary' }),
		);
		this.#results.replaceChildren(
			render.heading(resultLabels.findings),
			render.findingList(view.findingLines(result.findings)),
			render.heading(resultLabels.payload),
			render.claimList(result.claims, timeLine, SOURCES),
			render.heading(resultLabels.header),
			render.claimList(result.header, timeLine, SOURCES),
		);
		this.startClock(() => render.refreshTimes(this.#results, timeLine));
	}
}
