// The myths-and-realities deck as a kind of workshop tool (see src/lib/domain/tools/tool-kind.ts).
import { defineToolKind } from '../tools/tool-kind.ts';
import { deckLive } from './live.ts';
import { deckDocument, emptyDeck } from './deck.ts';
import { validateDeck } from './validation.ts';

export const deckKind = defineToolKind({
	type: 'deck',
	segment: 'decks',
	labels: {
		plural: 'tools.decks',
		one: 'tools.deck',
		empty: 'tools.decks_empty',
		create: 'tools.create_deck',
		play: 'tools.play_deck'
	},
	schema: deckDocument,
	validate: validateDeck,
	title: (document) => document.title,
	empty: emptyDeck,
	package: { key: 'decks' },
	activity: {
		kind: 'card-game',
		label: 'programs.kind_card_game',
		field: 'deckId',
		missing: 'programs.problem_choose_deck',
		choose: 'editor.choose_deck',
		live: deckLive
	}
});
