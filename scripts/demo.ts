// `npm run demo`: a throw-away demonstration on an embedded database in a temporary folder, on 127.0.0.1 only,
// with demo people who sign in in one click. Everything is erased when it stops. It refuses DATABASE_URL and a
// DATA_DIR that holds data, so it can never touch a real deployment.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { buildOrExit } from './build-stamp.ts';
import { startServer } from './server.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function refuse(reason: string): never {
	process.stderr.write(`npm run demo refuses to start: ${reason}\n`);
	process.exit(1);
}

if (process.env.DATABASE_URL)
	refuse(
		'DATABASE_URL is set, and a demonstration never touches a real database. Unset it to try the demo.'
	);
const chosen = process.env.DATA_DIR;
if (chosen && fs.existsSync(chosen) && fs.readdirSync(chosen).length > 0)
	refuse(`DATA_DIR (${chosen}) holds data. A demonstration only runs in a new, empty folder.`);

const dataDir = chosen
	? path.resolve(chosen)
	: fs.mkdtempSync(path.join(os.tmpdir(), 'partir-de-nous-demo-'));
fs.mkdirSync(dataDir, { recursive: true });
// Whatever way the process ends, the demonstration's data goes with it (a folder the person named stays, empty).
process.on('exit', () => {
	if (!chosen) return fs.rmSync(dataDir, { recursive: true, force: true });
	for (const entry of fs.readdirSync(dataDir))
		fs.rmSync(path.join(dataDir, entry), { recursive: true, force: true });
});

process.env.DATA_DIR = dataDir;
process.env.DEMO = 'true';
// Only this computer can reach a demonstration.
process.env.HOST = '127.0.0.1';
delete process.env.ORIGIN;

buildOrExit(root);

await startServer(path.join(root, 'build'));
const port = Number(process.env.PORT || 3000);
process.stdout.write(
	[
		'',
		'  ┌──────────────────────────────────────────────────────────────────────',
		'  │ Partir de nous — demonstration / démonstration',
		'  │ Nothing here is real; everything is erased when you stop (Ctrl+C).',
		'  │ Rien ici n’est réel ; tout est effacé à l’arrêt (Ctrl+C).',
		`  │   http://localhost:${port}/demo`,
		'  └──────────────────────────────────────────────────────────────────────',
		'',
		''
	].join('\n')
);
