// The dialogue with adults in a real browser: the facilitator starts a process with a professional as adult ally
// and moves it to the dialogue; a teen on her phone (375 px) proposes what should change, read by the facilitator
// before the group; another teen and the professional support it (tallied apart); the professional commits to it
// with a due date and what "done" means; the facilitator gives an update; the teens react and comment; the board
// names no youth; the facilitator opens it to the organisation's youth.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { launchBrowser, openSession, shows, signedInAs, type Session } from '../support/browser.ts';
import { client } from '../support/http.ts';
import { populatedPlatform, type Platform } from '../support/people.ts';

let app: RunningApp;
let browser: Browser;
let platform: Platform;
const teens: ReturnType<typeof client>[] = [];
const PSEUDONYMS = ['Renard bleu', 'Loutre rose', 'Chat vert'];
beforeAll(async () => {
	[app, browser] = await Promise.all([startApp(), launchBrowser()]);
	platform = await populatedPlatform(app);
	teens.push(platform.participant);
	for (const pseudonym of PSEUDONYMS.slice(1)) {
		const teen = client(app.url);
		expect((await teen.post('/join', { code: platform.joinCode, pseudonym })).status).toBe(200);
		teens.push(teen);
	}
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

const TITLE = 'Ce que le foyer doit changer';
const PROPOSAL = 'Qu’on puisse choisir notre éducatrice référente.';
const COMMITMENT = 'Chaque jeune choisira sa référente à son arrivée.';

const proposalOf = (page: Page, text: string) =>
	page.locator('.proposals > li').filter({ hasText: text });
const proposal = (page: Page) => proposalOf(page, PROPOSAL);

describe('the dialogue with adults', () => {
	it(
		'turns a teen’s proposal into a commitment the adults follow up on the board',
		{ timeout: 180_000 },
		async () => {
			const adult = await openSession(browser, {
				signedIn: signedInAs(app.url, platform.facilitator)
			});
			const f = adult.page;
			await f.setViewportSize({ width: 1280, height: 800 });

			// The facilitator starts a process with the professional as its adult ally, then moves to the dialogue.
			// On a slow connection: the page's scripts arrive after she has filled the form in and ticked the box.
			const held: Array<() => Promise<void>> = [];
			let holding = true;
			await f.route('**/_app/immutable/**/*.js', (route) =>
				holding ? held.push(() => route.continue()) : route.continue()
			);
			await f.goto(`${app.url}/organisations/${platform.organisation}/cocreation`, {
				waitUntil: 'commit'
			});
			await f.getByLabel('Titre').fill(TITLE);
			await f.getByLabel('Le groupe de co-création').selectOption({ label: 'Groupe du mardi' });
			await f.getByRole('checkbox', { name: /professionnel/ }).check();
			expect(held.length).toBeGreaterThan(0);
			holding = false;
			for (let release = held.shift(); release; release = held.shift()) await release();
			await f.waitForLoadState('networkidle');
			// The box she ticked is still ticked once the page's scripts have run.
			await expect(f.getByRole('checkbox', { name: /professionnel/ }).isChecked()).resolves.toBe(
				true
			);
			await adult.check('cocreation-create-with-ally');
			await f.getByRole('button', { name: 'Lancer le processus' }).click();
			await f.waitForURL(/\/cocreation\/[0-9a-f-]{36}$/);
			const processUrl = f.url();
			await f
				.locator('.phases li')
				.filter({ hasText: 'Discuter avec les adultes' })
				.getByRole('button', { name: 'Passer à cette étape' })
				.click();
			await f.locator('li[aria-current="step"]').filter({ hasText: 'Discuter' }).waitFor();
			await adult.check('cocreation-dialogue-adult');

			// A teen on her phone finds the board from the process and proposes a change.
			const sessions: Session[] = [];
			for (const teen of teens)
				sessions.push(await openSession(browser, { signedIn: signedInAs(app.url, teen) }));
			const [a, b, c] = sessions.map((session) => session.page) as [Page, Page, Page];
			await a.goto(processUrl, { waitUntil: 'networkidle' });
			await sessions[0]!.check('cocreation-dialogue-teen');
			await a.getByRole('link', { name: 'Ouvrir le tableau' }).click();
			await a.waitForURL(`${processUrl}/board`);
			await shows(a, 'Pas encore de proposition');
			await sessions[0]!.check('board-empty');
			// Sent without choosing who should act: told so, her words kept.
			await a.getByLabel('Ce qui doit changer').fill(PROPOSAL);
			await a.getByRole('button', { name: 'Proposer' }).click();
			await shows(a, 'Choisis qui doit agir.');
			await expect(a.getByLabel('Ce qui doit changer').inputValue()).resolves.toBe(PROPOSAL);
			await a.getByRole('radio', { name: 'la direction' }).check();
			await a.getByRole('button', { name: 'Proposer' }).click();
			await shows(a, 'Envoyée. Elle sera lue avant d’être montrée.');
			await shows(a, 'En attente de lecture avant d’être montrée.');
			await sessions[0]!.check('board-proposal-sent');

			// The facilitator reads it before the group: published.
			await f.goto(`${processUrl}/board`, { waitUntil: 'networkidle' });
			await shows(f, '1 message attend votre lecture.');
			await proposal(f).getByRole('button', { name: 'Publier' }).click();
			await proposal(f).getByRole('button', { name: 'Publier' }).waitFor({ state: 'detached' });

			// Another teen supports it; so does the professional: counted apart, side by side.
			await b.goto(`${processUrl}/board`, { waitUntil: 'networkidle' });
			await proposal(b).getByRole('button', { name: 'Je soutiens' }).click();
			await proposal(b).getByRole('button', { name: 'Je soutiens', pressed: true }).waitFor();
			await sessions[1]!.check('board-teen-supports');
			const ally = await openSession(browser, {
				signedIn: signedInAs(app.url, platform.professional)
			});
			const p = ally.page;
			await p.setViewportSize({ width: 1280, height: 800 });
			// The professional finds the process she is an ally of (and no form to start one).
			await p.goto(`${app.url}/organisations/${platform.organisation}/cocreation`, {
				waitUntil: 'networkidle'
			});
			await expect(p.getByRole('button', { name: 'Lancer le processus' }).count()).resolves.toBe(0);
			await ally.check('cocreation-list-ally');
			await p.getByRole('link', { name: TITLE }).click();
			await p.waitForURL(processUrl);
			await ally.check('cocreation-process-ally');
			await p.getByRole('link', { name: 'Ouvrir le tableau' }).click();
			await proposal(p).getByRole('button', { name: 'Je soutiens' }).click();
			await proposal(p).getByRole('button', { name: 'Je soutiens', pressed: true }).waitFor();
			await expect(proposal(p).textContent()).resolves.toMatch(
				/1 jeune soutient\s*1 adulte soutient/
			);

			// The professional answers with a commitment: who, by when, what "done" means.
			await proposal(p).getByText('Répondre par un engagement').click();
			await proposal(p).getByLabel('Ce que vous vous engagez à faire').fill(COMMITMENT);
			await proposal(p).getByLabel('Qui s’en charge').fill('La direction du foyer');
			await proposal(p).getByLabel('Pour quand').fill('2027-03-01');
			await proposal(p)
				.getByLabel('Ce sera fait quand…')
				.fill('Le formulaire d’arrivée demande qui tu choisis.');
			await proposal(p).getByRole('button', { name: 'Enregistrer l’engagement' }).click();
			await shows(p, COMMITMENT);
			await ally.check('board-commitment-ally');

			// The facilitator gives news: in progress, with what happened.
			await f.reload({ waitUntil: 'networkidle' });
			const card = (page: Page) => page.locator('.commitment').filter({ hasText: COMMITMENT });
			await card(f).getByText('Donner des nouvelles').click();
			await card(f).getByLabel('Où en est-il').selectOption({ label: 'En cours' });
			await card(f).getByLabel('Ce qui s’est passé').fill('Le formulaire est en préparation.');
			await card(f).getByRole('button', { name: 'Enregistrer' }).click();
			await card(f).locator('.badge').filter({ hasText: 'En cours' }).waitFor();
			await adult.check('board-adult');

			// The teens react (totals from three besides the reader) and one comments; the board names no youth.
			for (const page of [a, b, c]) {
				await page.goto(`${processUrl}/board`, { waitUntil: 'networkidle' });
				await card(page).getByRole('button', { name: 'Pas assez' }).click();
				await card(page).getByRole('button', { name: 'Pas assez', pressed: true }).waitFor();
			}
			await card(c).getByLabel('Ton commentaire').fill('Et pour celles qui sont déjà là ?');
			await card(c).getByRole('button', { name: 'Envoyer' }).click();
			await shows(c, 'Envoyé. Il sera lu avant d’être montré au groupe.');
			await sessions[2]!.check('board-teen-comments');
			await card(a)
				.getByText(/Historique \(2 étapes\)/)
				.click();
			await shows(a, 'Le formulaire est en préparation.');
			await expect(card(a).locator('.badge').first().textContent()).resolves.toBe('En cours');
			await sessions[0]!.check('board-teen');
			await f.reload({ waitUntil: 'networkidle' });
			await card(f).getByRole('button', { name: 'Publier' }).click();
			await card(f).getByRole('button', { name: 'Publier' }).waitFor({ state: 'detached' });
			await p.reload({ waitUntil: 'networkidle' });
			await shows(p, 'Une jeune — Et pour celles qui sont déjà là ?');
			const board = (await p.locator('main').textContent())!;
			for (const pseudonym of PSEUDONYMS) expect(board).not.toContain(pseudonym);

			// The facilitator opens the board to every youth of the organisation.
			await f.getByLabel('Toutes les jeunes de l’organisation peuvent lire ce tableau').check();
			await f.locator('form[action="?/open"]').getByRole('button').click();
			await expect(
				f.getByLabel('Toutes les jeunes de l’organisation peuvent lire ce tableau').isChecked()
			).resolves.toBe(true);

			// A dialogue session with the group (its earlier workshop session ended first): the agenda, then a round
			// of proposals from phones; the facilitator approves one in the room and puts it on the board after.
			await platform.facilitator.post(`/live/${platform.live}/control?/status`, {
				status: 'closed'
			});
			await f.goto(`${processUrl}/board`, { waitUntil: 'networkidle' });
			await f.getByText('Commencer une séance de dialogue').click();
			await f.getByLabel('L’ordre du jour').fill('Nos droits au foyer\nLes sorties');
			await f.getByRole('button', { name: 'Commencer la séance' }).click();
			await f.waitForURL(/\/live\/[0-9a-f-]{36}\/control$/);
			const session = f.url().split('/')[4]!;
			await adult.check('dialogue-control');
			// The agenda item by item, then the round of proposals.
			await f.locator('main').getByText('Nos droits au foyer').first().waitFor();
			await f.getByRole('button', { name: 'Suivant' }).click();
			await f.locator('main').getByText('Les sorties').first().waitFor();
			await f.getByRole('button', { name: 'Suivant' }).click();
			await f.locator('main').getByText('Qu’est-ce qui doit changer').first().waitFor();
			expect((await teens[2]!.post(`/live/${session}?/join`, {})).status).toBe(303);
			await teens[2]!.post(`/live/${session}?/post`, {
				kind: 'answer',
				text: 'Que les jeunes votent pour les règles de la maison.'
			});
			await f.getByRole('button', { name: 'Accepter' }).click();
			await f.getByText('Terminer la séance').first().click();
			await f.locator('.confirm-body').getByRole('button', { name: 'Terminer la séance' }).click();
			await f.waitForURL(/record/);
			await adult.check('dialogue-record');
			await f.goto(`${processUrl}/board`, { waitUntil: 'networkidle' });
			const round = f.locator('.round li').filter({ hasText: 'Que les jeunes votent' });
			await round.getByLabel('Qui doit agir ?').selectOption({ label: 'la direction' });
			await round.getByRole('button', { name: 'Mettre au tableau' }).click();
			await proposalOf(f, 'Que les jeunes votent pour les règles de la maison.')
				.getByText('Proposée pendant une séance de dialogue')
				.waitFor();
			await adult.check('dialogue-on-board');

			// The process report: printed, with the proposal, its support and the commitment's history.
			await f.goto(`${processUrl}/report`, { waitUntil: 'networkidle' });
			await shows(f, PROPOSAL);
			await shows(f, 'Le formulaire est en préparation.');
			await adult.check('cocreation-report');
			await f.emulateMedia({ media: 'print' });
			await expect(
				f.getByRole('link', { name: 'Télécharger les données (CSV)' }).isVisible()
			).resolves.toBe(false);
			const pdf = await f.pdf();
			expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
			await f.emulateMedia({ media: 'screen' });

			for (const session of [adult, ally, ...sessions]) await session.finish();
		}
	);
});
