// Plain text with its web addresses picked out, so that a page can show them as links (the outbox's e-mails).

export type TextPart = { text: string; href?: undefined } | { text: string; href: string };

const ADDRESS = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)]/g;

/** The text in order, each web address a part of its own with `href`. */
export function linkParts(text: string): TextPart[] {
	const parts: TextPart[] = [];
	let at = 0;
	for (const match of text.matchAll(ADDRESS)) {
		if (match.index > at) parts.push({ text: text.slice(at, match.index) });
		parts.push({ text: match[0], href: match[0] });
		at = match.index + match[0].length;
	}
	if (at < text.length) parts.push({ text: text.slice(at) });
	return parts;
}
