// A facilitator runs workshop 5 of the starter program live with a group: a projector (1280 px) paired by code,
// her control view on a phone (375 px), two teens on their phones. A card voted, revealed and explained; a
// scenario played as a group to its debrief; an anonymous question guarded, approved and shown; a written answer
// held by the guard; a break request seen only on the control view; a check-in with too few answers that does not
// reveal; a teen's network cut mid-vote; the app restarted mid-session; counts from a show of hands; a quick poll
// answered on a phone and by teams on the shared tablet; the record filled, then locked seven days later and
// unlocked by a coordinator.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../src/lib/server/db/client.ts';
import { startApp, type RunningApp } from '../support/app.ts';
import { launchBrowser, openSession, shows, signedInAs, type Session } from '../support/browser.ts';
import { client } from '../support/http.ts';
import { populatedPlatform, type Platform } from '../support/people.ts';

let app: RunningApp;
let browser: Browser;
let platform: Platform;
let secondTeen: ReturnType<typeof client>;
beforeAll(async () => {
	[app, browser] = await Promise.all([startApp(), launchBrowser()]);
	platform = await populatedPlatform(app);
	secondTeen = client(app.url);
	const joined = await secondTeen.post('/join', {
		code: platform.joinCode,
		pseudonym: 'Loutre rose'
	});
	expect(joined.status).toBe(200);
	// The session the platform started (its first workshop) ends: this one runs workshop 5.
	const ended = await platform.facilitator.post(`/live/${platform.live}/control?/status`, {
		status: 'closed'
	});
	expect(ended.status).toBe(303);
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

/** Restarts the app on the same data folder and port: the open pages reconnect by themselves. */
async function restart(change?: (pglite: Awaited<ReturnType<typeof openPglite>>) => Promise<void>) {
	await app.stop();
	if (change) {
		const database = await openPglite({ dataDir: app.dataDir });
		await change(database);
		await database.close();
	}
	app = await startApp({ dataDir: app.dataDir, port: app.port });
}

async function screenText(page: Page): Promise<string> {
	return page.locator('main').innerText();
}

/** Waits until the page's main text matches (the live stream brought the change). */
describe('a workshop run live', () => {
	let control: Session;
	let screen: Session;
	let teenA: Session;
	let teenB: Session;

	it('runs from the start page to the record, on every view', { timeout: 240_000 }, async () => {
		const serverRestarts = true;
		control = await openSession(browser, {
			signedIn: signedInAs(app.url, platform.facilitator),
			serverRestarts
		});
		screen = await openSession(browser, { serverRestarts });
		teenA = await openSession(browser, {
			signedIn: signedInAs(app.url, platform.participant),
			serverRestarts
		});
		teenB = await openSession(browser, {
			signedIn: signedInAs(app.url, secondTeen),
			serverRestarts
		});
		const c = control.page;
		const s = screen.page;
		const a = teenA.page;
		const b = teenB.page;

		// The facilitator starts workshop 5 from her group's page.
		await c.goto(`${app.url}/groups/${platform.group}`);
		await control.check('live-group');
		await c.getByRole('link', { name: 'Lancer une séance en direct' }).click();
		await c.waitForURL(/\/live\/new/);
		await control.check('live-start');
		const option = await c
			.locator('#field-workshop option')
			.filter({ hasText: /recrutement/i })
			.first()
			.getAttribute('value');
		await c.locator('#field-workshop').selectOption(option!);
		await c.getByRole('button', { name: 'Commencer la séance' }).click();
		await c.waitForURL(/\/live\/[0-9a-f-]{36}\/control$/);
		const sessionId = c.url().split('/')[4]!;
		await control.check('live-control-warning');

		// The projector is paired with a one-time code typed on the other device.
		await c.getByRole('button', { name: 'Afficher sur un autre appareil' }).click();
		const code = (await c.getByRole('status').filter({ hasText: 'Code pour' }).innerText()).match(
			/\d{8}/
		)![0];
		await s.setViewportSize({ width: 1280, height: 800 });
		await s.goto(`${app.url}/screen`);
		await screen.check('live-pair');
		await s.getByLabel('Code').fill(code);
		await s.getByRole('button', { name: 'Afficher' }).click();
		await s.waitForURL(`${app.url}/live/${sessionId}/screen`);
		await shows(s, 'Avant de commencer');
		await screen.check('live-screen-warning');
		// The projector takes the room's language, whatever its own device's.
		await s.getByRole('button', { name: /English/ }).click();
		await shows(s, 'Before we start');
		await s.getByRole('button', { name: /Français/ }).click();
		await shows(s, 'Avant de commencer');
		expect(await s.title()).toBe('Atelier · Partir de nous');

		// The teens see "a workshop is on" at home and join with one tap; the warning comes first.
		for (const [teen, session] of [
			[a, teenA],
			[b, teenB]
		] as const) {
			await teen.goto(app.url);
			await session.check(`live-teen-home-${session === teenA ? 'a' : 'b'}`);
			// The workshop under way is on its card, not also announced as "next time" or "to come".
			const home = await screenText(teen);
			expect(home).not.toContain('La prochaine fois');
			expect(home).not.toContain('s’afficheront ici');
			await teen.getByRole('button', { name: 'Rejoindre l’atelier' }).click();
			await teen.waitForURL(`${app.url}/live/${sessionId}`);
			await shows(teen, 'Avant de commencer');
		}
		await teenA.check('live-teen-warning');
		await teenB.check('live-teen-warning-b');
		await shows(c, 'en ligne');

		// On: the first discussion. A written answer with an e-mail address is held by the guard.
		await c.getByRole('button', { name: 'Suivant' }).click();
		await s.getByText('Avant de commencer').waitFor({ state: 'detached' });
		await a.getByLabel('Écrire une réponse (si tu veux)').waitFor();
		await a.getByLabel('Écrire une réponse (si tu veux)').fill('Écris-moi à luciole@example.org');
		await a.getByRole('button', { name: 'Envoyer' }).first().click();
		await shows(a, 'information personnelle');
		await teenA.check('live-teen-guard');
		await expect(screenText(c)).resolves.not.toContain('luciole@example.org');

		// An anonymous question: sent, read by the facilitator, approved, shown on the screen without a name.
		await b.getByText('Poser une question anonyme').click();
		await b.getByLabel('Ta question').fill('Comment savoir si une offre est un piège ?');
		await b.getByRole('button', { name: 'Envoyer' }).last().click();
		await shows(b, 'en attente');
		// She is told where she looks, in the question box, which stays open.
		await shows(b, 'Ta question est envoyée');
		await expect(b.getByLabel('Ta question').isVisible()).resolves.toBe(true);
		await teenB.check('live-teen-question-sent');
		await shows(c, 'Comment savoir si une offre est un piège ?');
		await control.check('live-control-post');
		await c.getByRole('button', { name: 'Accepter' }).click();
		await c.getByRole('button', { name: 'Afficher à l’écran' }).click();
		await shows(s, 'Comment savoir si une offre est un piège ?');
		await expect(screenText(s)).resolves.not.toMatch(/Loutre|Renard/);
		await screen.check('live-screen-question');

		// A question that suggests she may be in danger never reaches the room: it is held for the group's
		// designated facilitator, and she is told so at once, calmly, with help one tap away.
		const worrying = 'si je parle de lui il a dit que ma famille allait le regretter';
		if (!(await b.getByLabel('Ta question').isVisible()))
			await b.getByText('Poser une question anonyme').click();
		await b.getByLabel('Ta question').fill(worrying);
		await b.getByRole('button', { name: 'Envoyer' }).last().click();
		await shows(b, 'Ton message n’est pas montré au groupe');
		await expect(
			b.getByRole('link', { name: /Voir les ressources d’aide/ }).getAttribute('href')
		).resolves.toBe('/help');
		await teenB.check('live-teen-question-held');
		await expect(screenText(c)).resolves.not.toContain('regretter');
		await expect(screenText(s)).resolves.not.toContain('regretter');

		// "I need a break": only the control view shows it, with the pseudonym.
		await a.getByRole('button', { name: 'J’ai besoin d’une pause' }).click();
		await shows(a, 'Seule la personne qui anime le voit');
		await shows(c, 'Renard bleu a besoin d’une pause');
		await control.check('live-control-break');
		await expect(screenText(s)).resolves.not.toContain('Renard');
		await expect(screenText(b)).resolves.not.toContain('Renard');
		await c.getByRole('button', { name: 'Vu' }).click();

		// The check-in (the second activity): two answers only, revealed, and still nothing is shown.
		await c.getByRole('button', { name: 'Aller à cette activité' }).first().click();
		await a.getByRole('button', { name: '4', exact: true }).click();
		await b.getByRole('button', { name: '2', exact: true }).click();
		await shows(c, '2 réponses');
		await c.getByRole('button', { name: 'Montrer les réponses' }).click();
		await shows(s, 'Pas assez de réponses');
		await screen.check('live-screen-too-few');
		await expect(screenText(s)).resolves.not.toContain('Réponses du groupe');

		// The cards (the third): one voted by both, the second teen's network cut mid-vote; revealed, explained.
		await c.getByRole('button', { name: 'Aller à cette activité' }).nth(1).click();
		await a.getByRole('button', { name: 'Mythe', exact: true }).waitFor();
		await teenA.check('live-teen-card');
		await a.getByRole('button', { name: 'Mythe', exact: true }).click();
		await shows(a, 'Ta réponse : Mythe');
		await teenB.context.setOffline(true);
		await b.getByRole('button', { name: 'Réalité', exact: true }).click();
		await new Promise((resolve) => setTimeout(resolve, 300));
		await teenB.context.setOffline(false);
		await shows(b, 'Ta réponse : Réalité');
		await shows(c, '2 réponses');
		// A reload shows her answer as hers, counted once.
		await b.reload();
		await expect(
			b.getByRole('button', { name: 'Réalité', exact: true }).getAttribute('aria-pressed')
		).resolves.toBe('true');
		await control.check('live-control-card');
		await c.getByRole('button', { name: 'Montrer les réponses' }).click();
		await shows(s, 'Réponses du groupe');
		await shows(s, /C’est une? (mythe|réalité)/);
		await screen.check('live-screen-card-revealed');
		await shows(a, 'Réponses du groupe');
		await teenA.check('live-teen-card-revealed');

		// The app restarts mid-session: every view comes back by itself, and the room goes on.
		await restart();
		await c.getByRole('button', { name: 'Suivant' }).click();
		await shows(s, /2 sur/);
		await shows(a, /2 sur/);
		await shows(b, /2 sur/);

		// The scenario (Léa's story, the second one): the group votes at each choice, the facilitator follows the
		// majority to an ending. The buttons jump to every activity but the current one (the cards, third).
		await c.getByRole('button', { name: 'Aller à cette activité' }).nth(3).click();
		await shows(s, 'Avant de commencer');
		await c.getByRole('button', { name: 'Suivant' }).click();
		await a.locator('form.answers button').first().waitFor();
		await b.locator('form.answers button').first().waitFor();
		for (let turn = 0; turn < 12; turn++) {
			const choices = a.locator('form.answers button');
			if ((await choices.count()) === 0) break;
			await choices.first().click();
			await b.locator('form.answers button').first().click();
			await shows(c, '2 réponses');
			await c.getByRole('button', { name: 'Suivre la majorité' }).click();
			// The next passage (or the ending) reaches both phones before they answer again.
			await a.getByText('Ta réponse').waitFor({ state: 'detached' });
			await b.getByText('Ta réponse').waitFor({ state: 'detached' });
		}
		await shows(s, 'Les signaux d’alerte dans ce parcours');
		await shows(s, 'Où trouver de l’aide');
		await screen.check('live-screen-debrief');
		await shows(a, 'Les signaux d’alerte dans ce parcours');

		// No devices: the last check-in counted from a show of hands looks the same on the screen.
		await c.getByRole('button', { name: 'Aller à cette activité' }).last().click();
		await c.getByText('Compter à main levée').click();
		await c.getByLabel('4', { exact: true }).fill('5');
		await c.getByLabel('2', { exact: true }).fill('3');
		await c.getByRole('button', { name: 'Enregistrer le compte' }).click();
		await shows(c, 'compté à main levée');
		await c.getByRole('button', { name: 'Montrer les réponses' }).click();
		await shows(s, '8 réponses');
		await screen.check('live-screen-hands');
		await control.check('live-control-hands');

		// A quick poll typed on the spot: "I pass" added, answered on a phone and by a team on the shared
		// tablet (the screen clears between teams), revealed on the screen.
		await c.getByText('Sondage rapide').click();
		await c.getByLabel('Question').fill('On fait une pause maintenant ?');
		await c.getByLabel(/Options, une par ligne/).fill('Oui\nNon');
		await c.getByRole('button', { name: 'Lancer le sondage' }).click();
		await shows(s, 'On fait une pause maintenant ?');
		await a.getByRole('button', { name: 'Oui', exact: true }).click();
		await shows(a, 'Ta réponse : Oui');
		await c.goto(`${app.url}/live/${sessionId}/tablet`);
		await shows(c, 'On fait une pause maintenant ?');
		await control.check('live-tablet');
		await c.getByRole('button', { name: 'Je passe', exact: true }).click();
		await shows(c, 'Passez la tablette');
		await c.getByRole('button', { name: 'Prête pour la réponse suivante' }).click();
		await c.getByRole('button', { name: 'Non', exact: true }).click();
		await shows(c, 'Passez la tablette');
		await c.goto(`${app.url}/live/${sessionId}/control`);
		await shows(c, '3 réponses');
		await c.getByRole('button', { name: 'Montrer les réponses' }).click();
		await shows(s, '3 réponses');
		await screen.check('live-screen-poll');
		await c.getByRole('button', { name: 'Fermer le sondage' }).click();
		await s.getByText('On fait une pause maintenant ?').waitFor({ state: 'detached' });

		// The end: the record, filled by the facilitator.
		await c.getByText('Terminer la séance').first().click();
		await c.locator('.confirm-body').getByRole('button', { name: 'Terminer la séance' }).click();
		await c.waitForURL(`${app.url}/live/${sessionId}/record`);
		await shows(s, 'L’atelier est terminé');
		await shows(a, 'L’atelier est terminé');
		await control.check('live-record');
		// Both teens were here with their phones: ticked on the attendance list, which the facilitator can
		// still complete for those who came without one.
		for (const teen of ['Renard bleu', 'Loutre rose'])
			await expect(c.getByRole('checkbox', { name: teen }).isChecked()).resolves.toBe(true);
		await c.getByRole('radio', { name: 'Adapté' }).first().check();
		await c
			.getByLabel('Pourquoi (facultatif)')
			.first()
			.fill('Le groupe avait envie d’en parler plus.');
		await c.getByLabel('Notes de l’animation').fill('Bonne participation.');
		await c.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
		await shows(c, 'Compte rendu enregistré.');

		// Seven days later the record is locked; a coordinator opens it again, with a reason.
		await restart(async (database) => {
			await database.pglite!.query(
				`update live_session set closed_at = now() - interval '8 days' where id = $1`,
				[sessionId]
			);
		});
		await c.reload();
		await shows(c, 'Verrouillé');
		await expect(
			c.getByRole('button', { name: 'Enregistrer le compte rendu' }).isDisabled()
		).resolves.toBe(true);
		await control.check('live-record-locked');
		const unlocked = await platform.coordinator.post(`/live/${sessionId}/record?/unlock`, {
			reason: 'Fiche complétée en retard'
		});
		expect(unlocked.status).toBe(200);
		await c.reload();
		await expect(
			c.getByRole('button', { name: 'Enregistrer le compte rendu' }).isDisabled()
		).resolves.toBe(false);

		// The group's page shows the workshop done.
		await c.goto(`${app.url}/groups/${platform.group}`);
		await shows(c, 'Comptes rendus');
		await control.check('live-group-after');

		// Every page tells the designated facilitator that someone may need her, until she has checked in.
		await c.getByRole('link', { name: 'Voir le message' }).click();
		await c.waitForURL(`${app.url}/care`);
		const held = c.locator('main li').filter({ hasText: worrying });
		await expect(held.textContent()).resolves.toContain('Loutre rose');
		await expect(held.textContent()).resolves.toContain('menaces');
		await control.check('care');
		// Each click answers one text and takes its button away: the next is clicked once the page shows that.
		const contact = c.getByRole('button', { name: 'J’ai pris contact avec elle' });
		for (let left = await contact.count(); left > 0; left--) {
			await contact.first().click();
			await expect.poll(() => contact.count(), { timeout: 10_000 }).toBe(left - 1);
		}
		await shows(c, 'Contact pris le');
		await c.goto(`${app.url}/groups/${platform.group}`);
		await expect(c.getByText('Quelqu’un a peut-être besoin de vous').count()).resolves.toBe(0);

		// The coordinator's records of the version: the workshop, its group, the share delivered as written.
		const coordinator = await openSession(browser, {
			signedIn: signedInAs(app.url, platform.coordinator)
		});
		// "Comptes rendus" (a link of the navigation): the versions that have records, then this one.
		const [program, version] = option!.split(':');
		await coordinator.page.goto(`${app.url}/live/records`);
		await expect(
			coordinator.page.getByRole('link', { name: 'Comptes rendus' }).getAttribute('href')
		).resolves.toBe('/live/records');
		await coordinator.check('live-records-overview');
		await coordinator.page.locator(`a[href*="program=${program}&version=${version}"]`).click();
		await coordinator.page.waitForURL(/\/live\/records\?program=/);
		await shows(coordinator.page, 'Groupe du mardi');
		await shows(coordinator.page, 'Fait tel que prévu');
		await coordinator.check('live-version-records');

		for (const session of [control, screen, teenA, teenB, coordinator]) await session.finish();
	});
});
