// Disclosure signals benchmark: recall and precision on the labelled corpus, per batch and per kind, every miss and
// every false alarm, then speed. Target (issue 12): recall ≥ 0.95 at precision ≥ 0.8 on at least 300 examples.
import process from 'node:process';
import {
	DISCLOSURE_BATCHES,
	DISCLOSURE_CORPUS,
	scoreDisclosures
} from '../src/lib/domain/moderation/disclosure-corpus.ts';
import { findDisclosureSignals } from '../src/lib/domain/moderation/disclosure.ts';

const PASSES = 50;
const round = (value: number) => Math.round(value * 1000) / 1000;
const out = (line = '') => process.stdout.write(`${line}\n`);

const score = scoreDisclosures(DISCLOSURE_CORPUS, findDisclosureSignals);

out(`Disclosure signals on ${score.examples} labelled examples\n`);
out('batch  examples  recall  precision');
DISCLOSURE_BATCHES.forEach((batch, index) => {
	const each = scoreDisclosures(batch, findDisclosureSignals);
	out(
		`${String(index + 1).padEnd(7)}${String(each.examples).padStart(8)}${each.recall.toFixed(3).padStart(8)}${each.precision.toFixed(3).padStart(11)}`
	);
});
out('\nkind          expected  found');
for (const [kind, counts] of Object.entries(score.byKind)) {
	out(
		`${kind.padEnd(14)}${String(counts.expected).padStart(8)}${String(counts.found).padStart(7)}`
	);
}
out(`\nFound with the labelled kind first: ${score.kindAgreement.toFixed(3)}`);
out(`\nMissed: ${score.missed.length}`);
for (const example of score.missed) out(`  ${example.disclosure}: ${example.text}`);
out(`False alarms: ${score.falseAlarms.length}`);
for (const { example, kinds } of score.falseAlarms) out(`  ${kinds.join(', ')}: ${example.text}`);

const started = process.hrtime.bigint();
let signals = 0;
for (let pass = 0; pass < PASSES; pass++) {
	for (const example of DISCLOSURE_CORPUS) signals += findDisclosureSignals(example.text).length;
}
const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
out(`\n${PASSES} passes: ${elapsedMs.toFixed(0)} ms (${signals} signals)`);

out(
	JSON.stringify({
		examples: score.examples,
		recall: round(score.recall),
		precision: round(score.precision),
		kind_agreement: round(score.kindAgreement),
		ms_per_example: round(elapsedMs / (PASSES * DISCLOSURE_CORPUS.length))
	})
);
