// A session's absolute end: however active the person is, it comes; they are warned two minutes ahead, in
// words, and can leave at once. (The lifetime is 6 minutes here; 12 hours by default.)
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { launchBrowser, openSession } from '../support/browser.ts';
import { firstAdministrator } from '../support/people.ts';

let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
	[app, browser] = await Promise.all([
		startApp({ env: { SESSION_LIFETIME_HOURS: '0.1' } }),
		launchBrowser()
	]);
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

describe('the end of a session’s lifetime', () => {
	it('is announced two minutes ahead without a way to push it back, then signs out and says why', async () => {
		const admin = await firstAdministrator(app);
		const session = await openSession(browser, {
			signedIn: { url: app.url, cookies: admin.jar.entries() }
		});
		const { page } = session;
		await page.clock.install();
		await page.goto(`${app.url}/admin`);
		await session.check('lifetime-admin');
		await page.clock.fastForward('04:30');
		const warning = page.getByRole('alertdialog');
		await warning.waitFor();
		await expect(warning.textContent()).resolves.toMatch(/Ta session se termine dans 2 minutes/);
		await expect(page.getByRole('button', { name: 'Rester connecté·e' }).count()).resolves.toBe(0);
		await session.check('lifetime-warning');
		await page.getByRole('button', { name: 'Me déconnecter maintenant' }).click();
		await page.waitForURL(`${app.url}/signed-out?reason=lifetime`);
		await expect(page.locator('main').textContent()).resolves.toContain(
			'Une session dure quelques heures au plus'
		);
		await session.check('lifetime-signed-out');
		expect((await admin.get('/admin')).headers.get('location')).toBe('/sign-in');
		await session.finish();
	});
});
