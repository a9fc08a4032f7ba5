/**
 * `aria-invalid` is "true" on a field that fails its check, or absent: never the empty string that
 * `toggleAttribute('aria-invalid', …)` writes, which assistive technology reads as "false" (WAI-ARIA 1.2: an empty
 * value is treated as not present), and which the red-border rule (`[aria-invalid='true']`) does not match. axe does
 * not catch it, so every island's code is read here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../../src', import.meta.url));

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sources(path);
		return /\.(ts|astro)$/.test(entry.name) ? [path] : [];
	});
}

/** Each place that writes aria-invalid other than as "true" (or removes it); reading it (has/get) is fine. */
function badAriaInvalid(text: string): string[] {
	const writes = text.matchAll(/(\w+)Attribute\(\s*['"]aria-invalid['"]\s*(?:,\s*([^)]*))?\)/g);
	return [...writes]
		.filter(
			([, method, value]) =>
				!(
					method === 'remove' ||
					method === 'has' ||
					method === 'get' ||
					(method === 'set' && /^['"]true['"]$/.test(value?.trim() ?? ''))
				),
		)
		.map(([call]) => call);
}

describe('aria-invalid', () => {
	it('the check finds toggleAttribute and any value but "true" (it can fail)', () => {
		expect(badAriaInvalid("input.toggleAttribute('aria-invalid', !!problem);")).toHaveLength(1);
		expect(badAriaInvalid("input.setAttribute('aria-invalid', '');")).toHaveLength(1);
		expect(badAriaInvalid('input.setAttribute("aria-invalid", String(bad));')).toHaveLength(1);
		expect(
			badAriaInvalid("input.setAttribute('aria-invalid', 'true'); input.removeAttribute('aria-invalid');"),
		).toEqual([]);
		expect(badAriaInvalid("if (input.hasAttribute('aria-invalid')) input.getAttribute('aria-invalid');")).toEqual([]);
	});

	it('is written as "true" or removed, in every island', () => {
		const found = sources(SRC).flatMap((file) =>
			badAriaInvalid(readFileSync(file, 'utf8')).map((call) => `${relative(SRC, file)}: ${call}`),
		);
		expect(found).toEqual([]);
	});

	it('a field marked invalid gets the red border in every island (src/styles/custom.css)', () => {
		const css = readFileSync(join(SRC, 'styles/custom.css'), 'utf8');
		expect(css).toMatch(
			/:is\(input, select, textarea\)\[aria-invalid='true'\] \{\s*border: 2px solid var\(--sl-color-red\);/,
		);
	});
});
