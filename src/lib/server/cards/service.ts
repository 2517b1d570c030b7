// Deck verbs: myths-and-realities decks written by coordinators, published as immutable versions, played
// alone on a phone, projected for a group, or printed. Their store comes from the tool registry
// (tools/service.ts); the starter deck is content/decks/ (the starter module).
import type { DeckDocument } from '#lib/domain/cards/deck.ts';
import { toolStore } from '../tools/service.ts';

export const decks = toolStore<DeckDocument>('decks');

export const {
	list: listDecks,
	published: publishedDecks,
	forAuthoring: deckForAuthoring,
	saveDraft: saveDeckDraft,
	submit: submitDeck,
	publish: publishDeck,
	archive: archiveDeck,
	versions: deckVersions,
	version: deckVersion
} = decks;
