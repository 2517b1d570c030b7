// A lock file that keeps a second process off an embedded-database folder: two PGlite processes corrupt it.
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseStartError } from './client.ts';

export type DataDirLock = { file: string; release(): void };

/**
 * Takes `<dataDir>/app.lock` for this process, or throws when a live process holds it.
 * A lock left by a process that no longer runs (after a crash or `kill -9`) is taken over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
	fs.mkdirSync(dataDir, { recursive: true });
	const file = path.join(dataDir, 'app.lock');
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
			const release = () => {
				if (readPid(file) === process.pid) fs.rmSync(file, { force: true });
				process.off('exit', release);
			};
			process.on('exit', release);
			return { file, release };
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const holder = readPid(file);
			if (holder !== undefined && holder !== process.pid && isRunning(holder)) {
				throw new DatabaseStartError(
					`The data folder ${dataDir} (DATA_DIR) is already in use by process ${holder}. ` +
						'Stop that process first, or start this one with another DATA_DIR: ' +
						'two processes on one embedded database would corrupt it. ' +
						'To run several instances, use PostgreSQL (DATABASE_URL).'
				);
			}
			fs.rmSync(file, { force: true });
		}
	}
	throw new DatabaseStartError(`Could not take the lock file ${file}.`);
}

function readPid(file: string): number | undefined {
	try {
		const pid = Number.parseInt(fs.readFileSync(file, 'utf8').trim(), 10);
		return Number.isInteger(pid) && pid > 0 ? pid : undefined;
	} catch {
		return undefined;
	}
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: the process exists but belongs to another user.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
