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

export type DisclosureScore = {
	examples: number;
	/** Of the texts labelled as disclosures, the share that raised a signal. */
	recall: number;
	/** Of the texts that raised a signal, the share labelled as disclosures. */
	precision: number;
	/** Of the disclosures found, the share whose first signal has the labelled kind. */
	kindAgreement: number;
	byKind: Record<DisclosureKind, { expected: number; found: number }>;
	missed: DisclosureExample[];
	falseAlarms: { example: DisclosureExample; kinds: DisclosureKind[] }[];
};

export const DISCLOSURE_KINDS: readonly DisclosureKind[] = [
	'violence',
	'exploitation',
	'threat',
	'debt',
	'self-harm'
];

/** Scores a detector on labelled examples: a text counts as flagged when it raises at least one signal. */
export function scoreDisclosures(
	corpus: readonly DisclosureExample[],
	find: (text: string) => { kind: DisclosureKind }[]
): DisclosureScore {
	const byKind = Object.fromEntries(
		DISCLOSURE_KINDS.map((kind) => [kind, { expected: 0, found: 0 }])
	) as DisclosureScore['byKind'];
	const missed: DisclosureExample[] = [];
	const falseAlarms: DisclosureScore['falseAlarms'] = [];
	let flagged = 0;
	let correct = 0;
	let sameKind = 0;
	let expected = 0;
	for (const example of corpus) {
		const kinds = find(example.text).map((signal) => signal.kind);
		if (kinds.length > 0) flagged++;
		if (example.disclosure === null) {
			if (kinds.length > 0) falseAlarms.push({ example, kinds });
			continue;
		}
		expected++;
		byKind[example.disclosure].expected++;
		if (kinds.length === 0) {
			missed.push(example);
			continue;
		}
		correct++;
		byKind[example.disclosure].found++;
		if (kinds[0] === example.disclosure) sameKind++;
	}
	return {
		examples: corpus.length,
		recall: expected === 0 ? 1 : correct / expected,
		precision: flagged === 0 ? 1 : correct / flagged,
		kindAgreement: correct === 0 ? 1 : sameKind / correct,
		byKind,
		missed,
		falseAlarms
	};
}
