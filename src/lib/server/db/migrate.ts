// The one migration runner: applies the committed drizzle/ migrations, embedded in the build, on PGlite or PostgreSQL.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { MigrationMeta } from 'drizzle-orm/migrator';
import type { PgDialect, PgSession } from 'drizzle-orm/pg-core';
import type { Database } from './client.ts';

type Journal = { entries: { idx: number; when: number; tag: string; breakpoints: boolean }[] };

const sqlFiles = import.meta.glob<string>('/drizzle/*.sql', {
	query: '?raw',
	import: 'default',
	eager: true
});
const journal = Object.values(
	import.meta.glob<Journal>('/drizzle/meta/_journal.json', { import: 'default', eager: true })
)[0];

/** The migrations as drizzle-kit wrote them, parsed exactly as drizzle-orm's own readMigrationFiles does. */
export function embeddedMigrations(): MigrationMeta[] {
	if (!journal) throw new Error('drizzle/meta/_journal.json is missing from the build.');
	return journal.entries.map((entry) => {
		const text = sqlFiles[`/drizzle/${entry.tag}.sql`];
		if (text === undefined) throw new Error(`Migration drizzle/${entry.tag}.sql is missing.`);
		return {
			sql: text.split('--> statement-breakpoint'),
			bps: entry.breakpoints,
			folderMillis: entry.when,
			hash: createHash('sha256').update(text).digest('hex')
		};
	});
}

/**
 * Applies every migration not yet applied, in one transaction. `upTo` (a migration's tag, e.g.
 * "0014_security_probe_fixes") stops after that one: tests build a database as an earlier version left it.
 */
export async function migrate(db: Database, options: { upTo?: string } = {}): Promise<void> {
	let migrations = embeddedMigrations();
	if (options.upTo) {
		const last = journal?.entries.findIndex((entry) => entry.tag === options.upTo) ?? -1;
		if (last < 0) throw new Error(`No migration is tagged ${options.upTo}.`);
		migrations = migrations.slice(0, last + 1);
	}
	// drizzle-orm's pglite and node-postgres migrators are both exactly this call; using it directly lets one
	// runner serve both drivers with migrations embedded in the build instead of read from a folder at run time.
	const internals = db as unknown as { dialect: PgDialect; session: PgSession };
	await internals.dialect.migrate(migrations, internals.session, {
		migrationsFolder: 'drizzle'
	});
}

/** Whether the last migration of this build is recorded as applied in the database. */
export async function migrationsApplied(db: Database): Promise<boolean> {
	const migrations = embeddedMigrations();
	const latest = migrations.at(-1);
	if (!latest) return true;
	const result = (await db.execute(
		sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`
	)) as unknown as { rows: { created_at: string | number }[] };
	const applied = result.rows[0];
	return applied !== undefined && Number(applied.created_at) >= latest.folderMillis;
}
