import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from './lock.ts';

const folders: string[] = [];
function folder(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdn-lock-'));
	folders.push(dir);
	return dir;
}
afterEach(() => {
	for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('data folder lock', () => {
	it('is taken by this process and given back on release', () => {
		const dir = folder();
		const lock = lockDataDir(dir);
		expect(fs.readFileSync(lock.file, 'utf8').trim()).toBe(String(process.pid));
		lock.release();
		expect(fs.existsSync(lock.file)).toBe(false);
	});

	it('refuses a folder held by another running process, naming DATA_DIR', async () => {
		const dir = folder();
		const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
		try {
			fs.writeFileSync(path.join(dir, 'app.lock'), `${other.pid}\n`);
			expect(() => lockDataDir(dir)).toThrow(/already in use by process \d+[\s\S]*DATA_DIR/);
		} finally {
			other.kill();
		}
	});

	it('takes over a lock left by a process that has died', async () => {
		const dir = folder();
		const gone = spawn(process.execPath, ['-e', '0']);
		await new Promise((resolve) => gone.once('exit', resolve));
		fs.writeFileSync(path.join(dir, 'app.lock'), `${gone.pid}\n`);
		const lock = lockDataDir(dir);
		expect(fs.readFileSync(lock.file, 'utf8').trim()).toBe(String(process.pid));
		lock.release();
	});
});
