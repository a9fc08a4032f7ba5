/**
 * Browser-only helpers the key islands share: copying text and saving it as a file. Kept out of src/lib, which
 * is pure TypeScript without a DOM. Neither helper sends anything anywhere: the clipboard and a Blob URL are
 * both local to the browser.
 */

/**
 * Copies text with the async Clipboard API. Resolves false (never throws) when the browser refuses, for example
 * outside a secure context or without permission, so the caller can say so honestly.
 */
export async function copyText(text: string): Promise<boolean> {
	try {
		if (!navigator.clipboard?.writeText) return false;
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** Saves text as a file through a Blob URL, revoked right after the download has started. */
export function downloadText(text: string, filename: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Give the browser a moment to start reading the Blob before it is released.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
