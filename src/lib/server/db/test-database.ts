// Test helper: gives each database test file its own migrated database (a PGlite copy, or a PostgreSQL clone).
import fs from 'node:fs';
import { afterAll, beforeAll, inject } from 'vitest';
import { createScratchDatabase } from '../../../../tests/support/postgres.ts';
import { resetAuth } from '../identity/auth.ts';
import { databaseTransport, EventBus, installEvents } from '../platform/events.ts';
import { installDatabase, openPglite, openPostgres, type DatabaseHandle } from './client.ts';

/** A fresh database with every migration applied, installed as this process's database. Close it when done. */
export async function createTestDatabase(): Promise<DatabaseHandle> {
	const kind = process.env.TEST_DB_KIND;
	let handle: DatabaseHandle;
	if (kind === 'pglite') {
		const dump = fs.readFileSync(inject('pgliteTemplate'));
		handle = await openPglite({ loadDataDir: new Blob([dump]) });
	} else if (kind === 'postgres') {
		const url = process.env.TEST_DATABASE_URL!;
		const scratch = await createScratchDatabase(url, 'pdn_test', inject('postgresTemplate'));
		const opened = await openPostgres(scratch.url, 4);
		handle = {
			...opened,
			close: async () => {
				await opened.close();
				await scratch.drop();
			}
		};
	} else {
		throw new Error(
			'This test uses the database: name its file *.db.test.ts so it runs on PGlite and PostgreSQL.'
		);
	}
	installDatabase(handle);
	installEvents(new EventBus(databaseTransport(handle)));
	resetAuth();
	return handle;
}

/**
 * An empty database of the kind under test, with no migration applied, not installed: for tests that build
 * a database as an earlier version left it. Close it when done.
 */
export async function createEmptyDatabase(): Promise<DatabaseHandle> {
	if (process.env.TEST_DB_KIND === 'pglite') return openPglite({});
	if (process.env.TEST_DB_KIND !== 'postgres') throw new Error('Name the file *.db.test.ts.');
	const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'pdn_empty');
	const opened = await openPostgres(scratch.url, 2);
	return {
		...opened,
		close: async () => {
			await opened.close();
			await scratch.drop();
		}
	};
}

/** Registers a database for the whole test file; call at the top of a `describe` or file. */
export function useTestDatabase(): () => DatabaseHandle {
	let handle: DatabaseHandle | undefined;
	beforeAll(async () => {
		handle = await createTestDatabase();
	});
	afterAll(async () => {
		await handle?.close();
		installDatabase(undefined);
	});
	return () => {
		if (!handle) throw new Error('The test database is not ready yet.');
		return handle;
	};
}
