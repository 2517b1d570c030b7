// Live big room: one room of 500 participants (a province-wide dialogue session) on one app instance on
// PostgreSQL, voting on 10 cards (after a warm-up card, each read for a second) at about 1,000 votes a second; vote-to-updated-count at the facilitator's control
// stream, with the bare Node floor in the same run. The group's limit of 200 is raised for it by the benchmark.
// Last line: {"connections", "held", "votes_per_s", "p50_ms", "p99_ms", "lost", "double_counted", "floor_p99_ms", …}.
import { liveBenchArguments, runLiveBench } from './support/live.ts';

await runLiveBench(
	liveBenchArguments({
		rooms: 1,
		perRoom: 500,
		instances: 1,
		cards: 10,
		votesPerSecond: 1000,
		readingMs: 1000
	})
);
