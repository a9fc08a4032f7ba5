/**
 * Norway's 357 kommuner as of 2025 (src/data/kommuner-2025.json; source and licence in src/data/README.md),
 * with lookup by kommunenummer and search by name or number.
 */
import data from '../../data/kommuner-2025.json';

export interface Kommune {
	/** Kommunenummer, four digits, e.g. "0301". */
	readonly nummer: string;
	readonly navn: string;
	readonly fylkesnummer: string;
	readonly fylke: string;
}

/** Which year the list describes; say it wherever the list is shown. */
export const KOMMUNER_AS_OF = 2025;

export const kommuner: readonly Kommune[] = data;

const byNummer = new Map(kommuner.map((kommune) => [kommune.nummer, kommune]));

export function findKommune(nummer: string): Kommune | undefined {
	return byNummer.get(nummer.trim());
}

/** Lower case, with æ/ø/å and accents folded, so "tromso" finds "Tromsø" and "Baerum" finds "Bærum". */
export function foldForSearch(text: string): string {
	return text
		.toLocaleLowerCase('nb')
		.replaceAll('æ', 'ae')
		.replaceAll('ø', 'o')
		.replaceAll('å', 'a')
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.trim();
}

const folded = kommuner.map((kommune) => ({ kommune, name: foldForSearch(kommune.navn) }));

/**
 * Finds kommuner by name or kommunenummer. Exact number or name first, then names or numbers that start with
 * the query, then names that contain it; alphabetical within each group.
 */
export function searchKommuner(query: string, limit = 10): Kommune[] {
	const q = foldForSearch(query);
	if (!q) return [];
	const ranked: { kommune: Kommune; rank: number }[] = [];
	for (const { kommune, name } of folded) {
		let rank: number | undefined;
		// An exact kommunenummer is found as a number that starts with the query: no other number does.
		if (name === q) rank = 0;
		else if (kommune.nummer.startsWith(q) || name.startsWith(q)) rank = 1;
		else if (name.includes(q)) rank = 2;
		if (rank !== undefined) ranked.push({ kommune, rank });
	}
	ranked.sort((a, b) => a.rank - b.rank || a.kommune.navn.localeCompare(b.kommune.navn, 'nb'));
	return ranked.slice(0, limit).map((entry) => entry.kommune);
}
