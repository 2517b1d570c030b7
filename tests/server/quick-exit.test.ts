// Quick exit on the server side: the session really ends, the browser is told to forget the site.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { submitForm } from '../support/http.ts';
import { firstAdministrator } from '../support/people.ts';

let app: RunningApp;
beforeAll(async () => {
	app = await startApp({ env: { EXIT_URL: 'https://example.org/weather' } });
});
afterAll(async () => {
	await app.stop();
});

describe('the exit endpoint', () => {
	it('ends the session, clears the site data and lands on the neutral site with no referrer', async () => {
		const admin = await firstAdministrator(app);
		const cookie = admin.jar.header();
		expect((await admin.get('/admin')).status).toBe(200);

		const exit = await fetch(`${app.url}/exit`, { headers: { cookie }, redirect: 'manual' });
		expect(exit.status).toBe(303);
		expect(exit.headers.get('location')).toBe('https://example.org/weather');
		expect(exit.headers.get('clear-site-data')).toBe('"cache", "cookies", "storage"');
		expect(exit.headers.get('referrer-policy')).toBe('no-referrer');

		// The old cookie no longer opens anything.
		const after = await fetch(`${app.url}/admin`, { headers: { cookie }, redirect: 'manual' });
		expect(after.status).toBe(303);
		expect(after.headers.get('location')).toBe('/sign-in');
	});

	it('works for people who are not signed in', async () => {
		const exit = await fetch(`${app.url}/exit`, { redirect: 'manual' });
		expect(exit.status).toBe(303);
		expect(exit.headers.get('location')).toBe('https://example.org/weather');
	});
});

describe('the first-visit notice without JavaScript', () => {
	it('is hidden on the page a visitor comes back to when she says she got it, and nothing is stored', async () => {
		const notice = 'Pour partir vite';
		expect(await (await fetch(`${app.url}/help`)).text()).toContain(notice);
		const dismissed = await submitForm(`${app.url}/quick-exit?/dismiss`, { next: '/help' });
		expect(dismissed.status).toBe(303);
		expect(dismissed.headers.get('location')).toBe('/help?notice=seen');
		expect(dismissed.headers.getSetCookie()).toEqual([]);
		expect(await (await fetch(`${app.url}/help?notice=seen`)).text()).not.toContain(notice);
		// Nothing remembers it: the next page shows it again.
		expect(await (await fetch(`${app.url}/help`)).text()).toContain(notice);
	});

	it.each([
		['//evil.example', '/?notice=seen'],
		['https://evil.example/', '/?notice=seen'],
		['/\\evil.example', '/?notice=seen'],
		['/help?x=1', '/help?x=1&notice=seen'],
		['/help#top', '/help?notice=seen#top']
	])('sends a visitor back to %s only on this site, as %s', async (next, location) => {
		const dismissed = await submitForm(`${app.url}/quick-exit?/dismiss`, { next });
		expect(dismissed.status).toBe(303);
		expect(dismissed.headers.get('location')).toBe(location);
	});
});
