// The project brings its own Node 24 (the `node` dev dependency): npm puts node_modules/.bin first on the PATH of
// every script, so `npm start` and the test commands run on it even when an older Node comes first on the PATH,
// as on a machine with Debian's or Ubuntu's Node.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/free-port.ts';
import { copyOfTemplateDataDir } from '../support/app.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** A folder whose `node` is an older Node that cannot run the app: it says so and fails. */
const olderNode = fs.mkdtempSync(path.join(os.tmpdir(), 'pdn-older-node-'));
fs.writeFileSync(
	path.join(olderNode, 'node'),
	'#!/bin/sh\necho "v20.0.0: a stand-in for an older Node" >&2\nexit 3\n',
	{ mode: 0o755 }
);
afterAll(() => fs.rmSync(olderNode, { recursive: true, force: true }));

/** npm's own script, run by a real Node (npm's launcher would pick the stand-in from the PATH). */
function npmCli(): string {
	const fromNpm = process.env.npm_execpath;
	if (fromNpm && fromNpm.endsWith('.js')) return fromNpm;
	for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
		const candidate = path.join(dir, 'npm');
		if (fs.existsSync(candidate)) return fs.realpathSync(candidate);
	}
	throw new Error('npm not found');
}

/** Runs `npm <args>` with the older Node first on the PATH. */
function npm(args: string[], env: Record<string, string> = {}) {
	const child = spawn(process.execPath, [npmCli(), ...args], {
		cwd: root,
		env: {
			HOME: process.env.HOME ?? '',
			PATH: [olderNode, '/usr/local/bin', '/usr/bin', '/bin'].join(path.delimiter),
			CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? '',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
	return { child, exited, output: () => output };
}

describe('the Node the project brings', () => {
	it('is what an older Node on the PATH cannot replace: the stand-in fails, the pinned one is 24', async () => {
		const standIn = spawn(path.join(olderNode, 'node'), ['--version']);
		expect(await new Promise((resolve) => standIn.once('exit', resolve))).toBe(3);
		const run = npm(['exec', '--', 'node', '--version']);
		expect(await run.exited).toBe(0);
		expect(run.output().trim()).toMatch(/^v24\./);
	});

	it('runs `npm start`: the app answers', async () => {
		const port = await freePort();
		const run = npm(['start'], {
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: copyOfTemplateDataDir(),
			LOG_LEVEL: 'warn'
		});
		try {
			await expect
				.poll(
					() =>
						fetch(`http://127.0.0.1:${port}/readyz`).then(
							(response) => response.status,
							() => run.output()
						),
					{ timeout: 60_000, interval: 200 }
				)
				.toBe(200);
		} finally {
			process.kill(-run.child.pid!, 'SIGTERM');
			await run.exited;
		}
	});

	it('runs the tests: `npm run content:check` passes on it', async () => {
		const run = npm(['run', 'content:check']);
		expect(await run.exited, run.output()).toBe(0);
		expect(run.output()).toContain('passed');
	});
});
