import { describe, expect, it } from 'vitest';
import { defaultKeyUse, KEY_USES, keyUseText, VK_DRAFT_PATH } from '~/lib/keys/carry-over';

describe('where a checked key goes', () => {
	it('preselects the use from the role, else VKP once kommuner are chosen, else leaves it open', () => {
		expect(defaultKeyUse('vkp-leverandor', 0)).toBe('vkp');
		expect(defaultKeyUse('vk-leverandor', 3)).toBe('verktoykatalogen');
		expect(defaultKeyUse('bestiller', 3)).toBe('verktoykatalogen');
		expect(defaultKeyUse('', 1)).toBe('vkp');
		expect(defaultKeyUse('', 0)).toBeUndefined();
	});

	it('names each use, and leads to the Verktøykatalogen mail it fills in', () => {
		expect(KEY_USES).toEqual(['vkp', 'verktoykatalogen']);
		expect(Object.keys(keyUseText.uses)).toEqual([...KEY_USES]);
		expect(VK_DRAFT_PATH).toBe('/verktoykatalogen/test/#mail-vk-offentlig-nokkel');
	});
});
