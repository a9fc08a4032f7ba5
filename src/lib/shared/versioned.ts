/**
 * Stored data and export files carry a schema version. `readVersioned` brings data of any older version up to the
 * current one, one migration at a time, and then validates it; it never throws, so a failing migration makes the
 * data unreadable (and kept as it was by the caller), not lost.
 */

/** `migrations[n]` turns version n data into version n + 1 data. */
export type Migrations = Readonly<Record<number, (data: unknown) => unknown>>;

export function readVersioned<T>(
	data: unknown,
	storedVersion: number,
	currentVersion: number,
	migrations: Migrations,
	readCurrent: (data: unknown) => T | undefined,
): T | undefined {
	if (!Number.isInteger(storedVersion) || storedVersion < 1 || storedVersion > currentVersion) return undefined;
	let current = data;
	try {
		for (let version = storedVersion; version < currentVersion; version += 1) {
			// A missing migration throws here too (undefined is not a function): unreadable, like a failing one.
			current = migrations[version]!(current);
		}
		return readCurrent(current);
	} catch {
		// Unreadable: the caller keeps the data as it was.
	}
	return undefined;
}
