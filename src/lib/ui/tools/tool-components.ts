// The editor and the player of each kind of workshop tool, found by folder: kinds/<segment>/Editor.svelte and
// kinds/<segment>/Player.svelte, each taking the same props. A new kind adds its folder; nothing here changes.
import type { Component } from 'svelte';
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
};

type Module<P extends Record<string, unknown>> = { default: Component<P> };

const editors = import.meta.glob<Module<ToolEditorProps>>('./kinds/*/Editor.svelte', {
	eager: true
});
const players = import.meta.glob<Module<ToolPlayerProps>>('./kinds/*/Player.svelte', {
	eager: true
});

function bySegment<P extends Record<string, unknown>>(
	modules: Record<string, Module<P>>,
	segment: string,
	what: string
): Component<P> {
	const found = modules[`./kinds/${segment}/${what}.svelte`];
	if (!found) throw new Error(`The ${what.toLowerCase()} of "${segment}" is missing.`);
	return found.default;
}

export function toolEditor(segment: string): Component<ToolEditorProps> {
	return bySegment(editors, segment, 'Editor');
}

export function toolPlayer(segment: string): Component<ToolPlayerProps> {
	return bySegment(players, segment, 'Player');
}

/** The address segments that have both components (a test checks every registered kind has them). */
export function segmentsWithComponents(): string[] {
	const segment = (path: string) => path.split('/')[2]!;
	const withPlayer = new Set(Object.keys(players).map(segment));
	return Object.keys(editors)
		.map(segment)
		.filter((name) => withPlayer.has(name))
		.sort();
}
