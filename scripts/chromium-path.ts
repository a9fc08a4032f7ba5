import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The system's Chromium, for Playwright and the benchmark: CHROMIUM_PATH, else `chromium` (Debian's package) or
 * `chromium-browser` on PATH. Undefined when there is none, so Playwright falls back to its own browser.
 */
export function chromiumPath(): string | undefined {
	const fromEnv = process.env['CHROMIUM_PATH'];
	if (fromEnv && existsSync(fromEnv)) return fromEnv;
	for (const name of ['chromium', 'chromium-browser']) {
		try {
			const found = execSync(`command -v ${name}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
			if (found) return found;
		} catch {
			// not on PATH: try the next name
		}
	}
	return undefined;
}
