import { describe, expect, it } from 'vitest';
import { WORDS_FR } from '#lib/domain/words/words-fr.ts';
import { STRENGTH_NEEDED, passphraseStrength, suggestPassphrase } from './passphrase.ts';

describe('her logbook pass-phrase', () => {
	it('is suggested as four words of her language, different each time, and rated strong', () => {
		const suggestions = Array.from({ length: 20 }, () => suggestPassphrase('fr'));
		for (const suggestion of suggestions) {
			const words = suggestion.split(' ');
			expect(words).toHaveLength(4);
			for (const word of words) expect(WORDS_FR).toContain(word);
			expect(passphraseStrength(suggestion)).toBeGreaterThanOrEqual(3);
		}
		expect(new Set(suggestions).size).toBeGreaterThan(15);
	});

	it('is never suggested with a word twice, so no suggestion is refused as too weak', () => {
		// Four independent draws from about 600 words repeat one in about 1 suggestion in 100: over 3,000,
		// about 30 would, and each would be rated 1 and refused.
		for (let i = 0; i < 3000; i += 1) {
			for (const locale of ['fr', 'en'] as const) {
				const suggestion = suggestPassphrase(locale);
				expect(new Set(suggestion.split(' ')).size).toBe(4);
				expect(passphraseStrength(suggestion)).toBeGreaterThanOrEqual(STRENGTH_NEEDED);
			}
		}
	});

	it.each([
		['', 0],
		['chat', 0],
		['aaaaaaaaaaaaaaaa', 1],
		['motdepasse', 1],
		['soleil soleil soleil soleil', 1],
		['azertyuiop123', 1],
		['jesuisbelle2010', 2],
		['Mon chat Pixel dort sur le radiateur', 3],
		['Mon chat Pixel dort sur le radiateur depuis 2019 !', 4]
	])('rates %j as %i', (typed, expected) => {
		expect(passphraseStrength(typed)).toBe(expected);
	});

	it('refuses what is too easy to guess, and accepts the rest', () => {
		for (const weak of ['', 'soleil', 'motdepasse', 'azertyuiop123'])
			expect(passphraseStrength(weak), weak).toBeLessThan(STRENGTH_NEEDED);
		for (const fair of ['jesuisbelle2010', 'Mon chat Pixel dort sur le radiateur'])
			expect(passphraseStrength(fair), fair).toBeGreaterThanOrEqual(STRENGTH_NEEDED);
	});
});
