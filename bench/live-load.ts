// Live load: one app instance on PostgreSQL (TEST_DATABASE_URL's server, or the local one), 60 rooms of 33
// participants signed in with their cards, each holding her phone's stream, voting on 10 cards (after a warm-up
// card, and a second to read each card once every phone shows it) through the real endpoint at about 1,000 votes
// a second; the time from a vote to the facilitator's control stream showing counts
// that include it. In the same run, the same load on a bare Node server with no database (the floor).
// Last line: {"connections", "held", "votes_per_s", "p50_ms", "p99_ms", "lost", "double_counted", "floor_p99_ms", …}.
// `-- --rooms 10 --cards 3` runs a smaller shape (to try a change quickly); `--reading-ms 0` votes at once.
import { liveBenchArguments, runLiveBench } from './support/live.ts';

await runLiveBench(
	liveBenchArguments({
		rooms: 60,
		perRoom: 33,
		instances: 1,
		cards: 10,
		votesPerSecond: 1000,
		readingMs: 1000
	})
);
