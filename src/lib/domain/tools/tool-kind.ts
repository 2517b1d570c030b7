// What a kind of workshop tool (a deck, a scenario, a video…) tells the rest of the app, in one place: its names,
// the shape of its document and what blocks publishing it, how it travels in a content package, and the program
// activity that uses it. The registry (registry.ts) lists every kind; pages, packages, programs and the server's
// stores are built from it, so a new kind is its domain folder, its components and one registry line.
import type { z } from 'zod';
import type { MessageKey } from '#lib/i18n/catalogue.ts';
import type { Localized } from '../programs/document.ts';
import type { Problem } from '../publishing/problems.ts';
import type { LiveBehaviour } from '../live/behaviour.ts';

export type ToolKindDefinition<D = unknown> = {
	/** The content type, as stored and as activities and packages name it ("deck"). */
	type: string;
	/** Its segment in /tools and /play addresses ("decks"); its components live in a folder of that name. */
	segment: string;
	labels: {
		plural: MessageKey;
		one: MessageKey;
		empty: MessageKey;
		create: MessageKey;
		play: MessageKey;
	};
	/** The document's shape; anything else is refused. */
	schema: z.ZodType<D>;
	/** Problems that block publishing; an empty list means it can be published. */
	validate: (document: D) => Problem[];
	title: (document: D) => Localized;
	/** A new, empty document with this title. */
	empty: (title: Localized) => D;
	package: {
		/** Where it travels in a content package's `references`. */
		key: string;
		/** What of it travels (a video's files stay home): the document as exported. */
		travels?: (document: D) => D;
		/** What an imported one must look like, when stricter than `schema`. */
		accepts?: z.ZodType<D>;
	};
	/** The media files a document names (a video's film, poster, captions): the server checks they are the organisation's. */
	files?: (document: D) => { id: string; kind: string }[];
	/** The program activity that uses one published tool of this kind, chosen by id in `settings[field]`. */
	activity: {
		kind: string;
		label: MessageKey;
		field: string;
		/** The problem while none is chosen, and the label of the picker. */
		missing: MessageKey;
		choose: MessageKey;
		/** What the activity does in a live session, with the published document as its tool. */
		live: LiveBehaviour<Record<string, string>, D>;
	};
};

/** Any kind, whatever its document (the registry's list; callers know the document's type by the kind). */
export type AnyToolKind = ToolKindDefinition<never>;

/** Declares a kind (typed by its document). */
export function defineToolKind<D>(definition: ToolKindDefinition<D>): ToolKindDefinition<D> {
	return definition;
}
