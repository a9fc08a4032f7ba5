import { expect, type Locator, type Page } from '@playwright/test';

export const PROGRESS_KEY = 'veiviser:progress:v1';
export const KOMMUNER_KEY = 'veiviser:kommuner:v1';

/** The text the stores write (src/stores/durable.ts): the data in a versioned envelope. */
interface Stored<T> {
	v: number;
	data: T;
}
export type StoredProgress = Stored<{ steps: Record<string, { status: string }> }>;
export type StoredKommuner = Stored<{ kommuner: { nummer: string; navn: string; thumbprint?: string }[] }>;

/** The checklist on an overview or phase page, found by role and accessible name as a user finds it. */
export class ChecklistPage {
	constructor(readonly page: Page) {}

	async goto(path = '/vkp/sjekkliste/'): Promise<void> {
		await this.page.goto(path);
		// The element has upgraded once its script has hidden the no-JavaScript note.
		await expect(this.page.getByText('Uten JavaScript kan du lese stegene')).toBeHidden();
	}

	step(name: string | RegExp, within: Locator | Page = this.page): Locator {
		return within.getByRole('checkbox', { name });
	}

	status(name: string, within: Locator | Page = this.page): Locator {
		return within.getByRole('combobox', { name: `Status for «${name}»` });
	}

	/** The counter above the list (the kommune cards below it have counters of their own). */
	progressText(): Locator {
		return this.page.getByText(/^\d+ av \d+ steg fullført$/).first();
	}

	announcement(): Locator {
		return this.page.getByRole('status').filter({ hasText: /./ });
	}

	/** A kommune's card (its steps folded away until opened). Exact: a draft's region names its kommune too. */
	kommuneRow(label: string): Locator {
		return this.page.getByRole('region', { name: label, exact: true });
	}

	/** Opens a kommune's card to its steps, as a user does with "Stegene for …"; returns the card. */
	async openKommune(label: string): Promise<Locator> {
		const card = this.kommuneRow(label);
		const details = card.locator('details[data-role="kommune-details"]');
		if ((await details.getAttribute('open')) === null) await card.getByText(/^Stegene for /).click();
		await expect(details).toHaveAttribute('open', '');
		return card;
	}

	dialog(): Locator {
		return this.page.getByRole('dialog');
	}

	async addKommune(query: string, buttonName: RegExp): Promise<void> {
		await this.page.getByRole('searchbox', { name: 'Legg til kommune' }).fill(query);
		await this.page.getByRole('button', { name: buttonName }).click();
	}

	async stored(key = PROGRESS_KEY): Promise<string | null> {
		return this.page.evaluate((k) => localStorage.getItem(k), key);
	}
}

/** Makes every access to localStorage throw, as browsers do when storage is disabled. */
export async function disableStorage(page: Page): Promise<void> {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
		});
	});
}
