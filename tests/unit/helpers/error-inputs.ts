/**
 * Long runs of every character the error-answer interpreter's patterns look at, alone and after the words that start
 * a pattern (a status line, a header name, `error=`, `{"error":`, `eyJ`, `HID-`). Shared by the property test and
 * the bench's worst-input report.
 */
const STARTS = [
	'',
	'HTTP/1.1 400 Bad Request\n',
	'WWW-Authenticate: DPoP ',
	'WWW-Authenticate: DPoP error="',
	'Authorization: Bearer ',
	'DPoP: ',
	'access_token=',
	'error=',
	'{"error":"',
	'log: {',
	'eyJ',
	'HID-',
	'https://helseid-sts.test.nhn.no',
	'{"resourceType":"OperationOutcome","issue":[{"diagnostics":"',
];
const CHARACTERS = [
	' ',
	'\t',
	'\n',
	'\r\n',
	'{',
	'}',
	'[',
	'"',
	'\\',
	':',
	'=',
	',',
	'.',
	'-',
	'A',
	'eyJ.',
	'< ',
	'> ',
	'a: b\n',
];

export function errorRuns(length: number): Record<string, string> {
	const runs: Record<string, string> = {};
	for (const start of STARTS) {
		for (const character of CHARACTERS) {
			const body = character.repeat(Math.ceil(length / character.length));
			runs[`${JSON.stringify(start)} then ${JSON.stringify(character)}`] = (start + body).slice(0, length);
		}
	}
	return runs;
}
