// Live on two instances: the live-load shape (60 rooms × 33, 10 cards, about 1,000 votes a second) with the phones
// alternating between two app instances on one PostgreSQL and every control stream on the second, so most counts
// cross instances by LISTEN/NOTIFY. The same figures, plus `cross_instance_p99_ms`: how much the p99 grows over
// one instance, measured in the same run (target: at most 5 ms more).
import { liveBenchArguments, runLiveBench } from './support/live.ts';
import { appTarget, measure } from './support/live.ts';

const shape = liveBenchArguments({
	rooms: 60,
	perRoom: 33,
	instances: 2,
	cards: 10,
	votesPerSecond: 1000,
	readingMs: 1000
});
const single = await appTarget({ ...shape, instances: 1 });
let one: Awaited<ReturnType<typeof measure>>;
try {
	one = await measure(single.target, { ...shape, instances: 1 });
} finally {
	await single.stop();
}
process.stderr.write(`one instance: ${JSON.stringify(one)}\n`);
await runLiveBench(shape, (two) => ({
	one_instance_p99_ms: one.p99_ms,
	cross_instance_p99_ms: Math.round((two.p99_ms - one.p99_ms) * 10) / 10
}));
