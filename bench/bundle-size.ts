// Page-weight benchmark: the gzipped JavaScript each youth-facing page makes the browser download, measured in
// Chromium on the production build (`npm run demo`, entered as the demo teen where a page needs her; her live
// workshop page once the demo facilitator has started one). The last
// line is {"participant_js_gz_kb": <heaviest page>, "pages": {page: kB}}; the target is 60 kB or less.
import process from 'node:process';
import { gzipSync } from 'node:zlib';
import { chromium, type Response } from 'playwright-core';
import { CHROMIUM, startDemo } from './support/demo.ts';

const demo = await startDemo();
const url = demo.url;
try {
	const browser = await chromium.launch(CHROMIUM);
	const context = await browser.newContext({ viewport: { width: 375, height: 667 } });
	const page = await context.newPage();

	/** The gzipped size of every script the page loads, opened fresh (nothing cached), in kB. */
	async function weigh(address: string): Promise<number> {
		const scripts = new Map<string, number>();
		const listener = async (response: Response) => {
			if (response.request().resourceType() !== 'script') return;
			const body = await response.body().catch(() => Buffer.alloc(0));
			scripts.set(response.url(), gzipSync(body, { level: 9 }).length);
		};
		page.on('response', listener);
		const fresh = await context.newCDPSession(page);
		await fresh.send('Network.clearBrowserCache');
		await page.goto(`${url}${address}`, { waitUntil: 'networkidle' });
		page.off('response', listener);
		// BUNDLE_DETAIL=1 lists each script, heaviest first.
		if (process.env.BUNDLE_DETAIL)
			for (const [script, size] of [...scripts].sort((a, b) => b[1] - a[1]))
				process.stdout.write(
					`  ${address} ${(size / 1024).toFixed(1)} kB ${script.split('/').pop()}\n`
				);
		return (
			Math.round(([...scripts.values()].reduce((sum, size) => sum + size, 0) / 1024) * 10) / 10
		);
	}

	const pages: Record<string, number> = {};
	for (const [name, address] of [
		['home', '/'],
		['join', '/join'],
		['sign-in', '/sign-in/group'],
		['help', '/help'],
		['pause', '/pause'],
		['quick-exit', '/quick-exit']
	] as const)
		pages[name] = await weigh(address);

	// Signed in as the demo teen: her home, and the card game, a scenario and the video from it.
	await page.goto(`${url}/demo`);
	await page.getByRole('button', { name: 'Entrer en tant que Luciole' }).click();
	await page.waitForURL(`${url}/`);
	pages['home-signed-in'] = await weigh('/');
	const links = await page
		.locator('a[href^="/play/"]')
		.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
	for (const [name, segment] of [
		['card-game', 'decks'],
		['scenario', 'scenarios'],
		['video', 'videos']
	] as const) {
		const link = links.find((href) => href.startsWith(`/play/${segment}/`));
		if (!link) throw new Error(`the demo teen has no ${segment} to play`);
		pages[name] = await weigh(link);
	}

	// A live workshop on her phone: the demo facilitator starts one with her group, she joins from her home.
	const facilitator = await browser.newContext();
	const adult = await facilitator.newPage();
	await adult.goto(`${url}/demo`);
	await adult.getByRole('button', { name: 'Entrer en tant que Samir Haddad' }).click();
	await adult.waitForURL((address) => !address.pathname.startsWith('/demo'));
	await adult.goto(`${url}/live/new`);
	await adult.getByRole('button', { name: 'Commencer la séance' }).click();
	await adult.waitForURL(/\/control$/);
	await facilitator.close();
	await page.goto(`${url}/`);
	await page.getByRole('button', { name: 'Rejoindre l’atelier' }).click();
	await page.waitForURL(/\/live\/[0-9a-f-]{36}$/);
	pages['live-workshop'] = await weigh(new URL(page.url()).pathname);
	await browser.close();

	for (const [name, kb] of Object.entries(pages))
		process.stdout.write(`${name.padEnd(16)} ${kb.toFixed(1)} kB\n`);
	const heaviest = Math.max(...Object.values(pages));
	process.stdout.write(`${JSON.stringify({ participant_js_gz_kb: heaviest, pages })}\n`);
} finally {
	await demo.stop();
}
