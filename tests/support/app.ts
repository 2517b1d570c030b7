// Starts the built app as a real process (`node scripts/start.ts`, as `npm start` does) for server and browser tests.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { freePort } from '../../scripts/free-port.ts';

const root = path.resolve(import.meta.dirname, '../..');

export type RunningApp = {
	url: string;
	port: number;
	dataDir: string;
	process: ChildProcess;
	/** Everything the process printed on stdout so far. */
	output(): string;
	/** Everything the process printed on stderr so far. */
	errors(): string;
	/** The one-time setup link printed at start, if any. */
	setupLink(): string | undefined;
	/** Stops the process with SIGTERM and waits for it to exit. */
	stop(): Promise<number | null>;
};

export function temporaryDataDir(): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), 'pdn-app-'));
}

/**
 * A new data folder holding a copy of the one the global setup made by starting the app once (migrated, with
 * the demo organisation and no administrator yet, so a start prints a setup link); empty outside it.
 */
export function copyOfTemplateDataDir(): string {
	const dataDir = temporaryDataDir();
	let template: string | undefined;
	try {
		template = inject('appDataTemplate');
	} catch {
		template = undefined;
	}
	if (template) fs.cpSync(template, dataDir, { recursive: true });
	return dataDir;
}

type Launch = {
	env?: Record<string, string>;
	dataDir?: string;
	port?: number;
	/** `demo.ts` starts a demonstration, as `npm run demo` does (in an empty data folder of its own). */
	script?: 'start.ts' | 'demo.ts';
};

/**
 * Spawns the app without waiting: for tests that expect it to fail at start. Without a data folder, it starts
 * from a copy of the template (on PostgreSQL, the folder holds nothing that matters).
 */
export async function launchApp(options: Launch = {}) {
	const port = options.port ?? (await freePort());
	const script = options.script ?? 'start.ts';
	const dataDir =
		options.dataDir ??
		(options.env?.DATABASE_URL || script === 'demo.ts'
			? temporaryDataDir()
			: copyOfTemplateDataDir());
	const child = spawn(process.execPath, [path.join(root, 'scripts', script)], {
		cwd: root,
		env: {
			PATH: process.env.PATH ?? '',
			HOME: process.env.HOME ?? '',
			PORT: String(port),
			HOST: '127.0.0.1',
			DATA_DIR: dataDir,
			LOG_LEVEL: 'warn',
			...options.env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	// A test that fails half-way must not leave its server running.
	const killOnExit = () => child.kill('SIGKILL');
	process.once('exit', killOnExit);
	child.once('exit', () => process.off('exit', killOnExit));
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const exited = new Promise<number | null>((resolve) =>
		child.once('exit', (code) => resolve(code))
	);
	return { port, dataDir, child, exited, stdout: () => stdout, stderr: () => stderr };
}

/** Starts the app and waits until `/readyz` answers 200. */
export async function startApp(options: Launch = {}): Promise<RunningApp> {
	const launched = await launchApp(options);
	const url = `http://127.0.0.1:${launched.port}`;
	const deadline = Date.now() + 60_000;
	let exitCode: number | null | undefined;
	void launched.exited.then((code) => (exitCode = code));
	for (;;) {
		if (exitCode !== undefined) {
			throw new Error(`The app exited (${exitCode}) before it was ready:\n${launched.stderr()}`);
		}
		const ready = await fetch(`${url}/readyz`).then(
			(response) => response.status === 200,
			() => false
		);
		if (ready) break;
		if (Date.now() > deadline) {
			launched.child.kill('SIGKILL');
			throw new Error(
				`The app was not ready within 60 s:\n${launched.stdout()}\n${launched.stderr()}`
			);
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	return {
		url,
		port: launched.port,
		dataDir: launched.dataDir,
		process: launched.child,
		output: launched.stdout,
		errors: launched.stderr,
		setupLink: () => launched.stdout().match(/https?:\/\/\S+\/setup\/[A-Za-z0-9_-]{43}/)?.[0],
		stop: async () => {
			if (launched.child.exitCode === null) launched.child.kill('SIGTERM');
			return launched.exited;
		}
	};
}
