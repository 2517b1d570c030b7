// A visitor on a phone: the quick-exit button, the keyboard shortcut, the explanation page, and help one tap away.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { launchBrowser, openSession, type Session } from '../support/browser.ts';

const NEUTRAL = 'https://meteo.gc.ca/';

let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
	[app, browser] = await Promise.all([startApp(), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

/** The neutral site is outside this machine's reach: a stand-in answers for it. */
async function standInForNeutralSite(page: Page) {
	await page.route('https://meteo.gc.ca/**', (route) =>
		route.fulfill({
			contentType: 'text/html; charset=utf-8',
			body: '<title>Météo</title><h1>Météo</h1>'
		})
	);
}

/**
 * Waits for the neutral site. Chromium may first try the real address (which this closed machine cannot
 * reach) before the stand-in answers, so the address is polled rather than awaited as one navigation.
 */
async function landsOnNeutralSite(page: Page) {
	await expect.poll(() => page.url(), { timeout: 10_000 }).toBe(NEUTRAL);
	await page.getByRole('heading', { name: 'Météo' }).waitFor();
}

async function sessionWithStandIn(options = {}): Promise<Session> {
	const session = await openSession(browser, options);
	await standInForNeutralSite(session.page);
	return session;
}

describe('quick exit', () => {
	it('leaves at one click, leaving no way back with the Back button', async () => {
		const session = await sessionWithStandIn();
		const { page } = session;
		await page.goto(`${app.url}/`);
		await session.check('home-with-notice');
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
			'Aller au bouton «\u202fQuitter cette page\u202f»'
		);
		await page.getByRole('link', { name: 'Quitter cette page', exact: true }).click();
		await landsOnNeutralSite(page);
		await page.goBack();
		expect(page.url()).not.toContain(app.url);
		await session.finish();
	});

	it('leaves when Shift is pressed three times, telling screen readers how many presses remain', async () => {
		const session = await sessionWithStandIn();
		const { page } = session;
		await page.goto(`${app.url}/help`);
		await session.check('help');
		await page.keyboard.press('Shift');
		await page.getByText('Appuie encore 2 fois pour quitter.').waitFor({ state: 'attached' });
		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift');
		await landsOnNeutralSite(page);
		await session.finish();
	});

	it('does not leave when Shift is only used to type capitals', async () => {
		const session = await sessionWithStandIn();
		const { page } = session;
		await page.goto(`${app.url}/sign-in`);
		await session.check('sign-in-before-typing');
		await page.getByLabel('Courriel').pressSequentially('Alex.Martin@Example.org');
		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift');
		expect(page.url()).toBe(`${app.url}/sign-in`);
		await session.finish();
	});

	it('leaves on Escape pressed three times', async () => {
		const session = await sessionWithStandIn();
		const { page } = session;
		await page.goto(`${app.url}/quick-exit`);
		await session.check('quick-exit-explained');
		await expect(page.locator('main').textContent()).resolves.toContain(
			'effacer l’historique de ton navigateur'
		);
		for (let press = 0; press < 3; press++) await page.keyboard.press('Escape');
		await landsOnNeutralSite(page);
		await session.finish();
	});

	it('works as a plain link without JavaScript', async () => {
		const session = await sessionWithStandIn({ javaScriptEnabled: false });
		const { page } = session;
		await page.goto(`${app.url}/`);
		await session.check('home-no-js');
		await page.getByRole('link', { name: 'Quitter cette page', exact: true }).click();
		await landsOnNeutralSite(page);
		await session.finish();
	});
});

describe('help and the first-visit notice', () => {
	it('opens help in one tap, with numbers to call or text', async () => {
		const session = await sessionWithStandIn();
		const { page } = session;
		await page.goto(`${app.url}/`);
		await session.check('home-before-help');
		await page.getByRole('link', { name: 'Aide', exact: true }).click();
		await page.waitForURL(`${app.url}/help`);
		await session.check('help-from-home');
		await expect(
			page.getByRole('link', { name: 'Appeler le 1 800 263-2266' }).getAttribute('href')
		).resolves.toBe('tel:18002632266');
		await expect(
			page.getByRole('link', { name: 'Texto au 686868' }).getAttribute('href')
		).resolves.toBe('sms:686868');
		// Whether a number is verified yet is for the staff (the help editor), never on this page.
		await expect(page.getByText('à vérifier').count()).resolves.toBe(0);
		await session.finish();
	});

	it('explains quick exit in one line, hides it when the visitor says she got it, and stores nothing', async () => {
		const session = await sessionWithStandIn();
		const { page } = session;
		// Every script has run (the page has hydrated) once the network is quiet.
		await page.goto(`${app.url}/sign-in`, { waitUntil: 'networkidle' });
		// A phone has no Shift key: the wording fits the device (this browser has a mouse).
		await expect(page.locator('.safety-notice').innerText()).resolves.toContain(
			'Pour partir vite\u202f: le bouton rouge en haut, ou trois fois la touche Maj.'
		);
		await page.getByRole('button', { name: 'Compris' }).click();
		await expect(page.getByRole('button', { name: 'Compris' }).count()).resolves.toBe(0);
		await session.check('sign-in-notice-dismissed');
		// Gone while she browses; nothing about it is kept in the browser, so it comes back after a reload.
		await page.getByRole('link', { name: 'Aide', exact: true }).click();
		await page.waitForURL(`${app.url}/help`);
		await expect(page.getByRole('button', { name: 'Compris' }).count()).resolves.toBe(0);
		await session.check('help-notice-dismissed');
		expect(await session.context.cookies()).toEqual([]);
		await page.reload();
		await expect(page.getByRole('button', { name: 'Compris' }).count()).resolves.toBe(1);
		await session.finish();
	});
});
