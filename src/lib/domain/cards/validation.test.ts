import { describe, expect, it } from 'vitest';
import { deckDocument, type Card, type DeckDocument } from './deck.ts';
import { validateDeck } from './validation.ts';

const both = (text: string) => ({ fr: `${text} (fr)`, en: `${text} (en)` });
const none = () => ({ fr: '', en: '' });

function card(id: string, statement = 'On reconnaît tout de suite un recruteur'): Card {
	return {
		id,
		statement: both(statement),
		answer: 'myth',
		explanation: both('Il se présente souvent comme un ami ou un petit ami.'),
		source: none(),
		category: 'recruitment'
	};
}

function completeDeck(): DeckDocument {
	return {
		schemaVersion: 1,
		title: both('Mythes et réalités'),
		description: both('Vrai ou faux ?'),
		languages: ['fr', 'en'],
		cards: [
			card('card-one'),
			{
				...card('card-two', 'La majorité sexuelle est fixée à 15 ans'),
				answer: 'reality',
				source: both('Code pénal, article 227-25')
			}
		]
	};
}

describe('deck publishing checks', () => {
	it('find nothing to fix in a complete deck', () => {
		const document = completeDeck();
		expect(deckDocument.safeParse(document).success).toBe(true);
		expect(validateDeck(document)).toEqual([]);
	});

	it('list every missing translation, with its place and language', () => {
		const document = completeDeck();
		document.title.fr = '';
		document.description.en = ' ';
		document.cards[0]!.statement.en = '';
		document.cards[1]!.explanation = none();
		expect(validateDeck(document)).toEqual([
			{ key: 'programs.problem_missing_text', path: 'title', locale: 'fr' },
			{ key: 'programs.problem_missing_text', path: 'description', locale: 'en' },
			{ key: 'programs.problem_missing_text', path: 'cards.0.statement', locale: 'en' },
			{ key: 'programs.problem_missing_text', path: 'cards.1.explanation', locale: 'fr' },
			{ key: 'programs.problem_missing_text', path: 'cards.1.explanation', locale: 'en' }
		]);
	});

	it('only ask for the languages the deck is written in', () => {
		const document = completeDeck();
		document.languages = ['fr'];
		document.title.en = '';
		document.cards[0]!.explanation.en = '';
		document.cards[1]!.source.en = '';
		expect(validateDeck(document)).toEqual([]);
	});

	it('refuse a deck without cards', () => {
		const document = completeDeck();
		document.cards = [];
		expect(validateDeck(document)).toEqual([{ key: 'cards.problem_no_card', path: 'cards' }]);
	});

	it('refuse two cards with the same id, at the second one', () => {
		const document = completeDeck();
		document.cards.push(card('card-one', 'Autre affirmation'));
		expect(validateDeck(document)).toEqual([
			{ key: 'cards.problem_duplicate_id', path: 'cards.2', values: { id: 'card-one' } }
		]);
	});

	it('ask for the source of a figure in the statement, in each language it is missing', () => {
		const document = completeDeck();
		document.cards[1]!.source = { fr: 'Code pénal', en: ' ' };
		expect(validateDeck(document)).toEqual([
			{ key: 'cards.problem_needs_source', path: 'cards.1.source', locale: 'en' }
		]);
		document.cards[1]!.source = none();
		expect(validateDeck(document)).toEqual([
			{ key: 'cards.problem_needs_source', path: 'cards.1.source', locale: 'fr' },
			{ key: 'cards.problem_needs_source', path: 'cards.1.source', locale: 'en' }
		]);
	});

	it('ask for the source of a figure given only in the explanation, in one language', () => {
		const document = completeDeck();
		document.cards[0]!.explanation.en = 'In 2023, most victims knew the recruiter.';
		expect(validateDeck(document)).toEqual([
			{ key: 'cards.problem_needs_source', path: 'cards.0.source', locale: 'fr' },
			{ key: 'cards.problem_needs_source', path: 'cards.0.source', locale: 'en' }
		]);
	});

	it('ask for the source only in the languages the deck is written in', () => {
		const document = completeDeck();
		document.languages = ['en'];
		document.cards[1]!.source = { fr: '', en: 'Criminal Code' };
		expect(validateDeck(document)).toEqual([]);
		document.languages = ['fr'];
		expect(validateDeck(document)).toEqual([
			{ key: 'cards.problem_needs_source', path: 'cards.1.source', locale: 'fr' }
		]);
	});

	it('need no source for a card without a figure', () => {
		const document = completeDeck();
		expect(document.cards[0]!.source).toEqual(none());
		expect(validateDeck(document)).toEqual([]);
	});
});
