// The published tools the program editor's pickers may choose from, handed down the page by context.
import { getContext, setContext } from 'svelte';
import type { Localized } from '#lib/domain/programs/document.ts';

/** A published tool, as pickers and lists show it. */
export type ToolEntry = { id: string; title: Localized; latestVersion: number | null };
/** The published tools of each kind, by address segment ("decks"). */
export type ToolLibrary = Record<string, ToolEntry[]>;

const LIBRARY = Symbol('tool-library');

/** Gives the editors below the published tools they may choose from. */
export function setToolLibrary(library: ToolLibrary): void {
	setContext(LIBRARY, library);
}

export function toolLibrary(): ToolLibrary {
	return getContext<ToolLibrary | undefined>(LIBRARY) ?? {};
}
