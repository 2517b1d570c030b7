// Test helper: where each id of a starter document was written, so that a failing content check names the
// file and the line a reviewer must open.
import type { Place } from './read.ts';

/** "content/program/w1-self-esteem.yaml:40 (w1-a1-welcome)" for every object with an id in the document. */
export function placesById(
	document: unknown,
	placeOf: (path: (string | number)[]) => Place
): (id: string) => string {
	const places = new Map<string, string>();
	const walk = (value: unknown, path: (string | number)[]): void => {
		if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
		else if (value && typeof value === 'object') {
			const id = (value as { id?: unknown }).id;
			if (typeof id === 'string' && !places.has(id)) {
				const place = placeOf(path);
				places.set(id, `${place.file}:${place.line} (${id})`);
			}
			for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
		}
	};
	walk(document, []);
	return (id) => places.get(id) ?? id;
}
