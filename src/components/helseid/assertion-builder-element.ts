/**
 * <veiviser-assertion-builder>: makes a key pair in the browser (the key generator, src/lib/keys/generate.ts),
 * signs a client assertion for the chosen environment with it (src/lib/helseid/builder.ts), and shows the token
 * request it belongs in. The private key lives only in this element's memory: never shown, stored or sent, and
 * forgotten when the user asks or leaves the page.
 */
import type { JWK } from 'jose';
import { copyText } from '../shared/browser-output';
import { Island } from '../shared/island';

// The generator, the builder, jose and the texts load on the first click.
const load = () =>
	Promise.all([
		import('../../lib/keys/generate'),
		import('../../lib/helseid/builder'),
		import('../../lib/helseid/environments'),
		import('../../lib/helseid/messages'),
	]);

interface KeyPair {
	readonly privateJwk: JWK;
	readonly kid: string;
	readonly publicJwk: string;
}

export class AssertionBuilderElement extends Island {
	/** The pair made for this page: in memory only. */
	#pair: KeyPair | undefined;
	#handOver: { assertion: string; publicKey: string; clientId: string; environment: string } | undefined;

	protected connect(): void {
		const status = this.piece('status')!;
		this.listen(this.piece('build')!, 'click', () => void this.#build());
		this.listen(this.piece('rebuild')!, 'click', () => void this.#build());
		this.listen(this.piece('check')!, 'click', () => {
			if (this.#handOver)
				document.dispatchEvent(new CustomEvent('veiviser:client-assertion', { detail: this.#handOver }));
		});
		for (const role of ['assertion', 'http', 'curl']) {
			this.listen(this.piece(`copy-${role}`)!, 'click', () => void this.#copy(role));
		}
		this.listen(this.piece('forget')!, 'click', () => {
			this.#forget();
			void load().then(([, , , { builderMessages }]) => (status.textContent = builderMessages.forgotten));
			this.piece<HTMLButtonElement>('build')!.focus();
		});
		this.listen(window, 'pagehide', () => this.#forget());
	}

	async #copy(role: string): Promise<void> {
		const [, , , { resultLabels }] = await load();
		const copied = await copyText(this.piece(role)!.textContent ?? '');
		this.piece('status')!.textContent = copied ? resultLabels.copied : resultLabels.copyFailed;
	}

	#forget(): void {
		this.#pair = undefined;
		this.#handOver = undefined;
		this.piece('output')!.hidden = true;
		for (const role of ['assertion', 'http', 'curl', 'public-key']) this.piece(role)!.textContent = '';
	}

	async #build(): Promise<void> {
		const status = this.piece('status')!;
		const button = this.piece<HTMLButtonElement>('build')!;
		const clientIdField = this.piece<HTMLInputElement>('client-id')!;
		const [{ generateKeyPair }, builder, { environmentOf }, { builderMessages, environmentNames }] = await load();
		const clientId = clientIdField.value.trim();
		if (!clientId) {
			status.textContent = builderMessages.needClientId;
			clientIdField.focus();
			return;
		}
		const environment = environmentOf(this.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value);
		button.disabled = true;
		try {
			if (!this.#pair) {
				status.textContent = builderMessages.generating;
				const result = await generateKeyPair(2048, builder.BUILDER_ALG);
				if (!result.ok) {
					status.textContent = result.error.message;
					return;
				}
				this.#pair = {
					privateJwk: JSON.parse(result.value.privateJwk) as JWK,
					kid: result.value.thumbprint,
					publicJwk: result.value.publicJwk,
				};
			}
			const pair = this.#pair;
			const assertion = await builder.buildAssertion(pair.privateJwk, {
				environment,
				clientId,
				kid: pair.kid,
				now: Math.floor(Date.now() / 1000),
				jti: builder.newJti(),
			});
			const request = builder.tokenRequest(
				environment,
				clientId,
				assertion,
				this.piece<HTMLInputElement>('scope')!.value,
			);
			this.piece('assertion')!.textContent = assertion;
			this.piece('http')!.textContent = request?.http ?? '';
			this.piece('curl')!.textContent = request?.curl ?? '';
			this.piece('request')!.hidden = !request;
			this.piece('no-request')!.hidden = !!request;
			this.piece('public-key')!.textContent = pair.publicJwk;
			this.piece('output')!.hidden = false;
			this.#handOver = { assertion, publicKey: pair.publicJwk, clientId, environment: environment.id };
			status.textContent = builderMessages.built(environmentNames[environment.id], builder.BUILDER_LIFETIME_SECONDS);
		} finally {
			button.disabled = false;
		}
	}
}
