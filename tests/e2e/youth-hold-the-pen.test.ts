// Phase 2 of a co-creation process in a real browser: a teen on her phone (375 px) says yes to being credited,
// starts a deck, adds a card and writes it one text at a time; the facilitator's changes to her texts become
// suggestions; another teen accepts one and declines the other; the history says who wrote what and who
// accepted it; the first teen withdraws her credit. Then a story: she writes a first passage, adds a choice (which
// adds the passage it leads to), makes that passage an ending and writes its debrief, told at each step what is left.
// And a workshop: activities added by kind, a discussion's questions one at a time, durations chosen, a deck played.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { launchBrowser, openSession, shows, signedInAs } from '../support/browser.ts';
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
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

/** The teen on her phone starts a material of the kind labelled `kind` from the process page; on its page now. */
async function startMaterial(kind: string, title: string, checkName: string) {
	const teen = await openSession(browser, { signedIn: signedInAs(app.url, platform.participant) });
	const a = teen.page;
	await a.goto(`${app.url}/cocreation/${platform.creation}`, { waitUntil: 'networkidle' });
	await a.getByText('Commencer un nouveau matériel').click();
	await a.getByRole('radio', { name: kind }).check();
	await a.getByLabel('Le titre', { exact: true }).fill(title);
	await teen.check(checkName);
	await a.getByRole('button', { name: 'Commencer', exact: true }).click();
	await a.waitForURL(/\/materials\/[0-9a-f-]{36}$/);
	return { teen, a };
}

const STATEMENT = 'Un « cadeau » en ligne peut servir à créer une dette.';

describe('youth hold the pen', () => {
	it(
		'a teen drafts a card; an adult’s changes wait for the group, which accepts one and declines the other',
		{ timeout: 180_000 },
		async () => {
			const teen = await openSession(browser, {
				signedIn: signedInAs(app.url, platform.participant)
			});
			const a = teen.page;
			const processUrl = `${app.url}/cocreation/${platform.creation}`;

			// She says yes to her pseudonym in the credits, then starts a deck.
			await a.goto(processUrl, { waitUntil: 'networkidle' });
			await shows(a, 'Le matériel du groupe');
			await a.getByRole('button', { name: 'Oui, mettre mon pseudonyme' }).click();
			await shows(a, 'Ton pseudonyme apparaît dans les crédits.');
			await teen.check('material-process-teen');
			await a.getByText('Commencer un nouveau matériel').click();
			await a.getByLabel('Le titre', { exact: true }).fill('Les réseaux : vrai ou faux');
			await a.getByRole('button', { name: 'Commencer', exact: true }).click();
			await a.waitForURL(/\/materials\/[0-9a-f-]{36}$/);
			const materialUrl = a.url();
			await a.getByRole('button', { name: 'Ajouter une carte' }).click();
			await shows(a, 'Ajouté. Tu peux maintenant l’écrire.');
			await teen.check('material-new-card');

			// One text at a time: the statement, then whether it is a myth, then the explanation.
			await a.getByRole('link', { name: 'Modifier : Carte 1 — Ce que dit la carte' }).click();
			await a.getByLabel('Ton texte').fill(STATEMENT);
			await teen.check('material-one-text');
			await a.getByRole('button', { name: 'Enregistrer' }).click();
			await shows(a, 'Texte enregistré.');
			await teen.check('material-saved');
			await a.getByRole('link', { name: 'Modifier : Carte 1 — Mythe ou réalité' }).click();
			await a.getByRole('radio', { name: 'Réalité' }).check();
			await teen.check('material-choice');
			await a.getByRole('button', { name: 'Enregistrer' }).click();
			await shows(a, 'Texte enregistré.');
			await teen.check('material-chosen');
			await a.getByRole('link', { name: 'Modifier : Carte 1 — L’explication' }).click();
			// Checked once the page is the explanation's (before it, the check could see the previous one).
			await a.waitForURL(/edit=cards\.[\w-]+\.explanation$/);
			await teen.check('material-explanation');
			await a
				.getByLabel('Ton texte')
				.fill('Un cadeau qui crée une dette sert à garder le contrôle.');
			await a.getByRole('button', { name: 'Enregistrer' }).click();
			await shows(a, 'Texte enregistré.');
			await teen.check('material-written');

			// The facilitator changes two of her texts: both wait for the group.
			const adult = await openSession(browser, {
				signedIn: signedInAs(app.url, platform.facilitator)
			});
			const f = adult.page;
			await f.setViewportSize({ width: 1280, height: 800 });
			await f.goto(materialUrl, { waitUntil: 'networkidle' });
			await shows(f, 'Les jeunes tiennent le stylo');
			await adult.check('material-adult');
			for (const [index, [field, text]] of [
				['Ce que dit la carte', 'Un « cadeau » en ligne sert souvent à créer une dette.'],
				['L’explication', 'Les secrets sont un signal d’alerte.']
			].entries()) {
				await f.getByRole('link', { name: `Modifier : Carte 1 — ${field}` }).click();
				await shows(f, 'votre changement sera une suggestion');
				await adult.check(`material-adult-edits-${index}`);
				await f.getByLabel('Ton texte').fill(text!);
				await f.getByRole('button', { name: 'Enregistrer' }).click();
				await shows(f, 'Votre modification est une suggestion');
				await adult.check(`material-suggested-${index}`);
			}
			await expect(f.locator('main').textContent()).resolves.toContain(STATEMENT);

			// Another teen accepts the first and declines the second.
			const other = await openSession(browser, { signedIn: signedInAs(app.url, secondTeen) });
			const b = other.page;
			await b.goto(materialUrl, { waitUntil: 'networkidle' });
			await shows(b, 'Suggestion de animation');
			await other.check('material-suggestions-teen');
			await b.getByRole('button', { name: 'Accepter' }).first().click();
			await shows(b, 'Suggestion acceptée.');
			await b.getByRole('button', { name: 'Refuser' }).click();
			await shows(b, 'Suggestion refusée.');
			await other.check('material-decided');

			// The history: who wrote what, and who accepted the adult's change.
			await a.reload({ waitUntil: 'networkidle' });
			await shows(a, 'Un « cadeau » en ligne sert souvent à créer une dette.');
			await a.getByText(/Historique \(\d+ changements\)/).click();
			await shows(a, 'suggestion de animation, acceptée par Loutre rose');
			await shows(a, 'Suggestion de animation (refusée par Loutre rose)');
			await teen.check('material-history');

			// She withdraws her credit: said plainly, changeable again.
			await a.goto(processUrl, { waitUntil: 'networkidle' });
			await a.getByRole('button', { name: 'Retirer mon pseudonyme' }).click();
			await shows(a, 'Ton pseudonyme n’apparaît pas dans les crédits.');
			await a.getByRole('button', { name: 'Oui, mettre mon pseudonyme' }).waitFor();
			await teen.check('material-credit-withdrawn');

			for (const session of [teen, adult, other]) await session.finish();
		}
	);

	it(
		'a teen writes a story one passage at a time, a choice adding the passage it leads to, up to its ending',
		{ timeout: 180_000 },
		async () => {
			const { teen, a } = await startMaterial(
				'Une histoire dont le groupe choisit la suite',
				'La soirée de Léa',
				'story-start'
			);
			await shows(a, 'L’histoire n’a pas encore de fin');
			await shows(a, 'Ce passage n’a pas encore de choix');
			await teen.check('story-new');

			let written = 0;
			const write = async (what: string, text: string) => {
				await a.getByRole('link', { name: `Modifier : ${what}` }).click();
				await a.getByLabel('Ton texte').fill(text);
				await teen.check(`story-text-${++written}`);
				await a.getByRole('button', { name: 'Enregistrer' }).click();
				await shows(a, 'Texte enregistré.');
				await teen.check(`story-text-${written}-saved`);
			};
			await write('Le résumé', 'Une soirée où Léa doit choisir à qui faire confiance.');
			await write(
				'Passage 1 — Ce qui se passe',
				'Léa reçoit un message d’un inconnu qui lui promet un cadeau.'
			);
			await a
				.getByRole('button', { name: 'Ajouter un choix (il mène à un nouveau passage)' })
				.click();
			await shows(a, 'Ajouté. Tu peux maintenant l’écrire.');
			await shows(a, 'Passage 2');
			await teen.check('story-choice-added');
			await write('Passage 1 — Choix 1', 'Elle en parle à une amie');
			await write(
				'Passage 2 — Ce qui se passe',
				'Son amie l’aide à voir que ce cadeau cache quelque chose.'
			);

			// The second passage becomes an ending: a choice of two, then its debrief to write.
			await a
				.getByRole('link', { name: 'Modifier : Passage 2 — Est-ce une fin de l’histoire ?' })
				.click();
			await a.getByRole('radio', { name: 'Oui, c’est une fin' }).check();
			await teen.check('story-ending-choice');
			await a.getByRole('button', { name: 'Enregistrer' }).click();
			await shows(a, 'Passage 2 (une fin)');
			await teen.check('story-ending');
			await write(
				'Passage 2 — Les signaux d’alerte',
				'Un cadeau d’un inconnu qui demande le secret.'
			);
			await write('Passage 2 — Ce qui aide à se protéger', 'En parler à quelqu’un de confiance.');
			await write('Passage 2 — Où trouver de l’aide', 'Un adulte de confiance, ou le 119.');
			await shows(a, 'Tous les textes sont écrits.');
			await expect(a.locator('main').textContent()).resolves.not.toContain(
				'À régler avant de pouvoir le tester'
			);
			// Where the choice leads reads as the passage's first words.
			await shows(a, 'Passage 2 : « Son amie l’aide à voir que ce cadeau cache quelque chose. »');
			await teen.check('story-complete');

			// A choice added by mistake: its passage, still empty, is taken out with it, nothing lost.
			await a
				.getByRole('button', { name: 'Ajouter un choix (il mène à un nouveau passage)' })
				.click();
			await shows(a, 'Passage 3');
			await teen.check('story-second-choice');
			await a.getByRole('button', { name: 'Retirer ce passage vide' }).click();
			await shows(a, 'Retiré.');
			await shows(a, 'Tous les textes sont écrits.');
			await expect(a.getByRole('heading', { name: /^Passage 3/ }).count()).resolves.toBe(0);
			await teen.check('story-removed');
			await teen.finish();
		}
	);

	it(
		'a teen builds a workshop activity by activity, adding questions and choosing how long each lasts',
		{ timeout: 180_000 },
		async () => {
			const { teen, a } = await startMaterial(
				'Un atelier, activité par activité',
				'Nos réseaux, nos règles',
				'workshop-start'
			);
			await shows(a, 'L’atelier n’a pas encore d’activité.');
			await teen.check('workshop-new');

			await a.getByRole('button', { name: 'Une discussion' }).click();
			await shows(a, 'Activité 1 (discussion)');
			await a.getByRole('button', { name: 'Ajouter une question' }).click();
			await shows(a, 'Question 2');
			await teen.check('workshop-discussion');
			await a.getByRole('link', { name: 'Modifier : Activité 1 — Question 1' }).click();
			await a.getByLabel('Ton texte').fill('Qu’est-ce qui te met mal à l’aise en ligne ?');
			await teen.check('workshop-question');
			await a.getByRole('button', { name: 'Enregistrer' }).click();
			await shows(a, 'Texte enregistré.');
			await teen.check('workshop-question-saved');
			await a.getByRole('link', { name: 'Modifier : Activité 1 — Durée de l’activité' }).click();
			await a.getByRole('radio', { name: '20 minutes' }).check();
			await teen.check('workshop-minutes');
			await a.getByRole('button', { name: 'Enregistrer' }).click();
			await shows(a, 'Texte enregistré.');
			await shows(a, 'Qu’est-ce qui te met mal à l’aise en ligne ?');
			await shows(a, '20 minutes');
			await teen.check('workshop-written');

			// An activity can play one of the organisation's published decks, chosen by its title.
			await a.getByRole('button', { name: 'Jouer à un jeu de cartes' }).click();
			await shows(a, 'Activité 2 (jeu de cartes)');
			await a.getByRole('link', { name: 'Modifier : Activité 2 — Ce qu’on utilise' }).click();
			const deck = a.getByRole('radio').first();
			const title = await a.locator('.choice label').first().textContent();
			await deck.check();
			await teen.check('workshop-tool');
			await a.getByRole('button', { name: 'Enregistrer' }).click();
			await shows(a, 'Texte enregistré.');
			await shows(a, title!.trim());
			await teen.check('workshop-tool-chosen');
			await teen.finish();
		}
	);
});
