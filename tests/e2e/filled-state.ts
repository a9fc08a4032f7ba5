import type { Page } from '@playwright/test';

/**
 * What a supplier who has worked a while has in her browser, as the stores write it (versioned envelopes,
 * src/stores/durable.ts): a profile for both parties, three kommuner (two with a key thumbprint), and progress in
 * both services. pages.spec.ts checks every page with it, and `npm run screenshots` shows every page with it.
 */
export const THUMBPRINTS = {
	bergen: 'feZy7YwwtuRWRui_o86uIX8kYu6NajSlx4mnUmqc_Bo',
	oslo: 'Zh6pNlPRbILvVz9rdeZ7TWhYX_dWgbFMj4hfYpBVKW4',
	api: 'kx8-WTTOPIvJkWo9wNn7lxoNm7GvIFfRxMwA4_gLaSw',
} as const;

/** Bergen's public key (made once with Node's crypto; THUMBPRINTS.bergen is its RFC 7638 thumbprint), kept with the kommune (issue 20). */
const BERGEN_KEY = {
	kty: 'RSA',
	n: 'n0i5t-DY3el9lEiixrQZBzWXStzv3I002_AbRl1hsMCLBJxQJ4arxfZphAFChZjC0N1HAclNbSVpeAwyaXzwOqmBm3PM0dubVN46FcdlJLXdGmwBSIcFHTJAmkudLNzPm44pTd0OlY9ctTKgz-Q9JU919NO-rV7HlaRg1N0wGrdOBvJ1_VNzu5CFLE2VUz2f7_BJ5dOM5cYYWZOSxjxFrHmKNFfQjLqCu9-VYV_RksdKuKhehpmpkL9_Awg8VImW70quUb8eGuBDhoq4qA53E9UI3DlEf2vxNQ6ISo0Hgp-uihtTLPqRqrdbCzil9EEi4WCd6xCwACYhOCDf6Kh-5Q',
	e: 'AQAB',
};

const done = (at: string) => ({ status: 'fullfort', changedAt: at, completedAt: at });

export const FILLED_STORAGE: Readonly<Record<string, unknown>> = {
	'veiviser:profile:v1': {
		v: 2,
		data: {
			role: '',
			company: 'Trygg Hjemme AS',
			orgnr: '923609016',
			contactName: 'Kari Nordmann',
			email: 'kari@trygghjemme.no',
			phone: '22 33 44 55',
			product: 'TryggAlarm',
			scopes: 'nhn:vkp/api/user/patient.read\nnhn:vkp/api/user/careplan.read',
			veiledningstjenester: 'Pusteskolen',
			apiClientThumbprint: THUMBPRINTS.api,
			bestillerCompany: 'Askøy kommune',
			bestillerOrgnr: '964338531',
			bestillerContactName: 'Siri Bestiller',
			bestillerEmail: 'siri@askoy.kommune.no',
			bestillerPhone: '',
		},
	},
	'veiviser:kommuner:v1': {
		v: 1,
		data: {
			kommuner: [
				{
					nummer: '4601',
					navn: 'Bergen',
					thumbprint: THUMBPRINTS.bergen,
					publicJwk: BERGEN_KEY,
					// The register (issue 21): a key that has expired by now, so the banner and the red tag show.
					clientIdProd: '5f0c2a9e-4b1d-4c3e-9a7f-2d6b8e1c4601',
					vkpId: 'trygghjemme-bergen',
					scopes: ['nhn:vkp/api/user/patient.read', 'nhn:vkp/api/user/careplan.read'],
					keyCreated: '2025-12-01',
					keyExpires: '2026-12-01',
				},
				{ nummer: '0301', navn: 'Oslo', thumbprint: THUMBPRINTS.oslo, keyExpires: '2027-11-30' },
				{ nummer: '1804', navn: 'Bodø' },
			],
		},
	},
	'veiviser:progress:v1': {
		v: 1,
		data: {
			steps: {
				'vkp.kontakt.epost': done('2026-11-02T09:00:00.000Z'),
				'vkp.tredjepart.soknad': done('2026-11-03T09:00:00.000Z'),
				'vkp.tredjepart.avtale': { status: 'venter-nhn', changedAt: '2026-11-10T09:00:00.000Z' },
				'vkp.test.registrering': { status: 'pagar', changedAt: '2026-11-11T09:00:00.000Z' },
				'vkp.kommune.nokkelpar@4601': done('2026-11-12T09:00:00.000Z'),
				'vkp.kommune.bestilling@4601': { status: 'venter-nhn', changedAt: '2026-11-13T09:00:00.000Z' },
				'vkp.kommune.nokkelpar@0301': { status: 'pagar', changedAt: '2026-11-13T09:00:00.000Z' },
				'vkp.kommune.altinn-delegering@4601': done('2026-11-14T09:00:00.000Z'),
				'vkp.kommune.tilgangsregister@4601': { status: 'pagar', changedAt: '2026-11-14T09:00:00.000Z' },
				'verktoykatalogen.krav.behov': done('2026-11-04T09:00:00.000Z'),
				'verktoykatalogen.krav.tjenester': { status: 'pagar', changedAt: '2026-11-05T09:00:00.000Z' },
			},
		},
	},
};

/** Puts FILLED_STORAGE into the browser's storage before each page of `page` loads. */
export async function fillIslands(page: Page): Promise<void> {
	await page.addInitScript((stored) => {
		for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, JSON.stringify(value));
	}, FILLED_STORAGE);
}
