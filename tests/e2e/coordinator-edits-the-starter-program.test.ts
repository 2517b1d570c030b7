// The demo coordinator edits the starter program (six workshops, about 1,300 fields if all were on the page): a
// closed workshop has only its summary on the page, and a workshop she opens stays open while she types its
// title and the editor saves (the load time is measured by `npm run bench -- program-editor`).
import type { Browser } from 'playwright-core';
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
