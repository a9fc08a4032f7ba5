/**
 * Defines a custom element when the user first reaches for it, not when the page loads: the element's HTML is
 * complete as the server rendered it, and its code loads on the first focus, pointer press or click inside it.
 * A click on a button that comes before the code has arrived is held and given again once the element is live,
 * so a quick first click still does its work. For the builders, whose every action starts with a button.
 */
export function defineOnFirstUse(tag: string, load: () => Promise<CustomElementConstructor>): void {
	const hosts = document.querySelectorAll(tag);
	if (hosts.length === 0) return;
	let loading: Promise<void> | undefined;
	const start = () =>
		(loading ??= load().then(
			(element) => {
				if (!customElements.get(tag)) customElements.define(tag, element);
			},
			(error: unknown) => {
				loading = undefined; // a later use tries again
				throw error;
			},
		));
	for (const host of hosts) {
		for (const type of ['focusin', 'pointerdown'])
			host.addEventListener(type, () => void start().catch(() => undefined), { once: true });
		host.addEventListener(
			'click',
			(event) => {
				if (customElements.get(tag)) return;
				const button = event.target instanceof Element ? event.target.closest('button') : null;
				if (!button) return;
				event.stopImmediatePropagation();
				void start().then(
					() => button.click(),
					() => undefined,
				);
			},
			{ capture: true },
		);
	}
}
