// Her logbook pass-phrase, chosen in her browser: a four-word suggestion drawn there (never by the server, which
// must not know it), and an estimate of its strength shown as she types.
import { WORDS_EN } from '#lib/domain/words/words-en.ts';
import { WORDS_FR } from '#lib/domain/words/words-fr.ts';

const WORDS = { fr: WORDS_FR, en: WORDS_EN } as const;

/** A uniform random index below `limit`, drawn by rejection so no word is likelier than another. */
function randomBelow(limit: number): number {
	const ceiling = Math.floor(0x1_0000_0000 / limit) * limit;
	const value = new Uint32Array(1);
	do globalThis.crypto.getRandomValues(value);
	while (value[0]! >= ceiling);
	return value[0]! % limit;
}

/**
 * Four different common words, as on the sign-in cards, drawn in her browser. Different, because the
 * strength estimate below counts a repeated word as nothing: a suggestion with one word twice (about 1 in
 * 100 drawn independently) would be rated too weak and refused. Drawing without repetition costs 0.04 bit.
 */
export function suggestPassphrase(locale: 'fr' | 'en'): string {
	const words = [...WORDS[locale]];
	const chosen: string[] = [];
	for (let i = 0; i < 4; i += 1) {
		const index = randomBelow(words.length);
		chosen.push(words[index]!);
		words[index] = words[words.length - 1]!;
		words.pop();
	}
	return chosen.join(' ');
}

export type Strength = 0 | 1 | 2 | 3 | 4;

/** The weakest strength accepted: 28 bits or more against an offline guess (with Argon2id on top). */
export const STRENGTH_NEEDED: Strength = 2;

const KNOWN_WORDS = new Set([...WORDS_FR, ...WORDS_EN]);

/**
 * An estimate in bits, on purpose pessimistic: words of our lists count as drawn from them, other runs of
 * letters 1.5 bits per character (people write words, not random letters), digits and symbols a little
 * more; a repeated character or word adds nothing.
 */
export function strengthBits(passphrase: string): number {
	const parts = passphrase.normalize('NFC').toLowerCase().split(/\s+/).filter(Boolean);
	let bits = 0;
	const seen = new Set<string>();
	for (const part of parts) {
		if (seen.has(part)) continue;
		seen.add(part);
		if (KNOWN_WORDS.has(part)) {
			// As if drawn from one list (a suggestion is): the larger one.
			bits += Math.log2(Math.max(WORDS_FR.length, WORDS_EN.length));
			continue;
		}
		let previous = '';
		for (const character of part) {
			if (character === previous) continue;
			previous = character;
			bits += /\p{L}/u.test(character) ? 1.5 : 3.3;
		}
	}
	return bits;
}

/** 0 (too weak) to 4 (very strong). */
export function passphraseStrength(passphrase: string): Strength {
	const bits = strengthBits(passphrase);
	if (passphrase.trim().length < 8) return 0;
	if (bits < 28) return 1;
	if (bits < 36) return 2;
	if (bits < 50) return 3;
	return 4;
}
