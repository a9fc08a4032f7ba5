/**
 * The mails of the VKP guides (Velferdsteknologisk knutepunkt): first contact, approval as third-party supplier,
 * asking for the production order form, and the HelseID client order. The wording follows NHN's pages; issues 10
 * and 11 revise it, so keep the text here and nowhere else.
 */
import { KUNDESENTER_ADDRESS, VKP_ADDRESS } from './contacts';
import { kommuneListLine, type DraftSpec } from './draft-kit';

/** The request sentence NHN asks for, word for word (VKP "Overordnet"). */
export const APPROVAL_SENTENCE =
	'Vi ønsker å bli godkjente som tredjepartsleverandør i helsenettet slik at vi kan integreres med Velferdsteknologisk knutepunkt.';

export const vkpFirstContact: DraftSpec = {
	title: 'Første kontakt med VKP',
	to: [VKP_ADDRESS],
	write: (r, kommuner) => ({
		subject: `Ønske om integrasjon med VKP – ${r.get('product')}`,
		body: [
			`Vi i ${r.get('company')} (org.nr. ${r.get('orgnr')}) leverer velferdsteknologi og ønsker å integrere systemet vårt, ${r.get('product')}, med Velferdsteknologisk knutepunkt (VKP).`,
			['Systemet skal brukes i disse kommunene:', ...r.kommuner(kommuner, kommuneListLine)],
			'Vi ber om å få vite hva som må på plass, og om informasjonen «Slik bruker man APIene».',
		],
	}),
};

export const vkpThirdPartyApproval: DraftSpec = {
	title: 'Godkjenning som tredjepartsleverandør',
	to: [KUNDESENTER_ADDRESS],
	write: (r) => ({
		subject: `Godkjenning som tredjepartsleverandør i helsenettet – ${r.get('company')}`,
		body: [
			APPROVAL_SENTENCE,
			[
				`Virksomhet: ${r.get('company')}`,
				`Organisasjonsnummer: ${r.get('orgnr')}`,
				`System: ${r.get('product')}`,
				`Kontaktperson: ${r.contact()}`,
			],
		],
	}),
};

export const vkpOrderFormRequest: DraftSpec = {
	title: 'Be VKP om bestillingsskjema for produksjon',
	to: [VKP_ADDRESS],
	write: (r, kommuner) => ({
		subject: `Bestillingsskjema for HelseID-klienter i produksjon – ${r.get('company')}`,
		body: [
			`Vi ønsker å bestille HelseID-klienter for produksjon for ${r.get('product')}, én klient per kommune. Kan dere sende oss bestillingsskjemaet for produksjon?`,
			['Kommunene det gjelder:', ...r.kommuner(kommuner, kommuneListLine)],
		],
	}),
};

export const vkpHelseIdClientOrder: DraftSpec = {
	title: 'Bestilling av HelseID-klienter for produksjon',
	to: [KUNDESENTER_ADDRESS],
	write: (r, kommuner) => ({
		subject: `Bestilling av HelseID-klienter for VKP (produksjon) – ${r.get('company')}`,
		body: [
			`Vedlagt er utfylt bestillingsskjema fra VKP. Vi bestiller én HelseID-klient per kommune for ${r.get('product')} (${r.get('company')}, org.nr. ${r.get('orgnr')}).`,
			[
				`Klienter (${kommuner.length}):`,
				...r.kommuner(kommuner, (k, index) => [
					`${index + 1}. ${k.navn}, kommunenummer ${k.nummer}`,
					k.thumbprint
						? `   Offentlig nøkkel, tommelavtrykk (RFC 7638, SHA-256): ${k.thumbprint}`
						: '   Offentlig nøkkel: [fyll inn: legg ved den offentlige nøkkelen for denne klienten]',
				]),
			],
			['Scopes vi ønsker for hver klient:', ...r.lines('scopes').map((scope) => `- ${scope}`)],
			'Den offentlige delen av RSA-nøkkelparet for hver klient ligger vedlagt. Den private nøkkelen beholder vi selv.',
		],
	}),
};
