// The player of each kind of workshop tool, by address segment (kinds/<segment>/Player.svelte).
import {
	componentsBySegment,
	type ComponentModules,
	type ToolPlayerProps
} from './tool-components.ts';

const players = componentsBySegment(
	import.meta.glob('./kinds/*/Player.svelte', { eager: true }) as ComponentModules<ToolPlayerProps>,
	'Player'
);

export const playerSegments = players.segments;
export const toolPlayer = players.get;
