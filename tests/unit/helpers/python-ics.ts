/**
 * A second reader for the calendar files, with Python's standard library only (it has no iCalendar parser, so this
 * reads RFC 5545's content lines itself): CRLF line ends, no line over 75 octets, unfolding, UTF-8, components
 * nested and closed, DATE and DATE-TIME values read by `datetime`, TEXT unescaped. python3 is on every machine this
 * project is built on (see python-mail.ts); a missing python3 fails the test.
 */
import { spawnSync } from 'node:child_process';

export interface PythonEvent {
	readonly uid: string;
	readonly start: string;
	readonly end: string;
	readonly stamp: string;
	readonly summary: string;
	readonly description: string;
	readonly triggers: readonly string[];
}

export interface PythonCalendar {
	readonly problems: readonly string[];
	readonly events: readonly PythonEvent[];
}

const SCRIPT = String.raw`
import json, sys, re, datetime
raw = sys.stdin.buffer.read()
problems = []
if not raw.endswith(b'\r\n'): problems.append('no CRLF at the end')
physical = raw.split(b'\r\n')[:-1]
for i, line in enumerate(physical):
    if len(line) > 75: problems.append('line %d has %d octets' % (i, len(line)))
    if b'\n' in line or b'\r' in line: problems.append('bare line break in line %d' % i)
logical = []
for line in physical:
    if line[:1] in (b' ', b'\t') and logical: logical[-1] += line[1:]
    else: logical.append(line)
def unescape(v):
    return re.sub(r'\\([\\;,nN])', lambda m: '\n' if m.group(1) in 'nN' else m.group(1), v)
stack, events, event, alarm = [], [], None, None
for line in logical:
    text = line.decode('utf-8')
    m = re.match(r'^([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$', text)
    if not m: problems.append('not a content line: ' + text); continue
    name, params, value = m.group(1).upper(), m.group(2), m.group(3)
    if name == 'BEGIN':
        stack.append(value)
        if value == 'VEVENT': event = {'triggers': []}
        continue
    if name == 'END':
        if not stack or stack.pop() != value: problems.append('END:%s does not close' % value)
        if value == 'VEVENT': events.append(event); event = None
        continue
    if event is None: continue
    if stack[-1] == 'VALARM':
        if name == 'TRIGGER': event['triggers'].append(value)
        continue
    if name in ('DTSTART', 'DTEND'):
        if 'VALUE=DATE' not in params: problems.append(name + ' is not a DATE')
        event[name.lower()[2:]] = datetime.datetime.strptime(value, '%Y%m%d').date().isoformat()
    elif name == 'DTSTAMP':
        event['stamp'] = datetime.datetime.strptime(value, '%Y%m%dT%H%M%SZ').replace(tzinfo=datetime.timezone.utc).isoformat()
    elif name == 'UID': event['uid'] = value
    elif name in ('SUMMARY', 'DESCRIPTION'): event[name.lower()] = unescape(value)
if stack: problems.append('not closed: ' + ','.join(stack))
json.dump({'problems': problems, 'events': events}, sys.stdout, ensure_ascii=False)
`;

export function readCalendarWithPython(calendar: string): PythonCalendar {
	const run = spawnSync('python3', ['-c', SCRIPT], { input: Buffer.from(calendar, 'utf8'), encoding: 'utf8' });
	if (run.error || run.status !== 0) throw new Error(`python3 failed: ${run.error?.message ?? run.stderr}`);
	return JSON.parse(run.stdout) as PythonCalendar;
}
