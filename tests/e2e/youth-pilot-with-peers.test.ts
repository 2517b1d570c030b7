// Phase 3 of a co-creation process in a real browser: the facilitator pilots the co-design group's deck with
// another group in a live session; two peers take part and answer the feedback form (one on her phone, 375 px,
// from her home page; one passes on everything but the last question); the facilitator approves the feedback;
// a co-designer changes a card in answer to it ("we heard / we changed"); the deck is finalised and shows, where
// it is played, the pseudonym of the co-designer who agreed to be credited, until she withdraws it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { launchBrowser, openSession, shows, signedInAs } from '../support/browser.ts';
import type { client } from '../support/http.ts';
import { groupWithYouth, populatedPlatform, type Platform } from '../support/people.ts';

let app: RunningApp;
let browser: Browser;
let platform: Platform;
const peers: ReturnType<typeof client>[] = [];
beforeAll(async () => {
	[app, browser] = await Promise.all([startApp(), launchBrowser()]);
	platform = await populatedPlatform(app);
	// The peers: another group the facilitator runs, two youth in it.
	peers.push(
		...(await groupWithYouth(
			app,
			platform.facilitator,
			platform.organisation,
			'Groupe du vendredi',
			['Hibou gris', 'Merle noir']
		))
	);
	// The co-design group's deck, complete: the teen writes what is missing.
	const materialUrl = `/cocreation/${platform.creation}/materials/${platform.material}`;
	const card = platform.materialPath.replace('.statement', '');
	for (const [path, text] of [
		['description', 'Un jeu pour parler des réseaux.'],
		[`${card}.explanation`, 'Un cadeau qui crée une dette sert à garder le contrôle.']
	])
		await platform.participant.post(`${materialUrl}?/write`, { path: path!, text: text! });
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

describe('a pilot with peers', () => {
	it(
		'turns the peers’ feedback into a change, and credits only those who agree',
		{ timeout: 180_000 },
		async () => {
			const adult = await openSession(browser, {
				signedIn: signedInAs(app.url, platform.facilitator)
			});
			const f = adult.page;
			await f.setViewportSize({ width: 1280, height: 800 });
			const processUrl = `${app.url}/cocreation/${platform.creation}`;

			// The facilitator moves to the pilot phase, plans the pilot with the peers' group and starts it.
			await f.goto(processUrl, { waitUntil: 'networkidle' });
			await f
				.locator('.phases li')
				.filter({ hasText: 'Tester avec d’autres jeunes' })
				.getByRole('button', { name: 'Passer à cette étape' })
				.click();
			await f.locator('li[aria-current="step"]').filter({ hasText: 'Tester' }).waitFor();
			await f.getByText('Prévoir un test').click();
			await f.getByLabel('Avec quel groupe').selectOption({ label: 'Groupe du vendredi' });
			await adult.check('pilot-plan');
			await f.getByRole('button', { name: 'Prévoir le test' }).click();
			await shows(f, 'Prévu : pas encore commencé.');
			await f.getByRole('button', { name: 'Commencer le test en direct' }).click();
			await f.waitForURL(/\/live\/[0-9a-f-]{36}\/control$/);
			const session = f.url().split('/')[4]!;
			await adult.check('pilot-control');
			for (const peer of peers)
				expect((await peer.post(`/live/${session}?/join`, {})).status).toBe(303);
			await f.getByText('Terminer la séance').first().click();
			await f.locator('.confirm-body').getByRole('button', { name: 'Terminer la séance' }).click();
			await f.waitForURL(/record/);
			await adult.check('pilot-record');

			// A peer on her phone finds the feedback form on her home page; she says what did not work.
			const peer = await openSession(browser, { signedIn: signedInAs(app.url, peers[0]!) });
			const p = peer.page;
			await p.goto(`${app.url}/`, { waitUntil: 'networkidle' });
			await peer.check('pilot-peer-home');
			await p.getByRole('link', { name: /Donne ton avis sur/ }).click();
			await p.waitForURL(/\/pilots\/[0-9a-f-]{36}$/);
			await peer.check('pilot-feedback-form');
			await p.getByLabel('Qu’est-ce qui n’a pas marché ?').fill('Trop de texte sur la carte.');
			await p.getByRole('radio', { name: 'Oui' }).check();
			await p.getByRole('button', { name: 'Envoyer mon avis' }).click();
			await shows(p, 'Merci ! Ton avis sera lu par un adulte');
			await peer.check('pilot-feedback-sent');
			// The other skips every question, the choice too: she passes.
			const pilotUrl = new URL(p.url()).pathname;
			await peers[1]!.post(pilotUrl, {
				worked: '',
				didNot: '',
				suggestions: ''
			});

			// The facilitator reads both, then publishes them to the group.
			await f.goto(processUrl, { waitUntil: 'networkidle' });
			await shows(f, '2 avis reçus');
			for (let left = 2; left > 0; left -= 1) {
				await f.locator('.feedback').getByRole('button', { name: 'Publier' }).first().click();
				await expect
					.poll(() => f.locator('.feedback').getByRole('button', { name: 'Publier' }).count(), {
						// A form action and its new page: seconds on a busy machine, not one.
						timeout: 10_000
					})
					.toBe(left - 1);
			}
			await adult.check('pilot-feedback-adult');

			// A co-designer reads the feedback without names and shortens the card in answer to it.
			const teen = await openSession(browser, {
				signedIn: signedInAs(app.url, platform.participant)
			});
			const a = teen.page;
			await a.goto(processUrl, { waitUntil: 'networkidle' });
			await shows(a, 'Trop de texte sur la carte.');
			await expect(a.locator('main').textContent()).resolves.not.toMatch(/Hibou|Merle/);
			await teen.check('pilot-feedback-teen');
			await a.getByRole('button', { name: 'Oui, mettre mon pseudonyme' }).click();
			await shows(a, 'Ton pseudonyme apparaît dans les crédits.');
			await a.goto(`${processUrl}/materials/${platform.material}`, { waitUntil: 'networkidle' });
			await teen.check('pilot-material');
			await a.getByRole('link', { name: 'Modifier : Carte 1 — Ce que dit la carte' }).click();
			await a.getByLabel('Ton texte').fill('Un « cadeau » peut créer une dette.');
			await a.getByRole('checkbox', { name: 'Trop de texte sur la carte.' }).check();
			await teen.check('pilot-change-answers');
			await a.getByRole('button', { name: 'Enregistrer' }).click();
			await shows(a, 'Texte enregistré.');
			await teen.check('pilot-changed');
			await a.goto(processUrl, { waitUntil: 'networkidle' });
			await shows(a, 'On a entendu, on a changé');
			await expect(a.locator('main').textContent()).resolves.toContain(
				'Un « cadeau » peut créer une dette.'
			);
			await teen.check('pilot-heard');

			// The facilitator finalises the deck; where it is played, her pseudonym shows, until she withdraws it.
			await f.reload({ waitUntil: 'networkidle' });
			await f.getByRole('button', { name: 'Finaliser et publier' }).click();
			await shows(f, /Publié \(version \d\)/);
			await adult.check('pilot-finalised');
			await a.goto(`${app.url}/`, { waitUntil: 'networkidle' });
			await teen.check('pilot-teen-home');
			await a.getByRole('link', { name: 'Vrai ou faux', exact: true }).click();
			await a.waitForURL(/\/play\/decks\//);
			await shows(a, /Créé par.*Renard bleu/);
			await teen.check('pilot-credited');
			const played = a.url();
			await a.goto(processUrl, { waitUntil: 'networkidle' });
			await a.getByRole('button', { name: 'Retirer mon pseudonyme' }).click();
			await shows(a, 'Ton pseudonyme n’apparaît pas dans les crédits.');
			await teen.check('pilot-credit-withdrawn');
			await a.goto(played, { waitUntil: 'networkidle' });
			await a.locator('h1').waitFor();
			await expect(a.locator('main').textContent()).resolves.not.toContain('Renard bleu');
			await teen.check('pilot-credit-gone');

			for (const session of [adult, peer, teen]) await session.finish();
		}
	);
});
