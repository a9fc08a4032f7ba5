/**
 * <veiviser-dpop-builder>: makes a key pair in the browser and signs a DPoP proof for the method, URL, nonce and
 * access token the user gives (src/lib/helseid/dpop-builder.ts). The private key is a non-extractable WebCrypto key
 * in this element's memory: it signs, and nothing can read it out, show it, store it or send it. It is forgotten
 * when the user asks, picks another key type, or leaves the page; the access-token field is emptied then too.
 */
import type { ProofKey } from '../../lib/helseid/dpop-builder';
import { copyText } from '../shared/browser-output';
import { Island } from '../shared/island';

// The builder, jose and the texts load on the first click.
const load = () =>
	Promise.all([
		import('../../lib/helseid/dpop-builder'),
		import('../../lib/helseid/dpop-builder-messages'),
		import('../../lib/helseid/messages'),
	]);

/** What "Sjekk det" hands to the DPoP check on the same page (event `veiviser:dpop-proof`). */
export interface ProofHandOver {
	readonly proof: string;
	readonly method: string;
	readonly url: string;
	readonly nonce: string;
	readonly accessToken: string;
}

const OUTPUTS = ['proof', 'header', 'payload', 'thumbprint'] as const;
/** The fields a refusal can be about. */
const FIELDS = ['method', 'url', 'access-token'] as const;

export class DpopBuilderElement extends Island {
	/** The pair made for this page: in memory only, its private half not extractable. */
	#key: ProofKey | undefined;
	#handOver: ProofHandOver | undefined;

	protected connect(): void {
		this.listen(this.piece('build')!, 'click', () => void this.#build());
		this.listen(this.piece('rebuild')!, 'click', () => void this.#build());
		this.listen(this.piece('check')!, 'click', () => {
			if (this.#handOver) document.dispatchEvent(new CustomEvent('veiviser:dpop-proof', { detail: this.#handOver }));
		});
		this.listen(this.piece('copy-proof')!, 'click', () => void this.#copy());
		for (const radio of this.querySelectorAll('input[type="radio"]'))
			this.listen(radio, 'change', () => this.#forget());
		this.listen(this.piece('forget')!, 'click', () => {
			this.#forget();
			void load().then(([, { dpopBuilderMessages }]) => this.#say(dpopBuilderMessages.forgotten));
			this.piece<HTMLButtonElement>('build')!.focus();
		});
		this.listen(window, 'pagehide', () => {
			this.#forget();
			this.piece<HTMLTextAreaElement>('access-token')!.value = '';
		});
	}

	#say(text: string): void {
		this.piece('status')!.textContent = text;
	}

	async #copy(): Promise<void> {
		const [, , { resultLabels }] = await load();
		const copied = await copyText(this.piece('proof')!.textContent ?? '');
		this.#say(copied ? resultLabels.copied : resultLabels.copyFailed);
	}

	#forget(): void {
		this.#key = undefined;
		this.#handOver = undefined;
		this.piece('output')!.hidden = true;
		for (const role of [...OUTPUTS, 'notes']) this.piece(role)!.replaceChildren();
	}

	async #build(): Promise<void> {
		const button = this.piece<HTMLButtonElement>('build')!;
		const accessTokenField = this.piece<HTMLTextAreaElement>('access-token')!;
		const [builder, { dpopBuilderMessages, proofErrorMessages, proofNoteMessages }] = await load();
		const alg = builder.proofAlgOf(this.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value);
		button.disabled = true;
		try {
			if (!this.#key) {
				this.#say(dpopBuilderMessages.generating(alg));
				this.#key = await builder.generateProofKey(alg);
			}
			const draft = {
				method: this.piece<HTMLSelectElement>('method')!.value,
				url: this.piece<HTMLInputElement>('url')!.value,
				nonce: this.piece<HTMLInputElement>('nonce')!.value,
				accessToken: accessTokenField.value,
			};
			const result = await builder.buildDpopProof(this.#key, { ...draft, now: Math.floor(Date.now() / 1000) });
			for (const role of FIELDS) this.piece(role)!.removeAttribute('aria-invalid');
			if (!result.ok) {
				if (result.error === 'access-token-private-key') accessTokenField.value = '';
				this.piece('output')!.hidden = true;
				this.#say(proofErrorMessages[result.error]);
				// The field at fault is marked (a red border, and screen readers say «ugyldig») and gets focus.
				const field = this.piece(
					result.error.startsWith('url') ? 'url' : result.error === 'method-invalid' ? 'method' : 'access-token',
				)!;
				field.setAttribute('aria-invalid', 'true');
				field.focus();
				return;
			}
			const { proof, header, payload, notes } = result.value;
			this.piece('proof')!.textContent = proof;
			this.piece('header')!.textContent = JSON.stringify(header, null, 2);
			this.piece('payload')!.textContent = JSON.stringify(payload, null, 2);
			this.piece('thumbprint')!.textContent = this.#key.thumbprint;
			this.piece('notes')!.replaceChildren(
				...notes.map((note) => Object.assign(document.createElement('li'), { textContent: proofNoteMessages[note] })),
			);
			this.piece('notes-part')!.hidden = notes.length === 0;
			this.piece('output')!.hidden = false;
			this.#handOver = { proof, ...draft };
			this.#say(dpopBuilderMessages.built(alg));
		} catch {
			this.#forget();
			this.#say(dpopBuilderMessages.unsupported);
		} finally {
			button.disabled = false;
		}
	}
}
