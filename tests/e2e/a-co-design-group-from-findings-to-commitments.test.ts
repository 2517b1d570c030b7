// The whole co-creation process in one browser journey, as the issue describes it: a coordinator, a facilitator, a
// professional (the process's ally) at 1280 px and three co-designers on their phones (375 px) go from the
// research findings to a commitment marked done — dot voting, a key aspect, a deck drafted by a youth, an adult's
// suggestion accepted and another declined, a disclosure that only the designated facilitator sees, a pilot live
// session with two peers whose feedback becomes a linked change, a moderated proposal with support, a commitment
// with its updates, a credit given then withdrawn and gone, and the printed report. Every page is checked by axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { launchBrowser, openSession, shows, signedInAs, type Session } from '../support/browser.ts';
import { type client } from '../support/http.ts';
import {
	joinedYouth,
	groupWithYouth,
	populatedPlatform,
	type Platform
} from '../support/people.ts';

let app: RunningApp;
let browser: Browser;
let platform: Platform;
const teens: ReturnType<typeof client>[] = [];
const peers: ReturnType<typeof client>[] = [];
beforeAll(async () => {
	[app, browser] = await Promise.all([startApp(), launchBrowser()]);
	platform = await populatedPlatform(app);
	teens.push(
		platform.participant,
		...(await joinedYouth(app, platform.joinCode, ['Loutre rose', 'Chat vert']))
	);
	// The peers of the pilot: another group the facilitator runs.
	peers.push(
		...(await groupWithYouth(app, platform.facilitator, platform.organisation, 'Groupe du samedi', [
			'Hibou gris',
			'Merle noir'
		]))
	);
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

const settled = { waitUntil: 'networkidle' } as const;

const TITLE = 'Ce que nous voulons dire aux plus jeunes';
const FINDING = 'Le recrutement commence souvent en ligne.';
const ASPECT = 'Parler des réseaux sociaux dès le premier atelier';
const DECK = 'Les réseaux : vrai ou faux';
const STATEMENT = 'Un « cadeau » en ligne peut servir à créer une dette.';
const PROPOSAL = 'Qu’on parle des réseaux dans chaque foyer.';

describe('a co-design group, from the research findings to a commitment kept', () => {
	it('goes through the four phases with its adults', { timeout: 300_000 }, async () => {
		const sessions: Session[] = [];
		const open = async (person: ReturnType<typeof client>, wide: boolean) => {
			const session = await openSession(browser, { signedIn: signedInAs(app.url, person) });
			if (wide) await session.page.setViewportSize({ width: 1280, height: 800 });
			sessions.push(session);
			return session;
		};
		const coordination = await open(platform.coordinator, true);
		const animation = await open(platform.facilitator, true);
		const ally = await open(platform.professional, true);
		const [one, two, three] = [
			await open(teens[0]!, false),
			await open(teens[1]!, false),
			await open(teens[2]!, false)
		];
		const c = coordination.page;
		const f = animation.page;
		const p = ally.page;
		const [a, b, d] = [one!.page, two!.page, three!.page];

		// The coordinator starts the process with the group and the professional as its ally.
		await c.goto(`${app.url}/organisations/${platform.organisation}/cocreation`, settled);
		await c.getByLabel('Titre').fill(TITLE);
		await c.getByLabel('Le groupe de co-création').selectOption({ label: 'Groupe du mardi' });
		await c.getByRole('checkbox', { name: /professionnel/ }).check();
		await coordination.check('journey-create');
		await c.getByRole('button', { name: 'Lancer le processus' }).click();
		await c.waitForURL(/\/cocreation\/[0-9a-f-]{36}$/);
		const processUrl = c.url();
		await coordination.check('journey-process-coordinator');

		// Phase 1: the facilitator posts a finding; the three co-designers place their dots; the vote closes;
		// a co-designer records the key aspect.
		await f.goto(processUrl, settled);
		await f.getByText('Ajouter un constat').click();
		await f.getByLabel('Le constat').fill(FINDING);
		await f.getByLabel('La source').fill('Recherche participative, 2025');
		await f.getByRole('button', { name: 'Publier le constat' }).click();
		await shows(f, FINDING);
		await animation.check('journey-finding');
		for (const [index, page] of [a, b, d].entries()) {
			await page.goto(processUrl, settled);
			await page.getByRole('spinbutton', { name: FINDING }).fill('2');
			await page.getByRole('button', { name: 'Enregistrer mes points' }).click();
			await shows(page, 'Tes points sont enregistrés');
			await sessions[3 + index]!.check(`journey-dots-${index}`);
		}
		await f.reload(settled);
		await f.getByRole('button', { name: 'Fermer le vote et montrer les résultats' }).click();
		await shows(f, 'Le vote est fermé');
		await a.reload(settled);
		await a.getByLabel('L’aspect clé décidé par le groupe').fill(ASPECT);
		await a.getByRole('checkbox', { name: FINDING }).check();
		await a.getByRole('button', { name: 'Noter la décision' }).click();
		await shows(a, 'Décision notée.');
		await one!.check('journey-key-aspect');

		// Phase 2: a co-designer drafts a deck one text at a time; the facilitator's two changes wait for the
		// group; one is accepted, the other declined.
		const move = async (phase: string) => {
			await f.goto(processUrl, settled);
			await f
				.locator('.phases li')
				.filter({ hasText: phase })
				.getByRole('button', { name: 'Passer à cette étape' })
				.click();
			await f.locator('li[aria-current="step"]').filter({ hasText: phase }).waitFor();
			await animation.check(`journey-phase-${phase.slice(0, 12)}`);
		};
		await move('Créer l’atelier et les outils');
		await a.goto(processUrl, settled);
		await a.getByRole('button', { name: 'Oui, mettre mon pseudonyme' }).click();
		await shows(a, 'Ton pseudonyme apparaît dans les crédits.');
		await a.getByText('Commencer un nouveau matériel').click();
		await a.getByLabel('Le titre', { exact: true }).fill(DECK);
		await a.getByRole('checkbox', { name: ASPECT }).check();
		await a.getByRole('button', { name: 'Commencer', exact: true }).click();
		await a.waitForURL(/\/materials\/[0-9a-f-]{36}$/);
		const materialUrl = a.url();
		await a.getByRole('button', { name: 'Ajouter une carte' }).click();
		await shows(a, 'Ajouté. Tu peux maintenant l’écrire.');
		await one!.check('journey-deck');
		const write = async (session: Session, field: string, text: string) => {
			const page = session.page;
			await page.getByRole('link', { name: `Modifier : ${field}` }).click();
			await page.getByLabel('Ton texte').waitFor();
			await session.check(`journey-edit-${field.slice(0, 20)}`);
			await page.getByLabel('Ton texte').fill(text);
			await page.getByRole('button', { name: 'Enregistrer' }).click();
			await page.getByRole('status').first().waitFor();
			await session.check(`journey-write-${field.slice(0, 20)}`);
		};
		await write(one!, 'Description', 'Un jeu pour parler des réseaux.');
		await write(one!, 'Carte 1 — Ce que dit la carte', STATEMENT);
		await write(one!, 'Carte 1 — L’explication', 'Une dette sert à garder le contrôle.');
		await f.goto(materialUrl, settled);
		await animation.check('journey-material-adult');
		await write(animation, 'Carte 1 — Ce que dit la carte', 'Un cadeau en ligne crée une dette.');
		await write(animation, 'Description', 'Un jeu de cartes.');
		await b.goto(materialUrl, settled);
		await two!.check('journey-suggestions');
		await b
			.locator('li')
			.filter({ hasText: 'Un cadeau en ligne crée une dette.' })
			.getByRole('button', { name: 'Accepter' })
			.click();
		await shows(b, 'Suggestion acceptée.');
		await b.getByRole('button', { name: 'Refuser' }).click();
		await shows(b, 'Suggestion refusée.');
		await two!.check('journey-decided');

		// A co-designer's comment that suggests danger: held for the designated facilitator only.
		await d.goto(materialUrl, settled);
		await d
			.getByLabel('Ton commentaire')
			.fill('jai peur de rentrer ce soir, il me frappe quand je dis non');
		await d.getByRole('button', { name: 'Envoyer' }).click();
		await shows(d, 'Ton message n’est pas montré au groupe');
		await three!.check('journey-held');
		await f.goto(`${app.url}/care`, settled);
		await shows(f, 'il me frappe quand je dis non');
		await animation.check('journey-care');
		for (const [session, page] of [
			[coordination, c],
			[ally, p]
		] as const) {
			await page.goto(materialUrl, settled);
			await expect(page.locator('body').textContent()).resolves.not.toContain('il me frappe');
			await session.check(`journey-not-held-${session === ally ? 'ally' : 'coordinator'}`);
		}
		await c.goto(`${app.url}/care`, settled);
		await expect(c.locator('main').textContent()).resolves.not.toContain('il me frappe');
		await coordination.check('journey-care-coordinator');

		// Phase 3: a pilot with two peers, live; their feedback becomes a linked change; the deck is finalised.
		await move('Tester avec d’autres jeunes');
		await f.getByText('Prévoir un test').click();
		await f.getByLabel('Avec quel groupe').selectOption({ label: 'Groupe du samedi' });
		await f.getByRole('button', { name: 'Prévoir le test' }).click();
		await shows(f, 'Prévu : pas encore commencé.');
		await f.getByRole('button', { name: 'Commencer le test en direct' }).click();
		await f.waitForURL(/\/live\/[0-9a-f-]{36}\/control$/);
		const live = f.url().split('/')[4]!;
		await animation.check('journey-pilot-control');
		for (const peer of peers) expect((await peer.post(`/live/${live}?/join`, {})).status).toBe(303);
		await f.getByText('Terminer la séance').first().click();
		await f.locator('.confirm-body').getByRole('button', { name: 'Terminer la séance' }).click();
		await f.waitForURL(/record/);
		await animation.check('journey-pilot-record');
		const peer = await open(peers[0]!, false);
		await peer.page.goto(`${app.url}/`, settled);
		await peer.check('journey-peer-home');
		await peer.page.getByRole('link', { name: /Donne ton avis sur/ }).click();
		await peer.page
			.getByLabel('Qu’est-ce qui n’a pas marché ?')
			.fill('La carte 1 est trop longue.');
		await peer.page.getByRole('radio', { name: 'Oui' }).check();
		await peer.check('journey-feedback-form');
		await peer.page.getByRole('button', { name: 'Envoyer mon avis' }).click();
		await shows(peer.page, 'Merci !');
		await peer.check('journey-feedback-sent');
		await peers[1]!.post(new URL(peer.page.url()).pathname, { worked: 'Les cartes sont claires.' });
		await f.goto(processUrl, settled);
		for (let left = 2; left > 0; left -= 1) {
			await f.locator('.feedback').getByRole('button', { name: 'Publier' }).first().click();
			await expect
				.poll(() => f.locator('.feedback').getByRole('button', { name: 'Publier' }).count(), {
					// A form action and its new page: seconds on a busy machine, not one.
					timeout: 10_000
				})
				.toBe(left - 1);
		}
		await animation.check('journey-feedback-approved');
		await a.goto(materialUrl, settled);
		await one!.check('journey-material-pilot');
		await a.getByRole('link', { name: 'Modifier : Carte 1 — Ce que dit la carte' }).click();
		await a.getByLabel('Ton texte').fill('Un « cadeau » crée une dette.');
		await a.getByRole('checkbox', { name: 'La carte 1 est trop longue.' }).check();
		await one!.check('journey-answer');
		await a.getByRole('button', { name: 'Enregistrer' }).click();
		await shows(a, 'Texte enregistré.');
		await a.goto(processUrl, settled);
		await shows(a, 'On a entendu, on a changé');
		await one!.check('journey-heard');
		await c.goto(processUrl, settled);
		await c.getByRole('button', { name: 'Finaliser et publier' }).click();
		await shows(c, /Publié \(version \d\)/);
		await coordination.check('journey-finalised');

		// Phase 4: a co-designer's proposal, read before the group; support from youth and the ally; the ally
		// commits and keeps the commitment.
		await move('Discuter avec les adultes');
		await b.goto(`${processUrl}/board`, settled);
		await b.getByLabel('Ce qui doit changer').fill(PROPOSAL);
		await b.getByRole('radio', { name: 'la direction' }).check();
		await b.getByRole('button', { name: 'Proposer' }).click();
		await shows(b, 'Envoyée. Elle sera lue avant d’être montrée.');
		await two!.check('journey-proposed');
		await f.goto(`${processUrl}/board`, settled);
		const proposal = (page: Page) => page.locator('.proposals > li').filter({ hasText: PROPOSAL });
		await proposal(f).getByRole('button', { name: 'Publier' }).click();
		await proposal(f).getByRole('button', { name: 'Publier' }).waitFor({ state: 'detached' });
		await animation.check('journey-board-moderated');
		for (const [session, page] of [
			[three!, d],
			[ally, p]
		] as const) {
			await page.goto(`${processUrl}/board`, settled);
			await proposal(page).getByRole('button', { name: 'Je soutiens' }).click();
			await proposal(page).getByRole('button', { name: 'Je soutiens', pressed: true }).waitFor();
			await session.check(`journey-support-${session === ally ? 'ally' : 'teen'}`);
		}
		await expect(proposal(p).textContent()).resolves.toMatch(
			/1 jeune soutient\s*1 adulte soutient/
		);
		await proposal(p).getByText('Répondre par un engagement').click();
		await proposal(p)
			.getByLabel('Ce que vous vous engagez à faire')
			.fill('Un atelier sur les réseaux dans chaque foyer.');
		await proposal(p).getByLabel('Qui s’en charge').fill('La direction des foyers');
		await proposal(p).getByLabel('Pour quand').fill('2027-06-30');
		await proposal(p).getByLabel('Ce sera fait quand…').fill('Chaque foyer a tenu son atelier.');
		await proposal(p).getByRole('button', { name: 'Enregistrer l’engagement' }).click();
		const commitment = (page: Page) =>
			page.locator('.commitment').filter({ hasText: 'Un atelier sur les réseaux' });
		await commitment(p).waitFor();
		for (const [status, note] of [
			['En cours', 'Deux foyers sur cinq.'],
			['Fait', 'Les cinq foyers l’ont tenu.']
		]) {
			await commitment(p).getByText('Donner des nouvelles').click();
			await commitment(p).getByLabel('Où en est-il').selectOption({ label: status! });
			await commitment(p).getByLabel('Ce qui s’est passé').fill(note!);
			await commitment(p).getByRole('button', { name: 'Enregistrer' }).click();
			await commitment(p).locator('.badge').filter({ hasText: status! }).waitFor();
		}
		await ally.check('journey-commitment-done');
		await a.goto(`${processUrl}/board`, settled);
		await expect(commitment(a).locator('.badge').first().textContent()).resolves.toBe('Fait');
		const board = (await a.locator('main').textContent())!;
		for (const pseudonym of ['Renard bleu', 'Loutre rose', 'Chat vert'])
			expect(board).not.toContain(pseudonym);
		await one!.check('journey-board-teen');

		// Her credit, shown where the deck is played, until she withdraws it.
		await a.goto(`${app.url}/`, settled);
		await one!.check('journey-home');
		await a.getByRole('link', { name: DECK }).click();
		await a.waitForURL(/\/play\/decks\//);
		const played = a.url();
		await shows(a, /Créé par.*Renard bleu/);
		await one!.check('journey-credited');
		await a.goto(processUrl, settled);
		await a.getByRole('button', { name: 'Retirer mon pseudonyme' }).click();
		await shows(a, 'Ton pseudonyme n’apparaît pas dans les crédits.');
		await one!.check('journey-credit-withdrawn');
		await a.goto(played, settled);
		await expect(a.locator('main').textContent()).resolves.not.toContain('Renard bleu');
		await one!.check('journey-credit-gone');

		// The report, printed by the coordinator: the held text is nowhere in it.
		await c.goto(`${processUrl}/report`, settled);
		await shows(c, PROPOSAL);
		await shows(c, 'Les cinq foyers l’ont tenu.');
		await expect(c.locator('main').textContent()).resolves.not.toContain('il me frappe');
		await coordination.check('journey-report');
		await c.emulateMedia({ media: 'print' });
		expect((await c.pdf()).subarray(0, 4).toString()).toBe('%PDF');

		for (const session of sessions) await session.finish();
	});
});
