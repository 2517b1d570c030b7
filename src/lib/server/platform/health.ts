// Liveness and readiness: is the process up, does the database answer, are this build's migrations applied.
import { sql } from 'drizzle-orm';
import { databaseHandle } from '../db/client.ts';
import { migrationsApplied } from '../db/migrate.ts';

export type Readiness = {
	ready: boolean;
	database: 'up' | 'down';
	migrations: 'applied' | 'pending' | 'unknown';
};

const TIMEOUT_MS = 2_000;

export async function checkReadiness(): Promise<Readiness> {
	try {
		const handle = databaseHandle();
		const applied = await withTimeout(
			(async () => {
				await handle.db.execute(sql`select 1`);
				return migrationsApplied(handle.db);
			})()
		);
		return { ready: applied, database: 'up', migrations: applied ? 'applied' : 'pending' };
	} catch {
		return { ready: false, database: 'down', migrations: 'unknown' };
	}
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error('database did not answer in time')), TIMEOUT_MS);
	});
	return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
