// Test helper: a small deck with every text filled in both languages, ready to publish.
import { newCard, type DeckDocument } from './deck.ts';

export function completeDeck(title = 'Paquet'): DeckDocument {
	const card = newCard('card-one');
	card.statement = { fr: 'Affirmation', en: 'Statement' };
	card.explanation = { fr: 'Explication', en: 'Explanation' };
	card.answer = 'reality';
	return {
		schemaVersion: 1,
		title: { fr: title, en: `${title} (en)` },
		description: { fr: 'Description', en: 'Description' },
		languages: ['fr', 'en'],
		cards: [card]
	};
}
