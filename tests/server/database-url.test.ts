// Bad database settings stop the app at once, with a message that names the variable to fix.
import { describe, expect, it } from 'vitest';
import { launchApp } from '../support/app.ts';

describe('a wrong DATABASE_URL', () => {
	it('that cannot be reached stops the app with a message naming DATABASE_URL', async () => {
		const app = await launchApp({
			env: { DATABASE_URL: 'postgres://someone:hunter2-secret@127.0.0.1:1/nowhere' }
		});
		expect(await app.exited).toBe(1);
		expect(app.stderr()).toContain('Could not connect to the database named by DATABASE_URL');
		expect(app.stderr()).toContain('127.0.0.1:1/nowhere');
		expect(app.stderr()).not.toContain('hunter2-secret');
	});

	it('that is not a PostgreSQL URL stops the app with a message naming DATABASE_URL', async () => {
		const app = await launchApp({ env: { DATABASE_URL: 'mysql://localhost/db' } });
		expect(await app.exited).toBe(1);
		expect(app.stderr()).toMatch(/DATABASE_URL: must look like postgres:\/\//);
	});

	it('other bad settings are named too', async () => {
		const app = await launchApp({ env: { ORIGIN: 'not a url', DATABASE_POOL_SIZE: 'many' } });
		expect(await app.exited).toBe(1);
		expect(app.stderr()).toContain('ORIGIN');
		expect(app.stderr()).toContain('DATABASE_POOL_SIZE');
	});
});
