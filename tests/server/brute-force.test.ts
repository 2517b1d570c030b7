// Guessing on the embedded database: adult passwords and teens' secret phrases are rate-limited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { submitForm } from '../support/http.ts';

let app: RunningApp;
beforeAll(async () => {
	app = await startApp();
});
afterAll(async () => {
	await app.stop();
});

describe('guessing', () => {
	it('a secret phrase: the sixth wrong try within a minute is refused with a retry time', async () => {
		const statuses = [];
		for (let index = 0; index < 6; index++) {
			const response = await submitForm(`${app.url}/sign-in/group`, {
				code: 'HJKM-NPRT',
				pseudonym: 'Loutre',
				passphrase: `mauvaise phrase ${index}`
			});
			statuses.push(response.status);
			if (index === 5) expect(await response.text()).toMatch(/Réessaie dans \d+ secondes?/);
		}
		expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
	});

	it('another pseudonym in the same group is not blocked by someone else’s tries', async () => {
		const response = await submitForm(`${app.url}/sign-in/group`, {
			code: 'HJKM-NPRT',
			pseudonym: 'Hibou',
			passphrase: 'mauvaise phrase'
		});
		expect(response.status).toBe(400);
	});

	it('an adult password: the sixth wrong try is refused too, without saying whether the account exists', async () => {
		const statuses = [];
		for (let index = 0; index < 6; index++) {
			const response = await submitForm(`${app.url}/sign-in`, {
				email: 'personne@example.org',
				password: `pas le bon ${index} mot de passe`
			});
			statuses.push(response.status);
		}
		expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
	});
});
