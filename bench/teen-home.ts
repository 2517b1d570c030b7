// Teen home benchmark: requests per second at 10 concurrent on PGlite (`npm run demo`, as the demo teen) for her
// home (tools listed by title), the card-game page, and /healthz as the floor, measured in the same run. Last
// line: {"home_rps": …, "card_game_rps": …, "healthz_rps": …}.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { freePort } from '../scripts/free-port.ts';

const root = path.resolve(import.meta.dirname, '..');
const CONCURRENCY = 10;
const SECONDS = 8;

const port = await freePort();
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdn-bench-home-'));
const server = spawn(process.execPath, [path.join(root, 'scripts', 'demo.ts')], {
	cwd: root,
	env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
	stdio: ['ignore', 'ignore', 'inherit']
});
const stopped = new Promise((resolve) => server.once('exit', resolve));
const url = `http://127.0.0.1:${port}`;

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
	const deadline = Date.now() + 300_000;
	while (
		!(await fetch(`${url}/readyz`).then(
			(r) => r.ok,
			() => false
		))
	) {
		if (Date.now() > deadline || server.exitCode !== null)
			throw new Error('the demo did not start');
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	const demo = await (await fetch(`${url}/demo`)).text();
	const person = [
		...demo.matchAll(/name="person" value="([^"]+)"[^]*?Entrer en tant que ([^<]+)</g)
	].find((match) => match[2]!.trim() === 'Luciole')![1]!;
	const entered = await fetch(`${url}/demo`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html',
			origin: url
		},
		body: new URLSearchParams({ person })
	});
	const cookie = entered.headers
		.getSetCookie()
		.map((line) => line.split(';')[0]!)
		// A cookie set to nothing is being deleted (a value may itself end with "=").
		.filter((pair) => pair.slice(pair.indexOf('=') + 1) !== '')
		.join('; ');
	const home = await (await fetch(`${url}/`, { headers: { cookie } })).text();
	const deck = home.match(/\/play\/decks\/[0-9a-f-]{36}/)![0];
	const result = {
		home_rps: await rate('/', cookie),
		card_game_rps: await rate(deck, cookie),
		healthz_rps: await rate('/healthz', '')
	};
	process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
	server.kill('SIGINT');
	await stopped;
	fs.rmSync(dataDir, { recursive: true, force: true });
}
