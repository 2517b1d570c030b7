// The operator's first start in a real browser: set the administrator's password through the one-time link,
// signed in at once, enrol the second factor, join the demo organisation on its program, switch language, sign
// out, fail a sign-in, and meet a friendly error page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { launchBrowser, openSession } from '../support/browser.ts';
import { nextCode } from '../support/totp.ts';

let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
	[app, browser] = await Promise.all([startApp(), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

describe('the operator sets up the first administrator', () => {
	it('walks from the printed link to the administration page and out again', async () => {
		const session = await openSession(browser);
		const { page } = session;

		await page.goto(`${app.url}/`);
		await expect(page.title()).resolves.toBe('Accueil · Partir de nous');
		await session.check('home');
		// The skip links are the first things the keyboard reaches: to quick exit, then to the content.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
			'Aller au contenu'
		);

		const link = new URL(app.setupLink()!);
		await page.goto(`${app.url}${link.pathname}`);
		await expect(page.title()).resolves.toBe('Premier accès · Partir de nous');
		await session.check('setup');

		// Nothing filled in: every problem is listed at the top, which takes the focus.
		await page.getByRole('button', { name: 'Créer le compte' }).click();
		const summary = page.getByRole('alert');
		await expect(summary.textContent()).resolves.toContain('3 champs sont à corriger.');
		await expect(summary.evaluate((node) => node === document.activeElement)).resolves.toBe(true);
		await session.check('setup-errors');

		await page.getByLabel('Nom').fill('Alex Martin');
		await page.getByLabel('Courriel').fill('alex@example.org');
		await page.getByLabel('Mot de passe').fill('court');
		await page.getByRole('button', { name: 'Créer le compte' }).click();
		await page
			.getByRole('alert')
			.filter({ hasText: 'Le mot de passe doit compter au moins 12 caractères.' })
			.waitFor();
		await expect(page.getByRole('alert').textContent()).resolves.toContain(
			'Un champ est à corriger.'
		);
		// What was typed is still there.
		await expect(page.getByLabel('Nom').inputValue()).resolves.toBe('Alex Martin');

		await page.getByLabel('Mot de passe').fill('une phrase assez longue');
		await page.getByLabel('Mot de passe').press('Enter');
		// Signed in at once; an administrator must set up a second factor before anything else.
		await page.waitForURL(`${app.url}/account/two-factor`);
		await session.check('two-factor-intro');
		await page.getByLabel('Mot de passe').fill('une phrase assez longue');
		await page.getByRole('button', { name: 'Continuer' }).click();
		await page.getByRole('heading', { name: 'Gardez vos codes de secours' }).waitFor();
		await expect(page.locator('.recovery-codes li').count()).resolves.toBe(10);
		await session.check('two-factor-scan');
		const secret = (await page.locator('.secret').textContent())!.trim();
		await page.getByLabel('Code', { exact: true }).fill(await nextCode(secret));
		await page.getByRole('button', { name: 'Activer' }).click();
		await page.waitForURL(`${app.url}/admin`);
		await expect(
			page.getByRole('cell', { name: /Organisation de démonstration/ }).count()
		).resolves.toBe(1);
		await expect(
			page
				.getByRole('navigation')
				.getByRole('link', { name: 'Administration' })
				.getAttribute('aria-current')
		).resolves.toBe('page');
		await session.check('admin');

		// The way to look around: the demo organisation as its coordinator, in one step, on its program.
		await page.getByRole('button', { name: 'Rejoindre l’organisation de démonstration' }).click();
		await page.waitForURL(`${app.url}/programs`);
		await page.getByRole('link', { name: 'Partir de nous — six ateliers' }).waitFor();
		await session.check('demo-programs-after-joining');
		await page.goto(`${app.url}/admin`);
		await expect(page.getByRole('button', { name: /Rejoindre/ }).count()).resolves.toBe(0);

		await page.getByRole('button', { name: /English/ }).click();
		await page.waitForFunction(() => document.documentElement.lang === 'en');
		await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
		expect(page.url()).toBe(`${app.url}/admin`);
		await expect(page.title()).resolves.toBe('Administration · Partir de nous');
		await expect(
			page.getByRole('heading', { level: 2, name: 'Create an organisation' }).count()
		).resolves.toBe(1);
		await expect(page.getByRole('button', { name: 'Sign out' }).isVisible()).resolves.toBe(true);
		await session.check('admin-english');

		await page.getByRole('button', { name: 'Sign out' }).click();
		await page.waitForURL(`${app.url}/`);
		await expect(page.getByRole('link', { name: 'Administration' }).count()).resolves.toBe(0);
		await session.check('home-after-sign-out');

		await page.goto(`${app.url}/sign-in`);
		await page.getByLabel('Courriel').fill('alex@example.org');
		await page.getByLabel('Mot de passe').fill('pas le bon mot de passe');
		await page.getByRole('button', { name: 'Me connecter' }).click();
		await page
			.getByRole('alert')
			.filter({ hasText: 'Le courriel ou le mot de passe ne correspond pas.' })
			.waitFor();
		await session.check('sign-in-failed');

		await page.goto(`${app.url}/no-such-page`);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('404');
		await session.check('not-found');

		await page.goto(`${app.url}${link.pathname}`);
		await expect(page.locator('main').textContent()).resolves.toContain(
			'Ce lien n’est plus valide'
		);
		await session.check('setup-link-spent');

		await session.finish();
	});
});

describe('without JavaScript', () => {
	it('the forms and the language switch still work', async () => {
		const session = await openSession(browser, { javaScriptEnabled: false });
		const { page } = session;
		await page.goto(`${app.url}/sign-in`);
		await session.check('sign-in-no-js');
		await page.getByRole('button', { name: 'English' }).click();
		await page.waitForURL(`${app.url}/sign-in`);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Sign in for adults'
		);
		await session.check('sign-in-english-no-js');
		await page.getByLabel('E-mail').fill('nobody@example.org');
		await page.getByLabel('Password').fill('wrong password here');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.waitForLoadState('load');
		await expect(page.locator('.error-summary').textContent()).resolves.toContain(
			'The e-mail or password does not match.'
		);
		await session.check('sign-in-failed-no-js');
		await session.finish();
	});
});

describe('on a slow connection', () => {
	it('keeps what was typed before the page finished loading', async () => {
		const session = await openSession(browser);
		const { page } = session;
		// The page's scripts are held back, as on a slow phone network, while the adult starts typing.
		const held: Array<() => Promise<void>> = [];
		let holding = true;
		await page.route('**/_app/immutable/**', (route) =>
			holding ? held.push(() => route.continue()) : route.continue()
		);
		await page.goto(`${app.url}/sign-in`, { waitUntil: 'commit' });
		await page.getByLabel('Courriel').fill('nobody@example.org');
		await page.getByLabel('Mot de passe').fill('wrong password here');
		expect(held.length).toBeGreaterThan(0);
		holding = false;
		let release = held.shift();
		while (release) {
			await release();
			release = held.shift();
		}
		// Every script has arrived and run (the page has hydrated) once the network is quiet.
		await page.waitForLoadState('networkidle');
		await expect(page.getByLabel('Courriel').inputValue()).resolves.toBe('nobody@example.org');
		await page.getByRole('button', { name: 'Me connecter' }).click();
		await page
			.getByRole('alert')
			.filter({ hasText: 'Le courriel ou le mot de passe ne correspond pas.' })
			.waitFor();
		await session.check('sign-in-failed-after-slow-load');
		await session.finish();
	});
});
