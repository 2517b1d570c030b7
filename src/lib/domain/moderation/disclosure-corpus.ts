// Labelled texts for the disclosure signals (issue 12): what youth might write in a co-design group, half of it
// general talk about the workshops' topics, half suggesting the writer (or a friend) is in danger. All invented,
// non-graphic. Written in batches by separate authors, each one blind: it was scored before the rules were tuned on
// it. Those first scores are the honest estimate of the rules on text they have never seen:
//   batch 2 (rules tuned on 1):   recall 0.463, precision 0.881
//   batch 3 (rules tuned on 1–2): recall 0.512, precision 0.872
//   batch 4 (rules tuned on 1–3): recall 0.512, precision 0.872
//   batch 5 (rules tuned on 1–4, with the broad "near her" layer): recall 0.713, precision 0.864
//   batch 6 (rules tuned on 1–5): recall 0.775, precision 0.954 (its file went into the commit of those rules by
//     mistake, unread: it was scored right after, before any rule changed)
//   batch 7 (rules tuned on 1–6): recall 0.700, precision 0.875
//   batch 8 (rules tuned on 1–7): recall 0.762, precision 0.871
//   batch 9 (rules tuned on 1–8, then mended after a review): recall 0.725, precision 0.841
// Add a batch the same way: have it written blind, score it with `npm run bench -- disclosure` before changing any
// rule, write its first score here, then tune.
import { BATCH_1 } from './disclosure-corpus/batch-1.ts';
import { BATCH_2 } from './disclosure-corpus/batch-2.ts';
import { BATCH_3 } from './disclosure-corpus/batch-3.ts';
import { BATCH_4 } from './disclosure-corpus/batch-4.ts';
import { BATCH_5 } from './disclosure-corpus/batch-5.ts';
import { BATCH_6 } from './disclosure-corpus/batch-6.ts';
import { BATCH_7 } from './disclosure-corpus/batch-7.ts';
import { BATCH_8 } from './disclosure-corpus/batch-8.ts';
import { BATCH_9 } from './disclosure-corpus/batch-9.ts';

export type DisclosureKind = 'violence' | 'exploitation' | 'threat' | 'debt' | 'self-harm';

export type DisclosureExample = {
	text: string;
	/** What a careful adult would read in it; null when nothing suggests danger or harm to the writer. */
	disclosure: DisclosureKind | null;
	language: 'fr' | 'en';
};

/** Every batch, in the order they were written. */
export const DISCLOSURE_BATCHES: readonly (readonly DisclosureExample[])[] = [
	BATCH_1,
	BATCH_2,
	BATCH_3,
	BATCH_4,
	BATCH_5,
	BATCH_6,
	BATCH_7,
	BATCH_8,
	BATCH_9
];

export const DISCLOSURE_CORPUS: readonly DisclosureExample[] = DISCLOSURE_BATCHES.flat();

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
