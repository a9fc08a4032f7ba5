/**
 * A plausibility check for an e-mail address typed into the profile. Not RFC 5322's full grammar (which allows
 * addresses no mail program accepts); it catches what people actually get wrong: a missing `@`, no domain, spaces.
 * The Norwegian messages for the error codes are in ./messages.ts.
 */

export type EmailError = 'empty' | 'has-space' | 'no-at' | 'bad-domain';

export type EmailResult = { ok: true; value: string } | { ok: false; error: { code: EmailError } };

export function checkEmail(input: string): EmailResult {
	const value = input.trim();
	if (value === '') return { ok: false, error: { code: 'empty' } };
	if (/\s/.test(value)) return { ok: false, error: { code: 'has-space' } };
	const at = value.lastIndexOf('@');
	if (at < 1) return { ok: false, error: { code: 'no-at' } };
	// The domain needs a dot with text on both sides, and no empty labels (RFC 1035 §2.3.1).
	const domain = value.slice(at + 1);
	if (!/^[^.@]+(\.[^.@]+)+$/.test(domain)) return { ok: false, error: { code: 'bad-domain' } };
	return { ok: true, value };
}
