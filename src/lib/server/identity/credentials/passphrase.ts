// Pass-phrases printed on a youth's sign-in card: four random common words, easy to type on phones.
import { randomInt } from 'node:crypto';
import { WORDS_EN } from '#lib/domain/words/words-en.ts';
import { WORDS_FR } from '#lib/domain/words/words-fr.ts';

export type PassphraseLocale = 'fr' | 'en';

export const PASSPHRASE_WORD_COUNT = 4;

/**
 * Words are joined by one space: on a phone the space bar is the largest key and needs no switch to
 * the symbols layout (a dash does, three times over), and on a card "pomme nuage radeau piano" reads
 * as words. Sign-in forgives dashes, doubled spaces and capitals (see normalisePassphrase).
 */
export const PASSPHRASE_SEPARATOR = ' ';

const WORDS: Readonly<Record<PassphraseLocale, readonly string[]>> = { fr: WORDS_FR, en: WORDS_EN };

function wordsFor(locale: PassphraseLocale): readonly string[] {
	const words = WORDS[locale];
	if (!words) throw new TypeError(`No pass-phrase words for locale "${String(locale)}".`);
	return words;
}

/**
 * A new pass-phrase such as "pomme nuage radeau piano". Each word is drawn independently and
 * uniformly (randomInt rejects biased draws), so a word may repeat: that keeps the entropy exactly
 * passphraseEntropyBits().
 */
export function generatePassphrase(locale: PassphraseLocale): string {
	const words = wordsFor(locale);
	return Array.from({ length: PASSPHRASE_WORD_COUNT }, () => words[randomInt(words.length)]).join(
		PASSPHRASE_SEPARATOR
	);
}

/** How hard a generated pass-phrase is to guess: log2(listSize ^ 4). */
export function passphraseEntropyBits(locale: PassphraseLocale): number {
	return PASSPHRASE_WORD_COUNT * Math.log2(wordsFor(locale).length);
}

export { normalisePassphrase } from '#lib/domain/words/passphrase-form.ts';
