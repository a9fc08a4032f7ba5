/** A plain object (not null, not an array): the first check on any JSON or stored value before reading a member. */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
