// The editor of each kind of workshop tool, by address segment (kinds/<segment>/Editor.svelte).
import {
	componentsBySegment,
	type ComponentModules,
	type ToolEditorProps
} from './tool-components.ts';

const editors = componentsBySegment(
	import.meta.glob('./kinds/*/Editor.svelte', { eager: true }) as ComponentModules<ToolEditorProps>,
	'Editor'
);

export const editorSegments = editors.segments;
export const toolEditor = editors.get;
