/**
 * The mails of the Verktøykatalogen guides: the bestiller's order, the public key for the test API client, the
 * test report, the message after going to production, and the fault report to kundesenteret. Only kundesenteret
 * has a published address; the others go to the supplier's contact point in NHN (./contacts.ts). Issues 10 and
 * 11 revise the wording, so keep the text here and nowhere else.
 */
import { CONTACT_POINT, KUNDESENTER_ADDRESS, KUNDESENTER_PHONE } from './contacts';
import type { DraftSpec, FieldReader } from './draft-kit';

const veiledningstjenester = (r: FieldReader) => r.lines('veiledningstjenester').map((name) => `- ${name}`);

/**
 * The bestiller (a public health actor) sends this order, not the supplier. Each party is named by its role: the
 * bestiller from her own fields (she signs), the supplier from the supplier's. Either of them can fill in the draft:
 * a supplier who prepares it for the bestiller, or the bestiller herself.
 */
export const vkBestillerOrder: DraftSpec = {
	title: 'Bestilling til ide- og bestillingsmottak (bestiller)',
	to: [],
	sender: 'bestiller',
	recipientNote:
		'Bestilleren (den offentlige helseaktøren) sender denne. Bestillingen går til ide- og bestillingsmottak i NHN, men NHN har ikke publisert adressen i veiledningen: spør NHN om bestillingsskjemaet og hvor det skal sendes, og fyll inn adressen selv.',
	write: (r) => ({
		subject: `Bestilling: veiledningstjenester i Verktøykatalogen – bestiller ${r.get('bestillerCompany')}, leverandør ${r.get('company')}`,
		body: [
			'Vedlagt er utfylt bestillingsskjema for integrasjon av veiledningstjenester i Verktøykatalogen på Helsenorge.',
			[
				`Bestiller: ${r.get('bestillerCompany')} (org.nr. ${r.get('bestillerOrgnr')})`,
				`Kontaktperson hos bestilleren: ${r.contact('bestiller')}`,
			],
			[`Leverandør: ${r.get('company')} (org.nr. ${r.get('orgnr')})`, `Kontaktperson hos leverandøren: ${r.contact()}`],
			['Veiledningstjenester det gjelder:', ...veiledningstjenester(r)],
		],
	}),
};

export const vkPublicKey: DraftSpec = {
	title: 'Send offentlig nøkkel for API-klient i test',
	...CONTACT_POINT,
	write: (r) => ({
		subject: `Offentlig RSA-nøkkel for API-klient i testmiljø – ${r.get('company')}`,
		body: [
			`Her er den offentlige RSA-nøkkelen til ${r.get('company')}, slik at NHN kan opprette API-klienten i testmiljøet for integrasjonen med Verktøykatalogen.`,
			['Veiledningstjenester vi skal administrere:', ...veiledningstjenester(r)],
			`Tommelavtrykk for nøkkelen (RFC 7638, SHA-256): ${r.get('apiClientThumbprint')}`,
			...r.apiClientKey(),
			'Si fra hvis dere vil ha nøkkelen i et annet format. Den private nøkkelen beholder vi selv.',
		],
	}),
};

export const vkTestReport: DraftSpec = {
	title: 'Send testrapport til kontaktpunktet i NHN',
	...CONTACT_POINT,
	write: (r) => ({
		subject: `Testrapport for integrasjon med Verktøykatalogen – ${r.get('company')}`,
		body: [
			`Vedlagt er testrapporten for integrasjonen mellom ${r.get('product')} og Verktøykatalogen.`,
			[
				'API-klient-GUID: [fyll inn: API-klient-GUID fra NHN]',
				'Veiledningstjenester som er testet:',
				...veiledningstjenester(r),
			],
			'Vi ser fram til kvalitetsvurderingen, og svarer gjerne på spørsmål om mangler eller avvik.',
		],
	}),
};

export const vkInProduction: DraftSpec = {
	title: 'Meld fra til NHN etter produksjonssetting',
	...CONTACT_POINT,
	write: (r) => ({
		subject: `Integrasjonen med Verktøykatalogen er i produksjon – ${r.get('company')}`,
		body: [
			`Vi har sjekket at integrasjonen mellom ${r.get('product')} og Verktøykatalogen fungerer som den skal etter produksjonssettingen.`,
			['Veiledningstjenester i produksjon:', ...veiledningstjenester(r)],
			'[fyll inn: eventuelle merknader]',
		],
	}),
};

export const vkFaultReport: DraftSpec = {
	title: 'Meld feil eller endringsbehov til kundesenteret',
	to: [KUNDESENTER_ADDRESS],
	recipientNote: `Du kan også ringe NHNs kundesenter på telefon ${KUNDESENTER_PHONE}.`,
	write: (r) => ({
		subject: `Feil eller endringsbehov: integrasjon med Verktøykatalogen – ${r.get('company')}`,
		body: [
			`Vi melder en feil eller et behov for endring i integrasjonen mellom ${r.get('product')} og Verktøykatalogen.`,
			[
				'Hva gjelder det: [fyll inn: feil, endring eller oppdatering]',
				'Når startet det: [fyll inn: dato og klokkeslett]',
				'Hva skjer: [fyll inn: beskrivelse og eventuelle feilmeldinger]',
				'Veiledningstjenester det gjelder: [fyll inn: navn og GUID]',
			],
		],
	}),
};
