// The starter content's files, bundled into the build (they are read as text, never from disk at run time).
import type { ContentFiles } from './read.ts';

const bundled = import.meta.glob('/content/**/*.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** The content folder's YAML files, by path from the project's root ("content/shared.yaml"). */
export const CONTENT_FILES: ContentFiles = Object.fromEntries(
	Object.entries(bundled).map(([path, text]) => [path.replace(/^\//, ''), text])
);
