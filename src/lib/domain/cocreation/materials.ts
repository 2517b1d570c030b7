// Material a co-design group drafts (phase 2): each kind says which texts a youth can write in it, one at a time,
// addressed by a stable path ("title", "cards.<card id>.statement"), so that suggestions, history and the
// youth-hold-the-pen rule work on any kind alike. Browser-safe: the page lists the same texts the server writes.
import { newCard, type DeckDocument, emptyDeck } from '../cards/deck.ts';

export const MATERIAL_KINDS = ['deck'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

export type Language = 'fr' | 'en';

/** One text of a material, as its page shows it: what it is, its value, how long it may be, or its choices. */
export type TextSlot = {
	path: string;
	/** "title", "description", "statement", "answer", "explanation", "source" (catalogue: material.slot.<field>). */
	field: string;
	/** The card it belongs to (its number from 1), or null for the material's own texts. */
	card: number | null;
	value: string;
	max: number;
	/** For a choice (a card's answer), the values it can take. */
	choices?: readonly string[];
};

const CARD_FIELDS = {
	statement: 400,
	explanation: 1200,
	source: 400
} as const;

/** The deck's texts in the material's language, in reading order. */
export function deckSlots(deck: DeckDocument, language: Language): TextSlot[] {
	const slots: TextSlot[] = [
		{ path: 'title', field: 'title', card: null, value: deck.title[language], max: 200 },
		{
			path: 'description',
			field: 'description',
			card: null,
			value: deck.description[language],
			max: 2000
		}
	];
	deck.cards.forEach((card, index) => {
		const at = `cards.${card.id}`;
		slots.push({
			path: `${at}.statement`,
			field: 'statement',
			card: index + 1,
			value: card.statement[language],
			max: CARD_FIELDS.statement
		});
		slots.push({
			path: `${at}.answer`,
			field: 'answer',
			card: index + 1,
			value: card.answer,
			max: 10,
			choices: ['myth', 'reality']
		});
		for (const field of ['explanation', 'source'] as const)
			slots.push({
				path: `${at}.${field}`,
				field,
				card: index + 1,
				value: card[field][language],
				max: CARD_FIELDS[field]
			});
	});
	return slots;
}

/** The deck with one text changed; null when the path names no text of it or the value does not fit. */
export function withDeckText(
	deck: DeckDocument,
	language: Language,
	path: string,
	value: string
): DeckDocument | null {
	const slot = deckSlots(deck, language).find((item) => item.path === path);
	if (!slot || value.length > slot.max) return null;
	if (slot.choices && !slot.choices.includes(value)) return null;
	if (path === 'title' || path === 'description')
		return { ...deck, [path]: { ...deck[path], [language]: value } };
	const [, cardId, field] = path.split('.') as [string, string, string];
	return {
		...deck,
		cards: deck.cards.map((card) => {
			if (card.id !== cardId) return card;
			if (field === 'answer') return { ...card, answer: value as 'myth' | 'reality' };
			const key = field as keyof typeof CARD_FIELDS;
			return { ...card, [key]: { ...card[key], [language]: value } };
		})
	};
}

/** The deck with one more empty card at the end. */
export function withNewCard(deck: DeckDocument, cardId: string): DeckDocument {
	return { ...deck, cards: [...deck.cards, newCard(cardId)] };
}

/** A new deck in one language, with its title. */
export function newMaterialDeck(title: string, language: Language): DeckDocument {
	return {
		...emptyDeck({ fr: language === 'fr' ? title : '', en: language === 'en' ? title : '' }),
		languages: [language]
	};
}
