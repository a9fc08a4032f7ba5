// Issue 18: the HelseID rules cite what decides them. NHN's production developer portal, never its dev copy; the
// validator HelseID runs (Duende IdentityServer) for the rules it decides; every source a working https link.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '~/lib/helseid/sources';

const root = join(import.meta.dirname, '../../..');

function filesUnder(dir: string): string[] {
	return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile() && /\.(mdx?|ts|astro|json)$/.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));
}

describe('HelseID sources', () => {
	it('link the production developer portal, never utviklerportal-dev', () => {
		const dev = filesUnder('src').filter((file) => readFileSync(file, 'utf8').includes('utviklerportal-dev'));
		expect(dev).toEqual([]);
	});

	it('are https links with a Norwegian title', () => {
		for (const [id, source] of Object.entries(SOURCES)) {
			expect(source.url, id).toMatch(/^https:\/\/[^\s]+$/);
			expect(source.title.length, id).toBeGreaterThan(5);
		}
	});

	it("cite Duende's validators for the rules HelseID's own code decides", () => {
		expect(SOURCES['duende-private-key-jwt'].url).toMatch(
			/DuendeSoftware\/products\/.*PrivateKeyJwtSecretValidator\.cs$/,
		);
		expect(SOURCES['duende-dpop-validator'].url).toMatch(/DuendeSoftware\/products\/.*DefaultDPoPProofValidator\.cs$/);
	});

	it('say on the client-assertion page that kid is not how HelseID finds the key', () => {
		const page = readFileSync(join(root, 'src/content/docs/verktoy/client-assertion.mdx'), 'utf8').replace(/\s+/g, ' ');
		expect(page).not.toMatch(/HelseID (bruker|finner) (kid|den offentlige nøkkelen)/);
		expect(page).toMatch(/kid`\*\* trengs ikke/);
		expect(page).toContain('duendesoftware.com/stories/norsk-helsenett-helseid');
	});
});
