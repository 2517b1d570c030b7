// Workshop tools end to end: a coordinator writes a deck and a scenario (validation stops the scenario while
// it is broken), publishes both and uses them in a published program; the deck prints nine cards to a page
// with its backs mirrored for duplex; a teen on a phone plays the deck and both starter scenarios to an
// ending (and the coordinator's new one), steps out once, and watches the sample video with captions in
// French and in English.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { launchBrowser, openSession, type Session } from '../support/browser.ts';
import { fillEverything, publish, waitSaved } from '../support/editor.ts';
import { populatedPlatform, type Platform } from '../support/people.ts';

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

async function createTool(
	page: Page,
	kind: 'decks' | 'scenarios' | 'videos',
	create: string,
	title: string
) {
	await page.goto(`${app.url}/tools`);
	await page.locator('summary', { hasText: create }).click();
	await page.locator(`#${kind}-titleFr`).fill(title);
	await page.locator(`#${kind}-titleEn`).fill(`${title} (en)`);
	await page.getByRole('button', { name: create }).click();
	await page.waitForURL(new RegExp(`/tools/${kind}/[0-9a-f-]{36}/edit$`));
	return page.url().replace(/\/edit$/, '');
}

/** A browser session of one of the platform's people, already signed in. */
function sessionOf(person: 'coordinator' | 'facilitator' | 'participant'): Promise<Session> {
	return openSession(browser, {
		signedIn: { url: app.url, cookies: platform[person].jar.entries() }
	});
}

const problemsNone = (page: Page) => page.getByText('Rien n’empêche la publication.').count();

describe('workshop tools', () => {
	it('are written, checked, published and used in a program by a coordinator', async () => {
		const session = await sessionOf('coordinator');
		const { page } = session;
		await page.goto(`${app.url}/tools`);
		await session.check('tools');

		// A deck of two cards.
		const deckUrl = await createTool(page, 'decks', 'Créer un paquet de cartes', 'Vrai ou pas');
		await session.check('deck-editor-empty');
		await page.getByRole('button', { name: 'Ajouter une carte' }).click();
		await page.getByRole('button', { name: 'Ajouter une carte' }).click();
		await page.locator('input[name="c1-answer"][value="reality"]').check();
		await fillEverything(page, 'Carte');
		await waitSaved(page);
		await expect(problemsNone(page)).resolves.toBe(1);
		await session.check('deck-editor');
		await page.goto(deckUrl);
		await session.check('deck-draft');
		await publish(page, 1);
		await session.check('deck-published');

		// A scenario, broken at first: its only passage is neither an ending nor has a choice.
		const scenarioUrl = await createTool(page, 'scenarios', 'Créer un scénario', 'Le message');
		await fillEverything(page, 'Récit');
		await waitSaved(page);
		await expect(
			page
				.locator('.problems li', { hasText: 'ajoutez un choix, ou faites de ce passage une fin' })
				.count()
		).resolves.toBe(1);
		await session.check('scenario-editor-broken');
		await page.goto(scenarioUrl);
		await session.check('scenario-draft');
		await page.locator('summary', { hasText: 'Publier' }).click();
		await page.getByRole('button', { name: 'Publier' }).click();
		await page
			.getByRole('alert')
			.filter({ hasText: /empêchen?t? la publication/ })
			.waitFor();
		await session.check('scenario-refused');

		// Fixed: a choice leading to a new passage, which becomes an ending with its debrief.
		await page.goto(`${scenarioUrl}/edit`);
		await page.getByRole('button', { name: 'Ajouter le choix' }).click();
		await page.locator('#passage-2 summary').waitFor();
		if ((await page.locator('#passage-2').getAttribute('open')) === null)
			await page.locator('#passage-2 summary').click();
		await page.locator('#passage-2').getByLabel('C’est une fin').check();
		await fillEverything(page, 'Suite');
		await waitSaved(page);
		await expect(problemsNone(page)).resolves.toBe(1);
		await expect(page.locator('svg.scenario-graph, .scenario-graph svg').count()).resolves.toBe(1);
		await session.check('scenario-editor');
		await page.goto(scenarioUrl);
		await publish(page, 1);

		// Both in a program, published.
		await page.goto(`${app.url}/programs`);
		await session.check('tools-programs');
		await page.getByLabel('Titre (français)').fill('Atelier avec outils');
		await page.getByLabel('Titre (anglais)').fill('Workshop with tools');
		await page.getByRole('button', { name: 'Créer' }).click();
		await page.waitForURL(/\/programs\/[0-9a-f-]{36}\/edit$/);
		const programUrl = page.url().replace(/\/edit$/, '');
		await page.getByRole('button', { name: 'Ajouter un atelier' }).click();
		for (const kind of ['card-game', 'scenario']) {
			await page.locator('#w0-new-kind').selectOption(kind);
			await page
				.locator('#w0-new-kind')
				.locator('xpath=../..')
				.getByRole('button', { name: 'Ajouter une activité' })
				.click();
		}
		for (const summary of await page.locator('details.editor-item > summary').all()) {
			const details = summary.locator('xpath=..');
			if ((await details.getAttribute('open')) === null) await summary.click();
		}
		await page
			.getByLabel('Paquet de cartes', { exact: true })
			.selectOption({ label: 'Vrai ou pas' });
		await page.getByLabel('Scénario', { exact: true }).selectOption({ label: 'Le message' });
		await fillEverything(page, 'Texte');
		await waitSaved(page);
		await expect(problemsNone(page)).resolves.toBe(1);
		await session.check('program-with-tools');
		await page.goto(programUrl);
		await session.check('program-with-tools-draft');
		await publish(page, 1);
		await session.check('program-with-tools-published');

		// The guide names the tools; from it, the deck opens projected for the group.
		await page.goto(`${programUrl}/versions/1/guide`);
		await session.check('program-with-tools-guide');
		const tools = page.locator('.guide-activity', { hasText: 'Outil utilisé' });
		await expect(tools.count()).resolves.toBe(2);
		await expect(tools.nth(1).textContent()).resolves.toContain('Le message');
		await tools.first().getByRole('link', { name: 'Ouvrir pour le groupe' }).click();
		await page.waitForURL(`${deckUrl.replace('/tools/', '/play/')}?mode=group`);
		await page.getByRole('button', { name: 'Montrer la réponse' }).waitFor();
		await session.check('deck-projected');
		await session.finish();
	});

	it('takes a video with its files uploaded from the editor, refusing a file of the wrong kind', async () => {
		const session = await sessionOf('coordinator');
		const { page } = session;
		const videoUrl = await createTool(page, 'videos', 'Ajouter une vidéo', 'Notre film');
		await session.check('video-editor-empty');
		const sample = (name: string) => path.resolve('assets/sample-video', name);
		const slot = (id: string) => page.locator(`#slot-${id}`);

		// Captions offered as the poster: refused from their content, with the accepted formats.
		await page.locator('#file-poster').setInputFiles(sample('captions.fr.vtt'));
		await slot('poster')
			.getByRole('alert')
			.filter({ hasText: 'Attendu : PNG, JPEG, WebP' })
			.waitFor({ timeout: 20_000 });
		await expect(slot('poster').getByText('Aucun fichier pour l’instant.').count()).resolves.toBe(
			1
		);
		await session.check('video-editor-refused');

		const files = [
			['video', 'video.webm'],
			['poster', 'poster.png'],
			['captions-fr', 'captions.fr.vtt'],
			['captions-en', 'captions.en.vtt']
		] as const;
		for (const [id, name] of files) {
			await page.locator(`#file-${id}`).setInputFiles(sample(name));
			await slot(id)
				.getByText(/^Fichier en place/)
				.waitFor({ timeout: 20_000 });
		}
		await fillEverything(page, 'Film');
		await waitSaved(page);
		await expect(problemsNone(page)).resolves.toBe(1);
		await page.locator('video').waitFor();
		await session.check('video-editor');
		await page.goto(videoUrl);
		await session.check('video-draft');
		await publish(page, 1);
		await session.check('video-published');
		await page.goto(`${app.url}/tools`);
		await session.check('tools-with-video');
		await session.finish();
	});

	it('keep a form opened before the page finished loading open once its scripts run', async () => {
		const session = await sessionOf('coordinator');
		const { page } = session;
		// The scripts arrive late, as on a slow phone: the person opens the form before they run.
		let release = () => {};
		const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			await scriptsHeld;
			await route.continue();
		});
		// Module scripts hold back DOMContentLoaded: the page is shown, and used, before that.
		await page.goto(`${app.url}/tools`, { waitUntil: 'commit' });
		const form = page.locator('details.create', { hasText: 'Ajouter une vidéo' });
		await form.locator('summary').click();
		release();
		// Every script has arrived and run (the page has hydrated) once the network is quiet.
		await page.waitForLoadState('networkidle');
		await expect(form.evaluate((details: HTMLDetailsElement) => details.open)).resolves.toBe(true);
		await page.unrouteAll();
		await session.check('tools-form-opened-early');
		await session.finish();
	});

	it('prints a deck nine cards to a page, the backs mirrored so that they fall behind their fronts', async () => {
		const session = await sessionOf('facilitator');
		const { page } = session;
		await page.goto(`${app.url}/tools/decks/${platform.deck}/print?lang=fr&paper=letter`);
		await session.check('deck-print');
		await page.emulateMedia({ media: 'print' });
		await page.setViewportSize({ width: 816, height: 1056 });
		fs.mkdirSync(path.resolve('test-results/screens'), { recursive: true });
		await page.screenshot({
			path: path.resolve('test-results/screens/deck-print.png'),
			fullPage: true
		});
		await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
		await expect(page.locator('.no-print').isVisible()).resolves.toBe(false);

		const layout = await page.evaluate(() => {
			const sheets = [...document.querySelectorAll('.sheet')];
			const places = (sheet: Element) =>
				[...sheet.querySelectorAll('.print-card')].map((card) => ({
					id: card.getAttribute('data-card'),
					x: card.getBoundingClientRect().x,
					y: card.getBoundingClientRect().y - sheet.getBoundingClientRect().y
				}));
			return sheets.map((sheet) => ({
				side: sheet.classList.contains('front') ? 'front' : 'back',
				places: places(sheet)
			}));
		});
		expect(layout.length % 2).toBe(0);
		expect(layout.length).toBeGreaterThanOrEqual(6);
		for (let s = 0; s < layout.length; s += 2) {
			const [front, back] = [layout[s]!, layout[s + 1]!];
			expect([front.side, back.side]).toEqual(['front', 'back']);
			expect(front.places).toHaveLength(9);
			expect(back.places).toHaveLength(9);
			for (let row = 0; row < 3; row++) {
				for (let column = 0; column < 3; column++) {
					const card = front.places[row * 3 + column]!;
					const behind = back.places[row * 3 + (2 - column)]!;
					// Same card, same row, mirrored column: a long-edge duplex print puts it right behind.
					expect(behind.id).toBe(card.id);
					expect(Math.abs(behind.y - card.y)).toBeLessThan(1);
					expect(Math.abs(behind.x - front.places[row * 3 + (2 - column)]!.x)).toBeLessThan(1);
				}
			}
		}
		expect(layout[0]!.places.every((place) => place.id !== null)).toBe(true);

		// The browser's own PDF has one page per sheet side.
		const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
		expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(layout.length);
		await page.emulateMedia({ media: 'screen' });
		await session.finish();
	});

	it('are played by a teen on a phone: the deck, every scenario to an ending, a pause, and the video', async () => {
		const session = await sessionOf('participant');
		const { page } = session;
		expect(page.viewportSize()?.width).toBe(375);
		await page.goto(app.url);
		await session.check('tools-teen-home');

		// The coordinator's deck, card by card, to the summary.
		await page.getByRole('link', { name: 'Vrai ou pas' }).click();
		await page.getByRole('button', { name: 'Mythe' }).waitFor();
		await session.check('deck-play');
		for (let card = 0; card < 2; card++) {
			await page.getByRole('button', { name: card === 0 ? 'Mythe' : 'Je passe' }).click();
			await page
				.getByRole('button', { name: /Carte suivante|Voir ce que je sais maintenant/ })
				.click();
		}
		await page.getByRole('heading', { name: 'Voici ce que tu sais maintenant' }).waitFor();
		await expect(page.getByText(/score|points|classement/i).count()).resolves.toBe(0);
		await session.check('deck-summary');

		// Both starter scenarios, to an ending; the second after stepping out for a pause.
		await page.goto(app.url);
		const scenarios = await page
			.locator('a[href^="/play/scenarios/"]')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
		// The two starter scenarios, then the coordinator's own.
		const starters = scenarios.filter((href) => href !== null);
		expect(starters).toHaveLength(3);
		let paused = false;
		for (const href of starters) {
			await page.goto(`${app.url}${href}`);
			await session.check(`scenario-intro-${starters.indexOf(href) + 1}`);
			await page.getByRole('button', { name: 'Commencer' }).click();
			for (let step = 0; step < 30; step++) {
				const debrief = page.getByRole('heading', { name: 'Ce qu’on retient' });
				if (await debrief.isVisible()) break;
				const warning = page.getByRole('button', { name: 'Continuer' });
				if (await warning.isVisible()) {
					await warning.click();
					continue;
				}
				if (step === 0 && !paused) await session.check('scenario-passage');
				if (step === 1 && starters.indexOf(href) === 1 && !paused) {
					await page.getByRole('link', { name: 'Faire une pause' }).click();
					await page.waitForURL(/\/pause\?/);
					await session.check('pause');
					// Back where she was (tests/e2e/teen-takes-a-break.test.ts checks the place in detail).
					await page.getByRole('link', { name: 'Revenir à l’activité' }).click();
					await page.waitForURL(new RegExp(`${href}\\?version=\\d+&at=s\\.`));
					paused = true;
					continue;
				}
				await page
					.getByRole('group', { name: 'Que fait-elle ?' })
					.getByRole('button')
					.last()
					.click();
			}
			await page.getByRole('heading', { name: 'Ce qu’on retient' }).waitFor();
			await expect(page.getByRole('heading', { name: 'Le chemin choisi' }).count()).resolves.toBe(
				1
			);
			// Where to get help: the organisation's services, one tap to call or text.
			const debrief = page.locator('.debrief');
			await expect(
				debrief.getByRole('link', { name: 'Appeler le 1 800 263-2266' }).getAttribute('href')
			).resolves.toBe('tel:18002632266');
			await expect(
				debrief.getByRole('link', { name: 'Texto au 686868' }).getAttribute('href')
			).resolves.toBe('sms:686868');
			await session.check(`scenario-ending-${starters.indexOf(href) + 1}`);
		}
		expect(paused).toBe(true);

		// The sample video plays, with captions in French and in English.
		await page.goto(app.url);
		await page.getByRole('link', { name: 'Exemple de vidéo sous-titrée' }).click();
		await page.locator('video').waitFor();
		await session.check('video');
		const watched = await page.evaluate(async () => {
			const video = document.querySelector('video')!;
			if (video.readyState < 1)
				await new Promise((resolve) =>
					video.addEventListener('loadedmetadata', resolve, { once: true })
				);
			const captions: Record<string, string> = {};
			for (const element of document.querySelectorAll('track')) {
				element.track.mode = 'hidden';
				if (element.readyState !== 2)
					await new Promise((resolve) => element.addEventListener('load', resolve, { once: true }));
				captions[element.srclang] = [...(element.track.cues ?? [])]
					.map((cue) => (cue as VTTCue).text)
					.join(' | ');
			}
			const shown = [...video.textTracks].find((track) => track.mode !== 'disabled');
			video.muted = true;
			await video.play();
			await new Promise<void>((resolve) => {
				const check = () => (video.currentTime > 1 ? resolve() : setTimeout(check, 100));
				check();
			});
			video.pause();
			return {
				captions,
				duration: video.duration,
				played: video.currentTime,
				shown: shown?.language
			};
		});
		expect(watched.captions.fr).toContain('Exemple de vidéo');
		expect(watched.captions.en).toContain('Sample video');
		expect(watched.duration).toBeGreaterThan(9);
		expect(watched.played).toBeGreaterThan(1);
		await page.locator('summary', { hasText: 'Transcription' }).click();
		await expect(
			page.getByText('Ceci est une vidéo de remplacement.').first().isVisible()
		).resolves.toBe(true);
		await session.finish();
	});
});
