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
 * The recipient of a mail to the supplier's own contact point in NHN, whose address NHN does not publish: no
 * address, and a note beside it saying where to send it.
 */
export const CONTACT_POINT = {
	to: [],
	recipientNote:
		'NHN har ikke publisert en adresse for dette. Send til kontaktpunktet ditt i NHN (du får det i dialogen med NHN), og fyll inn adressen selv.',
} as const;
