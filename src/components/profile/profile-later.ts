/**
 * What the profile form (Profile.astro) loads after it has filled in the stored profile: the checks of what the
 * user typed and their texts, the chosen kommuner, and the texts of the rare status lines and of an unreadable
 * profile. The form loads this when the user first goes into it, when the kommuner line comes within a screen of
 * the viewport, when a stored field needs checking, or when there is something to say; a first-time reader who
 * only looks at the page never waits for it.
 */
export { checkProfileField, errorWhileTyping } from '../../lib/profile/validate';
export {
	DISCARD_QUESTION,
	kommunerText,
	problemMessage,
	STATUS_MESSAGES,
	UNREADABLE_FILE_NAME,
} from '../../lib/profile/messages';
export { $kommuner } from '../../stores/kommuner';
export { downloadText } from '../shared/browser-output';
export { linkedNodes } from '../shared/site-link';
