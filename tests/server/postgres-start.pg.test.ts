// The same app on PostgreSQL (DATABASE_URL): migrations at start, data kept across restarts, several instances.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { launchApp, startApp, type RunningApp } from '../support/app.ts';
import { submitForm } from '../support/http.ts';
import { firstAdministrator, signInWithSecondFactor } from '../support/people.ts';
import { createScratchDatabase } from '../support/postgres.ts';

const serverUrl = process.env.TEST_DATABASE_URL!;

async function query<T>(url: string, text: string): Promise<T[]> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return (await client.query(text)).rows as T[];
	} finally {
		await client.end();
	}
}

describe('the app on PostgreSQL', () => {
	let database: Awaited<ReturnType<typeof createScratchDatabase>>;
	const apps: RunningApp[] = [];
	beforeAll(async () => {
		database = await createScratchDatabase(serverUrl, 'pdn_server');
	});
	afterAll(async () => {
		await Promise.all(apps.map((app) => app.stop()));
		await database.drop();
	});

	it('applies the migrations of an empty database at start, with two instances starting together', async () => {
		const [first, second] = await Promise.all([
			startApp({ env: { DATABASE_URL: database.url } }),
			startApp({ env: { DATABASE_URL: database.url } })
		]);
		apps.push(first, second);
		const migrations = await query<{ count: number }>(
			database.url,
			'select count(*)::int as count from drizzle.__drizzle_migrations'
		);
		expect(migrations[0]?.count).toBeGreaterThan(0);
		const organisations = await query<{ name: string }>(
			database.url,
			'select name from organisation'
		);
		expect(organisations).toEqual([{ name: 'Organisation de démonstration' }]);
		// Each printed a link of its own; neither invalidated the other's.
		for (const app of [first, second]) {
			const link = new URL(app.setupLink()!);
			expect((await fetch(`${second.url}${link.pathname}`)).status).toBe(200);
		}
	});

	it('shares sessions between instances: signed in on one, recognised by the other', async () => {
		const [first, second] = apps as [RunningApp, RunningApp];
		// The administrator is created and enrolled on the first instance…
		const admin = await firstAdministrator(first);
		// …and the same session cookie opens administration on the second.
		const onSecond = await fetch(`${second.url}/admin`, {
			headers: { cookie: admin.jar.header() },
			redirect: 'manual'
		});
		expect(onSecond.status).toBe(200);
		const signedInAgain = await signInWithSecondFactor(
			second,
			admin.email,
			admin.password,
			admin.secret
		);
		expect((await signedInAgain.get('/admin')).status).toBe(200);
	});

	it('keeps the data across a restart and prints no new link', async () => {
		await Promise.all(apps.splice(0).map((app) => app.stop()));
		const again = await startApp({ env: { DATABASE_URL: database.url } });
		apps.push(again);
		expect(again.setupLink()).toBeUndefined();
		const users = await query<{ email: string }>(database.url, 'select email from "user"');
		expect(users).toEqual([{ email: 'alex@example.org' }]);
	});

	it('reports not ready once the database is gone', async () => {
		const app = apps[0]!;
		expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
		await database.drop();
		const readiness = await fetch(`${app.url}/readyz`);
		expect(readiness.status).toBe(503);
		expect(await readiness.json()).toMatchObject({ ready: false, database: 'down' });
		expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
	});

	it('shows people a friendly error with a reference, never a stack trace, while the database is gone', async () => {
		const app = apps[0]!;
		const response = await submitForm(`${app.url}/sign-in`, {
			email: 'alex@example.org',
			password: 'une phrase assez longue'
		});
		expect(response.status).toBe(500);
		const html = await response.text();
		expect(html).toContain('Un problème est survenu de notre côté.');
		const reference = html.match(/Référence\u202f: ([0-9a-f-]{36})/)?.[1];
		expect(reference).toBeDefined();
		expect(html).not.toMatch(/at \S+ \(|node_modules|pg-pool|ECONNREFUSED|does not exist/);
		// The same reference is in the log, with the error, for whoever has to fix it.
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(app.output()).toContain(reference);
	});
});

describe('a DATABASE_URL naming a database that does not exist', () => {
	it('stops the app with a message naming DATABASE_URL', async () => {
		const missing = new URL(serverUrl);
		missing.pathname = '/pdn_does_not_exist';
		const app = await launchApp({ env: { DATABASE_URL: missing.toString() } });
		expect(await app.exited).toBe(1);
		expect(app.stderr()).toContain('DATABASE_URL');
		expect(app.stderr()).toContain('pdn_does_not_exist');
	});
});
