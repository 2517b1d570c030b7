// Opens the one database of the process: PGlite in DATA_DIR by default, PostgreSQL when DATABASE_URL is set.
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type pg from 'pg';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** What a query can run on: the database, or the transaction it is part of. */
export type Executor = Database | Transaction;

export type DatabaseHandle = {
	kind: 'pglite' | 'postgres';
	db: Database;
	/**
	 * Runs `task` while holding the database-wide start-up lock, so that several instances starting together
	 * migrate and seed one after the other. On PGlite there is only ever one process.
	 */
	runExclusive<T>(task: (db: Database) => Promise<T>): Promise<T>;
	/**
	 * Hears every NOTIFY on `channel`, from this process or any other on the same database, after the
	 * notifying transaction commits. On PostgreSQL a dedicated connection listens (and comes back after a
	 * loss); on PGlite its own in-process LISTEN. Returns a function that stops listening.
	 */
	listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
	close(): Promise<void>;
	/** The PGlite instance, for tests that copy a migrated template. */
	pglite?: PGlite;
};

/** A start-up failure to show the operator as is: it names the variable to fix and hides any password. */
export class DatabaseStartError extends Error {
	override name = 'DatabaseStartError';
}

const STARTUP_LOCK_KEY = 7_352_918_402;

/** Opens PGlite in `dataDir` (or in memory), optionally from a dumped data directory. */
export async function openPglite(options: {
	dataDir?: string;
	loadDataDir?: Blob | File;
}): Promise<DatabaseHandle> {
	const { PGlite } = await import('@electric-sql/pglite');
	const { drizzle } = await import('drizzle-orm/pglite');
	const dataDir = options.dataDir ? path.join(options.dataDir, 'pgdata') : undefined;
	let client: PGlite;
	try {
		client = new PGlite({ dataDir, loadDataDir: options.loadDataDir });
		await client.waitReady;
	} catch (error) {
		throw new DatabaseStartError(
			`Could not open the embedded database in ${dataDir ?? 'memory'} (DATA_DIR): ${reason(error)}`
		);
	}
	const db = drizzle({ client, schema }) as unknown as Database;
	return {
		kind: 'pglite',
		db,
		pglite: client,
		runExclusive: (task) => task(db),
		listen: async (channel, onPayload) => {
			const stop = await client.listen(channel, onPayload);
			return async () => {
				if (!client.closed) await stop();
			};
		},
		close: async () => {
			if (!client.closed) await client.close();
		}
	};
}

/** Connects to PostgreSQL and checks the connection at once, so a wrong DATABASE_URL fails at start. */
export async function openPostgres(url: string, poolSize = 10): Promise<DatabaseHandle> {
	const { default: pgModule } = await import('pg');
	const { drizzle } = await import('drizzle-orm/node-postgres');
	const pool = new pgModule.Pool({
		connectionString: url,
		max: poolSize,
		connectionTimeoutMillis: 10_000,
		// Kept open through a workshop's quiet minutes: a new connection plans every statement (and compiles
		// the vote function) again, which a room's first votes after a pause would wait for.
		idleTimeoutMillis: 5 * 60_000,
		application_name: 'partir-de-nous'
	});
	// An idle client that loses its server must not crash the process; the next query reports it.
	pool.on('error', () => {});
	try {
		const probe = await pool.connect();
		probe.release();
	} catch (error) {
		await pool.end().catch(() => {});
		throw new DatabaseStartError(
			`Could not connect to the database named by DATABASE_URL (${describeUrl(url)}): ${reason(error)}`
		);
	}
	const db = drizzle({ client: pool, schema }) as unknown as Database;
	const listeners = new Set<() => Promise<void>>();
	return {
		kind: 'postgres',
		db,
		listen: async (channel, onPayload) => {
			const stop = await listenOnPostgres(pgModule, url, channel, onPayload);
			listeners.add(stop);
			return async () => {
				listeners.delete(stop);
				await stop();
			};
		},
		runExclusive: async (task) => {
			const client: pg.PoolClient = await pool.connect();
			try {
				await client.query('select pg_advisory_lock($1)', [STARTUP_LOCK_KEY]);
				try {
					return await task(drizzle({ client, schema }) as unknown as Database);
				} finally {
					await client.query('select pg_advisory_unlock($1)', [STARTUP_LOCK_KEY]);
				}
			} finally {
				client.release();
			}
		},
		close: async () => {
			await Promise.all([...listeners].map((stop) => stop()));
			await pool.end();
		}
	};
}

const RECONNECT_MS = [100, 500, 1000, 2000, 5000];

/**
 * LISTEN on a connection of its own (a pooled one would be handed to other queries). When the connection
 * is lost it comes back with growing pauses; notifications sent meanwhile are lost, as NOTIFY does not
 * queue for absent listeners, so subscribers must treat events as hints and read the database for state.
 */
async function listenOnPostgres(
	pgModule: typeof pg,
	url: string,
	channel: string,
	onPayload: (payload: string) => void
): Promise<() => Promise<void>> {
	let stopped = false;
	let client: pg.Client | undefined;
	let attempt = 0;
	const reconnect = () => {
		if (stopped) return;
		const pause = RECONNECT_MS[Math.min(attempt++, RECONNECT_MS.length - 1)]!;
		setTimeout(() => void connect().catch(reconnect), pause).unref();
	};
	const connect = async (): Promise<void> => {
		const next = new pgModule.Client({
			connectionString: url,
			application_name: 'partir-de-nous-events'
		});
		// Each connection asks for one reconnection at most, whichever way it ends.
		let ended = false;
		next.on('notification', (message) => {
			if (message.channel === channel) onPayload(message.payload ?? '');
		});
		next.on('error', () => {});
		next.on('end', () => {
			if (ended) return;
			ended = true;
			if (client === next) client = undefined;
			reconnect();
		});
		try {
			await next.connect();
			await next.query(`listen ${quoteChannel(channel)}`);
		} catch (error) {
			ended = true;
			await next.end().catch(() => {});
			throw error;
		}
		attempt = 0;
		client = next;
		if (stopped) await next.end().catch(() => {});
	};
	await connect();
	return async () => {
		stopped = true;
		await client?.end().catch(() => {});
	};
}

function quoteChannel(channel: string): string {
	if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel))
		throw new Error('A channel is a lower-case identifier.');
	return `"${channel}"`;
}

/** The URL without its password, for messages and logs. */
export function describeUrl(url: string): string {
	try {
		const parsed = new URL(url);
		return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
	} catch {
		return 'unparsable URL';
	}
}

function reason(error: unknown): string {
	if (error instanceof AggregateError && error.errors.length > 0) return reason(error.errors[0]);
	if (error instanceof Error) return error.message || error.name;
	return String(error);
}

let current: DatabaseHandle | undefined;

/** Makes `handle` the database of this process (at start-up, or per test file). */
export function installDatabase(handle: DatabaseHandle | undefined): void {
	current = handle;
}

/** The database handle of this process; throws when the server has not opened it. */
export function databaseHandle(): DatabaseHandle {
	if (!current) throw new Error('The database is not open yet.');
	return current;
}

/** The Drizzle database of this process. */
export function db(): Database {
	return databaseHandle().db;
}
