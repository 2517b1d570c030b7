// The player of each kind of workshop tool, by address segment (kinds/<segment>/Player.svelte). Each player is
// its own chunk, loaded when its page opens: a card game's page never downloads the scenario or video players.
import type { Component } from 'svelte';
import type { ToolPlayerProps } from './tool-components.ts';

const modules = import.meta.glob('./kinds/*/Player.svelte') as Record<
	string,
	() => Promise<{ default: Component<ToolPlayerProps> }>
>;

export const playerSegments = Object.keys(modules)
	.map((path) => path.split('/')[2]!)
	.sort();

/** The player of the kind with this address segment. */
export async function loadToolPlayer(segment: string): Promise<Component<ToolPlayerProps>> {
	const load = modules[`./kinds/${segment}/Player.svelte`];
	if (!load) throw new Error(`The player of "${segment}" is missing.`);
	return (await load()).default;
}
