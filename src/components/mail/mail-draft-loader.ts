/**
 * What a page with mail drafts loads up front: almost nothing. The drafts are rendered on the server from an empty
 * profile, which is what a first-time visitor sees anyway; the code that fills in the user's profile and kommuner
 * (mail-draft-element.ts, with every draft template) loads when the first draft comes within a screen of the
 * viewport, as Astro's `client:visible` does, or before printing. Until then the page is complete as rendered.
 */
let loading: Promise<unknown> | undefined;
const load = () =>
	(loading ??= import('./mail-draft-element').catch(() => {
		// The drafts wait hidden for their filling-in (MailDraft.astro): show them as the server wrote them instead.
		delete document.documentElement.dataset['veiviserStored'];
	}));

const drafts = document.querySelectorAll('veiviser-mail-draft');
if (drafts.length > 0) {
	// A link to one kommune's draft (`?kommune=4627`, from its checklist card, or `#mail-vkp-helseid-bestilling-4627`) names a section
	// the element makes: load it now, so it can scroll there.
	if (location.hash.startsWith('#mail-') || new URLSearchParams(location.search).has('kommune')) void load();
	else if ('IntersectionObserver' in window) {
		const observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((entry) => entry.isIntersecting)) return;
				observer.disconnect();
				void load();
			},
			{ rootMargin: '100% 0px' },
		);
		for (const draft of drafts) observer.observe(draft);
	} else void load();
	addEventListener('beforeprint', () => void load(), { once: true });
}
