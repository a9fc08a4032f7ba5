import { describe, expect, it } from 'vitest';
import { MAX_FIELD_LENGTH, readProfile } from '~/lib/profile/profile';

describe('readProfile', () => {
	it('reads only string fields of sensible length, ignoring unknown members', () => {
		expect(readProfile({ company: 'A', orgnr: 9 })).toBeUndefined();
		expect(readProfile({ company: 'A', unknown: 1 })).toMatchObject({ company: 'A', orgnr: '' });
		expect(readProfile({ company: 'x'.repeat(MAX_FIELD_LENGTH + 1) })).toBeUndefined();
		expect(readProfile([])).toBeUndefined();
		expect(readProfile(null)).toBeUndefined();
	});
});
