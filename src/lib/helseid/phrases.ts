/** Words several HelseID texts share (finding-messages.ts and messages.ts), in one place so they stay the same. */

/** What to do with a client assertion or proof that is too old: they are made for one request. */
export const NEW_EACH_TIME = 'lag en ny rett før du bruker den';
