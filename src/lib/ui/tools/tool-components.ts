// The editor and the player of each kind of workshop tool are found by folder: kinds/<segment>/Editor.svelte
// and kinds/<segment>/Player.svelte, each taking the same props. A new kind adds its folder; nothing here
// changes. Editors (tool-editors.ts) and players (tool-players.ts) are gathered apart, so that a teen's
// page never downloads the editors.
import type { Component } from 'svelte';
import type { HelpService } from '#lib/domain/safety/help-service.ts';
import type { Problem } from '#lib/domain/publishing/problems.ts';

export type ToolEditorProps = {
	draft: { id: string; document: unknown; revision: number; problems: Problem[] };
	/** What the page needs besides the document (a video's files), from the server's tool extras. */
	files: Record<string, unknown>;
};

export type ToolPlayerProps = {
	document: unknown;
	files: Record<string, unknown>;
	/** Alone on a phone, or laid out for a projector. */
	mode: 'solo' | 'group';
	/** Where "step out" leads (the pause page, which comes back here). */
	stepOutHref: string;
	/** Where the player was, as the kind wrote it with `onprogress` (from the page's address), or null. */
	progress: string | null;
	/** Tells the page where the player is now, so that a pause or a reload comes back to it. */
	onprogress: (progress: string) => void;
	/** The organisation's help services (call, text, website), for the end of an activity. */
	help: HelpService[];
};

export type { HelpService };

export type ComponentModules<P extends Record<string, unknown>> = Record<
	string,
	{ default: Component<P> }
>;

/** The components of one name ("Editor"), by the segment of their folder. */
export function componentsBySegment<P extends Record<string, unknown>>(
	modules: ComponentModules<P>,
	what: string
) {
	const segments = Object.keys(modules)
		.map((path) => path.split('/')[2]!)
		.sort();
	return {
		segments,
		get(segment: string): Component<P> {
			const found = modules[`./kinds/${segment}/${what}.svelte`];
			if (!found) throw new Error(`The ${what.toLowerCase()} of "${segment}" is missing.`);
			return found.default;
		}
	};
}
