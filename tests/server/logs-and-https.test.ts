// Logs carry request ids but never secrets; an HTTPS origin turns on HSTS and __Host- cookies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { cookieFrom, submitForm } from '../support/http.ts';

describe('structured logs', () => {
	let app: RunningApp;
	beforeAll(async () => {
		app = await startApp({ env: { LOG_LEVEL: 'debug' } });
	});
	afterAll(async () => {
		await app.stop();
	});

	it('are JSON lines with a request id, and never hold a password, token or session cookie', async () => {
		const password = 'mot de passe très secret 42';
		const link = new URL(app.setupLink()!);
		const token = link.pathname.split('/').pop()!;
		await submitForm(`${app.url}${link.pathname}`, {
			name: 'Alex Martin',
			email: 'alex@example.org',
			password
		});
		const signIn = await submitForm(`${app.url}/sign-in`, { email: 'alex@example.org', password });
		const session = cookieFrom(signIn).split('=').slice(1).join('=');
		expect(session.length).toBeGreaterThan(10);
		await fetch(`${app.url}/admin`, { headers: { cookie: cookieFrom(signIn) } });
		await submitForm(`${app.url}/sign-in`, {
			email: 'alex@example.org',
			password: 'mauvais 12345678'
		});

		const lines = app
			.output()
			.split('\n')
			.filter((line) => line.startsWith('{'));
		const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
		const requests = entries.filter((entry) => entry.msg === 'request');
		expect(requests.length).toBeGreaterThanOrEqual(4);
		for (const entry of requests) expect(entry.requestId).toMatch(/^[0-9a-f-]{36}$/);
		expect(requests.map((entry) => entry.route)).toContain('/(public)/setup/[token]');
		for (const line of lines) {
			expect(line).not.toContain(password);
			expect(line).not.toContain(token);
			expect(line).not.toContain(session);
			expect(line).not.toContain('mauvais 12345678');
		}
	});
});

describe('served behind HTTPS (ORIGIN=https://…)', () => {
	let app: RunningApp;
	beforeAll(async () => {
		app = await startApp({ env: { ORIGIN: 'https://ateliers.example.org' } });
	});
	afterAll(async () => {
		await app.stop();
	});

	it('sends HSTS on every response', async () => {
		for (const path of ['/', '/favicon.svg', '/healthz']) {
			const response = await fetch(`${app.url}${path}`);
			expect(response.headers.get('strict-transport-security'), path).toMatch(/max-age=\d+/);
		}
	});

	it('prints the setup link on the public origin and sets __Host- session cookies', async () => {
		const link = new URL(app.setupLink() ?? app.output().match(/https:\/\/\S+\/setup\/\S+/)![0]);
		expect(link.origin).toBe('https://ateliers.example.org');
		await submitForm(
			`${app.url}${link.pathname}`,
			{ name: 'Alex Martin', email: 'alex@example.org', password: 'une phrase assez longue' },
			{ origin: 'https://ateliers.example.org' }
		);
		const signIn = await submitForm(
			`${app.url}/sign-in`,
			{ email: 'alex@example.org', password: 'une phrase assez longue' },
			{ origin: 'https://ateliers.example.org' }
		);
		expect(signIn.status).toBe(303);
		const cookie = signIn.headers.getSetCookie().find((line) => line.includes('session_token'))!;
		expect(cookie).toMatch(/^__Host-pdn\.session_token=/);
		expect(cookie).toMatch(/; Secure/i);
		expect(cookie).toMatch(/; HttpOnly/i);
		expect(cookie).toMatch(/; SameSite=Lax/i);
		expect(cookie).toMatch(/; Path=\//);
	});
});
