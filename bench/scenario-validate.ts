// Scenario validation benchmark: how long the publishing checks take on a valid 1,000-passage scenario.
import process from 'node:process';
import { generateScenario } from '../src/lib/domain/scenarios/generate.ts';
import { validateScenario } from '../src/lib/domain/scenarios/validation.ts';

const PASSAGES = 1000;
const RUNS = 200;
const WARM_UP_RUNS = 50;

const round = (value: number) => Math.round(value * 1000) / 1000;
const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

const document = generateScenario({ passages: PASSAGES, seed: 1 });
const choices = document.passages.reduce((sum, passage) => sum + passage.choices.length, 0);

// A valid scenario has no problem; anything else means the benchmark measures the wrong thing.
const problems = validateScenario(document);
if (problems.length > 0) {
	process.stderr.write(
		`The generated scenario has ${problems.length} problems, first: ${JSON.stringify(problems[0])}\n`
	);
	process.exit(1);
}

for (let run = 0; run < WARM_UP_RUNS; run++) validateScenario(document);
const times: number[] = [];
for (let run = 0; run < RUNS; run++) {
	const started = process.hrtime.bigint();
	validateScenario(document);
	times.push(Number(process.hrtime.bigint() - started) / 1e6);
}
times.sort((a, b) => a - b);
const median = percentile(times, 50);

process.stdout.write(
	`validateScenario on ${PASSAGES} passages and ${choices} choices, ${RUNS} runs after ${WARM_UP_RUNS} warm-up runs\n`
);
process.stdout.write(
	`median ${median.toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms, max ${times.at(-1)!.toFixed(3)} ms\n`
);
process.stdout.write(`${JSON.stringify({ passages: PASSAGES, validate_ms: round(median) })}\n`);
