// The workshop tools that share the /tools pages, as they appear in URLs, with their catalogue labels.
import { getContext, setContext } from 'svelte';
import type { Localized } from '#lib/domain/programs/document.ts';
import type { MessageKey } from '#lib/i18n/catalogue.ts';

export const TOOL_KINDS = ['decks', 'scenarios', 'videos'] as const;
export type ToolKind = (typeof TOOL_KINDS)[number];

export const TOOL_LABELS: Record<
	ToolKind,
	{ plural: MessageKey; one: MessageKey; empty: MessageKey; create: MessageKey; play: MessageKey }
> = {
	decks: {
		plural: 'tools.decks',
		one: 'tools.deck',
		empty: 'tools.decks_empty',
		create: 'tools.create_deck',
		play: 'tools.play_deck'
	},
	scenarios: {
		plural: 'tools.scenarios',
		one: 'tools.scenario',
		empty: 'tools.scenarios_empty',
		create: 'tools.create_scenario',
		play: 'tools.play_scenario'
	},
	videos: {
		plural: 'tools.videos',
		one: 'tools.video',
		empty: 'tools.videos_empty',
		create: 'tools.create_video',
		play: 'tools.play_video'
	}
};

/** The tool kind of each content type, as activities and packages name them ("deck" → "decks"). */
export const KIND_OF_TYPE = {
	deck: 'decks',
	scenario: 'scenarios',
	video: 'videos'
} as const satisfies Record<string, ToolKind>;

/** The tool kind of a reference's type, if it is a tool. */
export function toolKindOf(type: string): ToolKind | undefined {
	return Object.hasOwn(KIND_OF_TYPE, type)
		? KIND_OF_TYPE[type as keyof typeof KIND_OF_TYPE]
		: undefined;
}

/** A published tool, as pickers and lists show it. */
export type ToolEntry = { id: string; title: Localized; latestVersion: number | null };
export type ToolLibrary = Record<ToolKind, ToolEntry[]>;

const LIBRARY = Symbol('tool-library');

/** Gives the editors below the published tools they may choose from. */
export function setToolLibrary(library: ToolLibrary): void {
	setContext(LIBRARY, library);
}

export function toolLibrary(): ToolLibrary {
	return getContext<ToolLibrary | undefined>(LIBRARY) ?? { decks: [], scenarios: [], videos: [] };
}
