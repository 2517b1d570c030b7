// On `npm run demo`, entered in one click: a teen on a phone (375 px) takes a break in the middle of the card game
// and of a scenario, and comes back to the same card or passage with her answers so far, by the pause page's
// button or by the browser's Back (her place is in the page's address: nothing in the browser's storage); and the
// demo coordinator edits the starter program (about 1,300 fields if all were on the page): a closed workshop is
// only its summary, and one she opens stays open while she types (load time: `npm run bench -- program-editor`).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { launchBrowser, openSession } from '../support/browser.ts';
import { waitSaved } from '../support/editor.ts';

let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
	[app, browser] = await Promise.all([startApp({ script: 'demo.ts' }), launchBrowser()]);
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

/** What the browser's storage holds: local storage, session storage, its databases. */
async function browserStorage(page: Page) {
	return page.evaluate(async () => ({
		local: localStorage.length,
		session: Object.fromEntries(Object.entries(sessionStorage)),
		databases: (await indexedDB.databases()).length
	}));
}

/** Every text of the page is a sentence: no catalogue key shows raw (a youth page loads only the youth part). */
async function noRawKeys(page: Page) {
	await expect(page.locator('body').innerText()).resolves.not.toMatch(
		/\b[a-z_]+\.[a-z_]+(\.[a-z_]+)?\b/
	);
}

describe('a teen takes a break', () => {
	it('comes back to the same card, and the same passage, with her answers so far', async () => {
		const session = await openSession(browser);
		const { page } = session;
		await page.goto(`${app.url}/demo`);
		await session.check('demo-people');
		await page.getByRole('button', { name: 'Entrer en tant que Luciole' }).click();
		await page.waitForURL(`${app.url}/`);
		await session.check('demo-teen-home');
		await noRawKeys(page);
		// The quick-exit notice, understood once: remembered on the server for her, not in the browser.
		await Promise.all([
			page.waitForResponse(
				(response) =>
					response.url().includes('/quick-exit') && response.request().method() === 'POST'
			),
			page.getByRole('button', { name: 'Compris' }).click()
		]);
		await page.reload();
		await expect(page.getByRole('button', { name: 'Compris' }).count()).resolves.toBe(0);
		// The only cookies are the session's own: nothing about the notice.
		const cookies = (await session.context.cookies()).map((cookie) => cookie.name);
		expect(cookies.length).toBeGreaterThan(0);
		expect(cookies.filter((name) => !name.startsWith('pdn.'))).toEqual([]);

		// The card game: the first card answered, the second answered, then a break.
		await page.getByRole('link', { name: 'Mythes et réalités' }).click();
		await page.getByRole('button', { name: 'Mythe' }).waitFor();
		await session.check('deck-before-break');
		// On a 375 × 667 phone, the first screen shows the card and its answers, not only the page's chrome.
		await page.setViewportSize({ width: 375, height: 667 });
		const answers = await page.getByRole('button', { name: 'Réalité' }).boundingBox();
		expect(answers!.y + answers!.height).toBeLessThanOrEqual(667);
		await page.getByRole('button', { name: 'Mythe' }).click();
		await page.getByRole('button', { name: 'Carte suivante' }).click();
		await page.getByText('Carte 2 sur').waitFor();
		const secondCard = await page.locator('#card-statement').textContent();
		await page.getByRole('button', { name: 'Réalité' }).click();
		await page
			.getByRole('status')
			.filter({ hasText: /C’est un/ })
			.waitFor();
		await page.getByRole('link', { name: 'Faire une pause' }).click();
		await page.waitForURL(/\/pause\?/);
		await session.check('pause-from-deck');
		await noRawKeys(page);

		// The pause page's way back: the same card, its answer shown, as she left it.
		await page.getByRole('link', { name: 'Revenir à l’activité' }).click();
		await page.getByText('Carte 2 sur').waitFor();
		await expect(page.locator('#card-statement').textContent()).resolves.toBe(secondCard);
		await expect(page.getByRole('button', { name: 'Carte suivante' }).isVisible()).resolves.toBe(
			true
		);
		await session.check('deck-after-break');
		await noRawKeys(page);

		// The browser's Back from the pause page does the same.
		await page.getByRole('link', { name: 'Faire une pause' }).click();
		await page.waitForURL(/\/pause\?/);
		await page.goBack();
		await page.getByText('Carte 2 sur').waitFor();
		await expect(page.locator('#card-statement').textContent()).resolves.toBe(secondCard);
		// And she goes on from there.
		await page.getByRole('button', { name: 'Carte suivante' }).click();
		await page.getByText('Carte 3 sur').waitFor();

		// A scenario: begun, one choice made, then a break and Back.
		await page.goto(`${app.url}/`);
		await page.getByRole('link', { name: 'Maya et le message' }).click();
		await page.getByRole('button', { name: 'Commencer' }).click();
		await page.getByRole('group', { name: 'Que fait-elle ?' }).getByRole('button').first().click();
		await page.getByRole('heading', { name: 'Étape 2' }).waitFor();
		const passage = await page.locator('.passage .story').first().textContent();
		await session.check('scenario-before-break');
		await page.getByRole('link', { name: 'Faire une pause' }).click();
		await page.waitForURL(/\/pause\?/);
		await page.goBack();
		await page.getByRole('heading', { name: 'Étape 2' }).waitFor();
		await expect(page.locator('.passage .story').first().textContent()).resolves.toBe(passage);
		await expect(
			page.getByRole('button', { name: 'Revenir en arrière' }).isVisible()
		).resolves.toBe(true);
		await session.check('scenario-after-break');
		await noRawKeys(page);

		// On a touch screen (no Shift key), the notice names only the red button.
		const phone = await browser.newContext({
			viewport: { width: 375, height: 667 },
			isMobile: true,
			hasTouch: true
		});
		const onPhone = await phone.newPage();
		await onPhone.goto(`${app.url}/help`);
		const notice = await onPhone.locator('.safety-notice p').innerText();
		expect(notice).toContain('le bouton rouge en haut.');
		expect(notice).not.toContain('Maj');
		await phone.close();

		// Nothing of hers in the browser's storage: only the router's scroll positions, no snapshot, no address.
		const storage = await browserStorage(page);
		expect(storage.local).toBe(0);
		expect(storage.databases).toBe(0);
		expect(Object.keys(storage.session).filter((key) => !key.startsWith('sveltekit:'))).toEqual([]);
		expect(storage.session['sveltekit:snapshot'] ?? '{}').toBe('{}');
		expect(storage.session['sveltekit:navigation-snapshot'] ?? '{}').toBe('{}');
		expect(JSON.stringify(storage.session)).not.toMatch(/play|at=|version/);
		await session.finish();
	});
});

describe('the starter program in the editor', () => {
	it('shows closed workshops by their summary, and keeps one open while its title is typed', async () => {
		const session = await openSession(browser);
		const { page } = session;
		await page.goto(`${app.url}/demo`);
		await session.check('demo-people-for-coordinator');
		await page.getByRole('button', { name: 'Entrer en tant que Camille Demers' }).click();
		await page.waitForURL(/\/organisations\//);
		await session.check('demo-coordinator-organisation');
		await page.goto(`${app.url}/programs`);
		await session.check('demo-programs');
		await page.getByRole('link', { name: 'Partir de nous — six ateliers' }).click();
		await page.waitForURL(/\/programs\/[0-9a-f-]{36}$/);
		await session.check('starter-program');
		await page.goto(`${page.url()}/edit`);
		const workshops = page.locator('section[aria-labelledby="workshops-heading"] > details');
		await expect(workshops.count()).resolves.toBe(6);
		await expect(page.locator('input, textarea, select').count()).resolves.toBeLessThan(30);
		await session.check('starter-program-editor');

		const third = workshops.nth(2);
		await third.locator('> summary').click();
		await page.locator('#w2-title-fr').waitFor();
		await page.locator('#w2-title-fr').fill('L’affirmation de soi, revue');
		await waitSaved(page);
		await expect(third.getAttribute('open')).resolves.toBe('');
		await expect(page.locator('#w2-title-fr').inputValue()).resolves.toBe(
			'L’affirmation de soi, revue'
		);
		await expect(third.locator('> summary').textContent()).resolves.toContain(
			'L’affirmation de soi, revue'
		);
		await session.check('starter-program-editor-open');
		await session.finish();
	});
});
