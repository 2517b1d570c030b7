// Deck verbs: myths-and-realities decks written by coordinators, published as immutable versions, played
// alone on a phone, projected for a group, or printed. Their store comes from the tool registry
// (tools/service.ts); this module adds the starter deck every organisation begins with.
import type { DeckDocument } from '#lib/domain/cards/deck.ts';
import type { Executor } from '../db/client.ts';
import { systemActor, type Actor } from '../platform/actor.ts';
import { reactWithin } from '../platform/events.ts';
import { toolStore } from '../tools/service.ts';
import { STARTER_DECK } from './starter-deck.ts';

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

export function seedStarterDeck(
	actor: Actor,
	organisationId: string,
	database?: Executor
): Promise<string> {
	return decks.seed(actor, organisationId, STARTER_DECK, database);
}

/** Every new organisation starts with the starter deck, published. */
export function registerCardsReactions(): void {
	reactWithin('organisation.created', 'cards.starter', ({ organisationId }, { database }) =>
		seedStarterDeck(systemActor('organisation-created'), organisationId, database).then(() => {})
	);
}
