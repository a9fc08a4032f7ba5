/**
 * Where a checked key goes next. The key check serves both services: a VKP supplier attaches the thumbprint to the
 * HelseID client of one kommune (kept with the chosen kommuner, shown on the VKP checklist and in that kommune's
 * order mail); a Verktøykatalogen supplier puts it in the mail that sends the public key for the test API client
 * (kept in the profile). The island asks which, and shows only the box that applies; the user's role, or the
 * kommuner she has chosen, picks the answer in advance.
 */
import type { Role } from '../profile/profile';

export type KeyUse = 'vkp' | 'verktoykatalogen';
export const KEY_USES: readonly KeyUse[] = ['vkp', 'verktoykatalogen'];

/** The use to preselect: from the role, else VKP when kommuner are chosen; undefined leaves the choice open. */
export function defaultKeyUse(role: Role | '', kommuner: number): KeyUse | undefined {
	if (role === 'vkp-leverandor') return 'vkp';
	if (role === 'vk-leverandor' || role === 'bestiller') return 'verktoykatalogen';
	return kommuner > 0 ? 'vkp' : undefined;
}

/** The mail the Verktøykatalogen thumbprint is used in: its section on the test phase page. */
export const VK_DRAFT_PATH = '/verktoykatalogen/test/#mail-vk-offentlig-nokkel';

export const keyUseText = {
	heading: 'Bruk nøkkelen',
	legend: 'Hva skal nøkkelen brukes til?',
	uses: {
		vkp: 'En HelseID-klient i VKP (én kommune)',
		verktoykatalogen: 'API-klienten i Verktøykatalogen',
	} satisfies Record<KeyUse, string>,
	vkText:
		'Den offentlige nøkkelen og tommelavtrykket blir lagret i profilen din. Begge blir fylt inn i e-posten som sender nøkkelen for API-klienten i test.',
	vkSave: 'Bruk tommelavtrykket for API-klienten',
	vkSaved: 'Nøkkelen og tommelavtrykket er lagret i profilen din og fylt inn i e-posten.',
	vkNotSaved: 'Tommelavtrykket ble ikke lagret: profilen som er lagret i nettleseren, kan ikke leses.',
	vkDraftLink: 'Se e-postutkastet',
} as const;
