// `npm start` on the embedded database: first start, the one-time link, restart, and a second process refused.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { launchApp, startApp, temporaryDataDir, type RunningApp } from '../support/app.ts';
import { client, cookieFrom, submitForm } from '../support/http.ts';
import { enrolSecondFactor, signInWithSecondFactor } from '../support/people.ts';

describe('the app on its embedded database', () => {
	const dataDir = temporaryDataDir();
	let app: RunningApp | undefined;
	afterAll(async () => {
		await app?.stop();
		fs.rmSync(dataDir, { recursive: true, force: true });
	});

	it('starts on an empty folder, migrates, seeds and prints a one-time setup link', async () => {
		app = await startApp({ dataDir });
		expect(fs.existsSync(`${dataDir}/pgdata`)).toBe(true);
		const ready = await fetch(`${app.url}/readyz`);
		expect(await ready.json()).toEqual({
			status: 'ready',
			ready: true,
			database: 'up',
			migrations: 'applied'
		});
		expect(app.setupLink()).toMatch(/^http:\/\/localhost:\d+\/setup\//);
	});

	it('refuses a second process on the same data folder with a clear message', async () => {
		const second = await launchApp({ dataDir });
		expect(await second.exited).not.toBe(0);
		expect(second.stderr()).toMatch(/already in use by process \d+/);
		expect(second.stderr()).toContain('DATA_DIR');
	});

	it('lets the operator set the first administrator’s password once through the link', async () => {
		const link = new URL(app!.setupLink()!);
		const path = link.pathname;
		const page = await fetch(`${app!.url}${path}`);
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('Créer le compte d’administration');

		const created = await submitForm(`${app!.url}${path}`, {
			name: 'Alex Martin',
			email: 'alex@example.org',
			password: 'une phrase assez longue'
		});
		expect(created.status).toBe(303);
		// Signed in at once, on the way to the second factor every administrator enrols.
		expect(created.headers.get('location')).toBe('/account/two-factor');
		expect(cookieFrom(created)).toContain('session_token');

		const again = await fetch(`${app!.url}${path}`);
		expect(again.status).toBe(410);
		const reused = await submitForm(`${app!.url}${path}`, {
			name: 'Mallory',
			email: 'mallory@example.org',
			password: 'une autre phrase longue'
		});
		expect(reused.status).toBe(410);
	});

	let secret = '';

	it('asks the administrator for a second factor, then shows the demo organisation', async () => {
		const session = client(app!.url);
		const signIn = await session.post('/sign-in', {
			email: 'alex@example.org',
			password: 'une phrase assez longue'
		});
		expect(signIn.status).toBe(303);
		expect(signIn.headers.get('location')).toBe('/account/two-factor');
		// Nothing else opens until the second factor is set up.
		expect((await session.get('/admin')).headers.get('location')).toBe('/account/two-factor');
		secret = await enrolSecondFactor(session, 'une phrase assez longue');
		const admin = await session.get('/admin');
		expect(admin.status).toBe(200);
		expect(admin.headers.get('cache-control')).toBe('no-store');
		expect(await admin.text()).toContain('Organisation de démonstration');
	});

	it('keeps every record across a restart, and prints no new link once an administrator exists', async () => {
		expect(await app!.stop()).toBe(0);
		expect(fs.existsSync(`${dataDir}/app.lock`)).toBe(false);
		app = await startApp({ dataDir });
		expect(app.setupLink()).toBeUndefined();
		const session = await signInWithSecondFactor(
			app,
			'alex@example.org',
			'une phrase assez longue',
			secret
		);
		const html = await (await session.get('/admin')).text();
		// One table row: the demo organisation was not seeded a second time.
		expect(html.match(/<td[^>]*>\s*<a[^>]*>Organisation de démonstration/g)).toHaveLength(1);
	});
});

describe('a first start that is stopped before anyone uses the link', () => {
	it('prints a new link at the next start; either works once, then neither', async () => {
		const dataDir = temporaryDataDir();
		try {
			const first = await startApp({ dataDir });
			const oldLink = new URL(first.setupLink()!);
			await first.stop();
			const second = await startApp({ dataDir });
			const newLink = new URL(second.setupLink()!);
			expect(newLink.pathname).not.toBe(oldLink.pathname);
			expect((await fetch(`${second.url}${oldLink.pathname}`)).status).toBe(200);
			const created = await submitForm(`${second.url}${newLink.pathname}`, {
				name: 'Alex Martin',
				email: 'alex@example.org',
				password: 'une phrase assez longue'
			});
			expect(created.status).toBe(303);
			expect((await fetch(`${second.url}${oldLink.pathname}`)).status).toBe(410);
			expect((await fetch(`${second.url}${newLink.pathname}`)).status).toBe(410);
			await second.stop();
		} finally {
			fs.rmSync(dataDir, { recursive: true, force: true });
		}
	});
});
