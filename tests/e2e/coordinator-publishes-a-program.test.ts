// A coordinator writes a program with two workshops and five kinds of activity in the editor, publishes it,
// edits it into version 2, compares the versions, prints the guide, exports the package and imports it into
// a second organisation.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { launchBrowser, openSession, type Session } from '../support/browser.ts';
import { fillEverything, waitSaved } from '../support/editor.ts';
import { populatedPlatform, invitedAdult, type Platform } from '../support/people.ts';

let app: RunningApp;
let browser: Browser;
let platform: Platform;
beforeAll(async () => {
	[app, browser] = await Promise.all([startApp(), launchBrowser()]);
	platform = await populatedPlatform(app);
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

describe('a coordinator and a program', () => {
	it('goes from an empty draft to two published versions, a printed guide and an import elsewhere', async () => {
		const session: Session = await openSession(browser, {
			signedIn: { url: app.url, cookies: platform.coordinator.jar.entries() }
		});
		const { page } = session;

		await page.goto(`${app.url}/programs`);
		await session.check('programs');
		await page.getByLabel('Titre (français)').fill('Mon programme');
		await page.getByLabel('Titre (anglais)').fill('My program');
		await page.getByRole('button', { name: 'Créer' }).click();
		await page.waitForURL(/\/programs\/[0-9a-f-]{36}\/edit$/);
		const programUrl = page.url().replace(/\/edit$/, '');
		await session.check('editor-empty');

		// Two workshops; five kinds of activity between them.
		await page.getByRole('button', { name: 'Ajouter un atelier' }).click();
		await page.getByRole('button', { name: 'Ajouter un atelier' }).click();
		const kinds = [
			[0, 'check-in'],
			[0, 'discussion'],
			[0, 'reflection'],
			[1, 'grounding'],
			[1, 'break']
		] as const;
		for (const [workshop, kind] of kinds) {
			await page.locator(`#w${workshop}-new-kind`).selectOption(kind);
			await page
				.locator(`#w${workshop}-new-kind`)
				.locator('xpath=../..')
				.getByRole('button', { name: 'Ajouter une activité' })
				.click();
		}
		// Open every activity and fill everything.
		for (const summary of await page.locator('details.editor-item > summary').all()) {
			const details = summary.locator('xpath=..');
			if ((await details.getAttribute('open')) === null) await summary.click();
		}
		await page.getByRole('button', { name: 'Ajouter une étape' }).click();
		await fillEverything(page, 'Texte');
		await waitSaved(page);
		await expect(page.getByText('Rien n’empêche la publication.').count()).resolves.toBe(1);
		await session.check('editor-complete');

		// The network drops: the change is kept, the person is told, and it is saved once back online.
		await page.context().setOffline(true);
		await page.locator('#program-title-en').fill('My program, written offline');
		await page
			.getByRole('status')
			.filter({ hasText: 'Pas de connexion' })
			.waitFor({ timeout: 25_000 });
		await session.check('editor-offline');
		await page.context().setOffline(false);
		await waitSaved(page);
		await page.reload();
		await expect(page.locator('#program-title-en').inputValue()).resolves.toBe(
			'My program, written offline'
		);

		// Reordering with the keyboard-reachable buttons, then undoing a deletion.
		const firstActivity = page.locator('details.editor-item details.editor-item').first();
		await firstActivity.locator('summary').click();
		await firstActivity.getByRole('button', { name: 'Descendre' }).click();
		await page
			.locator('details.editor-item details.editor-item[open]')
			.first()
			.getByRole('button', { name: 'Supprimer' })
			.click();
		await page.getByRole('button', { name: 'Annuler la suppression' }).click();
		await waitSaved(page);

		// Publish version 1.
		await page.goto(programUrl);
		await session.check('program-draft');
		await page.locator('summary', { hasText: 'Publier' }).click();
		await page.getByRole('button', { name: 'Publier' }).click();
		await page.getByRole('status').filter({ hasText: 'Version 1 publiée.' }).waitFor();
		await session.check('program-published');

		// Edit into version 2.
		await page.goto(`${programUrl}/edit`);
		await session.check('editor-published');
		await page.locator('#program-title-fr').fill('Mon programme, revu');
		await waitSaved(page);
		await page.goto(programUrl);
		await page.locator('summary', { hasText: 'Publier' }).click();
		await page.getByRole('button', { name: 'Publier' }).click();
		await page.getByRole('status').filter({ hasText: 'Version 2 publiée.' }).waitFor();

		// Compare 1 and 2.
		await page.getByRole('link', { name: 'Comparer' }).click();
		await page.waitForURL(/compare\?from=1&to=2$/);
		await session.check('compare');
		const row = page.getByRole('row').filter({ hasText: 'Mon programme, revu' });
		await expect(row.count()).resolves.toBe(1);
		// Each side in its column, in words.
		await expect(row.locator('td.before').textContent()).resolves.not.toContain('revu');
		await expect(row.locator('td.after').textContent()).resolves.toBe('Mon programme, revu');
		await expect(page.locator('table.compare').textContent()).resolves.not.toMatch(
			/[0-9a-f]{8}-[0-9a-f]{4}|\{"/
		);
		// On a phone, the table scrolls with the keyboard.
		const region = page.getByRole('region', { name: 'Changements entre les deux versions' });
		await region.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect(
			region.evaluate((element) => element.scrollWidth > element.clientWidth)
		).resolves.toBe(true);
		// The browser may scroll smoothly: the position is read until it has moved.
		await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);

		// The guide of version 2, printed.
		await page.goto(`${programUrl}/versions/2/guide`);
		await session.check('guide');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
			'Mon programme, revu'
		);
		await page.emulateMedia({ media: 'print' });
		await page.setViewportSize({ width: 816, height: 1056 });
		const screenshot = path.resolve('test-results/screens/guide-print.png');
		await page.screenshot({ path: screenshot, fullPage: true });
		await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
		await expect(page.locator('.quick-exit').isVisible()).resolves.toBe(false);
		await page.emulateMedia({ media: 'screen' });

		// Export version 2 and import it into another organisation the coordinator joins.
		const exported = await page.request.get(`${programUrl}/versions/2/package`);
		expect(exported.status()).toBe(200);
		const file = path.resolve('test-results/programme-v2.json');
		fs.writeFileSync(file, await exported.body());
		const otherOrganisation = platform.otherOrganisation;
		await invitedAdult(
			app,
			platform.otherCoordinator,
			platform.admin,
			otherOrganisation,
			'coordination@example.org',
			'coordinator',
			platform.coordinator
		);
		await page.goto(`${app.url}/organisations`);
		await session.check('choose-organisation');
		await page
			.getByRole('listitem')
			.filter({ hasText: 'Autre organisme' })
			.getByRole('button')
			.click();
		// On to her work there (a coordinator: the organisation's page), never the teens' home.
		await page.waitForURL(/\/organisations\/[0-9a-f-]{36}$/);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Autre organisme'
		);
		await session.check('other-organisation');
		await page.goto(`${app.url}/programs/import`);
		await session.check('import');
		await page.getByLabel('Fichier du programme (.json)').setInputFiles(file);
		await page.getByRole('button', { name: 'Importer' }).click();
		await page.waitForURL(/\/programs\/[0-9a-f-]{36}$/);
		// Named apart from the original and marked as an imported copy, with its date; its outline listed.
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
			'Mon programme, revu (copie importée)'
		);
		await page.getByText(/^Copie importée le \d+/).waitFor();
		await expect(page.locator('.tag').first().textContent()).resolves.toBe('ébauche');
		await expect(page.locator('.outline > li').count()).resolves.toBe(2);
		await expect(page.locator('.outline').textContent()).resolves.toMatch(/\d+\u00a0min/);
		await session.check('imported');
		await session.finish();
	});
});
