// Group join codes a teen copies from a board or a card: short, unambiguous, forgiving to type.
import { randomInt } from 'node:crypto';

/**
 * The 18 characters a join code is made of, upper case only.
 * - Both members of every look-alike group are out: 0 O Q, 1 I L, 2 Z, 5 S, 8 B, U V; and G, which
 *   passes for 6 (6 stays).
 * - The vowels A E Y are out too, so that a code never spells a word, rude or otherwise, in
 *   French or English (I, O and U were already out).
 * What remains: 13 consonants and 5 digits, log2(18) = 4.17 bits a character, 33.4 bits a code.
 */
export const JOIN_CODE_ALPHABET = 'CDFHJKMNPRTWX34679';

export const JOIN_CODE_LENGTH = 8;

/** A new join code such as "CK3PW9RT", each character drawn uniformly (randomInt has no bias). */
export function generateJoinCode(): string {
	let code = '';
	for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
		code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
	}
	return code;
}

// Spaces of any kind, and any dash a phone may put in place of "-" (en dash, em dash, minus...).
const SEPARATORS = /[\s\p{Pd}_.]+/gu;
const CANONICAL = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/**
 * The canonical join code for what someone typed ("ck3p-w9rt", " ck3p w9rt "), or null when it
 * cannot be one. Characters outside the alphabet are refused rather than guessed: every look-alike
 * group lost all its members, so there is nothing to guess between.
 */
export function normaliseJoinCode(input: string): string | null {
	const code = input.normalize('NFKC').replace(SEPARATORS, '').toUpperCase();
	return CANONICAL.test(code) ? code : null;
}

/** The code as it is shown and printed, in two groups of four: "CK3P-W9RT". */
export function formatJoinCode(code: string): string {
	const canonical = normaliseJoinCode(code);
	if (canonical === null) throw new TypeError('Not a join code.');
	return `${canonical.slice(0, 4)}-${canonical.slice(4)}`;
}
