// The whole identity journey in a browser: the administrator invites a coordinator, who enrols a second
// factor and invites a facilitator; the facilitator creates a group and prints cards; a teen joins on a
// phone, signs out and back in, is warned before an idle time-out, and leaves with quick exit.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { launchBrowser, openSession, type Session } from '../support/browser.ts';
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

const PASSWORD = 'une phrase assez longue';

async function fill(page: Page, label: string, value: string) {
	await page.getByLabel(label, { exact: true }).fill(value);
}

/** Goes through the second-factor enrolment page; returns the secret to compute later codes. */
async function enrol(session: Session, name: string): Promise<string> {
	const { page } = session;
	await page.waitForURL(/\/account\/two-factor$/);
	await session.check(`${name}-two-factor-intro`);
	await fill(page, 'Mot de passe', PASSWORD);
	await page.getByRole('button', { name: 'Continuer' }).click();
	await page.locator('.secret').waitFor();
	await session.check(`${name}-two-factor-scan`);
	const secret = (await page.locator('.secret').textContent())!.trim();
	await fill(page, 'Code', await nextCode(secret));
	await page.getByRole('button', { name: 'Activer' }).click();
	await page.waitForURL((url) => !url.pathname.startsWith('/account/two-factor'));
	return secret;
}

/** The newest invitation link in the outbox, read by the administrator. */
async function newestInvitation(admin: Session): Promise<string> {
	await admin.page.goto(`${app.url}/admin/outbox`);
	await admin.check('outbox');
	const body = await admin.page.locator('.outbox pre').first().textContent();
	return body!.match(/\/invitation\/[A-Za-z0-9_-]{43}/)![0];
}

async function acceptInvitation(session: Session, path: string, name: string, who: string) {
	const { page } = session;
	await page.goto(`${app.url}${path}`);
	await session.check(`${who}-invitation`);
	await fill(page, 'Nom', name);
	await fill(page, 'Mot de passe', PASSWORD);
	await page.getByRole('button', { name: 'Accepter l’invitation' }).click();
}

describe('building a group, from the administrator to a teen on a phone', () => {
	it('works end to end', async () => {
		// The administrator sets up the platform and invites a coordinator into the demo organisation.
		const admin = await openSession(browser);
		await admin.page.goto(`${app.url}${new URL(app.setupLink()!).pathname}`);
		await admin.check('setup');
		await fill(admin.page, 'Nom', 'Alex Martin');
		await fill(admin.page, 'Courriel', 'alex@example.org');
		await fill(admin.page, 'Mot de passe', PASSWORD);
		await admin.page.getByRole('button', { name: 'Créer le compte' }).click();
		// Signed in at once, on the way to her second factor.
		await admin.page.waitForURL(/\/account\/two-factor/);
		await admin.check('admin-before-enrolment');
		await enrol(admin, 'admin');
		await admin.page.waitForURL(`${app.url}/admin`);
		await admin.check('admin');
		await admin.page.getByRole('link', { name: 'Organisation de démonstration' }).click();
		await admin.page.waitForURL(/\/organisations\/[0-9a-f-]{36}$/);
		await admin.check('organisation-members-empty');
		await fill(admin.page, 'Courriel', 'camille@example.org');
		await admin.page.getByLabel('Rôle').selectOption('coordinator');
		await admin.page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
		await admin.page.getByRole('status').filter({ hasText: 'camille@example.org' }).waitFor();
		await admin.check('organisation-invitation-sent');
		const coordinatorLink = await newestInvitation(admin);

		// The coordinator accepts, must enrol a second factor, and invites a facilitator.
		const coordinator = await openSession(browser);
		await acceptInvitation(coordinator, coordinatorLink, 'Camille Roy', 'coordinator');
		await enrol(coordinator, 'coordinator');
		await coordinator.page.waitForURL(/\/organisations\/[0-9a-f-]{36}$/);
		await coordinator.check('coordinator-organisation');
		await fill(coordinator.page, 'Courriel', 'sam@example.org');
		await coordinator.page.getByLabel('Rôle').selectOption('facilitator');
		await coordinator.page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
		await coordinator.page.getByRole('status').filter({ hasText: 'sam@example.org' }).waitFor();
		const facilitatorLink = await newestInvitation(admin);

		// The facilitator (no second factor required) creates a group and prints cards.
		const facilitator = await openSession(browser);
		await acceptInvitation(facilitator, facilitatorLink, 'Sam Gagnon', 'facilitator');
		// A facilitator lands on their groups, not on the teens' home.
		await facilitator.page.waitForURL(/\/organisations\/[0-9a-f-]{36}\/groups$/);
		await facilitator.check('groups-empty');
		await expect(
			facilitator.page.getByRole('link', { name: 'Groupes' }).getAttribute('aria-current')
		).resolves.toBe('page');
		await fill(facilitator.page, 'Nom du groupe', 'Groupe du mardi');
		await facilitator.page.getByRole('button', { name: 'Créer le groupe' }).click();
		await facilitator.page.waitForURL(/\/groups\/[0-9a-f-]{36}$/);
		await facilitator.check('group-new');
		const code = (await facilitator.page.locator('.passphrase code').textContent())!.trim();
		expect(code).toMatch(/^[CDFHJKMNPRTWX34679]{4}-[CDFHJKMNPRTWX34679]{4}$/);

		// Pseudonyms that look like a real name or hold a birth year are refused, every line at once, in words for
		// the adult; then cards are made.
		await fill(facilitator.page, 'Pseudonymes, un par ligne', 'Lune\nMarie Tremblay\nKayla 2009');
		await facilitator.page.getByRole('button', { name: 'Créer les cartes' }).click();
		const refused = facilitator.page.getByRole('alert').filter({ hasText: 'Ligne 2' });
		await refused.waitFor();
		// French typography: narrow no-break spaces around « » and before « : ».
		await expect(refused.textContent()).resolves.toMatch(
			/2 lignes ne peuvent pas servir de pseudonyme.*Ligne 2 \(«\u202fMarie Tremblay\u202f»\)\u202f: ressemble à un vrai prénom et nom.*Ligne 3 \(«\u202fKayla 2009\u202f»\)\u202f: contient une année de naissance/
		);
		await facilitator.check('group-cards-refused');
		await fill(facilitator.page, 'Pseudonymes, un par ligne', 'Lune\nÉtoile filante');
		await facilitator.page.getByRole('button', { name: 'Créer les cartes' }).click();
		await facilitator.page.getByRole('heading', { name: 'Cartes à imprimer' }).waitFor();
		await expect(facilitator.page.locator('.participant-card').count()).resolves.toBe(2);
		await facilitator.check('group-cards');
		await facilitator.page.emulateMedia({ media: 'print' });
		await facilitator.page.screenshot({
			path: 'test-results/screens/cards-print.png',
			fullPage: true
		});
		await facilitator.page.emulateMedia({ media: 'screen' });

		// A teen joins on a phone with the code and a pseudonym, and gets a secret phrase.
		const teen = await openSession(browser);
		await teen.page.goto(`${app.url}/`);
		await teen.check('teen-home');
		await teen.page.getByRole('link', { name: 'J’ai un code de groupe' }).click();
		await teen.page.waitForURL(`${app.url}/join`);
		await teen.check('teen-join');
		await fill(teen.page, 'Code du groupe', code.toLowerCase().replace('-', ' '));
		await fill(teen.page, 'Ton pseudonyme', 'julie@example.org');
		await teen.page.getByRole('button', { name: 'Entrer' }).click();
		await teen.page.getByRole('alert').filter({ hasText: 'adresse courriel' }).waitFor();
		await teen.check('teen-join-refused');
		await fill(teen.page, 'Ton pseudonyme', 'Renard bleu');
		await teen.page.getByRole('button', { name: 'Entrer' }).click();
		await teen.page.getByRole('heading', { name: 'Bienvenue, Renard bleu !' }).waitFor();
		await teen.check('teen-passphrase');
		const passphrase = (await teen.page.locator('.passphrase').textContent())!.trim();
		expect(passphrase.split(' ')).toHaveLength(4);
		await teen.page.getByRole('link', { name: 'Continuer' }).click();
		await teen.page.getByRole('heading', { name: 'Bonjour, Renard bleu' }).waitFor();
		await teen.check('teen-signed-in');

		// Signs out and back in, on a shared device this time.
		await teen.page.getByRole('button', { name: 'Déconnexion' }).click();
		await teen.page.waitForURL(`${app.url}/`);
		await teen.page.goto(`${app.url}/sign-in/group`);
		await teen.check('teen-sign-in');
		await fill(teen.page, 'Code du groupe', code);
		await fill(teen.page, 'Ton pseudonyme', 'renard bleu');
		await fill(teen.page, 'Ta phrase secrète', passphrase.toUpperCase().replaceAll(' ', '-'));
		await teen.page.getByLabel(/appareil partagé/).check();
		await teen.page.getByRole('button', { name: 'Entrer' }).click();
		await teen.page.getByRole('heading', { name: 'Bonjour, Renard bleu' }).waitFor();
		await teen.check('teen-back');

		// The facilitator sees the teen in the group.
		await facilitator.page.reload();
		await facilitator.page.getByRole('heading', { name: 'Renard bleu' }).waitFor();
		await facilitator.check('group-with-teen');

		// Giving a new secret phrase is asked twice, and prints a new card.
		const lune = facilitator.page.getByRole('listitem').filter({ hasText: 'Lune' });
		await lune.getByText('Nouvelle phrase secrète', { exact: true }).click();
		await facilitator.check('group-reset-confirm');
		await lune.getByRole('button', { name: 'Oui, donner une nouvelle phrase secrète' }).click();
		await facilitator.page.getByRole('heading', { name: 'Cartes à imprimer' }).waitFor();
		await expect(facilitator.page.locator('.participant-card').count()).resolves.toBe(1);
		await facilitator.check('group-reset-card');

		// A co-design group: the facilitator adds the same teen, who now sees both of her groups.
		await facilitator.page.getByRole('link', { name: 'Groupes' }).click();
		await facilitator.page.waitForURL(/\/groups$/);
		await fill(facilitator.page, 'Nom du groupe', 'Co-conception');
		await facilitator.page.getByRole('button', { name: 'Créer le groupe' }).click();
		await facilitator.page.waitForURL(/\/groups\/[0-9a-f-]{36}$/);
		await facilitator.check('group-codesign-new');
		await facilitator.page
			.getByLabel('Participante ou participant')
			.selectOption({ label: 'Renard bleu (dans : Groupe du mardi)' });
		await facilitator.page.getByRole('button', { name: 'Ajouter au groupe' }).click();
		await facilitator.page.getByRole('heading', { name: 'Renard bleu' }).waitFor();
		await facilitator.check('group-codesign-with-teen');
		await teen.page.reload();
		await teen.page.getByRole('heading', { name: 'Tes groupes' }).waitFor();
		await expect(teen.page.locator('.group-names li').allTextContents()).resolves.toEqual([
			'Groupe du mardi',
			'Co-conception'
		]);
		await teen.check('teen-two-groups');

		// The teen opens help in one tap, then leaves with quick exit.
		await teen.page.route('https://meteo.gc.ca/**', (route) =>
			route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<h1>Météo</h1>' })
		);
		await teen.page.getByRole('link', { name: 'Aide', exact: true }).click();
		await teen.page.waitForURL(`${app.url}/help`);
		await teen.check('teen-help');
		await teen.page.getByRole('link', { name: 'Quitter cette page', exact: true }).click();
		await expect.poll(() => teen.page.url(), { timeout: 10_000 }).toBe('https://meteo.gc.ca/');

		for (const session of [admin, coordinator, facilitator, teen]) await session.finish();
	});
});

describe('idle time-out', () => {
	it('warns a minute ahead, lets the person stay, then signs out', async () => {
		const session = await openSession(browser);
		const { page } = session;
		await page.clock.install();
		await page.goto(`${app.url}/sign-in`);
		await session.check('timeout-sign-in');
		await fill(page, 'Courriel', 'sam@example.org');
		await fill(page, 'Mot de passe', PASSWORD);
		await page.getByRole('button', { name: 'Me connecter' }).click();
		await page.waitForURL(/\/groups$/);
		await session.check('timeout-groups');
		await page.clock.fastForward('29:05');
		const warning = page.getByRole('alertdialog');
		await warning.waitFor();
		await expect(warning.textContent()).resolves.toMatch(/déconnecté·e dans \d+ secondes/);
		// Focus on « Rester connecté·e »; the countdown is said once, politely, not every second.
		await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe(
			'Rester connecté·e'
		);
		const announced = page.getByTestId('timeout-announcement');
		const said = await announced.textContent();
		expect(said).toMatch(/déconnecté·e dans \d+ secondes/);
		await expect(announced.getAttribute('aria-live')).resolves.toBe('polite');
		await expect(warning.locator('[aria-live]').count()).resolves.toBe(0);
		const shownBefore = await warning.textContent();
		await page.clock.fastForward('00:03');
		await expect.poll(() => warning.textContent()).not.toBe(shownBefore);
		await expect(announced.textContent()).resolves.toBe(said);
		await session.check('timeout-warning');
		await page.getByRole('button', { name: 'Rester connecté·e' }).click();
		await warning.waitFor({ state: 'detached' });
		await page.clock.fastForward('31:00');
		await page.waitForURL(`${app.url}/signed-out`);
		await session.check('timeout-signed-out');
		await session.finish();
	});
});
