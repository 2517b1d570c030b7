// Deck verbs: myths-and-realities decks written by coordinators, published as immutable versions, played
// alone on a phone, projected for a group, or printed. Storage and publishing rules: platform/content-store.ts.
import { deckDocument, emptyDeck, type DeckDocument } from '#lib/domain/cards/deck.ts';
import { validateDeck } from '#lib/domain/cards/validation.ts';
import type { Localized } from '#lib/domain/programs/document.ts';
import type { Executor } from '../db/client.ts';
import type { Actor } from '../platform/actor.ts';
import { contentStore } from '../platform/content-store.ts';
import { STARTER_DECK } from './starter-deck.ts';

export const decks = contentStore<DeckDocument>({
	type: 'deck',
	schema: deckDocument,
	validate: validateDeck,
	title: (document) => document.title
});

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

export function createDeck(
	actor: Actor,
	organisationId: string,
	title: Localized
): Promise<string> {
	return decks.create(actor, organisationId, emptyDeck(title));
}

export function seedStarterDeck(
	actor: Actor,
	organisationId: string,
	database?: Executor
): Promise<string> {
	return decks.seed(actor, organisationId, STARTER_DECK, database);
}
