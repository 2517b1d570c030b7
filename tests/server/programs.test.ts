// Programs over HTTP on a fresh start: the starter program is there and published, its guide renders, its
// package exports, and a hostile upload is refused with a reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app.ts';
import { populatedPlatform, type Platform } from '../support/people.ts';

let app: RunningApp;
let platform: Platform;
beforeAll(async () => {
	app = await startApp();
	platform = await populatedPlatform(app);
});
afterAll(async () => {
	await app.stop();
});

async function upload(text: string): Promise<Response> {
	const form = new FormData();
	form.append('file', new Blob([text], { type: 'application/json' }), 'programme.json');
	return fetch(`${app.url}/programs/import`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: app.url, accept: 'text/html', cookie: platform.coordinator.jar.header() },
		body: form
	});
}

describe('the starter program after a fresh start', () => {
	it('is published in the demo organisation and its guide has six workshops', async () => {
		const list = await (await platform.facilitator.get('/programs')).text();
		expect(list).toContain('Partir de nous — six ateliers');
		const guide = await platform.facilitator.get(`/programs/${platform.program}/versions/1/guide`);
		expect(guide.status).toBe(200);
		const html = await guide.text();
		for (let workshop = 1; workshop <= 6; workshop++)
			expect(html).toContain(`Atelier ${workshop} ·`);
		expect(html).toContain('Réagir à une confidence');
		expect(html).toContain('1 800 263-2266');
		expect(html).toContain(
			'Ébauche à réviser par des professionnel·les et des jeunes co-conceptrices'
		);
	});

	it('exports as a package that imports back as a draft', async () => {
		const exported = await platform.coordinator.get(
			`/programs/${platform.program}/versions/1/package`
		);
		expect(exported.status).toBe(200);
		expect(exported.headers.get('content-disposition')).toContain('attachment');
		const imported = await upload(await exported.text());
		expect(imported.status).toBe(303);
		const page = await platform.coordinator.get(imported.headers.get('location')!);
		expect(await page.text()).toContain('ébauche');
	});

	it.each([
		[
			'wrong shape',
			JSON.stringify({ format: 'partir-de-nous/program-package', x: '<script>' }),
			'ne correspond pas au format'
		],
		['not JSON', '{"format": ', 'pas un fichier JSON lisible'],
		['nesting', '['.repeat(200) + ']'.repeat(200), 'imbriqué trop profondément'],
		['size', 'x'.repeat(3 * 1024 * 1024), 'trop gros']
	])('refuses a hostile upload (%s) with a reason', async (_label, text, message) => {
		const response = await upload(text);
		expect(response.status).toBeGreaterThanOrEqual(400);
		expect(response.status).toBeLessThan(500);
		expect(await response.text()).toContain(message);
	});
});
