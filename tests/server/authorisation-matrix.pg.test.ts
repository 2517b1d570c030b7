// The authorisation matrix on PostgreSQL (see tests/support/authorisation-matrix.ts).
import { afterAll, beforeAll } from 'vitest';
import { describeAuthorisationMatrix } from '../support/authorisation-matrix.ts';
import { createScratchDatabase } from '../support/postgres.ts';

let database: Awaited<ReturnType<typeof createScratchDatabase>>;
beforeAll(async () => {
	database = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'pdn_matrix');
});
afterAll(async () => {
	await database?.drop();
});

describeAuthorisationMatrix('PostgreSQL', () => ({ DATABASE_URL: database.url }));
