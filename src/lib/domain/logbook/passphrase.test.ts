import { describe, expect, it } from 'vitest';
import { WORDS_FR } from '#lib/domain/words/words-fr.ts';
import { STRENGTH_NEEDED, passphraseStrength, suggestPassphrase } from './passphrase.ts';

describe('her logbook pass-phrase', () => {
	it('is suggested as four words of her language, different each time, and strong enough', () => {
		const suggestions = Array.from({ length: 20 }, () => suggestPassphrase('fr'));
		for (const suggestion of suggestions) {
			const words = suggestion.split(' ');
			expect(words).toHaveLength(4);
			for (const word of words) expect(WORDS_FR).toContain(word);
			expect(passphraseStrength(suggestion)).toBeGreaterThanOrEqual(3);
		}
		expect(new Set(suggestions).size).toBeGreaterThan(15);
	});

	it.each([
		['', 0],
		['chat', 0],
		['aaaaaaaaaaaaaaaa', 1],
		['motdepasse', 1],
		['soleil soleil soleil soleil', 1],
		['jaimemonchien2010', 2],
		['Mon chat Pixel dort sur le radiateur', 4]
	])('rates %j as %i, refusing what is too easy to guess', (typed, expected) => {
		const strength = passphraseStrength(typed);
		expect(strength).toBe(expected);
		expect(strength >= STRENGTH_NEEDED).toBe(expected >= STRENGTH_NEEDED);
	});
});
