// Adults' accounts: a forgotten password by e-mail link, the list of signed-in devices, signing out everywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { client } from '../support/http.ts';
import {
	firstAdministrator,
	lastRecoveryCodes,
	signInWithRecoveryCode,
	signInWithSecondFactor,
	type SignedIn
} from '../support/people.ts';

let app: RunningApp;
let admin: SignedIn;
let recoveryCodes: string[] = [];
beforeAll(async () => {
	app = await startApp();
	admin = await firstAdministrator(app);
	recoveryCodes = [...lastRecoveryCodes];
});
afterAll(async () => {
	await app.stop();
});

async function resetLinks(): Promise<string[]> {
	const html = await (await admin.get('/admin/outbox')).text();
	return [...new Set(html.match(/\/password\/reset\/[A-Za-z0-9]{24}/g) ?? [])];
}

describe('a forgotten password', () => {
	it('gets the same answer whether the address has an account or not, and mails only real accounts', async () => {
		const visitor = client(app.url);
		const known = await visitor.post('/password/forgot', { email: admin.email });
		const unknown = await visitor.post('/password/forgot', { email: 'personne@example.org' });
		expect(known.status).toBe(200);
		expect(unknown.status).toBe(200);
		const answer = (html: string) => html.includes('Si un compte existe pour ce courriel');
		expect(answer(await known.text())).toBe(true);
		expect(answer(await unknown.text())).toBe(true);
		expect(await resetLinks()).toHaveLength(1);
		// The waiting e-mail's link can be followed from the outbox.
		const outbox = await (await admin.get('/admin/outbox')).text();
		expect(outbox).toMatch(/<a href="http:\/\/[^"]+\/password\/reset\/[A-Za-z0-9]{24}">/);
	});

	it('is reset through the link once, with the same password rules, and every session ends', async () => {
		const [link] = await resetLinks();
		const visitor = client(app.url);
		expect((await visitor.get(link!)).status).toBe(200);
		const common = await visitor.post(link!, { password: 'motdepasse123' });
		expect(common.status).toBe(400);
		expect(await common.text()).toContain('trop courant');
		const done = await visitor.post(link!, { password: 'un tout nouveau mot de passe' });
		expect(done.status).toBe(303);
		expect(done.headers.get('location')).toBe('/sign-in?reset=done');
		expect((await visitor.get(link!)).status).toBe(200);
		expect((await visitor.post(link!, { password: 'encore un autre essai ici' })).status).toBe(410);
		// The administrator's earlier session is over; the new password works, the old one does not.
		expect((await admin.get('/admin')).headers.get('location')).toBe('/sign-in');
		const old = await client(app.url).post('/sign-in', {
			email: admin.email,
			password: admin.password
		});
		expect(old.status).toBe(400);
		admin.password = 'un tout nouveau mot de passe';
		const again = await signInWithSecondFactor(app, admin.email, admin.password, admin.secret);
		expect((await again.get('/admin')).status).toBe(200);
		Object.assign(admin, { jar: again.jar, get: again.get, post: again.post });
	});

	it('refuses a fourth request within the hour for the same address', async () => {
		const visitor = client(app.url);
		const statuses = [];
		for (let index = 0; index < 4; index++) {
			statuses.push(
				(await visitor.post('/password/forgot', { email: 'limite@example.org' })).status
			);
		}
		expect(statuses).toEqual([200, 200, 200, 429]);
	});
});

describe('signed-in devices', () => {
	it('lists every device and signs out of all of them at once', async () => {
		const second = await signInWithRecoveryCode(
			app,
			admin.email,
			admin.password,
			recoveryCodes[1]!
		);
		const page = await (await second.get('/account')).text();
		expect(page.match(/class="card"/g)?.length).toBeGreaterThanOrEqual(2);
		expect(page).toContain('cet appareil');
		const out = await second.post('/account?/everywhere', {});
		expect(out.status).toBe(303);
		expect(out.headers.get('clear-site-data')).toContain('"cookies"');
		expect((await admin.get('/admin')).headers.get('location')).toBe('/sign-in');
	});
});

describe('recovery codes', () => {
	it('open a sign-in once each when the phone is lost', async () => {
		expect(recoveryCodes).toHaveLength(10);
		const first = client(app.url);
		await first.post('/sign-in', { email: admin.email, password: admin.password });
		const used = await first.post('/sign-in/two-factor', {
			code: recoveryCodes[0]!,
			recovery: 'on'
		});
		expect(used.status).toBe(303);
		expect((await first.get('/account')).status).toBe(200);
		const again = client(app.url);
		await again.post('/sign-in', { email: admin.email, password: admin.password });
		const reused = await again.post('/sign-in/two-factor', {
			code: recoveryCodes[0]!,
			recovery: 'on'
		});
		expect(reused.status).toBe(400);
		expect(await reused.text()).toContain('Ce code ne fonctionne pas');
	});
});

describe('a session cookie', () => {
	it('opens nothing when its signature was not made with the app’s secret, even with a real token', async () => {
		const session = await signInWithRecoveryCode(
			app,
			admin.email,
			admin.password,
			recoveryCodes[2]!
		);
		const [name, value] = session.jar
			.entries()
			.find(([cookie]) => cookie.includes('session_token'))!;
		const token = decodeURIComponent(value).split('.')[0]!;
		const send = (cookieValue: string) =>
			fetch(`${app.url}/account`, {
				redirect: 'manual',
				headers: { cookie: `${name}=${encodeURIComponent(cookieValue)}` }
			});
		expect((await send(decodeURIComponent(value))).status).toBe(200);
		// The token as a copy of the database holds it: without the signature, or with a made-up one.
		for (const forged of [token, `${token}.${'A'.repeat(43)}=`]) {
			const response = await send(forged);
			expect(response.status).toBe(303);
			expect(response.headers.get('location')).toBe('/sign-in');
		}
	});
});
