// The first phase of a co-creation process in a real browser: the facilitator starts a process with the co-design
// group and posts two research findings; three teens on their phones (375 px) react privately (totals only from
// three besides the reader), place their dots (hidden until the vote closes), comment (read by the facilitator
// before the group), and one records a key aspect linked to a finding; the facilitator closes the vote and moves
// the process on; the teens see where the group is now.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { launchBrowser, openSession, shows, signedInAs, type Session } from '../support/browser.ts';
import { type client } from '../support/http.ts';
import { joinedYouth, populatedPlatform, type Platform } from '../support/people.ts';

let app: RunningApp;
let browser: Browser;
let platform: Platform;
const teens: ReturnType<typeof client>[] = [];
beforeAll(async () => {
	[app, browser] = await Promise.all([startApp(), launchBrowser()]);
	platform = await populatedPlatform(app);
	teens.push(
		platform.participant,
		...(await joinedYouth(app, platform.joinCode, ['Loutre rose', 'Chat vert']))
	);
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

const FIRST = 'Le recrutement commence souvent en ligne.';
const SECOND = 'Les « dettes » servent à garder les filles sous contrôle.';

/** The finding's card on the process page. */
const finding = (page: Page, statement: string) =>
	page.locator('.findings li').filter({ hasText: statement });

describe('a co-design group reviews the research findings', () => {
	it(
		'reacts, votes with dots, decides a key aspect, and moves on',
		{ timeout: 180_000 },
		async () => {
			const adult = await openSession(browser, {
				signedIn: signedInAs(app.url, platform.facilitator)
			});
			const f = adult.page;
			await f.setViewportSize({ width: 1280, height: 800 });

			// The facilitator starts the process from the navigation.
			await f.goto(`${app.url}/`, { waitUntil: 'networkidle' });
			await adult.check('cocreation-adult-home');
			await f.getByRole('navigation').getByRole('link', { name: 'Co-création' }).click();
			await f.waitForURL(`${app.url}/organisations/${platform.organisation}/cocreation`);
			await adult.check('cocreation-list');
			await f.getByLabel('Titre').fill('Ce qu’on veut dire aux plus jeunes');
			await f
				.getByLabel('Le but')
				.fill('Transformer la recherche en atelier pour les 12 à 14 ans.');
			await f.getByLabel('Le groupe de co-création').selectOption({ label: 'Groupe du mardi' });
			await f.getByRole('button', { name: 'Lancer le processus' }).click();
			await f.waitForURL(/\/cocreation\/[0-9a-f-]{36}$/);
			const processUrl = f.url();
			await shows(f, 'Maintenant');
			await expect(f.locator('li[aria-current="step"] h3').textContent()).resolves.toBe(
				'Lire les constats de la recherche'
			);

			// Two findings, with their sources.
			for (const [statement, source] of [
				[FIRST, 'Recherche participative, 2025, chapitre 2'],
				[SECOND, 'Recherche participative, 2025, chapitre 4']
			]) {
				if (!(await f.getByLabel('Le constat').isVisible()))
					await f.getByText('Ajouter un constat').click();
				await f.getByLabel('Le constat').fill(statement!);
				await f.getByLabel('La source').fill(source!);
				await f.getByRole('button', { name: 'Publier le constat' }).click();
				await finding(f, statement!).waitFor();
			}
			await adult.check('cocreation-findings-adult');

			// Three teens on their phones: private reactions and dots.
			const sessions: Session[] = [];
			for (const [index, teen] of teens.entries()) {
				const session = await openSession(browser, { signedIn: signedInAs(app.url, teen) });
				sessions.push(session);
				const t = session.page;
				await t.goto(`${app.url}/`, { waitUntil: 'networkidle' });
				await session.check(`cocreation-teen-home-${index}`);
				await t.getByRole('link', { name: 'Ce qu’on veut dire aux plus jeunes' }).click();
				await t.waitForURL(processUrl);
				await finding(t, FIRST).getByRole('button', { name: 'Ça me parle' }).click();
				await finding(t, FIRST)
					.getByRole('button', { name: 'Ça me parle', pressed: true })
					.waitFor();
				if (index < 2) {
					// Fewer than three reactions: no totals yet.
					await expect(finding(t, FIRST).textContent()).resolves.toContain(
						'Les totaux s’afficheront'
					);
					if (index === 0) await session.check('cocreation-teen-reacted');
				}
				await t.getByRole('spinbutton', { name: FIRST }).fill(index === 2 ? '1' : '2');
				await t.getByRole('spinbutton', { name: SECOND }).fill(index === 2 ? '2' : '1');
				await t.getByRole('button', { name: 'Enregistrer mes points' }).click();
				await shows(t, 'Tes points sont enregistrés');
				if (index > 0) await session.check(`cocreation-teen-dots-${index}`);
			}
			const [a] = sessions.map((session) => session.page);
			await a!.reload({ waitUntil: 'networkidle' });
			// Three reacted, but only two besides her: she cannot work out the others' reactions yet.
			await expect(finding(a!, FIRST).textContent()).resolves.toContain('trois autres personnes');
			// Nobody's dots show before the vote closes.
			await expect(a!.locator('.results').count()).resolves.toBe(0);
			await sessions[0]!.check('cocreation-teen-dots');

			// A comment within the group waits for the facilitator, then everyone reads it, with its pseudonym.
			const b = sessions[1]!.page;
			await finding(b, FIRST)
				.getByLabel('Ton commentaire')
				.fill('On le voit tout le temps sur TikTok.');
			await finding(b, FIRST).getByRole('button', { name: 'Envoyer' }).click();
			await shows(b, 'Envoyé. Il sera lu avant d’être montré au groupe.');
			await sessions[1]!.check('cocreation-comment-sent');
			await f.reload({ waitUntil: 'networkidle' });
			await shows(f, '1 commentaire attend votre lecture.');
			await finding(f, FIRST).getByRole('button', { name: 'Publier' }).click();
			await finding(f, FIRST)
				.getByRole('button', { name: 'Publier' })
				.waitFor({ state: 'detached' });
			const c = sessions[2]!.page;
			await c.reload({ waitUntil: 'networkidle' });
			await expect(finding(c, FIRST).textContent()).resolves.toContain(
				'Loutre rose — On le voit tout le temps sur TikTok.'
			);
			await sessions[2]!.check('cocreation-comment-read');

			// The facilitator sees how many voted, closes the vote: the results, most dots first.
			await f.reload({ waitUntil: 'networkidle' });
			await shows(f, '3 personnes ont voté.');
			await expect(finding(f, FIRST).textContent()).resolves.toContain('Ça leur parle\u202f: 3');
			await f.getByRole('button', { name: 'Fermer le vote et montrer les résultats' }).click();
			await shows(f, 'Le vote est fermé');
			await expect(f.locator('.results li').first().textContent()).resolves.toContain('5 points');
			await adult.check('cocreation-vote-closed');

			// A teen writes the group's decision down, linked to the finding it comes from.
			await a!.reload({ waitUntil: 'networkidle' });
			await a!
				.getByLabel('L’aspect clé décidé par le groupe')
				.fill('Parler des réseaux sociaux dès le premier atelier');
			await a!.getByLabel('Pourquoi (si tu veux)').fill('C’est là que tout commence.');
			await a!.getByRole('checkbox', { name: FIRST }).check();
			await a!.getByRole('button', { name: 'Noter la décision' }).click();
			await shows(a!, 'Décision notée.');
			const aspect = a!.locator('.aspects li').first();
			await expect(aspect.textContent()).resolves.toContain('Noté par Renard bleu');
			await expect(aspect.textContent()).resolves.toContain(`Vient de\u202f: ${FIRST}`);
			await sessions[0]!.check('cocreation-key-aspect');

			// The facilitator moves the process on; the teens see the group's new step, the key aspects kept.
			await f.reload({ waitUntil: 'networkidle' });
			await f
				.locator('.phases li')
				.filter({ hasText: 'Créer l’atelier et les outils' })
				.getByRole('button', { name: 'Passer à cette étape' })
				.click();
			await f.locator('li[aria-current="step"]').filter({ hasText: 'Créer l’atelier' }).waitFor();
			// Where the steps are renamed, dated and reordered.
			await f.getByRole('link', { name: 'Modifier les étapes' }).click();
			await f.waitForURL(`${processUrl}/phases`);
			await adult.check('cocreation-phases');
			await a!.reload({ waitUntil: 'networkidle' });
			await expect(a!.locator('li[aria-current="step"] h3').textContent()).resolves.toBe(
				'Créer l’atelier et les outils'
			);
			await expect(a!.getByRole('button', { name: 'Ça me parle' }).count()).resolves.toBe(0);
			// The key aspects stay, now with the material that covers them (none yet).
			await a!
				.locator('.aspects')
				.getByText('Parler des réseaux sociaux dès le premier atelier')
				.waitFor();
			await shows(a!, 'Pas encore traité par le matériel du groupe.');
			await sessions[0]!.check('cocreation-next-phase');

			for (const session of [adult, ...sessions]) await session.finish();
		}
	);
});
