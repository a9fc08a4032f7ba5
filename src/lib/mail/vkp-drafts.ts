/**
 * The mails of the VKP guides (Velferdsteknologisk knutepunkt): first contact, approval as third-party supplier,
 * asking for the production order form, and the HelseID client order. The wording follows NHN's pages; issues 10
 * and 11 revise it, so keep the text here and nowhere else.
 */
import { KUNDESENTER_ADDRESS, VKP_ADDRESS } from './contacts';
import { kommuneListLine, NO_KOMMUNE, type DraftSpec } from './draft-kit';

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
				`Leverandør: ${r.get('company')}`,
				`Organisasjonsnummer: ${r.get('orgnr')}`,
				`System: ${r.get('product')}`,
				`Kontaktperson hos leverandøren: ${r.contact()}`,
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

/**
 * The HelseID client order: one mail per kommune, since a client is tied to one kommune and NHN asks for one order
 * per kommune (VKP "Overordnet"). Each names its kommune, the kommunenummer and the thumbprint of that client's key.
 */
export const vkpHelseIdClientOrder: DraftSpec = {
	title: 'Bestilling av HelseID-klient for produksjon',
	to: [KUNDESENTER_ADDRESS],
	perKommune: true,
	write: (r, kommuner) => {
		const kommune = r.kommune(kommuner);
		const name = kommune ? `${kommune.navn} (${kommune.nummer})` : NO_KOMMUNE;
		return {
			subject: `Bestilling av HelseID-klient for VKP (produksjon) – ${name} – ${r.get('company')}`,
			body: [
				'Vedlagt er utfylt bestillingsskjema fra VKP. Vi bestiller én HelseID-klient for produksjon, knyttet til denne kommunen:',
				[
					`Kommune: ${kommune?.navn ?? NO_KOMMUNE}`,
					`Kommunenummer: ${kommune?.nummer ?? '[mangler: kommunenummer]'}`,
					`Tommelavtrykk for klientens offentlige nøkkel (RFC 7638, SHA-256): ${r.thumbprint(kommune)}`,
				],
				[
					`Leverandør: ${r.get('company')} (org.nr. ${r.get('orgnr')})`,
					`System: ${r.get('product')}`,
					`Kontaktperson hos leverandøren: ${r.contact()}`,
				],
				['Scope vi ønsker for klienten:', ...r.scopes().map((scope) => `- ${scope}`)],
				'HelseID skal ha den offentlige delen av RSA-nøkkelparet for klienten. Den står under, som JWK og som PEM. Den private nøkkelen beholder vi selv.',
				...r.publicKey(kommune),
			],
		};
	},
};

/**
 * The supplier asks one kommune for the two things only the kommune can do (issue 20): delegate the right to create
 * its HelseID client through Altinn (VKP's page on NHN Selvbetjening for production), and grant the supplier access in
 * VKP's access register (VKP's page on the API). One mail per kommune; the kommune's address is the user's to fill in.
 */
export const vkpKommuneAccess: DraftSpec = {
	title: 'Be kommunen om Altinn-delegering og tilgang i VKP',
	to: [],
	perKommune: true,
	recipientNote:
		'Send den til kontaktpersonen din i kommunen. Veiviseren kjenner ikke adressen: fyll inn adressen selv.',
	write: (r, kommuner) => {
		const kommune = r.kommune(kommuner);
		const name = kommune ? `${kommune.navn} (${kommune.nummer})` : NO_KOMMUNE;
		return {
			subject: `VKP: Altinn-delegering og tilgang for ${r.get('company')} – ${name}`,
			body: [
				`Vi i ${r.get('company')} (org.nr. ${r.get('orgnr')}) skal koble ${r.get('product')} til Velferdsteknologisk knutepunkt (VKP) for kommunen.`,
				[`Kommune: ${kommune?.navn ?? NO_KOMMUNE}`, `Kommunenummer: ${kommune?.nummer ?? '[mangler: kommunenummer]'}`],
				[
					'VKPs sider sier at kommunen må gjøre to ting før vi kan bruke VKP for kommunen:',
					`1. Gi ${r.get('company')} (org.nr. ${r.get('orgnr')}) rett til å opprette HelseID-klienten for kommunen, gjennom Altinn.`,
					`2. Gi ${r.get('company')} tilgang i VKPs tilgangsregister.`,
				],
				'Kan dere si fra når begge deler er gjort?',
				[`Kontaktperson hos leverandøren: ${r.contact()}`],
			],
		};
	},
};
