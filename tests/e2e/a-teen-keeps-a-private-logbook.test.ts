// A teen's private logbook, on her phone (375 px): she sets a logbook pass-phrase (a weak one refused, four words
// suggested, a recovery code shown once) and her facilitator's help; writes three pages, one answering her live
// workshop's reflection question, one saved only once the network is back; signs out, signs in on a fresh
// browser, unlocks (a wrong pass-phrase refused), reads and edits; shares a page with her facilitator, who reads
// it in another browser, then takes it back; downloads her logbook; deletes a page (with undo). She recovers
// her logbook with her code, then with her facilitator's approval (the code on her phone typed) and her sign-in
// pass-phrase — which fails with a wrong one, and after her facilitator gives her a new sign-in pass-phrase; she
// then changes that one for one only she sees, and makes her escrow again. Axe on every page.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { launchBrowser, openSession, shows, signedInAs, type Session } from '../support/browser.ts';
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

const FIRST = 'Aujourd’hui j’ai parlé à Samia et ça m’a fait du bien.';
const SECOND = 'Je garde pour moi ce que je ressens ce soir.';
const ANSWER = 'Je me dirais que je fais de mon mieux.';

/** Signs in on the group's page, as a teen does on a fresh phone. */
async function signIn(session: Session, passphrase: string) {
	const { page } = session;
	await page.goto(`${app.url}/sign-in/group`);
	await session.check('logbook-sign-in');
	await page.getByLabel('Code du groupe', { exact: true }).fill(platform.joinCode);
	await page.getByLabel('Ton pseudonyme', { exact: true }).fill('Renard bleu');
	await page.getByLabel('Ta phrase secrète', { exact: true }).fill(passphrase);
	await page.getByRole('button', { name: 'Entrer' }).click();
	await page.getByRole('heading', { name: 'Bonjour, Renard bleu' }).waitFor();
	await session.check('logbook-home');
}

async function openLogbook(page: Page) {
	await page.getByRole('link', { name: 'Mon carnet' }).first().click();
	await page.waitForURL(`${app.url}/logbook`);
	await page.getByRole('heading', { name: 'Mon carnet', level: 1 }).waitFor();
}

async function unlock(page: Page, passphrase: string) {
	await page.getByLabel('Phrase secrète du carnet', { exact: true }).fill(passphrase);
	await page.getByRole('button', { name: 'Ouvrir', exact: true }).click();
	await page.getByRole('button', { name: 'Écrire une page' }).waitFor();
}

/** The code her phone shows with her request, for her facilitator to type. */
async function requestCode(page: Page): Promise<string> {
	const text = await page.getByText(/^Code à montrer/).innerText();
	return text.match(/[A-Z2-9]{3}-[A-Z2-9]{3}/)![0];
}

async function writePage(page: Page, text: string) {
	await page.getByLabel('Ce que tu veux écrire').fill(text);
	await page.getByRole('button', { name: /^(Enregistrer|Réessayer)$/ }).click();
}

describe('a teen’s private logbook', () => {
	let teen: Session;
	let facilitator: Session;

	it(
		'is written, shared, exported and recovered on her phone, and no one else reads it',
		{ timeout: 300_000 },
		async () => {
			facilitator = await openSession(browser, {
				signedIn: signedInAs(app.url, platform.facilitator)
			});
			const f = facilitator.page;
			// Her facilitator makes the key pair that youth share with (and the escrow seals to).
			await f.goto(`${app.url}/logbook/shared`);
			await facilitator.check('logbook-adult-setup');
			await f.getByLabel('Votre mot de passe').fill('pas mon mot de passe');
			await f.getByRole('button', { name: 'Créer ma clé' }).click();
			await shows(f, 'Ce n’est pas votre mot de passe.');
			await f.getByLabel('Votre mot de passe').fill(platform.facilitator.password);
			await f.getByRole('button', { name: 'Créer ma clé' }).click();
			await shows(f, 'Aucune page partagée avec vous');
			await facilitator.check('logbook-adult-empty');

			// She opens "Mon carnet" from her home page and sets it up.
			teen = await openSession(browser, { signedIn: signedInAs(app.url, platform.participant) });
			const t = teen.page;
			await t.goto(app.url);
			await teen.check('logbook-home');
			await openLogbook(t);
			await teen.check('logbook-setup');
			await t.getByLabel('Phrase secrète du carnet', { exact: true }).fill('soleil');
			await t.getByLabel('Écris-la encore une fois').fill('soleil');
			await t.getByRole('button', { name: 'Créer mon carnet' }).click();
			await shows(t, 'trop facile à deviner');
			await teen.check('logbook-setup-weak');
			await t.getByRole('button', { name: 'Me proposer 4 mots' }).click();
			const passphrase = await t
				.getByLabel('Phrase secrète du carnet', { exact: true })
				.inputValue();
			expect(passphrase.split(' ')).toHaveLength(4);
			await shows(t, 'Solidité de la phrase : solide');
			await t.getByRole('button', { name: 'Créer mon carnet' }).click();
			const code = (await t.getByTestId('recovery-code').innerText()).trim();
			expect(code).toMatch(/^([A-Z2-9]{4}-){7}[A-Z2-9]{4}$/);
			await teen.check('logbook-code');
			await t.getByRole('button', { name: 'Je l’ai gardé' }).click();
			await shows(t, 'Ton carnet est vide');
			await teen.check('logbook-empty');

			// Her facilitator's help, in case she forgets: with her sign-in pass-phrase (a wrong one refused).
			await t.getByText('Ma phrase, et comment rouvrir mon carnet').click();
			await t.getByLabel('Ta phrase de connexion (celle de ta carte)').fill('pas la bonne phrase');
			await t.getByRole('button', { name: 'Mettre en place' }).click();
			await shows(t, 'Ce n’est pas ta phrase de connexion.');
			await t
				.getByLabel('Ta phrase de connexion (celle de ta carte)')
				.fill(platform.participantPassphrase);
			await t.getByRole('button', { name: 'Mettre en place' }).click();
			await shows(t, 'C’est en place avec');
			await teen.check('logbook-escrow');

			// Two pages; the second only once the network is back, and nothing she wrote is lost meanwhile.
			await t.getByRole('button', { name: 'Écrire une page' }).click();
			await t.getByRole('radio', { name: 'Bien', exact: true }).check();
			await t.getByRole('checkbox', { name: 'Soulagement' }).check();
			await teen.check('logbook-writing');
			await writePage(t, FIRST);
			await shows(t, FIRST);
			await t.getByRole('button', { name: 'Écrire une page' }).click();
			await teen.context.setOffline(true);
			await writePage(t, SECOND);
			await shows(t, 'Pas encore enregistré');
			await teen.check('logbook-not-saved');
			expect(await t.getByLabel('Ce que tu veux écrire').inputValue()).toBe(SECOND);
			await teen.context.setOffline(false);
			await t.getByRole('button', { name: 'Réessayer' }).click();
			await shows(t, 'Enregistré.');

			// The reflection question of the workshop she attended waits for her in her logbook.
			await shows(t, 'Les questions de tes ateliers');
			await t.getByRole('button', { name: 'Répondre' }).first().waitFor();
			// In the workshop, on its reflection, she writes on her live page, then keeps it in her logbook (its own
			// tab, opened there): what she wrote is handed over between the two pages, never sent as it is.
			const moved = await platform.facilitator.post(`/live/${platform.live}/control?/move`, {
				action: 'jump',
				activity: '3'
			});
			expect(moved.status).toBe(200);
			await t.goto(`${app.url}/live/${platform.live}`);
			await t.getByLabel('Pour moi seulement').fill(ANSWER);
			await teen.check('logbook-live-reflection');
			const [tab] = await Promise.all([
				teen.context.waitForEvent('page'),
				t.getByRole('link', { name: 'Écrire ma réponse dans mon carnet' }).click()
			]);
			await unlock(tab, passphrase);
			await tab.getByText('Tu réponds à').waitFor();
			await expect
				.poll(() => tab.getByLabel('Ce que tu veux écrire').inputValue(), { timeout: 10_000 })
				.toBe(ANSWER);
			await tab.getByRole('button', { name: 'Enregistrer' }).click();
			await shows(tab, 'Enregistré.');
			await tab.close();
			await t.goto(`${app.url}/logbook`);
			await unlock(t, passphrase);
			await shows(t, ANSWER);
			await expect(
				t.getByRole('heading', { name: 'Les questions de tes ateliers' }).count()
			).resolves.toBe(0);
			await teen.check('logbook-three-pages');

			// She signs out; on a fresh browser she signs in and unlocks it (a wrong pass-phrase refused).
			await t.getByRole('button', { name: 'Déconnexion' }).click();
			await t.waitForURL(`${app.url}/`);
			await teen.check('logbook-signed-out');
			await teen.finish();
			teen = await openSession(browser);
			const p = teen.page;
			await signIn(teen, platform.participantPassphrase);
			await openLogbook(p);
			await teen.check('logbook-locked');
			await p
				.getByLabel('Phrase secrète du carnet', { exact: true })
				.fill('une autre phrase fausse');
			await p.getByRole('button', { name: 'Ouvrir', exact: true }).click();
			await shows(p, 'Ce n’est pas la bonne phrase secrète');
			await unlock(p, passphrase);
			for (const text of [FIRST, SECOND, ANSWER]) await shows(p, text);
			await shows(p, 'Bien · Soulagement');
			await teen.check('logbook-open');

			// She edits a page.
			const first = p.locator('article').filter({ hasText: FIRST });
			await first.getByRole('button', { name: 'Modifier' }).click();
			await writePage(p, `${FIRST} Demain je recommence.`);
			await shows(p, 'Demain je recommence.');

			// She closes it and opens it again on the same page: the page as edited is there. A page she was still
			// writing when it closed comes back too, and nothing of it showed while it was closed.
			await p.getByRole('button', { name: 'Écrire une page' }).click();
			await p.getByLabel('Ce que tu veux écrire').fill('Pas encore fini');
			await p.getByRole('button', { name: 'Fermer mon carnet' }).click();
			await p.getByRole('heading', { name: 'Ouvrir mon carnet' }).waitFor();
			await expect(p.getByLabel('Ce que tu veux écrire').count()).resolves.toBe(0);
			await expect(p.locator('main').innerText()).resolves.not.toContain('Demain je recommence.');
			await unlock(p, passphrase);
			await shows(p, 'Demain je recommence.');
			await expect
				.poll(() => p.getByLabel('Ce que tu veux écrire').inputValue(), { timeout: 10_000 })
				.toBe('Pas encore fini');
			await p.getByRole('button', { name: 'Annuler', exact: true }).click();
			// Edited again after the lock: its version follows on, nothing stale.
			await p
				.locator('article')
				.filter({ hasText: 'Demain je recommence.' })
				.getByRole('button', { name: 'Modifier' })
				.click();
			await writePage(p, `${FIRST} Demain je recommence. Promis.`);
			await shows(p, 'Promis.');

			// She shares it with her facilitator, who reads it in their own browser; then she takes it back.
			const edited = p.locator('article').filter({ hasText: 'Demain je recommence.' });
			await edited.getByRole('button', { name: 'Partager' }).click();
			await edited.getByRole('radio').first().check();
			await teen.check('logbook-share');
			await edited.getByRole('button', { name: 'Partager la page', exact: true }).click();
			await shows(p, 'Partagée avec');
			await f.reload();
			await f.getByLabel('Votre mot de passe').fill(platform.facilitator.password);
			await f.getByRole('button', { name: 'Ouvrir' }).click();
			await shows(f, 'Partagée par Renard bleu');
			await shows(f, 'Demain je recommence.');
			await expect(f.locator('main').innerText()).resolves.not.toContain(SECOND);
			await facilitator.check('logbook-adult-reads');
			await p
				.locator('article')
				.filter({ hasText: 'Demain je recommence.' })
				.getByRole('button', { name: 'Ne plus partager' })
				.click();
			await shows(p, 'Cette page n’est plus partagée.');
			await f.reload();
			await f.getByLabel('Votre mot de passe').fill(platform.facilitator.password);
			await f.getByRole('button', { name: 'Ouvrir' }).click();
			await shows(f, 'Aucune page partagée avec vous');
			await expect(f.locator('main').innerText()).resolves.not.toContain('Demain je recommence.');

			// She downloads her logbook: a file made on her phone, with every page.
			const [download] = await Promise.all([
				p.waitForEvent('download'),
				p.getByRole('button', { name: 'Télécharger mon carnet' }).click()
			]);
			const file = fs.readFileSync((await download.path())!, 'utf8');
			for (const text of [SECOND, ANSWER, 'Demain je recommence.']) expect(file).toContain(text);

			// She deletes a page: "Undo" brings it back; left alone, it is gone, from the server too.
			const second = () => p.locator('article').filter({ hasText: SECOND });
			await second().getByRole('button', { name: 'Supprimer' }).click();
			await shows(p, 'Page supprimée.');
			await teen.check('logbook-deleted');
			await p.getByRole('button', { name: 'Annuler la suppression' }).click();
			await second().waitFor();
			await second().getByRole('button', { name: 'Supprimer' }).click();
			await p
				.getByRole('button', { name: 'Annuler la suppression' })
				.waitFor({ state: 'detached', timeout: 15_000 });
			await p.reload();
			await unlock(p, passphrase);
			await shows(p, ANSWER);
			await expect(second().count()).resolves.toBe(0);

			// She forgets her pass-phrase: her recovery code opens it, and she chooses a new one.
			await p.reload();
			await p.getByText('J’ai oublié ma phrase').click();
			await teen.check('logbook-forgot');
			await p.getByLabel('Code de secours').fill('AAAA-BBBB');
			await p.getByRole('button', { name: 'Ouvrir avec le code' }).click();
			await shows(p, 'Ce code n’ouvre pas ton carnet');
			await p.getByLabel('Code de secours').fill(code.toLowerCase());
			await p.getByRole('button', { name: 'Ouvrir avec le code' }).click();
			await shows(p, 'Choisis une nouvelle phrase secrète');
			const renewed = 'ma nouvelle phrase pour le carnet';
			await p.getByLabel('Phrase secrète du carnet', { exact: true }).fill(renewed);
			await p.getByLabel('Écris-la encore une fois').fill(renewed);
			await p.getByRole('button', { name: 'Enregistrer la phrase' }).click();
			await shows(p, 'Ta nouvelle phrase est enregistrée.');
			await p.reload();
			await unlock(p, renewed);
			await shows(p, ANSWER);

			// She forgets it again: her facilitator's approval and her sign-in pass-phrase, joined on her phone.
			await p.reload();
			await p.getByText('J’ai oublié ma phrase').click();
			await p
				.getByLabel('Ta phrase de connexion (celle de ta carte)')
				.fill(platform.participantPassphrase);
			await p.getByRole('button', { name: /^Demander à .* de m’aider$/ }).click();
			await shows(p, 'Demande envoyée');
			await teen.check('logbook-asked');
			const shownCode = await requestCode(p);
			await f.reload();
			await f.getByLabel('Votre mot de passe').fill(platform.facilitator.password);
			await f.getByRole('button', { name: 'Ouvrir' }).click();
			await shows(f, 'Demandes pour rouvrir un carnet');
			// Approved only with the code her phone shows: the request is hers, made in front of them.
			await f.getByLabel('Code affiché sur son téléphone').fill('AAA-AAA');
			await f.getByRole('button', { name: 'Accepter' }).click();
			await shows(f, 'Ce n’est pas le code de sa demande');
			await facilitator.check('logbook-adult-request');
			await f.getByLabel('Code affiché sur son téléphone').fill(shownCode.toLowerCase());
			await f.getByRole('button', { name: 'Accepter' }).click();
			await shows(f, 'Accepté : elle peut rouvrir son carnet.');
			await p.reload();
			await p.getByText('J’ai oublié ma phrase').click();
			await shows(p, 'a accepté');
			// One half alone opens nothing: a wrong sign-in pass-phrase does not open hers.
			await p
				.getByLabel('Ta phrase de connexion (celle de ta carte)')
				.fill('pas ma phrase du tout');
			await p.getByRole('button', { name: 'Rouvrir mon carnet' }).click();
			await shows(p, 'n’ouvre pas ta moitié de clé');
			await p
				.getByLabel('Ta phrase de connexion (celle de ta carte)')
				.fill(platform.participantPassphrase);
			await p.getByRole('button', { name: 'Rouvrir mon carnet' }).click();
			await shows(p, 'Choisis une nouvelle phrase secrète');
			const third = 'encore une phrase toute neuve';
			await p.getByLabel('Phrase secrète du carnet', { exact: true }).fill(third);
			await p.getByLabel('Écris-la encore une fois').fill(third);
			await p.getByRole('button', { name: 'Enregistrer la phrase' }).click();
			await shows(p, 'Ta nouvelle phrase est enregistrée.');
			await shows(p, ANSWER);

			// Her facilitator gives her a new sign-in pass-phrase: the escrow no longer opens (only she held half A).
			const group = await platform.facilitator.get(`/groups/${platform.group}`);
			const participantId = (await group.text()).match(
				/name="participantId" value="([0-9a-f-]{36})"/
			)![1]!;
			const reset = await platform.facilitator.post(`/groups/${platform.group}?/reset`, {
				participantId
			});
			const newSignIn = (await reset.text()).match(/class="card-passphrase">([a-z ]+)</)![1]!;
			await teen.finish();
			teen = await openSession(browser);
			const q = teen.page;
			await signIn(teen, newSignIn);
			await openLogbook(q);
			await q.getByText('J’ai oublié ma phrase').click();
			await q.getByLabel('Ta phrase de connexion (celle de ta carte)').fill(newSignIn);
			await q.getByRole('button', { name: /^Demander à .* de m’aider$/ }).click();
			await shows(q, 'Demande envoyée');
			const secondCode = await requestCode(q);
			await f.reload();
			await f.getByLabel('Votre mot de passe').fill(platform.facilitator.password);
			await f.getByRole('button', { name: 'Ouvrir' }).click();
			await f.getByLabel('Code affiché sur son téléphone').fill(secondCode);
			await f.getByRole('button', { name: 'Accepter' }).click();
			await shows(f, 'Accepté : elle peut rouvrir son carnet.');
			await q.reload();
			await q.getByText('J’ai oublié ma phrase').click();
			await q.getByLabel('Ta phrase de connexion (celle de ta carte)').fill(newSignIn);
			await q.getByRole('button', { name: 'Rouvrir mon carnet' }).click();
			await shows(q, 'n’ouvre pas ta moitié de clé');
			await teen.check('logbook-escrow-after-reset');
			// Her logbook pass-phrase still opens it.
			await q.reload();
			await unlock(q, third);
			await shows(q, ANSWER);

			// Her new sign-in pass-phrase came from an adult: before making her escrow again, she changes it for
			// one that only she sees.
			await q.getByText('Ma phrase, et comment rouvrir mon carnet').click();
			await shows(q, 'a été vue par un adulte');
			await teen.check('logbook-signin-from-adult');
			await q.getByRole('link', { name: 'Changer ma phrase de connexion' }).click();
			await q.waitForURL(`${app.url}/passphrase`);
			await teen.check('own-passphrase');
			await q.getByLabel('Ta phrase de connexion actuelle').fill('pas la bonne phrase');
			await q.getByRole('button', { name: 'Me donner une nouvelle phrase' }).click();
			await shows(q, 'Ce n’est pas ta phrase de connexion.');
			await q.getByLabel('Ta phrase de connexion actuelle').fill(newSignIn);
			await q.getByRole('button', { name: 'Me donner une nouvelle phrase' }).click();
			const own = (await q.locator('.passphrase').innerText()).trim();
			expect(own.split(' ')).toHaveLength(4);
			await teen.check('own-passphrase-done');
			await q.getByRole('link', { name: 'Retour à mon carnet' }).click();
			await q.waitForURL(`${app.url}/logbook`);
			await unlock(q, third);
			await q.getByText('Ma phrase, et comment rouvrir mon carnet').click();
			await q.getByLabel('Ta phrase de connexion (celle de ta carte)').fill(own);
			await q.getByRole('button', { name: 'Mettre en place' }).click();
			await shows(q, 'C’est en place avec');

			await teen.finish();
			await facilitator.finish();
		}
	);
});
