// Guessing a teen's secret phrase: the sixth wrong try within a minute is refused with a retry time,
// even when the tries are spread over two app instances that share one PostgreSQL database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { submitForm } from '../support/http.ts';
import { createScratchDatabase } from '../support/postgres.ts';

let database: Awaited<ReturnType<typeof createScratchDatabase>>;
let apps: RunningApp[] = [];
beforeAll(async () => {
	database = await createScratchDatabase(process.env.TEST_DATABASE_URL!, 'pdn_bruteforce');
	apps = await Promise.all([
		startApp({ env: { DATABASE_URL: database.url } }),
		startApp({ env: { DATABASE_URL: database.url } })
	]);
});
afterAll(async () => {
	await Promise.all(apps.map((app) => app.stop()));
	await database.drop();
});

describe('secret phrase guessing across two instances', () => {
	it('refuses the sixth wrong try within a minute, saying when to try again', async () => {
		const attempt = (index: number) =>
			submitForm(`${apps[index % 2]!.url}/sign-in/group`, {
				code: 'CKPW-RT34',
				pseudonym: 'Renard',
				passphrase: `mauvaise phrase ${index}`
			});
		for (let index = 0; index < 5; index++) {
			const response = await attempt(index);
			expect(response.status, `try ${index + 1}`).toBe(400);
			expect(await response.text()).toContain('ne correspond pas');
		}
		const sixth = await attempt(5);
		expect(sixth.status).toBe(429);
		expect(await sixth.text()).toMatch(/Trop d’essais\. Réessaie dans \d+ secondes?\./);
	});
});
