/**
 * <veiviser-dpop-check>: runs the DPoP proof check (src/lib/helseid/dpop.ts) on the pasted proof, with the method,
 * URL, nonce and access token the user gives, and renders the findings and the decoded proof. The access token is a
 * secret: it is never shown, stored or sent, and every field is emptied when the user leaves the page.
 */
import { isRecord } from '../../lib/shared/record';
import type { ProofHandOver } from './dpop-builder-element';
import type { TimeLine } from './render';
import { TokenTool } from './token-tool';

const HAND_OVER_FIELDS = ['proof', 'method', 'url', 'nonce', 'accessToken'] as const;

function isHandOver(value: unknown): value is ProofHandOver {
	return isRecord(value) && HAND_OVER_FIELDS.every((name) => typeof value[name] === 'string');
}

let loading:
	| Promise<
			[
				typeof import('../../lib/helseid/dpop'),
				typeof import('../../lib/helseid/view'),
				typeof import('./render'),
				typeof import('../../lib/helseid/messages'),
			]
	  >
	| undefined;
const load = () =>
	(loading ??= Promise.all([
		import('../../lib/helseid/dpop'),
		import('../../lib/helseid/view'),
		import('./render'),
		import('../../lib/helseid/messages'),
	]));

export class DpopCheckElement extends TokenTool {
	#proof!: HTMLTextAreaElement;
	#method!: HTMLSelectElement;
	#url!: HTMLInputElement;
	#nonce!: HTMLInputElement;
	#accessToken!: HTMLTextAreaElement;
	#tokenStatus!: HTMLElement;
	#summary!: HTMLElement;
	#results!: HTMLElement;
	/** jti → signature of the first proof seen with it: page memory only. */
	#seen = new Map<string, string>();

	protected connect(): void {
		this.#proof = this.piece<HTMLTextAreaElement>('proof')!;
		this.#method = this.piece<HTMLSelectElement>('method')!;
		this.#url = this.piece<HTMLInputElement>('url')!;
		this.#nonce = this.piece<HTMLInputElement>('nonce')!;
		this.#accessToken = this.piece<HTMLTextAreaElement>('access-token')!;
		this.#tokenStatus = this.piece('token-status')!;
		this.#summary = this.piece('summary')!;
		this.#results = this.piece('results')!;
		this.wire([this.#proof, this.#method, this.#url, this.#nonce, this.#accessToken], load);
		this.listen(this.piece('clear')!, 'click', () => {
			this.clear();
			this.#proof.focus();
		});
		// "Sjekk det" in the DPoP proof builder on the same page.
		this.listen<CustomEvent<unknown>>(document, 'veiviser:dpop-proof', (event) => {
			if (!isHandOver(event.detail)) return;
			const { proof, method, url, nonce, accessToken } = event.detail;
			this.#proof.value = proof;
			this.#method.value = method;
			this.#url.value = url;
			this.#nonce.value = nonce;
			this.#accessToken.value = accessToken;
			this.scrollIntoView({ block: 'start' });
			this.#proof.focus({ preventScroll: true });
			void this.run();
		});
		if (this.#proof.value.trim()) void this.run();
	}

	protected clear(): void {
		for (const field of [this.#proof, this.#url, this.#nonce, this.#accessToken]) field.value = '';
		this.#method.value = '';
		for (const part of [this.#tokenStatus, this.#summary, this.#results]) part.replaceChildren();
		this.stopClock();
	}

	protected async check(isCurrent: () => boolean): Promise<void> {
		const [{ checkDpopProof, PROOF_MAX_AGE_SECONDS }, view, render, { resultLabels }] = await load();
		const result = await checkDpopProof(this.#proof.value, {
			method: this.#method.value,
			url: this.#url.value,
			nonce: this.#nonce.value,
			accessToken: this.#accessToken.value,
			now: Math.floor(Date.now() / 1000),
			seenJti: this.#seen,
		});
		if (!isCurrent()) return;
		if (result.accessToken === 'private-key') this.#accessToken.value = '';
		if (result.reading.status === 'private-key') this.#proof.value = '';
		this.#tokenStatus.replaceChildren(
			...(result.accessTokenRefusal ? [render.refusalBox(result.accessTokenRefusal, 'dpop-token-refusal')] : []),
		);
		this.stopClock();
		const reading = result.reading;
		const shown = { summary: this.#summary, results: this.#results, render, refusalId: 'dpop-proof-refusal' };
		if (this.showUnread(reading, shown)) return;
		const { header, payload, signature } = reading.decoded;
		const jti = payload['jti'];
		if (typeof jti === 'string' && !this.#seen.has(jti)) this.#seen.set(jti, signature);
		const timeLine: TimeLine = (time) =>
			view.timeText(time, Math.floor(Date.now() / 1000), { staleAfter: PROOF_MAX_AGE_SECONDS, skew: 5 });
		this.#summary.replaceChildren(
			render.element('p', view.summaryText('dpop', result.findings), { class: 'helseid-summary' }),
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
