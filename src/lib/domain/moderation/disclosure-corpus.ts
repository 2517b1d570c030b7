// Labelled texts for the disclosure signals (issue 12): what youth might write in a co-design group, half of it
// general talk about the workshops' topics, half suggesting the writer (or a friend) is in danger. All invented,
// non-graphic. Written in batches, each one blind (before the rules it measures were tuned on it).

export type DisclosureKind = 'violence' | 'exploitation' | 'threat' | 'debt' | 'self-harm';

export type DisclosureExample = {
	text: string;
	/** What a careful adult would read in it; null when nothing suggests danger or harm to the writer. */
	disclosure: DisclosureKind | null;
	language: 'fr' | 'en';
};
