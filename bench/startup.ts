// Startup benchmark: time to /readyz on a new and on an existing data folder, and the server's memory.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { buildIsCurrent, ensureBuild } from '../scripts/build-stamp.ts';
import { freePort } from '../scripts/free-port.ts';

const root = path.resolve(import.meta.dirname, '..');
const RUNS = 3;
const REQUESTS = 50;
const POLL_MS = 10;
const READY_LIMIT_MS = 60_000;
const REQUEST_LIMIT_MS = 10_000;
const STOP_LIMIT_MS = 15_000;

type Server = {
	child: ChildProcess;
	url: string;
	exited: Promise<void>;
	stdout(): string;
	stderr(): string;
};

const running = new Set<Server>();
const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'pdn-bench-'));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the server as `npm start` does and returns once GET /readyz answers 200, with the time it took. */
async function start(dataDir: string): Promise<{ server: Server; ms: number }> {
	const port = await freePort();
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PORT: String(port),
		HOST: '127.0.0.1',
		DATA_DIR: dataDir,
		LOG_LEVEL: 'warn'
	};
	// Measure the embedded database with its demo seed, served over plain HTTP on 127.0.0.1 only.
	delete env.DATABASE_URL;
	delete env.ORIGIN;
	delete env.SEED_DEMO;

	const began = performance.now();
	const child = spawn(process.execPath, ['scripts/start.ts'], {
		cwd: root,
		env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let stdout = '';
	let stderr = '';
	child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	let done = false;
	const exited = new Promise<void>((resolve) =>
		child.once('exit', () => {
			done = true;
			resolve();
		})
	);
	const server: Server = {
		child,
		url: `http://127.0.0.1:${port}`,
		exited,
		stdout: () => stdout,
		stderr: () => stderr
	};
	running.add(server);

	const deadline = began + READY_LIMIT_MS;
	for (;;) {
		if (done)
			throw new Error(`The server exited (${child.exitCode}) before it was ready:\n${stderr}`);
		const remaining = deadline - performance.now();
		if (remaining <= 0) {
			throw new Error(
				`The server was not ready within ${READY_LIMIT_MS / 1000} s:\n${stdout}\n${stderr}`
			);
		}
		const ready = await fetch(`${server.url}/readyz`, {
			redirect: 'manual',
			signal: AbortSignal.timeout(Math.max(1, Math.min(remaining, 5_000)))
		}).then(
			async (response) => {
				await response.arrayBuffer();
				return response.status === 200;
			},
			() => false
		);
		if (ready) break;
		await sleep(POLL_MS);
	}
	const ms = performance.now() - began;
	if (stdout.includes('Building the app')) {
		throw new Error(
			'The sources changed during the benchmark, so a start included a build; run it again.'
		);
	}
	return { server, ms };
}

/** Stops the server with SIGTERM (SIGKILL if it hangs) and waits for it to exit. */
async function stop(server: Server): Promise<void> {
	const { child } = server;
	if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
	const timer = sleep(STOP_LIMIT_MS).then(() => 'timeout' as const);
	if ((await Promise.race([server.exited, timer])) === 'timeout') {
		process.stderr.write(`The server did not stop within ${STOP_LIMIT_MS / 1000} s; killing it.\n`);
		child.kill('SIGKILL');
		await server.exited;
	}
	running.delete(server);
	const warnings = server.stderr().trim();
	if (warnings) process.stderr.write(`Server messages:\n${warnings}\n`);
}

/** Resident memory of a process in MB, from /proc (Linux). */
function rssMb(pid: number): number {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
	if (!match) throw new Error(`No VmRSS in /proc/${pid}/status`);
	return Number(match[1]) / 1024;
}

async function requestHome(server: Server): Promise<void> {
	for (let i = 0; i < REQUESTS; i++) {
		const response = await fetch(`${server.url}/`, {
			redirect: 'manual',
			signal: AbortSignal.timeout(REQUEST_LIMIT_MS)
		});
		await response.arrayBuffer();
		if (response.status >= 500) throw new Error(`GET / answered ${response.status}`);
	}
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

type Run = { cold: number; warm: number; rss: number; rssAfter: number };

async function measure(index: number): Promise<Run> {
	if (!buildIsCurrent(root)) process.stdout.write('Building the app (sources changed)…\n');
	ensureBuild(root);
	const dataDir = path.join(tempRoot, `run-${index}`);
	fs.mkdirSync(dataDir);

	const cold = await start(dataDir);
	const rss = rssMb(cold.server.child.pid!);
	await requestHome(cold.server);
	const rssAfter = rssMb(cold.server.child.pid!);
	await stop(cold.server);

	const warm = await start(dataDir);
	await stop(warm.server);
	return { cold: cold.ms, warm: warm.ms, rss, rssAfter };
}

function cleanUp(): void {
	for (const server of running) server.child.kill('SIGKILL');
	fs.rmSync(tempRoot, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		cleanUp();
		process.exit(128 + os.constants.signals[signal]);
	});
}

try {
	const runs: Run[] = [];
	for (let i = 1; i <= RUNS; i++) {
		process.stdout.write(`Run ${i}/${RUNS}…\n`);
		runs.push(await measure(i));
	}

	const row = (label: string, cells: number[], decimals: number[]) =>
		[label.padEnd(8), ...cells.map((cell, i) => cell.toFixed(decimals[i]).padStart(12))].join('');
	const decimals = [0, 0, 1, 1];
	const result = {
		startup_ms: Math.round(median(runs.map((run) => run.cold))),
		warm_startup_ms: Math.round(median(runs.map((run) => run.warm))),
		rss_mb: Math.round(median(runs.map((run) => run.rss))),
		rss_after_requests_mb: Math.round(median(runs.map((run) => run.rssAfter)))
	};
	const lines = [
		'',
		`Startup until GET /readyz answers 200 (embedded PGlite, demo seed), ${RUNS} runs; memory is VmRSS.`,
		['run'.padEnd(8), 'cold ms', 'warm ms', 'RSS MB', `+${REQUESTS} GET /`]
			.map((h, i) => (i ? h.padStart(12) : h))
			.join(''),
		...runs.map((run, i) =>
			row(String(i + 1), [run.cold, run.warm, run.rss, run.rssAfter], decimals)
		),
		row(
			'median',
			[result.startup_ms, result.warm_startup_ms, result.rss_mb, result.rss_after_requests_mb],
			[0, 0, 0, 0]
		),
		'',
		JSON.stringify(result)
	];
	process.stdout.write(`${lines.join('\n')}\n`);
} catch (error) {
	process.stderr.write(
		`\nThe startup benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`
	);
	process.exitCode = 1;
} finally {
	for (const server of [...running]) await stop(server);
	cleanUp();
}
