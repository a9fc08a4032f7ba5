/**
 * An RFC 7638 SHA-256 thumbprint as the site stores it: 32 bytes in base64url without padding (43 characters).
 * Kept for a VKP kommune's HelseID client (src/lib/kommuner/chosen.ts) and for the Verktøykatalogen API client
 * (src/lib/profile/profile.ts).
 */
export const THUMBPRINT = /^[A-Za-z0-9_-]{43}$/;

export function isThumbprint(value: unknown): value is string {
	return typeof value === 'string' && THUMBPRINT.test(value);
}
