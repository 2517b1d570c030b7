// Checks that the starter deck (content/decks/) is a valid, complete, bilingual deck that follows CONTENT.md;
// a failure names the file and line to open.
import { describe, expect, it } from 'vitest';
import {
	CARD_CATEGORIES,
	deckDocument,
	statesAFigure,
	type DeckDocument
} from '#lib/domain/cards/deck.ts';
import { validateDeck } from '#lib/domain/cards/validation.ts';
import { starterContent } from './service.ts';
import { placesById } from './test-places.ts';

const decks = starterContent().tools.filter((tool) => tool.type === 'deck');
const deck = decks[0]!.document as DeckDocument;
const cards = deck.cards;
const where = placesById(deck, decks[0]!.placeOf);

/** Sentences in a short text: ends of sentences followed by a space or the end. */
const sentences = (text: string): number =>
	text.split(/[.!?…](?:\s|$)/).filter((s) => s.trim()).length;

describe('the starter deck', () => {
	it('is one file, content/decks/myths-and-realities.yaml', () => {
		expect(decks.map((tool) => tool.file)).toEqual(['content/decks/myths-and-realities.yaml']);
	});

	it('is a valid deck document in French and English', () => {
		expect(deckDocument.safeParse(deck).error).toBeUndefined();
		expect(deck.languages).toEqual(['fr', 'en']);
	});

	it('can be published: the deck validation finds no problem', () => {
		const problems = validateDeck(deck);
		expect(problems, JSON.stringify(problems, null, 2)).toEqual([]);
	});

	it('has at least 20 cards, with myths and realities in roughly equal numbers', () => {
		expect(cards.length).toBeGreaterThanOrEqual(20);
		const myths = cards.filter((card) => card.answer === 'myth').length;
		const realities = cards.filter((card) => card.answer === 'reality').length;
		expect(myths).toBeGreaterThan(0);
		expect(realities).toBeGreaterThan(0);
		expect(
			Math.abs(myths - realities),
			`${myths} myths, ${realities} realities`
		).toBeLessThanOrEqual(cards.length / 5);
	});

	it('uses every category', () => {
		expect(new Set(cards.map((card) => card.category))).toEqual(new Set(CARD_CATEGORIES));
	});

	it('uses unique, readable ids', () => {
		const ids = cards.map((card) => card.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^card-[a-z0-9-]{2,59}$/);
	});

	it('fills the title, the description and every card text in both languages', () => {
		for (const [path, text] of [
			['title', deck.title],
			['description', deck.description]
		] as const) {
			expect(text.fr.trim(), `${path} (fr)`).not.toBe('');
			expect(text.en.trim(), `${path} (en)`).not.toBe('');
		}
		for (const card of cards) {
			for (const field of ['statement', 'explanation'] as const) {
				expect(card[field].fr.trim(), `${where(card.id)}.${field} (fr)`).not.toBe('');
				expect(card[field].en.trim(), `${where(card.id)}.${field} (en)`).not.toBe('');
			}
		}
	});

	it('keeps explanations short: one to three sentences', () => {
		for (const card of cards) {
			for (const locale of ['fr', 'en'] as const) {
				const count = sentences(card.explanation[locale]);
				expect(count, `${where(card.id)} (${locale})`).toBeGreaterThanOrEqual(1);
				expect(count, `${where(card.id)} (${locale})`).toBeLessThanOrEqual(3);
			}
		}
	});

	it('gives a source in both languages for every card with a figure or a law', () => {
		let sourced = 0;
		for (const card of cards) {
			const law = /Code criminel|Criminal Code|Loi sur|Act\b/;
			const citesLaw = law.test(card.source.fr) || law.test(card.source.en);
			if (statesAFigure(card.statement) || statesAFigure(card.explanation) || citesLaw) {
				sourced += 1;
				expect(card.source.fr.trim(), `${where(card.id)} (fr)`).not.toBe('');
				expect(card.source.en.trim(), `${where(card.id)} (en)`).not.toBe('');
			}
			// A source in one language only is a slip.
			expect(card.source.fr.trim() === '', where(card.id)).toBe(card.source.en.trim() === '');
		}
		expect(sourced).toBeGreaterThan(0);
	});

	it('names the law whenever a card says something is a crime', () => {
		for (const card of cards) {
			const text = `${card.statement.fr} ${card.explanation.fr}`;
			if (/\bcrimes?\b/i.test(text)) {
				expect(card.source.fr, where(card.id)).toMatch(/Code criminel/);
				expect(card.source.en, where(card.id)).toMatch(/Criminal Code/);
			}
		}
	});

	it('states percentages only next to a source we know', () => {
		for (const card of cards) {
			if (`${card.explanation.fr}${card.statement.fr}`.includes('%'))
				expect(card.source.fr, where(card.id)).toMatch(/Juristat|Briser le cycle/);
			if (`${card.explanation.en}${card.statement.en}`.includes('%'))
				expect(card.source.en, where(card.id)).toMatch(/Juristat|Briser le cycle/);
		}
	});

	it('gives no phone numbers (they live in the help resources)', () => {
		for (const card of cards) {
			for (const locale of ['fr', 'en'] as const) {
				const text = `${card.statement[locale]} ${card.explanation[locale]}`;
				expect(text, `${where(card.id)} (${locale})`).not.toMatch(/\d(?:[ -]?\d){5,}/);
			}
		}
	});

	it('carries the draft label in its note for the staff, never in its description youth read', () => {
		expect(deck.staffNote?.fr).toMatch(
			/^Ébauche à réviser par des professionnel·les et des jeunes co-conceptrices/
		);
		expect(deck.staffNote?.en).toMatch(/^Draft for review by professionals and youth co-designers/);
		expect(deck.description.fr).not.toMatch(/Ébauche|vérifiez/);
		expect(deck.description.en).not.toMatch(/Draft|check them/);
	});

	it('keeps sensitive words out of its title, which may be shown in page titles', () => {
		for (const title of [deck.title.fr, deck.title.en]) {
			expect(title).not.toMatch(/exploit|sexu|traite|trafficking|recrut/i);
		}
	});

	it('never uses the words CONTENT.md asks us to avoid', () => {
		const avoid = /prostituée|prostitute|fille facile|sex worker|travail du sexe|snitch|dénoncer/i;
		const texts = starterContent().texts.filter((text) => text.file === decks[0]!.file);
		expect(texts.length).toBeGreaterThan(cards.length * 4);
		for (const { file, line, path, text } of texts)
			expect(text, `${file}:${line} ${path}`).not.toMatch(avoid);
	});

	it('says it is never the young person’s fault', () => {
		const all = cards.map((card) => card.explanation);
		expect(all.some((text) => /jamais la faute/.test(text.fr))).toBe(true);
		expect(all.some((text) => /never the young person’s fault/.test(text.en))).toBe(true);
	});
});
