import { describe, expect, it } from 'vitest';
import { KEY_SIZES, SIGNING_ALGORITHMS } from '~/lib/keys/generate';
import {
	checkStatusMessages,
	generateMessages,
	keyMessage,
	keyMessages,
	keySizeLabel,
	repairNames,
	signingAlgLabels,
	summaryMessages,
	type FindingCode,
} from '~/lib/keys/messages';

describe('key messages', () => {
	const codes = Object.keys(keyMessages) as FindingCode[];

	it('words every finding code, with and without parameters, never printing "undefined"', () => {
		expect(codes.length).toBeGreaterThan(40);
		for (const code of codes) {
			for (const params of [
				{},
				{ bits: 1024, exponent: '3', keyType: 'EC P-256', label: 'FOO', actual: 'BAR', value: '20' },
			]) {
				const text = keyMessage(code, params);
				expect(text.length, code).toBeGreaterThan(20);
				expect(text, code).not.toMatch(/undefined|null|NaN/);
			}
		}
	});

	it('puts the numbers the user needs into the text', () => {
		expect(keyMessage('key-too-small', { bits: 1024 })).toContain('1024');
		expect(keyMessage('exponent-unusual', { exponent: '3' })).toContain('3');
		expect(keyMessage('not-rsa', { keyType: 'Ed25519' })).toContain('Ed25519');
	});

	it('names the values it is given: sizes, exponents, labels, member values and key types', () => {
		const given = { bits: 1024, exponent: '3', keyType: 'Ed25519', label: 'FOO', actual: 'BAR', value: 'RS1' };
		const named: Partial<Record<FindingCode, string[]>> = {
			'too-many-keys': ['Bare de RS1 første'],
			'pem-truncated': ['PEM-blokken «FOO» er avkuttet'],
			'pem-end-mismatch': ['begynner med «BEGIN FOO», men slutter med «END BAR»'],
			'pem-unknown-header': ['PEM-blokken «FOO» er ikke'],
			'pem-label-mismatch': ['sier «FOO», men innholdet er BAR'],
			'jwk-unknown-kty': ['har "kty": "RS1", som'],
			'jwk-kty-case': ['har "kty": "RS1".'],
			'jwk-use-not-sig': ['har "use": "RS1".'],
			'jwk-alg-unexpected': ['har "alg": "RS1". For en RSA-nøkkel'],
			'not-rsa': ['en Ed25519-nøkkel'],
			'key-too-small': ['på 1024 bit'],
			'key-too-large': ['på 1024 bit'],
			'modulus-not-whole-bytes': ['på 1024 bit'],
			'key-ok': ['på 1024 bit'],
			'exponent-unusual': ['eksponenten er 3,'],
			'exponent-too-small': ['eksponenten er 3.'],
			'exponent-too-large': ['eksponenten er 3,'],
			'exponent-invalid': ['eksponenten er 3,'],
			'private-key-other': ['privat nøkkel (Ed25519)'],
		};
		for (const [code, parts] of Object.entries(named) as [FindingCode, string[]][])
			for (const part of parts) expect(keyMessage(code, given), code).toContain(part);
	});

	it('says what it does not know in words when a value is missing', () => {
		const unknown: Partial<Record<FindingCode, string>> = {
			'pem-truncated': 'PEM-blokken er avkuttet',
			'pem-end-mismatch': 'begynner med en BEGIN-linje av ukjent type, men slutter med en annen END-linje',
			'pem-unknown-header': 'PEM-blokken har en ukjent type og er ikke',
			'pem-label-mismatch': 'sier «», men innholdet er noe annet',
			'jwk-unknown-kty': 'har en verdi for "kty" vi ikke kjenner,',
			'jwk-use-not-sig': 'har en verdi for "use" vi ikke kjenner.',
			'not-rsa': 'en annen-nøkkel',
			'key-too-small': 'på ? bit',
			'exponent-unusual': 'eksponenten er ?,',
			'private-key-other': 'privat nøkkel (ukjent form)',
		};
		for (const [code, part] of Object.entries(unknown) as [FindingCode, string][])
			expect(keyMessage(code), code).toContain(part);
		expect(keyMessage('too-many-keys')).toContain('Bare de  første');
	});

	it('names the registered spelling of an algorithm, or says it is for encryption', () => {
		expect(keyMessage('jwk-alg-unexpected', { value: 'rs256', expected: 'RS256' })).toContain(
			'har "alg": "rs256". Algoritmen skal skrives "RS256"',
		);
		expect(keyMessage('jwk-alg-unexpected', { value: 'RSA-OAEP', encryption: true })).toContain(
			'har "alg": "RSA-OAEP", en algoritme for kryptering',
		);
		expect(keyMessage('jwk-alg-unexpected', { value: 'HS256' })).toContain('forventes RS256');
	});

	it('lists every repair a paste needed', () => {
		const text = keyMessage('paste-repaired', { repairs: ['json-string', 'quote-prefix'] });
		expect(text).toContain(`${repairNames['json-string']}; ${repairNames['quote-prefix']}.`);
	});

	it('words every summary, island status and generator status, never printing "undefined"', () => {
		const params = { count: 2, fileName: 'a.pem', kommune: 'Bodø', bits: 2048, alg: 'RS256' } as const;
		const wordings = [
			...Object.values(summaryMessages),
			...Object.values(checkStatusMessages),
			...Object.values(generateMessages),
		] as ((p: typeof params) => string)[];
		for (const wording of wordings) {
			const text = wording(params);
			expect(text.length).toBeGreaterThan(10);
			expect(text).not.toMatch(/undefined|null|NaN/);
		}
	});

	it('labels every offered key size and algorithm, marking the recommended and the smallest size', () => {
		expect(KEY_SIZES.map(keySizeLabel)).toEqual(['4096 bit (anbefalt)', '3072 bit', '2048 bit (minstekravet)']);
		for (const alg of SIGNING_ALGORITHMS) expect(signingAlgLabels[alg].startsWith(alg)).toBe(true);
	});
});
