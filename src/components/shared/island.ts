/**
 * The base of our custom elements (the islands). Whatever an island subscribes to or listens on outside itself
 * (stores, `document`) is registered through `watch` and `listen`, and ends when the element leaves the page, so
 * no island leaks a subscription or a listener.
 */
import type { ReadableAtom } from 'nanostores';

export abstract class Island extends HTMLElement {
	#cleanups: (() => void)[] = [];

	connectedCallback(): void {
		this.connect();
	}

	disconnectedCallback(): void {
		for (const cleanup of this.#cleanups.splice(0)) cleanup();
	}

	/** Wires events and stores; called each time the element is put on the page. */
	protected abstract connect(): void;

	/** Calls `render` now and again whenever one of the stores changes, until the element is removed. */
	protected watch(stores: readonly ReadableAtom<unknown>[], render: () => void): void {
		for (const store of stores) this.#cleanups.push(store.listen(() => render()));
		render();
	}

	/** Adds an event listener that is removed with the element. */
	protected listen<E extends Event = Event>(
		target: EventTarget,
		type: string,
		handler: (event: E) => void,
		options?: AddEventListenerOptions,
	): void {
		const listener = handler as EventListener;
		target.addEventListener(type, listener, options);
		this.#cleanups.push(() => target.removeEventListener(type, listener, options));
	}

	/** The element inside this island with `data-role="…"`. */
	protected piece<T extends HTMLElement = HTMLElement>(role: string, root: ParentNode = this): T | null {
		return root.querySelector<T>(`[data-role="${role}"]`);
	}
}
