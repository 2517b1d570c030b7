// `npm run bench -- <name>`: runs the benchmark bench/<name>.ts with this same Node, or lists them all.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';

const root = path.resolve(import.meta.dirname, '..');
const benchDir = path.join(root, 'bench');

const available = fs.existsSync(benchDir)
	? fs
			.readdirSync(benchDir)
			.filter((file) => file.endsWith('.ts'))
			.map((file) => file.slice(0, -'.ts'.length))
			.sort()
	: [];

const name = process.argv[2];
if (!name || !available.includes(name)) {
	if (name) process.stderr.write(`Unknown benchmark: ${name}\n`);
	process.stderr.write('Usage: npm run bench -- <name>\n\nBenchmarks in bench/:\n');
	for (const bench of available) process.stderr.write(`  ${bench}  (bench/${bench}.ts)\n`);
	if (available.length === 0) process.stderr.write('  (none)\n');
	process.exit(1);
}

const child = spawn(
	process.execPath,
	[path.join(benchDir, `${name}.ts`), ...process.argv.slice(3)],
	{
		cwd: root,
		stdio: 'inherit'
	}
);
// Pass interruptions on and let the benchmark clean up (stop its servers, remove its folders) and exit.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
	if (signal) process.exit(128 + (os.constants.signals[signal] ?? 0));
	process.exit(code ?? 1);
});
