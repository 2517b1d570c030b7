// The registry of workshop tool kinds: one line per kind. Everything else reads it.
import { deckKind } from '../cards/kind.ts';
import { videoKind } from '../media/kind.ts';
import { scenarioKind } from '../scenarios/kind.ts';
import type { AnyToolKind } from './tool-kind.ts';

export const TOOL_REGISTRY: readonly AnyToolKind[] = [
	deckKind,
	scenarioKind,
	videoKind
] as unknown as AnyToolKind[];

/** The kinds' address segments ("decks", "scenarios", "videos"), for route parameters. */
export const TOOL_SEGMENTS = TOOL_REGISTRY.map((kind) => kind.segment) as [string, ...string[]];

/** The kind with this address segment, if any. */
export function toolKindBySegment(segment: string): AnyToolKind | undefined {
	return TOOL_REGISTRY.find((kind) => kind.segment === segment);
}

/** The kind of this content type ("deck"), if it is a tool. */
export function toolKindByType(type: string): AnyToolKind | undefined {
	return TOOL_REGISTRY.find((kind) => kind.type === type);
}
