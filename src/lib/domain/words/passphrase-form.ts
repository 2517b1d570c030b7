// How a typed pass-phrase is read, the same in the browser and on the server.
const PASSPHRASE_SEPARATOR = ' ';

// Anything a person or a phone may put between words: spaces of any kind, dashes of any kind, and
// the dots, commas and underscores of a hurried thumb.
const SEPARATORS = /[\s\p{Pd}_.,;:]+/u;

/**
 * The canonical form of a typed pass-phrase, which is what sign-in hashes and compares: lower case,
 * accents dropped (no word has one, but a phone may add one), words joined by one space, nothing
 * before or after. "  Pomme-NUAGE  radeau piano " becomes "pomme nuage radeau piano".
 */
export function normalisePassphrase(input: string): string {
	return input
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(SEPARATORS)
		.filter((word) => word !== '')
		.join(PASSPHRASE_SEPARATOR);
}

/**
 * What is stored (hashed) and compared for a pass-phrase: the normalised words with no separators, so
 * that "pomme nuage", "Pomme-Nuage" and "pommenuage" all work for a teen typing on any keyboard. Her
 * browser reads her sign-in pass-phrase the same way when it wraps a logbook key with it.
 */
export function passphraseSecret(passphrase: string): string {
	return normalisePassphrase(passphrase).replace(/\s+/g, '');
}
