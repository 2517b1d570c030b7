// A rewritten copy of a text that remembers where each of its characters came from, so that rules can read a
// normalised text (disguises undone, spelling folded) and still point at the writer's own words.

/** A rewritten copy of the text that remembers, for each of its characters, where it came from. */
export type View = { text: string; from: number[]; to: number[] };

export function viewOf(text: string): View {
	const offsets = Array.from({ length: text.length }, (_, i) => i);
	return { text, from: offsets, to: offsets.map((i) => i + 1) };
}

/** Replaces every match of `pattern` (global, never empty) in the view by `by`, keeping the offsets. */
export function rewrite(
	view: View,
	pattern: RegExp,
	by: string | ((match: string, groups: RegExpMatchArray) => string)
): View {
	let text = '';
	const from: number[] = [];
	const to: number[] = [];
	let last = 0;
	const copy = (start: number, end: number) => {
		text += view.text.slice(start, end);
		for (let i = start; i < end; i++) {
			from.push(view.from[i] ?? 0);
			to.push(view.to[i] ?? 0);
		}
	};
	for (const match of view.text.matchAll(pattern)) {
		const start = match.index;
		const end = start + match[0].length;
		copy(last, start);
		const replacement = typeof by === 'string' ? by : by(match[0], match);
		text += replacement;
		for (let i = 0; i < replacement.length; i++) {
			from.push(view.from[start] ?? 0);
			to.push(view.to[end - 1] ?? 0);
		}
		last = end;
	}
	copy(last, view.text.length);
	return { text, from, to };
}
