/**
 * A real mail parser for the tests: Python's standard `email` package with `policy.default` (RFC 5322 and RFC 2047
 * as mail programs read them), run once for a whole batch of messages. python3 is on every machine this project is
 * built on, CI included; a missing python3 fails the test that needs it rather than skipping it.
 */
import { spawnSync } from 'node:child_process';

export interface ParsedMail {
	/** Header names in order, as written. */
	readonly headers: readonly string[];
	readonly subject: string | null;
	readonly from: readonly string[];
	readonly to: readonly string[];
	readonly cc: readonly string[];
	readonly bcc: readonly string[];
	readonly body: string;
	/** Every defect the parser noted, for the message and for each header. */
	readonly defects: readonly string[];
}

const SCRIPT = String.raw`
import json, sys
from email import message_from_bytes, policy

def addresses(msg, name):
    header = msg[name]
    return [] if header is None else [a.addr_spec for a in header.addresses]

out = []
for raw in json.load(sys.stdin):
    msg = message_from_bytes(raw.encode('latin-1'), policy=policy.default)
    defects = [type(d).__name__ for d in msg.defects]
    for name, value in msg.items():
        defects += [name + ': ' + type(d).__name__ for d in getattr(value, 'defects', ())]
    body = msg.get_content() if msg.get_content_maintype() == 'text' else None
    out.append({
        'headers': list(msg.keys()),
        'subject': None if msg['subject'] is None else str(msg['subject']),
        'from': addresses(msg, 'from'), 'to': addresses(msg, 'to'),
        'cc': addresses(msg, 'cc'), 'bcc': addresses(msg, 'bcc'),
        'body': body, 'defects': defects,
    })
json.dump(out, sys.stdout)
`;

/** Parses each message (an .eml as our writer makes it: ASCII only) and returns what a mail program would see. */
export function parseWithPython(messages: readonly string[]): ParsedMail[] {
	const run = spawnSync('python3', ['-c', SCRIPT], { input: JSON.stringify(messages), encoding: 'utf8' });
	if (run.error || run.status !== 0) throw new Error(`python3 failed: ${run.error?.message ?? run.stderr}`);
	return JSON.parse(run.stdout) as ParsedMail[];
}
