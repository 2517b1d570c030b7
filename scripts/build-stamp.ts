// Knows whether build/ matches the sources, so `npm start` and the tests rebuild only when something changed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const INPUTS = [
	'src',
	'static',
	'drizzle',
	'content',
	'package.json',
	'package-lock.json',
	'vite.config.ts'
];
const STAMP = path.join('build', '.source-hash');

/** A hash of the names, sizes and modification times of every build input. */
export function sourceHash(root: string): string {
	const hash = createHash('sha256');
	const visit = (relative: string) => {
		const full = path.join(root, relative);
		if (!fs.existsSync(full)) return;
		const stat = fs.statSync(full);
		if (stat.isDirectory()) {
			for (const entry of fs.readdirSync(full).sort()) visit(path.join(relative, entry));
		} else {
			hash.update(`${relative}\0${stat.size}\0${stat.mtimeMs}\n`);
		}
	};
	for (const input of INPUTS) visit(input);
	return hash.digest('hex');
}

export function buildIsCurrent(root: string): boolean {
	try {
		return fs.readFileSync(path.join(root, STAMP), 'utf8') === sourceHash(root);
	} catch {
		return false;
	}
}

export function writeBuildStamp(root: string): void {
	fs.writeFileSync(path.join(root, STAMP), sourceHash(root));
}

/** Runs `vite build` when build/ does not match the sources; returns whether it built. Throws if the build fails. */
export function ensureBuild(root: string): boolean {
	if (buildIsCurrent(root)) return false;
	const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
		cwd: root,
		// Always the production build, even when the tests start it (Vitest sets NODE_ENV=test, which would
		// give Svelte's development build: larger, slower, and not what people run).
		env: { ...process.env, NODE_ENV: 'production' },
		stdio: 'inherit',
		timeout: 10 * 60_000
	});
	if (result.status !== 0) throw new Error('The build failed; see the messages above.');
	writeBuildStamp(root);
	return true;
}

/** For `npm start` and `npm run demo`: builds if needed, saying so, or says why it could not and exits. */
export function buildOrExit(root: string): void {
	if (!buildIsCurrent(root))
		process.stdout.write('Building the app (first start or sources changed)…\n');
	try {
		ensureBuild(root);
	} catch (error) {
		process.stderr.write(`${(error as Error).message}\n`);
		process.exit(1);
	}
}
