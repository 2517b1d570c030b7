// One-time seeds: a name is claimed once per database, so that a restart (or several instances starting
// together) never seeds twice.
import type { Executor } from '../db/client.ts';
import { seedRun } from './schema.ts';

/**
 * Claims the seed `name` in `database`'s transaction: true the first time, false ever after.
 * WARNING: no permission check — for start-up tasks, which check that the actor is the system.
 */
export async function claimSeed(name: string, database: Executor): Promise<boolean> {
	const inserted = await database
		.insert(seedRun)
		.values({ name })
		.onConflictDoNothing()
		.returning({ name: seedRun.name });
	return inserted.length > 0;
}
