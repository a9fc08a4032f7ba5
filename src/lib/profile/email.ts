/**
 * The check for an e-mail address typed into the profile, which every draft's `From:` and signature use. Not RFC
 * 5322's full grammar (quoted local parts, comments and display names are allowed there, and no mail program
 * offers them to a user); it takes what people actually write and refuses what would break a mail header: more
 * than one address, spaces or line breaks, characters a local part cannot have (RFC 5322 §3.4.1 dot-atom), a
 * local part with æ, ø or å (only SMTPUTF8 servers, RFC 6531, take it, and few do), and a domain that is not one.
 * A domain with æ, ø or å (blåbær.no) is fine: the .eml writer puts it in its ASCII form (IDNA, RFC 5891).
 * The Norwegian messages for the error codes are in ./messages.ts.
 */

export type EmailError =
	'empty' | 'has-space' | 'several' | 'no-at' | 'non-ascii-local' | 'bad-local' | 'bad-domain' | 'too-long';

export type EmailResult = { ok: true; value: string } | { ok: false; error: { code: EmailError } };

/** RFC 5321 §4.5.3.1: at most 64 characters before the @ and 254 in all (the 256 of a path, less its <>). */
const MAX_LOCAL = 64;
const MAX_ADDRESS = 254;

/** RFC 5322 §3.2.3 atext, and dots between (never first, last or two together). */
const DOT_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
/** A domain label: letters (any script) and digits, hyphens inside (RFC 1035 §2.3.1, RFC 5891 §4.2.3). */
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}-]{0,61}[\p{L}\p{N}\p{M}])?$/u;

const refuse = (code: EmailError): EmailResult => ({ ok: false, error: { code } });

export function checkEmail(input: string): EmailResult {
	const value = input.trim();
	if (value === '') return refuse('empty');
	const at = value.indexOf('@');
	// Two @ are two addresses ("a@x.no, b@y.no"): one field holds one address.
	if (at !== value.lastIndexOf('@')) return refuse('several');
	if (/\s/.test(value)) return refuse('has-space');
	if (at < 1) return refuse('no-at');
	if (value.length > MAX_ADDRESS || at > MAX_LOCAL) return refuse('too-long');
	const local = value.slice(0, at);
	if (/[\u0080-\u{10ffff}]/u.test(local)) return refuse('non-ascii-local');
	if (!DOT_ATOM.test(local)) return refuse('bad-local');
	const labels = value.slice(at + 1).split('.');
	if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return refuse('bad-domain');
	return { ok: true, value };
}
