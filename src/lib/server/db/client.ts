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
	return {
		kind: 'postgres',
		db,
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
		close: () => pool.end()
	};
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
