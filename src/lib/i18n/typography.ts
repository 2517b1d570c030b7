// French typography for the interface text: a narrow no-break space before ; : ! ? and », after «, and a
// no-break space between a number and its unit ("2 Mo"), so that no sign is left alone at the start of a line.
// Writers type ordinary spaces in fr.ts; the catalogue applies this when it registers the French messages.

const NARROW = '\u202f';
const NO_BREAK = '\u00a0';

export function typesetFrench(text: string): string {
	return text
		.replace(/[ \u00a0]+([;:!?»])/g, `${NARROW}$1`)
		.replace(/«[ \u00a0]+/g, `«${NARROW}`)
		.replace(
			/([\d}]) (Mo|Go|ko|Ko|%|\$|h|min|minutes|secondes|caractères)(?![\p{L}])/gu,
			`$1${NO_BREAK}$2`
		);
}

/** Every French message of `messages`, typeset. */
export function typesetFrenchMessages<T extends Record<string, string | undefined>>(
	messages: T
): T {
	return Object.fromEntries(
		Object.entries(messages).map(([key, text]) => [
			key,
			text === undefined ? text : typesetFrench(text)
		])
	) as T;
}
