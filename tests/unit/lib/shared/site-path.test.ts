import { describe, expect, it } from 'vitest';
import { isSitePath, sitePath } from '~/lib/shared/site-path';

describe('sitePath', () => {
	it('puts the base in front of site paths', () => {
		expect(sitePath('/veiviser/', '/vkp/sjekkliste/')).toBe('/veiviser/vkp/sjekkliste/');
		expect(sitePath('/veiviser', '/vkp/#kommune')).toBe('/veiviser/vkp/#kommune');
		expect(sitePath('/veiviser/', '/')).toBe('/veiviser/');
	});

	it('leaves paths alone at the root, and paths that already have the base', () => {
		expect(sitePath('/', '/vkp/')).toBe('/vkp/');
		expect(sitePath('/veiviser/', '/veiviser/vkp/')).toBe('/veiviser/vkp/');
		expect(sitePath('/veiviser/', '/veiviser')).toBe('/veiviser');
		// A page whose name only starts like the base is still a site path to prefix.
		expect(sitePath('/vkp/', '/vkpx/')).toBe('/vkp/vkpx/');
	});

	it('never touches links that are not site paths', () => {
		for (const href of ['https://nhn.no/', '//cdn.example/x', 'mailto:VKP@nhn.no', '#profil', 'relativ/', '']) {
			expect(isSitePath(href)).toBe(false);
			expect(sitePath('/veiviser/', href)).toBe(href);
		}
	});
});
