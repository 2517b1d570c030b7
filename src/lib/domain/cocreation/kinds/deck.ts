// A myths-and-realities deck as co-created material: its title and description, then each card's statement,
// answer, explanation and source; cards are added at the end. Piloted as the card game.
import { deckKind } from '../../cards/kind.ts';
import { emptyDeck, newCard, type DeckDocument } from '../../cards/deck.ts';
import { emptyParts, partInList, type MaterialKindSpec, type TextSlot } from '../materials.ts';

const CARD_FIELDS = { statement: 400, explanation: 1200, source: 400 } as const;
const MOST_CARDS = 200;

function slots(deck: DeckDocument, language: 'fr' | 'en'): TextSlot[] {
	const list: TextSlot[] = [
		{ path: 'title', field: 'title', part: null, value: deck.title[language], max: 200 },
		{
			path: 'description',
			field: 'description',
			part: null,
			value: deck.description[language],
			max: 2000
		}
	];
	deck.cards.forEach((card, index) => {
		const at = `cards.${card.id}`;
		const part = { kind: 'card' as const, id: card.id, number: index + 1, tags: [] };
		list.push(
			{
				path: `${at}.statement`,
				field: 'statement',
				part,
				value: card.statement[language],
				max: CARD_FIELDS.statement
			},
			{
				path: `${at}.answer`,
				field: 'answer',
				part,
				value: card.answer,
				max: 10,
				choices: [
					{ value: 'myth', label: 'material.answer.myth' },
					{ value: 'reality', label: 'material.answer.reality' }
				]
			}
		);
		for (const field of ['explanation', 'source'] as const)
			list.push({
				path: `${at}.${field}`,
				field,
				part,
				value: card[field][language],
				max: CARD_FIELDS[field]
			});
	});
	return list;
}

export const deckMaterial: MaterialKindSpec<DeckDocument> = {
	kind: 'deck',
	store: deckKind.segment,
	label: 'material.kind.deck',
	size: 'cocreation.material_cards',
	create: (title, language) => ({
		...emptyDeck({ fr: language === 'fr' ? title : '', en: language === 'en' ? title : '' }),
		languages: [language]
	}),
	title: (deck, language) => deck.title[language],
	count: (deck) => deck.cards.length,
	slots,
	set: (deck, language, slot, value) => {
		if (slot.path === 'title' || slot.path === 'description')
			return { ...deck, [slot.path]: { ...deck[slot.path], [language]: value } };
		const [, cardId, field] = slot.path.split('.') as [string, string, string];
		return {
			...deck,
			cards: deck.cards.map((card) => {
				if (card.id !== cardId) return card;
				if (field === 'answer') return { ...card, answer: value as 'myth' | 'reality' };
				const key = field as keyof typeof CARD_FIELDS;
				return { ...card, [key]: { ...card[key], [language]: value } };
			})
		};
	},
	additions: (deck) =>
		deck.cards.length < MOST_CARDS
			? [{ op: 'card', at: null, part: null, label: 'material.add_card' }]
			: [],
	add: (deck, _language, _op, _at, newId) => ({
		...deck,
		cards: [...deck.cards, newCard(newId())]
	}),
	// A card nothing is written on can be taken out.
	removals: (deck, language) => {
		const empty = emptyParts(slots(deck, language));
		return deck.cards.flatMap((card, index) =>
			empty.has(index + 1)
				? [
						{
							at: card.id,
							part: index + 1,
							label: 'material.remove_card' as const,
							paths: [`cards.${card.id}.`]
						}
					]
				: []
		);
	},
	remove: (deck, at) => ({ ...deck, cards: deck.cards.filter((card) => card.id !== at) }),
	partOf: (path) => partInList('cards', path),
	pilot: (itemId) => ({
		activity: { kind: deckKind.activity.kind, settings: { [deckKind.activity.field]: itemId } }
	})
};
