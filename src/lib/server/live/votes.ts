// Votes in batches: the votes that reach this instance while its batch is in the database leave
// together in the next statement (live_cast_votes, migrations 0022 and 0036), which also sends the counts to
// every instance, so a room's burst of phones costs a few round trips and commits instead of one each. With
// nothing waiting, a vote leaves at the end of the turn it arrived in. Each vote still gets its own answer:
// counted once per voter and question (a change replaces), or refused.
import { sql } from 'drizzle-orm';
import { db } from '../db/client.ts';
import type { Actor } from '../platform/actor.ts';
import { events } from '../platform/events.ts';

/** A question's counts are kept in this many shards (live_cast_votes), summed when read. */
export const TALLY_SHARDS = 8;
/**
 * Batches in the database at once, and votes in one batch. One at a time: under load the batches grow instead of
 * the statements multiplying (short live-load runs: PostgreSQL's backends used 43 % of a core instead of 48 %).
 */
const IN_FLIGHT = 1;
const BATCH = 250;

export type Ballot = {
	session: string;
	/** The voter's groups: the session must be one of theirs. */
	groups: string[];
	target: string;
	voter: string;
	choice: string;
};

type Shard = { shard: number; counts: Record<string, number>; version: number };
export type Counted = Shard | { refused: 'missing' | 'closed' };

type Waiting = {
	ballot: Ballot;
	actor: Actor;
	resolve: (counted: Counted) => void;
	reject: (error: unknown) => void;
};

let waiting: Waiting[] = [];
let inFlight = 0;
let scheduled = false;

/**
 * Counts `ballot` with the others waiting, then announces the shard's new counts (`live.tally`); resolves with
 * what the database decided for this vote once the announcement has left.
 */
export function castBallot(actor: Actor, ballot: Ballot): Promise<Counted> {
	return new Promise((resolve, reject) => {
		waiting.push({ ballot, actor, resolve, reject });
		schedule();
	});
}

function schedule(): void {
	if (scheduled || inFlight >= IN_FLIGHT || waiting.length === 0) return;
	scheduled = true;
	// The votes parsed in this turn of the event loop go in the same batch.
	setImmediate(() => {
		scheduled = false;
		void send();
	});
}

async function send(): Promise<void> {
	if (inFlight >= IN_FLIGHT || waiting.length === 0) return;
	const batch = waiting.slice(0, BATCH);
	waiting = waiting.slice(BATCH);
	inFlight++;
	schedule();
	try {
		// The statement sends each counted shard's news itself when it can (one statement per batch, not two).
		const envelope = events().statementEnvelope('live.tally');
		const result: unknown = await db().execute(
			sql`select live_cast_votes(${JSON.stringify(batch.map((item) => item.ballot))}::jsonb, ${TALLY_SHARDS}, ${envelope?.channel ?? null}::text, ${envelope?.prefix ?? null}::text) as result`
		);
		// node-postgres and PGlite both answer { rows }: one row, one answer per vote in the batch's order.
		const answers = (result as { rows: { result: Counted[] }[] }).rows[0]?.result ?? [];
		await announce(batch, answers, envelope !== undefined);
		batch.forEach((item, index) => item.resolve(answers[index] ?? { refused: 'missing' }));
	} catch (error) {
		for (const item of batch) item.reject(error);
	} finally {
		inFlight--;
		schedule();
	}
}

/**
 * Each shard's newest counts, once per batch: this instance's subscribers hear what the statement sent already
 * (`sentByStatement`); without that, they are published (their notifications leave together, events.ts).
 */
async function announce(batch: Waiting[], answers: Counted[], sent: boolean): Promise<void> {
	const newest = new Map<string, { item: Waiting; counted: Shard }>();
	answers.forEach((counted, index) => {
		const item = batch[index];
		if (!item || 'refused' in counted) return;
		const key = `${item.ballot.session} ${item.ballot.target} ${counted.shard}`;
		const known = newest.get(key);
		if (!known || known.counted.version < counted.version) newest.set(key, { item, counted });
	});
	await Promise.all(
		[...newest.values()].map(({ item, counted }) => {
			const news = {
				sessionId: item.ballot.session,
				target: item.ballot.target,
				byHands: false,
				shard: counted.shard,
				counts: counted.counts,
				version: counted.version
			};
			if (sent) return events().sentByStatement('live.tally', news);
			return events().publish('live.tally', news, db(), item.actor);
		})
	);
}
