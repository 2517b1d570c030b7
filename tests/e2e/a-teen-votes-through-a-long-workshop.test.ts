// A live workshop lasts longer than the 30-minute idle limit. A teen who keeps answering is active: her votes,
// sent without reloading the page, renew her session (at most every few minutes), so she is never warned while she
// takes part. Once she stops, the usual warning comes a minute before the end.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { launchBrowser, openSession, shows, signedInAs } from '../support/browser.ts';
import { populatedPlatform, type Platform } from '../support/people.ts';

let app: RunningApp;
let browser: Browser;
let platform: Platform;
beforeAll(async () => {
	[app, browser] = await Promise.all([startApp(), launchBrowser()]);
	platform = await populatedPlatform(app);
	// The facilitator asks the room a quick question in the session the teen has joined.
	const asked = await platform.facilitator.post(`/live/${platform.live}/control?/poll`, {
		question: 'On fait une pause maintenant ?',
		options: 'Oui\nPlus tard'
	});
	expect(asked.status).toBe(200);
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

describe('a teen in a long live workshop', () => {
	it('is not warned of an idle time-out while she votes, and is once she stops', async () => {
		const teen = await openSession(browser, {
			signedIn: signedInAs(app.url, platform.participant)
		});
		const { page } = teen;
		await page.clock.install();
		await page.goto(`${app.url}/live/${platform.live}`);
		await shows(page, 'On fait une pause maintenant ?');
		await teen.check('long-workshop-question');
		const renewals: string[] = [];
		page.on('request', (request) => {
			if (request.url().endsWith('/session/keep-alive')) renewals.push(request.url());
		});
		const vote = async (choice: string) => {
			const answered = page.waitForResponse((response) => response.url().endsWith('/vote'));
			await page.getByRole('button', { name: choice, exact: true }).click();
			expect((await answered).status()).toBe(204);
		};

		// A vote soon after the page opened: nothing to renew yet.
		await vote('Oui');
		expect(renewals).toEqual([]);
		// Six minutes on, she changes her answer: the session is renewed, once.
		await page.clock.fastForward('06:00');
		await vote('Plus tard');
		await expect.poll(() => renewals.length).toBe(1);
		// Past the half-hour since the page opened (the warning would have come at 29 minutes): no warning.
		await page.clock.fastForward('23:30');
		await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);

		// She stops answering: warned a minute before 30 minutes after her last renewed vote.
		await page.clock.fastForward('05:40');
		const warning = page.getByRole('alertdialog');
		await warning.waitFor();
		await expect(warning.textContent()).resolves.toMatch(/déconnecté·e dans \d+ secondes/);
		await teen.check('long-workshop-warning');
		await teen.finish();
	});
});
