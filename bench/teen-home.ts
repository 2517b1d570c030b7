// Teen home benchmark: requests per second at 10 concurrent on PGlite (`npm run demo`, as the demo teen) for her
// home (tools listed by title), the card-game page, and /healthz as the floor, measured in the same run. Last
// line: {"home_rps": …, "card_game_rps": …, "healthz_rps": …}.
import process from 'node:process';
import { demoCookie, startDemo } from './support/demo.ts';

const CONCURRENCY = 10;
const SECONDS = 8;

const demo = await startDemo();
const url = demo.url;

/** Requests per second for `address`, CONCURRENCY at a time, for SECONDS (after one second of warm-up). */
async function rate(address: string, cookie: string): Promise<number> {
	const hit = async () => {
		const response = await fetch(`${url}${address}`, { headers: { cookie, accept: 'text/html' } });
		if (response.status !== 200) throw new Error(`${address} answered ${response.status}`);
		await response.arrayBuffer();
	};
	const run = async (ms: number) => {
		let count = 0;
		const end = Date.now() + ms;
		await Promise.all(
			Array.from({ length: CONCURRENCY }, async () => {
				while (Date.now() < end) {
					await hit();
					count++;
				}
			})
		);
		return count;
	};
	await run(1000);
	return Math.round((await run(SECONDS * 1000)) / SECONDS);
}

try {
	const cookie = await demoCookie(url, 'Luciole');
	const home = await (await fetch(`${url}/`, { headers: { cookie } })).text();
	const deck = home.match(/\/play\/decks\/[0-9a-f-]{36}/)![0];
	const result = {
		home_rps: await rate('/', cookie),
		card_game_rps: await rate(deck, cookie),
		healthz_rps: await rate('/healthz', '')
	};
	process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
	await demo.stop();
}
