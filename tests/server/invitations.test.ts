// An invitation opened on a device where someone else is signed in: the page says so and asks, nothing
// switches accounts silently; signing out from there comes back to the invitation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { client } from '../support/http.ts';
import { firstAdministrator, invitationLinkFor, type SignedIn } from '../support/people.ts';

let app: RunningApp;
let admin: SignedIn;
let organisationId: string;
beforeAll(async () => {
	app = await startApp();
	admin = await firstAdministrator(app);
	organisationId = (await (await admin.get('/admin')).text()).match(
		/\/organisations\/([0-9a-f-]{36})/
	)![1]!;
});
afterAll(async () => {
	await app.stop();
});

describe('an invitation opened while someone else is signed in', () => {
	it('says who is signed in, refuses to accept behind their back, and offers to sign out and come back', async () => {
		const email = 'lou@example.org';
		const invited = await admin.post(`/organisations/${organisationId}?/invite`, {
			email,
			role: 'facilitator'
		});
		expect(invited.status).toBe(200);
		const link = await invitationLinkFor(admin, email);

		const shown = await (await admin.get(link)).text();
		expect(shown).toContain('Vous êtes connecté·e en tant que Alex Martin');
		expect(shown).toContain('Me déconnecter et continuer');
		expect(shown).not.toContain('Accepter l’invitation');

		const refused = await admin.post(link, { name: 'Lou', password: 'une phrase assez longue' });
		expect(refused.status).toBe(409);
		expect(await refused.text()).toContain('Une autre personne est connectée sur cet appareil');
		// The administrator is still signed in, and the invitation still works.
		expect((await admin.get('/admin')).status).toBe(200);

		const out = await admin.post('/sign-out', { next: link });
		expect(out.status).toBe(303);
		expect(out.headers.get('location')).toBe(link);

		const lou = client(app.url);
		expect(await (await lou.get(link)).text()).toContain('Accepter l’invitation');
		const accepted = await lou.post(link, { name: 'Lou', password: 'une phrase assez longue' });
		expect(accepted.status).toBe(303);
		// Signed in now, she lands on her groups.
		const landing = await lou.get(accepted.headers.get('location')!);
		expect(landing.headers.get('location')).toBe(`/organisations/${organisationId}/groups`);
	});

	it('sends nobody to another site after signing out', async () => {
		const out = await client(app.url).post('/sign-out', { next: 'https://example.org/' });
		expect(out.headers.get('location')).toBe('/');
	});
});
