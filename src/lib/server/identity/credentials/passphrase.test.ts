import { describe, expect, it } from 'vitest';
import {
	PASSPHRASE_WORD_COUNT,
	generatePassphrase,
	normalisePassphrase,
	passphraseEntropyBits,
	type PassphraseLocale
} from './passphrase.ts';
import { WORDS_EN } from '#lib/domain/words/words-en.ts';
import { WORDS_FR } from '#lib/domain/words/words-fr.ts';

const LISTS: [PassphraseLocale, readonly string[]][] = [
	['fr', WORDS_FR],
	['en', WORDS_EN]
];

describe.each(LISTS)('a %s pass-phrase', (locale, words) => {
	it('is four words of the list, in lower case, joined by single spaces', () => {
		const list = new Set(words);
		for (let i = 0; i < 500; i++) {
			const phrase = generatePassphrase(locale);
			expect(phrase).toMatch(/^[a-z]+( [a-z]+){3}$/);
			expect(phrase.split(' ').filter((word) => !list.has(word))).toEqual([]);
		}
	});

	it('is already in its canonical form, so what the card shows is what sign-in compares', () => {
		for (let i = 0; i < 100; i++) {
			const phrase = generatePassphrase(locale);
			expect(normalisePassphrase(phrase)).toBe(phrase);
		}
	});

	it('draws words from the whole list, in every position', () => {
		// 3,000 phrases give 3,000 draws per position: each word is drawn ~5 times there, and the
		// chance that a fair draw leaves a tenth of the list unseen is negligible (e^-5 ≈ 0.7% each).
		const perPosition = Array.from({ length: PASSPHRASE_WORD_COUNT }, () => new Set<string>());
		for (let i = 0; i < 3_000; i++) {
			generatePassphrase(locale)
				.split(' ')
				.forEach((word, position) => perPosition[position]!.add(word));
		}
		for (const seen of perPosition) expect(seen.size).toBeGreaterThan(words.length * 0.9);
	});

	it('differs from one card to the next', () => {
		const phrases = new Set(Array.from({ length: 2_000 }, () => generatePassphrase(locale)));
		expect(phrases.size).toBe(2_000);
	});

	it('reports its entropy as log2 of the list size to the fourth power', () => {
		expect(passphraseEntropyBits(locale)).toBeCloseTo(Math.log2(words.length ** 4), 10);
		expect(passphraseEntropyBits(locale)).toBeGreaterThan(36);
	});
});

describe('reading a typed pass-phrase', () => {
	it('forgives capitals, dashes, doubled and trailing spaces', () => {
		for (const typed of [
			'pomme nuage radeau piano',
			'Pomme nuage radeau piano',
			'POMME NUAGE RADEAU PIANO',
			'pomme-nuage-radeau-piano',
			'pomme - nuage - radeau - piano',
			'  pomme   nuage radeau piano ',
			'pomme nuage radeau piano\n',
			'pomme\tnuage_radeau.piano'
		]) {
			expect(normalisePassphrase(typed)).toBe('pomme nuage radeau piano');
		}
	});

	it('forgives what a phone keyboard adds: accents, long dashes, non-breaking spaces', () => {
		expect(normalisePassphrase('Pommé nuage radeau piano')).toBe('pomme nuage radeau piano');
		expect(normalisePassphrase('pomme–nuage—radeau piano')).toBe('pomme nuage radeau piano');
		expect(normalisePassphrase('pomme\u00a0nuage\u202fradeau piano')).toBe(
			'pomme nuage radeau piano'
		);
	});

	it('keeps different words different', () => {
		expect(normalisePassphrase('pomme nuage radeau piano')).not.toBe(
			normalisePassphrase('pomme nuage radeau pianos')
		);
		expect(normalisePassphrase('pomme nuage radeau piano')).not.toBe(
			normalisePassphrase('pommenuage radeau piano')
		);
	});

	it('gives an empty string for nothing typed', () => {
		expect(normalisePassphrase('')).toBe('');
		expect(normalisePassphrase(' - ')).toBe('');
	});
});
