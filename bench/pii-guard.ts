// Personal-information guard benchmark: recall and precision on the labelled corpus, per kind, then speed.
import process from 'node:process';
import { PII_CORPUS, scoreCorpus } from '../src/lib/domain/moderation/pii-corpus.ts';
import { findPersonalInformation } from '../src/lib/domain/moderation/pii-guard.ts';

const PASSES = 200;
const WARM_UP_PASSES = 20;

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
const round = (value: number) => Math.round(value * 1000) / 1000;
const cell = (value: string | number, width: number) => String(value).padStart(width);

const score = scoreCorpus(PII_CORPUS, findPersonalInformation);

process.stdout.write(`Personal-information guard on ${score.examples} labelled examples\n\n`);
process.stdout.write('kind      expected  found  recall  precision\n');
for (const [kind, counts] of Object.entries(score.byKind)) {
	const recall = ratio(counts.recalled, counts.expected).toFixed(3);
	const precision = ratio(counts.correct, counts.found).toFixed(3);
	process.stdout.write(
		`${kind.padEnd(8)}${cell(counts.expected, 10)}${cell(counts.found, 7)}${cell(recall, 8)}${cell(precision, 11)}\n`
	);
}
process.stdout.write(
	`all     ${cell('', 10)}${cell('', 7)}${cell(score.recall.toFixed(3), 8)}${cell(score.precision.toFixed(3), 11)}\n`
);

process.stdout.write(`\nMissed (false negatives): ${score.falseNegatives.length}\n`);
for (const { example, span } of score.falseNegatives) {
	process.stdout.write(`  ${span.kind} "${span.text}" in "${example}"\n`);
}
process.stdout.write(`False alarms (false positives): ${score.falsePositives.length}\n`);
for (const { example, span } of score.falsePositives) {
	process.stdout.write(`  ${span.kind} "${span.text}" in "${example}"\n`);
}

// Speed: every example of the corpus, many times over, after a warm-up so the regexes are compiled.
const texts = PII_CORPUS.map((example) => example.text);
let spans = 0;
for (let pass = 0; pass < WARM_UP_PASSES; pass++) {
	for (const text of texts) spans += findPersonalInformation(text).length;
}
const started = process.hrtime.bigint();
for (let pass = 0; pass < PASSES; pass++) {
	for (const text of texts) spans += findPersonalInformation(text).length;
}
const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
const msPerExample = elapsedMs / (PASSES * texts.length);
process.stdout.write(
	`\n${PASSES} passes over ${texts.length} examples: ${elapsedMs.toFixed(0)} ms (${spans} spans)\n`
);

process.stdout.write(
	`${JSON.stringify({
		examples: score.examples,
		recall: round(score.recall),
		precision: round(score.precision),
		ms_per_example: Math.round(msPerExample * 10_000) / 10_000
	})}\n`
);
