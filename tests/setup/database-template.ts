// Vitest global setup for database tests: migrates one template per run (PGlite dump or PostgreSQL template database).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../../src/lib/server/db/client.ts';
import { migrate } from '../../src/lib/server/db/migrate.ts';
import { createScratchDatabase, runOnServer, quoteIdentifier } from '../support/postgres.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		pgliteTemplate: string;
		postgresTemplate: string;
	}
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
	if (project.name === 'postgres') return setupPostgres(project);
	return setupPglite(project);
}

async function setupPglite(project: TestProject) {
	const handle = await openPglite({});
	await migrate(handle.db);
	const dump = await handle.pglite!.dumpDataDir('none');
	await handle.close();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdn-template-'));
	const file = path.join(dir, 'template.tar');
	fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
	project.provide('pgliteTemplate', file);
	return async () => fs.rmSync(dir, { recursive: true, force: true });
}

async function setupPostgres(project: TestProject) {
	const url = process.env.TEST_DATABASE_URL;
	if (!url) throw new Error('The postgres test project needs TEST_DATABASE_URL.');
	const scratch = await createScratchDatabase(url, 'pdn_template');
	const template = await openPostgres(scratch.url, 1);
	await migrate(template.db);
	await template.close();
	// Marked as a template so that each test file can copy it in one fast statement.
	await runOnServer(url, `alter database ${quoteIdentifier(scratch.name)} is_template true`);
	project.provide('postgresTemplate', scratch.name);
	return async () => {
		await runOnServer(url, `alter database ${quoteIdentifier(scratch.name)} is_template false`);
		await scratch.drop();
	};
}
