// The participant-facing text of an activity, written with a blank line between paragraphs and "- " before the
// items of a list (as in the guide), shown on the projector and the phones as paragraphs and lists without a
// markdown library in the youth pages' weight.

export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

const ITEM = /^\s*[-*•]\s+/u;

/** Paragraphs (kept line by line) and lists (a run of lines that all begin with "- "). */
export function textBlocks(text: string): TextBlock[] {
	const blocks: TextBlock[] = [];
	for (const chunk of text.split(/\n\s*\n/u)) {
		const lines = chunk.split('\n').filter((line) => line.trim() !== '');
		if (lines.length === 0) continue;
		if (lines.every((line) => ITEM.test(line)))
			blocks.push({ kind: 'list', items: lines.map((line) => line.replace(ITEM, '').trim()) });
		else blocks.push({ kind: 'paragraph', text: lines.join('\n') });
	}
	return blocks;
}
