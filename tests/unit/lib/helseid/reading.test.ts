import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { environmentOf, ENVIRONMENTS, HELSEID_TOKEN_ENDPOINTS } from '~/lib/helseid/environments';
import { decodeMessages } from '~/lib/helseid/messages';
import { hasPrivateMembers, internalError, PRIVATE_JWK_MEMBERS, readToken } from '~/lib/helseid/reading';
import { testKey, unsigned } from '~test/helpers/helseid-tokens';

describe('readToken', () => {
	it('reads a token and keeps its parts', async () => {
		const reading = await readToken(unsigned({ alg: 'RS256' }, { a: 1 }, 'c2ln'), 'et token');
		expect(reading).toMatchObject({
			status: 'read',
			decoded: { header: { alg: 'RS256' }, payload: { a: 1 }, signature: 'c2ln' },
		});
	});

	it.each(PRIVATE_JWK_MEMBERS)('refuses a header jwk with %s', async (member) => {
		const reading = await readToken(
			unsigned({ alg: 'ES256', jwk: { kty: 'EC', [member]: 'S3cr3tV4lue' } }, {}),
			'et token',
		);
		expect(reading.status).toBe('private-key');
		expect(JSON.stringify(reading)).not.toContain('S3cr3tV4lue');
	});

	it('reads a header jwk without private members', async () => {
		expect((await readToken(unsigned({ jwk: { kty: 'EC', x: 'a', y: 'b' } }, {}), 'x')).status).toBe('read');
		expect((await readToken(unsigned({ jwk: 'd' }, {}), 'x')).status).toBe('read');
	});

	it('refuses a private key pasted instead of a token, and names what a broken paste is', async () => {
		const key = await testKey('RS256');
		const refused = await readToken(JSON.stringify(key.privateJwk), 'et token');
		expect(refused.status).toBe('private-key');
		expect(refused.status === 'private-key' && refused.messages[0]).toMatch(
			/^Dette er en privat nøkkel, ikke et token/,
		);
		expect(await readToken('   ', 'et token')).toEqual({ status: 'empty' });
		const header = await readToken('eyJub3Q.eyJhIjoxfQ.', 'et token');
		expect(header).toMatchObject({ status: 'unreadable', code: 'header-invalid' });
		const payload = await readToken(unsigned({ alg: 'none' }, 'x'), 'et token');
		expect(payload).toMatchObject({ status: 'unreadable', code: 'payload-invalid' });
		expect(payload.status === 'unreadable' && payload.message).toMatch(/andre delen/);
		const other = await readToken('hei', 'et token');
		expect(other.status === 'unreadable' && other.message).toMatch(/^Dette er ikke et token\./);
	});

	it('has a plain message for a bug', () => {
		expect(internalError()).toMatchObject({ status: 'unreadable', code: 'internal-error' });
	});

	it('knows the private JWK members', () => {
		expect(hasPrivateMembers({ kty: 'RSA', n: 'a', e: 'b' })).toBe(false);
		expect(hasPrivateMembers({ kty: 'oct', k: 'a' })).toBe(true);
		expect(hasPrivateMembers(['d'])).toBe(false);
		expect(hasPrivateMembers(null)).toBe(false);
	});
});

describe('environments', () => {
	it('a chosen value, or HelseID test', () => {
		expect(environmentOf('helseid-prod')).toBe(ENVIRONMENTS['helseid-prod']);
		expect(environmentOf('helsenorge')).toBe(ENVIRONMENTS.helsenorge);
		expect(environmentOf('x')).toBe(ENVIRONMENTS['helseid-test']);
		expect(environmentOf(undefined)).toBe(ENVIRONMENTS['helseid-test']);
	});
	it('HelseID’s issuers and token endpoints', () => {
		expect(ENVIRONMENTS['helseid-test'].audience).toBe('https://helseid-sts.test.nhn.no');
		expect(ENVIRONMENTS['helseid-prod'].tokenEndpoint).toBe('https://helseid-sts.nhn.no/connect/token');
		expect(ENVIRONMENTS.helsenorge.tokenEndpoint).toBeUndefined();
		expect(HELSEID_TOKEN_ENDPOINTS).toEqual([
			'https://helseid-sts.test.nhn.no/connect/token',
			'https://helseid-sts.nhn.no/connect/token',
		]);
	});
});

describe('readToken: what each refusal says', () => {
	it('says why a header jwk is refused, in the one sentence for it', async () => {
		const reading = await readToken(unsigned({ alg: 'ES256', jwk: { kty: 'EC', d: 'x' } }, {}), 'et token');
		expect(reading).toEqual({ status: 'private-key', messages: [decodeMessages['private-jwk-in-header']()] });
	});

	it('says a pasted private key is one, then what the key check found in it', async () => {
		const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
		const reading = await readToken(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'et token');
		if (reading.status !== 'private-key') throw new Error(reading.status);
		expect(reading.messages[0]).toBe(decodeMessages['private-key']());
		expect(reading.messages.length).toBeGreaterThan(1);
		expect(reading.messages.every((message) => typeof message === 'string' && message.length > 10)).toBe(true);
	});

	it("names the broken part without the tool's noun, and what was wanted with it", async () => {
		const header = await readToken('eyJub3Q.eyJhIjoxfQ.c2ln', 'en client assertion');
		expect(header).toEqual({
			status: 'unreadable',
			code: 'header-invalid',
			message: decodeMessages['header-invalid'](),
		});
		const payload = await readToken(`${unsigned({ alg: 'RS256' }, {}).split('.')[0]}.bm90.c2ln`, 'en client assertion');
		expect(payload).toEqual({
			status: 'unreadable',
			code: 'payload-invalid',
			message: decodeMessages['payload-invalid'](),
		});
		const other = await readToken('ikke et token', 'en client assertion');
		expect(other).toEqual({
			status: 'unreadable',
			code: 'not-jwt',
			message: decodeMessages['not-jwt']('en client assertion'),
		});
	});
});
