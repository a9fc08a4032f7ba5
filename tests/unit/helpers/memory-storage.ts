import { vi } from 'vitest';

/** An in-memory Web Storage for unit tests, with switches for the failures browsers really have. */
export class MemoryStorage {
	readonly items = new Map<string, string>();
	/** When set, setItem throws as a full localStorage does (QuotaExceededError). */
	full = false;

	getItem(key: string): string | null {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string): void {
		if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		this.items.set(key, value);
	}
	removeItem(key: string): void {
		this.items.delete(key);
	}
}

/** Storage as private mode or blocked cookies leave it: every access throws. */
class DisabledStorage {
	getItem(): never {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	}
	setItem(): never {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	}
	removeItem(): never {
		throw new DOMException('The operation is insecure.', 'SecurityError');
	}
}

/**
 * Imports a module fresh, as a new page load would, with `localStorage` being the given storage (or one that
 * refuses every access). The durable layer probes `localStorage` when it is first imported, so the modules are
 * reset first; no test hook in the production code is needed.
 */
export async function withStorage<T>(storage: MemoryStorage | 'disabled', load: () => Promise<T>): Promise<T> {
	vi.resetModules();
	vi.stubGlobal('localStorage', storage === 'disabled' ? new DisabledStorage() : storage);
	return load();
}
