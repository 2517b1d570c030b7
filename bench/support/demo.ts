// For the benchmarks: a demonstration (`npm run demo`) on a free port and a temporary folder, and signing in as
// one of its people. Not a benchmark itself (`npm run bench` lists only bench/*.ts).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { freePort } from '../../scripts/free-port.ts';

const root = path.resolve(import.meta.dirname, '../..');

export type Demo = { url: string; stop(): Promise<void> };

/** Starts a demonstration and waits until it answers (building the app first if needed). */
export async function startDemo(): Promise<Demo> {
	const port = await freePort();
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdn-bench-demo-'));
	const server = spawn(process.execPath, [path.join(root, 'scripts', 'demo.ts')], {
		cwd: root,
		env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const stopped = new Promise((resolve) => server.once('exit', resolve));
	const url = `http://127.0.0.1:${port}`;
	const stop = async () => {
		server.kill('SIGINT');
		await stopped;
		fs.rmSync(dataDir, { recursive: true, force: true });
	};
	const deadline = Date.now() + 300_000;
	while (
		!(await fetch(`${url}/readyz`).then(
			(response) => response.ok,
			() => false
		))
	) {
		if (Date.now() > deadline || server.exitCode !== null) {
			await stop();
			throw new Error('the demonstration did not start');
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return { url, stop };
}

/** The session cookie of a demo person, signed in from the demo page by name. */
export async function demoCookie(url: string, name: string): Promise<string> {
	const page = await (await fetch(`${url}/demo`)).text();
	const person = [
		...page.matchAll(/name="person" value="([^"]+)"[^]*?Entrer en tant que ([^<]+)</g)
	].find((match) => match[2]!.trim() === name)?.[1];
	if (!person) throw new Error(`no demo person named ${name}`);
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
	return (
		entered.headers
			.getSetCookie()
			.map((line) => line.split(';')[0]!)
			// A cookie set to nothing is being deleted (a value may itself end with "=").
			.filter((pair) => pair.slice(pair.indexOf('=') + 1) !== '')
			.join('; ')
	);
}

/** Chromium as the tests start it: the system's, headless, never a downloaded one. */
export const CHROMIUM = {
	executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--no-first-run'
	]
};
