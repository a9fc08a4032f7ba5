/**
 * The headers `buildEml` (src/lib/mail/eml.ts) writes, in order: the address headers (Cc only when there is a copy
 * recipient), then the six it always writes. Stated here rather than read from eml.ts, so the tests check eml.ts
 * against it.
 */
export const ADDRESS_HEADERS = ['From', 'To', 'Cc'] as const;
export const FIXED_HEADERS = [
	'Subject',
	'Date',
	'X-Unsent',
	'MIME-Version',
	'Content-Type',
	'Content-Transfer-Encoding',
] as const;
export const EML_HEADERS: readonly string[] = [...ADDRESS_HEADERS, ...FIXED_HEADERS];
