import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../db/test-database.ts';
import { checkReadiness } from './health.ts';

describe('readiness', () => {
	it('is ready when the database answers and migrations are applied, and not once it is gone', async () => {
		const handle = await createTestDatabase();
		expect(await checkReadiness()).toEqual({
			ready: true,
			database: 'up',
			migrations: 'applied'
		});
		await handle.close();
		expect(await checkReadiness()).toEqual({
			ready: false,
			database: 'down',
			migrations: 'unknown'
		});
	});
});
