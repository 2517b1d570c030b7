// Notes meant for the staff ("draft for review", "check the figures before use", "contact details to verify")
// are shown to the adults who prepare workshops and never on a youth page, nor in the data a youth page sends
// to the browser. The notes' texts are listed from the starter content and the catalogues, then every youth
// page is read, signed out and as the demo teen.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { catalogues } from '../../src/lib/i18n/all.ts';
import { readContent } from '../../src/lib/server/starter/read.ts';
import { startApp, type RunningApp } from '../support/app.ts';
import { client } from '../support/http.ts';

const root = path.resolve(import.meta.dirname, '../..');

function contentFiles(): Record<string, string> {
	const files: Record<string, string> = {};
	const visit = (folder: string) => {
		for (const entry of fs.readdirSync(path.join(root, folder), { withFileTypes: true })) {
			const relative = `${folder}/${entry.name}`;
			if (entry.isDirectory()) visit(relative);
			else if (entry.name.endsWith('.yaml'))
				files[relative] = fs.readFileSync(path.join(root, relative), 'utf8');
		}
	};
	visit('content');
	return files;
}

/** Every staff note's sentences (long enough to be unmistakable), in both languages. */
function staffNoteFragments(): string[] {
	const read = readContent(contentFiles());
	if (!read.ok) throw new Error('the starter content does not read');
	const notes = read.content.tools.flatMap((tool) => {
		const note = (tool.document as { staffNote?: { fr: string; en: string } }).staffNote;
		return note ? [note.fr, note.en] : [];
	});
	const shared = parse(fs.readFileSync(path.join(root, 'content/shared.yaml'), 'utf8')) as {
		'draft-label': { fr: string; en: string };
	};
	notes.push(shared['draft-label'].fr, shared['draft-label'].en);
	notes.push(catalogues.fr['help.unverified'], catalogues.en['help.unverified']);
	return [
		...new Set(
			notes
				.flatMap((note) => note.split(/(?<=[.;:])\s+/))
				.map((sentence) => sentence.trim().slice(0, 40))
				.filter((sentence) => sentence.length >= 15)
		)
	];
}

let app: RunningApp;
let fragments: string[];
beforeAll(async () => {
	fragments = staffNoteFragments();
	app = await startApp({ script: 'demo.ts' });
});
afterAll(async () => {
	await app.stop();
});

async function enterAs(name: string) {
	const demo = await (await fetch(`${app.url}/demo`)).text();
	const person = [
		...demo.matchAll(/name="person" value="([^"]+)"[^]*?Entrer en tant que ([^<]+)</g)
	].find((match) => match[2]!.trim() === name)![1]!;
	const browser = client(app.url);
	await browser.post('/demo', { person });
	return browser;
}

const notesIn = (html: string) => fragments.filter((fragment) => html.includes(fragment));

describe('notes for the staff', () => {
	it('are listed: the draft label, each starter tool’s note, the unverified help numbers', () => {
		expect(fragments).toEqual(
			expect.arrayContaining([
				'Ébauche à réviser par des professionnel·',
				'Draft for review by professionals and yo',
				'Coordonnées à vérifier avant le déploiem'
			])
		);
		expect(fragments.length).toBeGreaterThanOrEqual(6);
	});

	it('are shown to a facilitator on each tool’s page', async () => {
		const facilitator = await enterAs('Samir Haddad');
		const tools = await (await facilitator.get('/tools')).text();
		const pages = [...new Set(tools.match(/\/tools\/(decks|scenarios|videos)\/[0-9a-f-]{36}/g))];
		expect(pages.length).toBeGreaterThanOrEqual(4);
		for (const page of pages) {
			const html = await (await facilitator.get(page)).text();
			expect(html, page).toContain('Note pour l’équipe');
			expect(notesIn(html).length, page).toBeGreaterThan(0);
		}
	});

	it('never appear on a youth page, signed out or signed in, nor in what those pages send', async () => {
		const anyone = client(app.url);
		const teen = await enterAs('Luciole');
		const home = await (await teen.get('/')).text();
		const played = [...new Set(home.match(/\/play\/(decks|scenarios|videos)\/[0-9a-f-]{36}/g))];
		expect(played.length).toBeGreaterThanOrEqual(4);
		const publicPages = ['/', '/join', '/sign-in/group', '/help', '/pause', '/quick-exit'];
		const youthPages = [
			'/',
			'/help',
			'/pause',
			'/quick-exit',
			'/pause?back=/',
			...played,
			...played.map((page) => `${page}?mode=group`)
		];
		const leaks: string[] = [];
		for (const [who, browser, pages] of [
			['signed out', anyone, publicPages],
			['the teen', teen, youthPages]
		] as const) {
			for (const page of pages) {
				const response = await browser.get(page);
				expect(response.status, `${page} for ${who}`).toBe(200);
				for (const note of notesIn(await response.text())) leaks.push(`${page} (${who}): ${note}`);
			}
		}
		expect(leaks).toEqual([]);
	});
});
