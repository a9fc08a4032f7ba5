import type { StorageLike } from '../../src/stores/durable';

/** An in-memory Web Storage for unit tests, with switches for the failures browsers really have. */
export class MemoryStorage implements StorageLike {
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
