/**
 * <veiviser-phase-map>, the element of PhaseMap.astro: fills in the user's progress per phase from the checklist
 * progress and the chosen kommuner kept in this browser, and follows changes made in another tab. What each phase
 * shows is decided in src/lib/checklist/phases.ts.
 */
import { $kommuner } from '../../stores/kommuner';
import { $progress } from '../../stores/progress';
import { OPTIONAL_PHASE, STATUS_LABELS, progressText } from '../../lib/checklist/messages';
import { phaseSummary } from '../../lib/checklist/phases';
import { STATUS_VARIANTS, readClientSteps } from '../../lib/checklist/view';
import { bannerKommuner } from '../../lib/kommuner/deadlines';
import { bannerText } from '../../lib/kommuner/deadline-messages';
import { isoDay } from '../../lib/shared/dates';
import { Island } from '../shared/island';

class PhaseMapElement extends Island {
	protected connect(): void {
		const steps = [...readClientSteps(this.piece('steps')?.textContent).values()];
		this.watch([$progress, $kommuner], () => {
			// VKP's map says when a kommune's key has expired or expires within 30 days.
			const banner = this.piece('key-banner');
			if (banner) {
				const { expired, soon } = bannerKommuner($kommuner.get(), isoDay(new Date()));
				banner.hidden = expired.length + soon.length === 0;
				const text = this.piece('key-banner-text');
				if (text) text.textContent = banner.hidden ? '' : bannerText(expired, soon);
			}
			const kommuner = $kommuner.get().map((k) => k.nummer);
			for (const item of this.querySelectorAll<HTMLElement>('li[data-phase]')) {
				const summary = phaseSummary(item.dataset['phase']!, steps, $progress.get(), kommuner);
				item.dataset['state'] = summary.state;
				const tag = this.piece('state', item);
				if (tag) {
					tag.textContent = STATUS_LABELS[summary.state];
					tag.dataset['variant'] = STATUS_VARIANTS[summary.state];
				}
				const count = this.piece('count', item);
				if (count) count.textContent = summary.total > 0 ? progressText(summary) : OPTIONAL_PHASE;
			}
		});
	}
}

customElements.define('veiviser-phase-map', PhaseMapElement);
