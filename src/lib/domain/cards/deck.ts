// A myths-and-realities deck: cards with a statement, whether it is a myth or a reality, a short
// explanation for a 12-year-old and a source (required when the card states a figure). Bilingual.
import { z } from 'zod';
import { localized, type Localized } from '../programs/document.ts';
import { staffNote } from '../tools/staff-note.ts';

export const DECK_SCHEMA_VERSION = 1;

export const CARD_CATEGORIES = [
	'recruitment',
	'consent',
	'online',
	'control',
	'help',
	'rights'
] as const;
export type CardCategory = (typeof CARD_CATEGORIES)[number];

export const card = z
	.object({
		id: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/),
		statement: localized(400),
		answer: z.enum(['myth', 'reality']),
		explanation: localized(1200),
		/** Where a figure or a legal fact comes from; required when the statement or explanation has a figure. */
		source: localized(400),
		category: z.enum(CARD_CATEGORIES).nullable()
	})
	.strict();
export type Card = z.infer<typeof card>;

export const deckDocument = z
	.object({
		schemaVersion: z.literal(DECK_SCHEMA_VERSION),
		title: localized(),
		description: localized(2000),
		/** For the staff only ("draft for review"): never on a youth page. */
		staffNote,
		languages: z
			.array(z.enum(['fr', 'en']))
			.min(1)
			.max(2),
		cards: z.array(card).max(200)
	})
	.strict();
export type DeckDocument = z.infer<typeof deckDocument>;

/** A digit in a text usually means a figure, which needs a source (years and section numbers count too). */
export function statesAFigure(text: Localized): boolean {
	return /\d/.test(text.fr) || /\d/.test(text.en);
}

export function newCard(id: string): Card {
	return {
		id,
		statement: { fr: '', en: '' },
		answer: 'myth',
		explanation: { fr: '', en: '' },
		source: { fr: '', en: '' },
		category: null
	};
}

/** A new deck: a title and nothing else yet. */
export function emptyDeck(title: Localized): DeckDocument {
	return {
		schemaVersion: DECK_SCHEMA_VERSION,
		title,
		description: { fr: '', en: '' },
		languages: ['fr', 'en'],
		cards: []
	};
}
