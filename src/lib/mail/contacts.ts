/**
 * The addresses and the phone number the drafts use, all published on NHN's own pages (the seeds the guides are
 * written from; tests/unit/content/faithfulness.test.ts checks the guides against the same list). Where the seeds
 * give no address, a draft leaves the recipient empty and says whom to send it to: an address is never invented.
 */

/** VKP's address for first contact and the production order form. */
export const VKP_ADDRESS = 'VKP@nhn.no';
/** NHN's customer centre: approval as third-party supplier, HelseID orders, faults. */
export const KUNDESENTER_ADDRESS = 'kundesenter@nhn.no';
export const KUNDESENTER_PHONE = '24 20 00 00';

/**
 * The recipient of a mail to the contact point in NHN, whose address NHN does not publish: no address, and a note
 * beside it saying where to send it. The seed says only that the dialog with the contact point is the bestiller's
 * ("Dialog mellom bestiller og kontaktpunkt i NHN opprettes") and that the supplier sends the test report there.
 */
export const CONTACT_POINT = {
	to: [],
	recipientNote:
		'NHN har ikke publisert en adresse for dette. Send til kontaktpunktet i NHN, og fyll inn adressen selv. Vet du ikke hvem det er, så spør bestilleren, som har dialogen med kontaktpunktet.',
} as const;
