/**
 * Scopes as a user types or pastes them, wherever a scopes field is (the kommune card's register, the profile and
 * every production order draft, the scope builder's carry-over): one entry per scope, whatever separates them.
 */

/** `nhn:vkp/api/*.*`: every VKP scope at once, which VKP's Selvbetjening page says works in test only. */
export const TEST_ONLY_SCOPE = 'nhn:vkp/api/*.*';

/** Scopes as typed: separated by commas, spaces or line breaks, each once, in the order given. */
export function splitScopes(text: string): string[] {
	return [...new Set(text.split(/[\s,]+/).filter((scope) => scope !== ''))];
}

/**
 * What is wrong with scopes for a production client: an entry that is no NHN scope (`nhn:…`, at most 200 characters),
 * or the test-only scope. Undefined when nothing is.
 */
export function scopesProblem(scopes: readonly string[]): 'scope-form' | 'scope-test-only' | undefined {
	if (scopes.some((scope) => !scope.startsWith('nhn:') || scope.length > 200)) return 'scope-form';
	return scopes.includes(TEST_ONLY_SCOPE) ? 'scope-test-only' : undefined;
}
