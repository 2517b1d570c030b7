// `npm run demo`: a throw-away demonstration with one demo person per role, each a click away, a band on every
// page, nothing left when it stops, and a refusal to run anywhere near real data.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, startApp, temporaryDataDir, type RunningApp } from '../support/app.ts';
import { client } from '../support/http.ts';

const BAND = 'Démo — rien ici n’est réel.';

let app: RunningApp;
let people: { id: string; name: string }[];
beforeAll(async () => {
	app = await startApp({ script: 'demo.ts' });
	const page = await (await fetch(`${app.url}/demo`)).text();
	people = [...page.matchAll(/name="person" value="([^"]+)"[^]*?Entrer en tant que ([^<]+)</g)].map(
		(match) => ({ id: match[1]!, name: match[2]!.trim() })
	);
});
afterAll(async () => {
	await app.stop();
});

async function enterAs(name: string) {
	const person = people.find((candidate) => candidate.name === name);
	expect(person, name).toBeDefined();
	const browser = client(app.url);
	const entered = await browser.post('/demo', { person: person!.id });
	expect(entered.status).toBe(303);
	const landing = entered.headers.get('location')!;
	const page = await browser.get(landing);
	return { browser, landing, status: page.status, html: await page.text() };
}

describe('npm run demo', () => {
	it('lists one demo person per role and two teens, and listens on this computer only', () => {
		expect(people.map((person) => person.name)).toEqual([
			'Camille Demers',
			'Samir Haddad',
			'Nadia Lefebvre',
			'Julie Tran',
			'Luciole',
			'Comète'
		]);
		expect(app.output()).toContain('(127.0.0.1:');
		expect(app.output()).toContain('/demo');
		expect(app.output()).not.toContain('/setup/');
	});

	it('signs in as the coordinator in one click, with no second factor, on the demo organisation and its starter program', async () => {
		const { browser, landing, status, html } = await enterAs('Camille Demers');
		expect(landing).toMatch(/^\/organisations\/[0-9a-f-]{36}$/);
		expect(status).toBe(200);
		expect(html).toContain('Organisation de démonstration');
		expect(html).toContain(BAND);
		const programs = await (await browser.get('/programs')).text();
		expect(programs).toContain('Partir de nous — six ateliers');
	});

	it('signs in as the facilitator on her groups, where the demo group and its participants are', async () => {
		const { browser, landing, html } = await enterAs('Samir Haddad');
		expect(landing).toMatch(/\/groups$/);
		expect(html).toContain('Groupe de démonstration');
		const groupPath = html.match(/href="(\/groups\/[0-9a-f-]{36})"/)![1]!;
		const group = await (await browser.get(groupPath)).text();
		for (const pseudonym of ['Luciole', 'Comète', 'Pivoine', 'Orage'])
			expect(group).toContain(pseudonym);
	});

	it('signs in as the professional on the programs and the researcher on her account', async () => {
		expect((await enterAs('Nadia Lefebvre')).landing).toBe('/programs');
		const researcher = await enterAs('Julie Tran');
		expect(researcher.landing).toBe('/account');
		expect(researcher.status).toBe(200);
	});

	it('signs in as a teen on her home, with the band, and switching person signs the first one out', async () => {
		const { browser, landing, html } = await enterAs('Luciole');
		expect(landing).toBe('/');
		expect(html).toContain('Luciole');
		expect(html).toContain(BAND);
		const comete = people.find((person) => person.name === 'Comète')!;
		const luciole = browser.jar.header();
		expect((await browser.post('/demo', { person: comete.id })).status).toBe(303);
		// Luciole's session ended on the server, not only in this browser.
		const before = await fetch(`${app.url}/`, {
			headers: { cookie: luciole, accept: 'text/html' }
		});
		expect(await before.text()).not.toContain('Luciole');
		const home = await (await browser.get('/')).text();
		expect(home).toContain('Comète');
		expect(home).not.toContain('Luciole');
	});

	it('shows the band on public pages too, and refuses a malformed or unknown person', async () => {
		expect(await (await fetch(`${app.url}/help`)).text()).toContain(BAND);
		const anyone = client(app.url);
		for (const hostile of ['', '   ', '<script>', 'x'.repeat(10_000), "' OR 1=1; --"]) {
			const refused = await anyone.post('/demo', { person: hostile });
			expect(refused.status).toBe(400);
			expect(await refused.text()).toContain('Ce champ est obligatoire');
		}
		expect(anyone.jar.header()).toBe('');
		expect((await anyone.post('/demo', { person: 'nobody-at-all' })).status).toBe(404);
	});

	it('erases its data folder when it stops', async () => {
		const dataDir = app.dataDir;
		expect(fs.readdirSync(dataDir).length).toBeGreaterThan(0);
		await app.stop();
		expect(fs.existsSync(dataDir) ? fs.readdirSync(dataDir) : []).toEqual([]);
	});
});

describe('a demonstration never touches real data', () => {
	it('refuses to start with DATABASE_URL', async () => {
		const launched = await launchApp({
			script: 'demo.ts',
			env: { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/real' }
		});
		expect(await launched.exited).toBe(1);
		expect(launched.stderr()).toContain('DATABASE_URL is set');
	});

	it('refuses a data folder that holds data, and leaves it as it was', async () => {
		const dataDir = temporaryDataDir();
		fs.writeFileSync(path.join(dataDir, 'PG_VERSION'), '17');
		const launched = await launchApp({ script: 'demo.ts', dataDir });
		expect(await launched.exited).toBe(1);
		expect(launched.stderr()).toContain('holds data');
		expect(fs.readdirSync(dataDir)).toEqual(['PG_VERSION']);
	});

	it('is not there at all on a real instance', async () => {
		const real = await startApp();
		try {
			expect((await fetch(`${real.url}/demo`)).status).toBe(404);
			expect(await (await fetch(`${real.url}/help`)).text()).not.toContain(BAND);
		} finally {
			await real.stop();
		}
	});
});
